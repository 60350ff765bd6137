#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "privacy/SubjectAccess.h"
#include "session/Session.h"
#include "spreadsheet/ZipPackage.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// Bytes no text conversion leaves alone: every byte value, NULs and a lone CR included.
QByteArray binaryContent(int size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator generator(1234);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i < 256 ? i : int(generator.bounded(256)));
    return bytes;
}

qint64 count(Database& db, const QString& statement)
{
    return sql::scalar(db.sql(), statement).value().toLongLong();
}

QList<AuditEntry> entriesNamed(Session& session, qint64 caseId, const QString& action)
{
    QList<AuditEntry> found;
    for (const AuditEntry& entry : session.auditLog().entriesForCase(caseId).value())
        if (entry.action == action)
            found.append(entry);
    return found;
}

} // namespace

// Files kept with a case: stored in the database, given back byte for byte, limited in size by
// the administrator, and every addition and removal in the audit trail without the content.
class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsByteForByte_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("size");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (int size : {0, 1, 300, 3 * 1024 * 1024 + 7})
                QTest::addRow("%s, %d bytes", qPrintable(backendName(backend)), size)
                    << backend << size;
    }
    void roundTripsByteForByte()
    {
        REDRESS_TEST_DATABASE(db);
        QFETCH(int, size);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        QVERIFY(record.id);
        const QByteArray bytes = binaryContent(size);
        auto added = session->attachments().add(record.id, QStringLiteral("letter from mum.pdf"),
                                                bytes, QStringLiteral("The complaint"));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->size, qint64(size));
        QCOMPARE(added->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

        auto listed = session->attachments().list(record.id);
        QVERIFY2(listed, qPrintable(listed.error()));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().fileName, QStringLiteral("letter from mum.pdf"));
        QCOMPARE(listed->first().addedBy, recordedActor(*db, QStringLiteral("officer")));
        QCOMPARE(listed->first().description, QStringLiteral("The complaint"));
        auto content = session->attachments().content(added->id);
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content.value(), bytes);

        QTemporaryDir folder;
        auto copy = session->attachments().writeCopy(added->id, folder.path());
        QVERIFY2(copy, qPrintable(copy.error()));
        QFile file(copy.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // A second copy beside the first does not overwrite it.
        auto again = session->attachments().writeCopy(added->id, folder.path());
        QVERIFY(again);
        QVERIFY(again.value() != copy.value());
    }

    void aFileOverTheLimitIsRefusedWithItsSize_data() { addBackendRows(); }
    void aFileOverTheLimitIsRefusedWithItsSize()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        QVERIFY(record.id);
        QCOMPARE(session->attachments().sizeLimit().value(), Attachments::defaultSizeLimit);
        QVERIFY(session->attachments().setSizeLimit(1000));
        QCOMPARE(session->attachments().sizeLimit().value(), qint64(1000));

        auto refused =
            session->attachments().add(record.id, QStringLiteral("big.eml"), binaryContent(1001));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"\"big.eml\" is 1,001 bytes"),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(u"1,000 bytes"), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(record.reference), qPrintable(refused.error()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attachment")), 0);
        QVERIFY(entriesNamed(*session, record.id, QStringLiteral("attachment_add")).isEmpty());

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("big.eml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(binaryContent(1001));
        file.close();
        auto fromFile = session->attachments().addFile(record.id, path);
        QVERIFY(!fromFile);
        QVERIFY2(fromFile.error().contains(u"larger than the 1,000 bytes"),
                 qPrintable(fromFile.error()));
        QVERIFY(
            session->attachments().add(record.id, QStringLiteral("ok.eml"), binaryContent(1000)));
    }

    void onlyAnAdministratorSetsTheLimit_data() { addBackendRows(); }
    void onlyAnAdministratorSetsTheLimit()
    {
        REDRESS_TEST_DATABASE(db);
        if (!db->isSqlite())
            QSKIP("On a server the role comes from the login's groups (TestTeamServer)");
        auto session = sessionOn(*db); // "officer", an officer in the default users
        QVERIFY(session);
        QCOMPARE(session->role(), Session::Role::Officer);
        const Status refused = session->attachments().setSizeLimit(10);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"Only an administrator"), qPrintable(refused.error()));
        QCOMPARE(session->attachments().sizeLimit().value(), Attachments::defaultSizeLimit);
    }

    void addingAndRemovingAreAuditedWithoutTheContent_data() { addBackendRows(); }
    void addingAndRemovingAreAuditedWithoutTheContent()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        QVERIFY(record.id);
        const QByteArray secret("The child's new address is 1 Hidden Lane");
        auto added = session->attachments().add(record.id, QStringLiteral("address.txt"), secret);
        QVERIFY2(added, qPrintable(added.error()));

        QVERIFY(!session->attachments().remove(added->id, QStringLiteral("  ")));
        QCOMPARE(session->attachments().list(record.id)->size(), 1);
        QVERIFY(session->attachments().remove(added->id, QStringLiteral("Sent to the wrong case")));
        QVERIFY(session->attachments().list(record.id)->isEmpty());
        QVERIFY(!session->attachments().content(added->id));

        const auto adds = entriesNamed(*session, record.id, QStringLiteral("attachment_add"));
        const auto removals =
            entriesNamed(*session, record.id, QStringLiteral("attachment_remove"));
        QCOMPARE(adds.size(), 1);
        QCOMPARE(removals.size(), 1);
        QCOMPARE(adds.first().after.value(u"sha256").toString(), added->sha256);
        QCOMPARE(adds.first().after.value(u"attachment").toString(), QStringLiteral("address.txt"));
        QCOMPARE(removals.first().before.value(u"sha256").toString(), added->sha256);
        QVERIFY(removals.first().detail.contains(u"Sent to the wrong case"));
        QCOMPARE(removals.first().actor, recordedActor(*db, QStringLiteral("officer")));
        for (const AuditEntry& entry : adds + removals) {
            const QString stored = entry.detail +
                                   QString::fromUtf8(QJsonDocument(entry.before).toJson()) +
                                   QString::fromUtf8(QJsonDocument(entry.after).toJson());
            QVERIFY2(!stored.contains(u"Hidden Lane"), qPrintable(stored));
        }
        QVERIFY(!session->auditLog().verifyChain().value());
    }

    void aMissingCaseOrFileChangesNothing_data() { addBackendRows(); }
    void aMissingCaseOrFileChangesNothing()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        auto noCase = session->attachments().add(999, QStringLiteral("a.txt"), "x");
        QVERIFY(!noCase);
        QVERIFY2(noCase.error().contains(u"no case number 999"), qPrintable(noCase.error()));
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        auto noFile = session->attachments().addFile(
            record.id, QDir::temp().filePath(QStringLiteral("absent.pdf")));
        QVERIFY(!noFile);
        QVERIFY2(noFile.error().contains(u"absent.pdf"), qPrintable(noFile.error()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attachment")), 0);
    }

    // A backup is the database, so it carries the files; a restore gives them back whole.
    void aBackupCarriesTheFiles()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        const QByteArray bytes = binaryContent(70000);
        auto added = session->attachments().add(record.id, QStringLiteral("report.pdf"), bytes);
        QVERIFY(added);
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("backup.redress"));
        QVERIFY(session->backup(copy, false));
        auto restored =
            Database::open(DatabaseLocation::sqliteFile(copy), Database::Mode::MustExist);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(Attachments(**restored, QStringLiteral("officer")).content(added->id).value(),
                 bytes);
    }

    // A person's subject access package holds the files of the cases they brought, listed.
    void theSubjectAccessPackageHoldsTheFiles_data() { addBackendRows(); }
    void theSubjectAccessPackageHoldsTheFiles()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2026, 3, 2));
        const QByteArray bytes = binaryContent(5000);
        auto added =
            session->attachments().add(record.id, QStringLiteral("their letter.eml"), bytes);
        QVERIFY(added);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("sar.zip"));
        QVERIFY(SubjectAccess(*session).writePackage(record.complainant.id, path, false, {}));
        auto zip = spreadsheet::detail::ZipPackage::open(path, 50 * 1024 * 1024);
        QVERIFY2(zip, qPrintable(zip.error()));
        const QString member = QStringLiteral("attachments/%1/%2 their letter.eml")
                                   .arg(record.reference)
                                   .arg(added->id);
        QVERIFY(zip.value()->contains(member));
        QCOMPARE(zip.value()->stream(member).value()->readAll(), bytes);
        const QJsonArray index =
            QJsonDocument::fromJson(
                zip.value()->stream(QStringLiteral("attachments.json")).value()->readAll())
                .array();
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.first()[u"sha256"].toString(), added->sha256);
        QCOMPARE(index.first()[u"file"].toString(), member);
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "TestAttachments.moc"
