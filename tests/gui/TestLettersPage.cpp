#include "TestSupport.h"
#include "admin/LettersPage.h"
#include "attachments/Attachments.h"
#include "common/FileDialog.h"
#include "letters/OdtPackage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace redress;
using namespace redress::test;

namespace {

QString odtFile(const QTemporaryDir& folder, const QString& name, const QStringList& paragraphs)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(letters::OdtPackage::fromParagraphs(paragraphs).toBytes());
    return path;
}

} // namespace

// Administration › Letters and documents: templates replaced from an .odt, previewed, and the
// largest file that can be attached.
class TestLettersPage : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void replacesPreviewsAndSetsTheLimit()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        LettersPage page(*session);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("letterTemplates"));
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("acknowledgement"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Redress's default"));

        table->selectRow(0);
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("templateName"))->text(),
                 QStringLiteral("acknowledgement"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("previewTemplate")),
                          Qt::LeftButton);
        auto* preview = page.findChild<QTextBrowser*>(QStringLiteral("templatePreview"));
        QVERIFY(preview->toPlainText().contains(u"full response by {{stage.due}}"));

        QTemporaryDir folder;
        auto* store = page.findChild<QPushButton*>(QStringLiteral("storeTemplate"));
        FileDialog::setNextFileName(
            odtFile(folder, QStringLiteral("bad.odt"), {QStringLiteral("{{case.referense}}")}));
        QTest::mouseClick(store, Qt::LeftButton);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("lettersPageMessage"))
                    ->text()
                    .contains(u"{{case.referense}}"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Redress's default"));

        FileDialog::setNextFileName(odtFile(folder, QStringLiteral("ours.odt"),
                                            {QStringLiteral("Dear {{complainant.name}}, we "
                                                            "have your complaint.")}));
        QTest::mouseClick(store, Qt::LeftButton);
        QVERIFY(table->item(0, 2)->text().startsWith(u"Stored by someone.unlisted"));
        table->selectRow(0);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("previewTemplate")),
                          Qt::LeftButton);
        QVERIFY(preview->toPlainText().contains(u"we have your complaint"));

        page.findChild<QSpinBox*>(QStringLiteral("attachmentLimit"))->setValue(5);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveAttachmentLimit")),
                          Qt::LeftButton);
        QCOMPARE(session->attachments().sizeLimit().value(), qint64(5) * 1024 * 1024);
    }
};

QTEST_MAIN(TestLettersPage)
#include "TestLettersPage.moc"
