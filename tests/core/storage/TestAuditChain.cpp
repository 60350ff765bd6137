#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QTest>

using namespace redress;
using namespace redress::test;

// The audit trail as a hash chain, and the reference counters, on both engines.
class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    static AuditEntry entry(int n)
    {
        AuditEntry e;
        e.actor = QStringLiteral("officer");
        e.caseId = 40 + n;
        e.caseReference = QStringLiteral("CP-2020-%1").arg(40 + n, 5, 10, QLatin1Char('0'));
        e.action = QStringLiteral("extend");
        e.detail = QStringLiteral("Stage 1 extended to 20 working days");
        e.after = QJsonObject{{QStringLiteral("stage1.extendedToDays"), 20 + n}};
        return e;
    }

    static QList<AuditEntry> trail(Database& db)
    {
        auto entries = AuditLog(db).latest(100);
        if (!entries)
            return {};
        QList<AuditEntry> ordered = entries.value();
        std::reverse(ordered.begin(), ordered.end());
        return ordered;
    }

    // Lifts the append-only guard as someone who owns the tables could.
    static void dropGuard(Database& db)
    {
        const QString statement =
            db.isSqlite() ? QStringLiteral("DROP TRIGGER audit_entry_no_update")
                          : QStringLiteral("ALTER TABLE audit_entry DISABLE TRIGGER USER");
        auto dropped = sql::exec(db.sql(), statement);
        QVERIFY2(dropped, qPrintable(dropped.error()));
    }

