// Data › Subject access request on the real dialog: find the person, save the package, and
// an officer told it is not theirs to do.
#include "TestSupport.h"
#include "common/FileDialog.h"
#include "privacy/SubjectAccessDialog.h"
#include "session/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestSubjectAccessDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return found;
    }

private slots:
    void findsThePersonAndSavesTheirPackage()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        const Case logged = loggedComplaint(*session, QDate(2026, 3, 2));
        QVERIFY(logged.id);

        SubjectAccessDialog dialog(*session);
        dialog.show();
        auto* search = child<QLineEdit>(&dialog, "subjectSearch");
        auto* people = child<QListWidget>(&dialog, "subjectPeople");
        auto* save = child<QPushButton>(&dialog, "saveSubjectAccess");
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(search, QStringLiteral("jord"));
        QCOMPARE(people->count(), 1);
        QVERIFY(people->item(0)->text().startsWith(QStringLiteral("Jordan Example")));
        people->setCurrentRow(0);
        QVERIFY(save->isEnabled());

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("request.zip"));
        FileDialog::setNextFileName(path);
        save->click();
        const QString status = child<QLabel>(&dialog, "subjectStatus")->text();
        QVERIFY2(QFile::exists(path), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Saved")), qPrintable(status));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QVERIFY(unzip.waitForFinished());
        const QString listing = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(listing.contains(QStringLiteral("subject-access.pdf")) &&
                     listing.contains(QStringLiteral("subject-access.json")),
                 qPrintable(listing));
    }

    void anOfficerIsToldItIsALeadsTask()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("officer"));
        QVERIFY(session);
        SubjectAccessDialog dialog(*session);
        dialog.show();
        QVERIFY(!child<QLineEdit>(&dialog, "subjectSearch")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "subjectStatus")
                    ->text()
                    .contains(QStringLiteral("lead officer or an administrator")));
    }
};

QTEST_MAIN(TestSubjectAccessDialog)
#include "TestSubjectAccessDialog.moc"
