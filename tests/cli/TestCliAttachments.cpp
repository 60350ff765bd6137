#include "CliRun.h"
#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "session/Session.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

// `redress-cli attachment add|list|get|remove`: the same files, limit and audit as the desktop.
class TestCliAttachments : public QObject
{
    Q_OBJECT

private slots:
    void addListGetRemove_data() { addBackendRows(); }
    void addListGetRemove()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        const QStringList target = databaseArguments(dbHolder->location()) +
                                   QStringList{QStringLiteral("--case"), record.reference};
        QTemporaryDir folder;
        QByteArray bytes(200000, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 256);
        const QString report = writeFile(folder, QStringLiteral("report.pdf"), bytes);

        // A file that is not there refuses the whole list.
        const CliRun missing =
            runCli(QStringList{QStringLiteral("attachment"), QStringLiteral("add")} + target +
                   QStringList{report, folder.filePath(QStringLiteral("absent.eml"))});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(u"absent.eml is not a file"), qPrintable(missing.err));
        QVERIFY(session->attachments().list(record.id)->isEmpty());

        const CliRun added =
            runCli(QStringList{QStringLiteral("attachment"), QStringLiteral("add")} + target +
                   QStringList{report, QStringLiteral("--description"),
                               QStringLiteral("Investigation report")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const auto listed = session->attachments().list(record.id).value();
        QCOMPARE(listed.size(), 1);
        const QString id = QString::number(listed.first().id);

        const CliRun list =
            runCli(QStringList{QStringLiteral("attachment"), QStringLiteral("list")} + target);
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(u"report.pdf") && list.out.contains(u"Investigation report") &&
                     list.out.contains(listed.first().sha256),
                 qPrintable(list.out));

        const QString copy = folder.filePath(QStringLiteral("copy.pdf"));
        const CliRun got =
            runCli(QStringList{QStringLiteral("attachment"), QStringLiteral("get")} + target +
                   QStringList{QStringLiteral("--id"), id, QStringLiteral("--out"), copy});
        QVERIFY2(got.code == 0, qPrintable(got.err));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);

        const QStringList remove =
            QStringList{QStringLiteral("attachment"), QStringLiteral("remove")} + target +
            QStringList{QStringLiteral("--id"), id};
        QCOMPARE(runCli(remove).code, 2); // no reason given
        QCOMPARE(session->attachments().list(record.id)->size(), 1);
        const CliRun removed =
            runCli(remove + QStringList{QStringLiteral("--reason"), QStringLiteral("Duplicate")});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY(session->attachments().list(record.id)->isEmpty());
    }

    void aFileOverTheLimitIsRefused()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        QVERIFY(session->attachments().setSizeLimit(100));
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        QTemporaryDir folder;
        const CliRun refused =
            runCli(QStringList{QStringLiteral("attachment"), QStringLiteral("add")} +
                   databaseArguments(dbHolder->location()) +
                   QStringList{QStringLiteral("--case"), record.reference,
                               writeFile(folder, QStringLiteral("small.txt"), "ok"),
                               writeFile(folder, QStringLiteral("big.msg"), QByteArray(101, 'x'))});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"\"big.msg\" is 101 bytes, larger than the 100 bytes"),
                 qPrintable(refused.err));
        QVERIFY(session->attachments().list(record.id)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAttachments)
#include "TestCliAttachments.moc"