private slots:
    void entriesAreChained_data() { addBackendRows(); }
    void entriesAreChained()
    {
        REDRESS_TEST_DATABASE(db);
        AuditLog log(*db);
        for (int n = 1; n <= 3; ++n)
            QVERIFY(log.append(entry(n)));
        const auto entries = trail(*db);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).previousHash, QString());
        QCOMPARE(entries.at(0).hash.size(), 64);
        QCOMPARE(entries.at(1).previousHash, entries.at(0).hash);
        QCOMPARE(entries.at(2).previousHash, entries.at(1).hash);
        auto broken = log.verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY(!broken->has_value());
    }

    // With the trigger gone (SQLite's file owner, or a PostgreSQL table owner) a row can be
    // changed, but the chain names it.
    void aRowChangedBehindItsBackIsFound_data() { addBackendRows(); }
    void aRowChangedBehindItsBackIsFound()
    {
        REDRESS_TEST_DATABASE(db);
        AuditLog log(*db);
        for (int n = 1; n <= 4; ++n)
            QVERIFY(log.append(entry(n)));
        const qint64 second = trail(*db).at(1).id;
        dropGuard(*db);
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("UPDATE audit_entry SET actor = 'someone else' "
                                         "WHERE id = ?"),
                          {second}));
        auto broken = log.verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY(broken->has_value());
        QCOMPARE(broken->value().entryId, second);
        QVERIFY2(broken->value().reason.contains(QStringLiteral("changed after it was written")),
                 qPrintable(broken->value().reason));
    }

    void aRemovedRowIsFound_data() { addBackendRows(); }
    void aRemovedRowIsFound()
    {
        REDRESS_TEST_DATABASE(db);
        AuditLog log(*db);
        for (int n = 1; n <= 4; ++n)
            QVERIFY(log.append(entry(n)));
        const auto entries = trail(*db);
        if (db->isSqlite())
            QVERIFY(sql::exec(db->sql(), QStringLiteral("DROP TRIGGER audit_entry_no_delete")));
        else
            dropGuard(*db);
        QVERIFY(sql::exec(db->sql(), QStringLiteral("DELETE FROM audit_entry WHERE id = ?"),
                          {entries.at(1).id}));
        auto broken = log.verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY(broken->has_value());
        QCOMPARE(broken->value().entryId, entries.at(2).id);
        QVERIFY(broken->value().reason.contains(QStringLiteral("does not follow on")));
    }

    // The entries of a case that is gone (deleted, or anonymised) can have their detail, before
    // and after blanked; the chain still holds and says how many were, and the redaction is
    // itself on the trail. Anything else done to a redacted entry is still found.
    void aRedactedEntryIsNotTampering_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("found");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QString name = backendName(backend);
            QTest::addRow("%s: redacted only", qPrintable(name)) << backend << QString() << false;
            QTest::addRow("%s: text put back", qPrintable(name))
                << backend << QStringLiteral("detail = 'Stage 1 extended by someone'") << true;
            QTest::addRow("%s: actor changed", qPrintable(name))
                << backend << QStringLiteral("actor = 'someone else'") << true;
        }
    }
    void aRedactedEntryIsNotTampering()
    {
        REDRESS_TEST_DATABASE(db);
        QFETCH(QString, change);
        QFETCH(bool, found);
        AuditLog log(*db);
        for (int n = 1; n <= 3; ++n)
            QVERIFY(log.append(entry(n)));
        const qint64 second = trail(*db).at(1).id;
        auto redacted = log.redactCases({42}, QStringLiteral("admin"), QStringLiteral("Removed"));
        QVERIFY2(redacted, qPrintable(redacted ? QString() : redacted.error()));
        QCOMPARE(redacted.value(), qint64(1));
        const auto entries = trail(*db);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(1).detail, QString());
        QVERIFY(entries.at(1).after.isEmpty());
        QVERIFY(entries.at(1).redactedAtUtc.isValid());
        QCOMPARE(entries.at(0).detail, entry(1).detail);
        QCOMPARE(entries.at(3).action, QStringLiteral("redact_audit"));
        QCOMPARE(log.redactedCount().value(), qint64(1));
        if (!change.isEmpty()) {
            dropGuard(*db);
            QVERIFY(sql::exec(db->sql(),
                              QStringLiteral("UPDATE audit_entry SET %1 WHERE id = ?").arg(change),
                              {second}));
        }
        auto broken = log.verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QCOMPARE(broken->has_value(), found);
        if (found)
            QCOMPARE(broken->value().entryId, second);
    }

    // A case still standing with its personal data cannot have its trail blanked.
    void aStandingCaseIsNotRedacted_data() { addBackendRows(); }
    void aStandingCaseIsNotRedacted()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2020, 8, 3));
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case standing = loggedComplaint(*session, QDate(2020, 6, 1));
        auto refused = AuditLog(*db).redactCases({standing.id}, QStringLiteral("admin"),
                                                 QStringLiteral("Removed"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("anonymised or deleted")),
                 qPrintable(refused.error()));
        QCOMPARE(AuditLog(*db).redactedCount().value(), qint64(0));
        QVERIFY(!AuditLog(*db).verifyChain()->has_value());
    }

    // A database from before the chain: its entries are chained and its counters carry on
    // from the references already given.
    void upgradingChainsTheTrailAndSeedsTheCounters_data() { addBackendRows(); }
    void upgradingChainsTheTrailAndSeedsTheCounters()
    {
        QFETCH(Backend, backend);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        {
            auto old = Database::openUnmigrated(holder->location());
            QVERIFY(old);
            QVERIFY(Schema::migrate(**old, 2));
            for (const char* reference : {"CP-2020-00007", "CP-2020-00012", "CN-2021-00003"}) {
                auto inserted = sql::exec(
                    old.value()->sql(),
                    QStringLiteral("INSERT INTO cases (reference, kind, state, received_on, "
                                   "created_at, updated_at, version) VALUES (?, 'complaint', "
                                   "'open', '2020-05-01', '2020-05-01T00:00:00.000Z', "
                                   "'2020-05-01T00:00:00.000Z', 1)"),
                    {QString::fromLatin1(reference)});
                QVERIFY2(inserted, qPrintable(inserted.error()));
                QVERIFY(sql::exec(old.value()->sql(),
                                  QStringLiteral("INSERT INTO audit_entry (at, actor, "
                                                 "case_reference, action) VALUES "
                                                 "('2020-05-01T09:00:00.000Z', 'old', ?, 'log')"),
                                  {QString::fromLatin1(reference)}));
            }
        }
        auto db = holder->open();
        QVERIFY(db);
        const auto entries = trail(*db);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).previousHash, entries.at(1).hash);
        auto broken = AuditLog(*db).verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY2(!broken->has_value(), qPrintable(broken->value_or(BrokenLink{}).reason));
        QVERIFY(AuditLog(*db).append(entry(1)));
        QVERIFY(!AuditLog(*db).verifyChain()->has_value());

        QStringList given;
        QVERIFY(db->transaction([&]() -> Status {
            CaseRepository cases(*db);
            for (const auto& [kind, received] : {std::pair{CaseKind::Complaint, QDate(2020, 6, 1)},
                                                 std::pair{CaseKind::Concern, QDate(2021, 6, 1)},
                                                 std::pair{CaseKind::Concern, QDate(2022, 6, 1)}}) {
                auto next = cases.nextReference(kind, received);
                if (!next)
                    return Error{next.error()};
                given << next.value();
            }
            return {};
        }));
        QCOMPARE(given,
                 (QStringList{QStringLiteral("CP-2020-00013"), QStringLiteral("CN-2021-00004"),
                              QStringLiteral("CN-2022-00001")}));
    }

    // A case saved with a reference of its own takes a number the counter has not given:
    // the next generated reference goes past it instead of failing.
    void aCounterSkipsAReferenceAlreadyTaken_data() { addBackendRows(); }
    void aCounterSkipsAReferenceAlreadyTaken()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2020, 8, 3));
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case own = loggedComplaint(*session, QDate(2020, 6, 1));
        QCOMPARE(own.reference, QStringLiteral("CP-2020-00001"));
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("UPDATE cases SET reference = 'CP-2020-00002' "
                                         "WHERE id = ?"),
                          {own.id}));
        Case next = loggedComplaint(*session, QDate(2020, 7, 1));
        QCOMPARE(next.reference, QStringLiteral("CP-2020-00003"));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
