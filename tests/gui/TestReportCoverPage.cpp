// Administration › Report cover: the council's name and logo typed and chosen, saved, shown
// again, and audited; a file that is no picture is refused and changes nothing.
#include "AdministrationFixture.h"
#include "TestSupport.h"
#include "admin/AdministrationDialog.h"
#include "common/FileDialog.h"
#include "storage/AuditLog.h"
#include "storage/ReferenceData.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QString message(AdministrationDialog& dialog)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("reportCoverPageMessage"));
    return label ? label->text() : QString();
}

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray pngLogo()
{
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(QColor(0, 51, 102));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

class TestReportCoverPage : public QObject
{
    Q_OBJECT

private slots:
    void nameAndLogoRoundTrip()
    {
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir folder;
        const QByteArray logo = pngLogo();
        const QString logoPath = writeFile(folder, QStringLiteral("crest.png"), logo);
        const QString notPicture =
            writeFile(folder, QStringLiteral("minutes.png"), QByteArrayLiteral("Minutes of"));
        {
            auto session = sessionOn(*db, QStringLiteral("admin.tester"));
            QVERIFY(session);
            auto openedDialog = openAdministration(*session);
            QVERIFY(openedDialog);
            AdministrationDialog& dialog = *openedDialog;
            auto* name = control<QLineEdit>(dialog, "councilName");
            QVERIFY(name);
            QVERIFY(name->text().isEmpty());
            QTest::keyClicks(name, QStringLiteral("Borsetshire County Council"));

            // a file that is no picture is refused, and the logo stays as it was (none)
            FileDialog::setNextFileName(notPicture);
            QTest::mouseClick(control<QPushButton>(dialog, "chooseCouncilLogo"), Qt::LeftButton);
            QVERIFY2(message(dialog).contains(QStringLiteral("not a PNG, JPEG or SVG")),
                     qPrintable(message(dialog)));
            QVERIFY(!control<QPushButton>(dialog, "removeCouncilLogo")->isEnabled());

            FileDialog::setNextFileName(logoPath);
            QTest::mouseClick(control<QPushButton>(dialog, "chooseCouncilLogo"), Qt::LeftButton);
            QVERIFY(control<QPushButton>(dialog, "removeCouncilLogo")->isEnabled());
            QVERIFY(!control<QLabel>(dialog, "councilLogo")->pixmap().isNull());
            // nothing is stored until the cover is saved
            QVERIFY(ReferenceData(*db).councilIdentity().value().name.isEmpty());
            QTest::mouseClick(control<QPushButton>(dialog, "saveReportCover"), Qt::LeftButton);
            QVERIFY2(message(dialog).contains(QStringLiteral("Report covers now show")),
                     qPrintable(message(dialog)));
        }
        CouncilIdentity stored = ReferenceData(*db).councilIdentity().value();
        QCOMPARE(stored.name, QStringLiteral("Borsetshire County Council"));
        QCOMPARE(stored.logo, logo);
        QCOMPARE(stored.logoFormat, QStringLiteral("png"));

        // shown again, and the logo taken off
        auto session = sessionOn(*db, QStringLiteral("admin.tester"));
        auto openedAgain = openAdministration(*session);
        QVERIFY(openedAgain);
        AdministrationDialog& again = *openedAgain;
        QCOMPARE(control<QLineEdit>(again, "councilName")->text(),
                 QStringLiteral("Borsetshire County Council"));
        QVERIFY(!control<QLabel>(again, "councilLogo")->pixmap().isNull());
        QTest::mouseClick(control<QPushButton>(again, "removeCouncilLogo"), Qt::LeftButton);
        QTest::mouseClick(control<QPushButton>(again, "saveReportCover"), Qt::LeftButton);
        stored = ReferenceData(*db).councilIdentity().value();
        QCOMPARE(stored.name, QStringLiteral("Borsetshire County Council"));
        QVERIFY(!stored.hasLogo());

        int entries = 0;
        for (const AuditEntry& entry : AuditLog(*db).latest(50).value())
            if (entry.action == u"admin_council_identity") {
                ++entries;
                QCOMPARE(entry.actor, QStringLiteral("admin.tester"));
            }
        QCOMPARE(entries, 2);
    }
};

QTEST_MAIN(TestReportCoverPage)
#include "TestReportCoverPage.moc"
