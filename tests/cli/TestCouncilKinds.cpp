// Kinds of feedback a council adds (Cambridgeshire counts Correspondence,
// Representation…): added from the command line and audited, logged with the kind's reference
// prefix and clock, filtered in the queue, counted in the report, imported (with and without
// --add-missing), exported and imported again, kept by the migration from schema 14, and
// refused to an officer. On a real SQLite file and PostgreSQL.
#include "CliRun.h"
#include "LegacyLogFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "storage/AuditLog.h"
#include "storage/CaseKindStore.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

CliRun runOn(const TestDatabase& database, const QStringList& arguments)
{
    return runCli(databaseArguments(database.location()) + arguments);
}

CliRun addCorrespondence(const TestDatabase& database, int days)
{
    return runOn(database, {QStringLiteral("kinds"), QStringLiteral("add"),
                            QStringLiteral("Correspondence"), QStringLiteral("--prefix"),
                            QStringLiteral("CR"), QStringLiteral("--days"), QString::number(days)});
}

CaseKind correspondence()
{
    const auto kind = caseKindFromCode(u"correspondence");
    return kind ? *kind : CaseKind::Complaint;
}

qint64 headlineCount(Database& db, int year, const QString& row)
{
    ReportEngine engine(db);
    auto annual = engine.annual(year);
    if (!annual)
        qFatal("%s", qPrintable(annual.error()));
    const ReportTable* headline = annual->table(u"headline");
    return headline ? headline->cell(row, QStringLiteral("count")).toLongLong() : -1;
}

} // namespace

class TestCouncilKinds : public QObject
{
    Q_OBJECT

private slots:
    void addedFromTheCommandLineAndAudited_data() { addBackendRows(); }
    void addedFromTheCommandLineAndAudited()
    {
        REDRESS_TEST_DATABASE(db);
        const CliRun added = addCorrespondence(*dbHolder, 10);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("\"Correspondence\" (code correspondence): "
                                                   "references CR-YYYY-NNNNN, response clock 10")),
                 qPrintable(added.out));
        const CliRun listed = runOn(*dbHolder, {QStringLiteral("kinds"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("Correspondence")), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(QStringLiteral("MP enquiry")), qPrintable(listed.out));
        QList<AuditEntry> entries;
        for (const AuditEntry& entry : AuditLog(*db).latest(50).value())
            if (entry.action == u"admin_case_kind")
                entries << entry;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, dbHolder->location().isSqlite()
                                            ? Session::operatingSystemAccount()
                                            : dbHolder->location().user);
        QCOMPARE(entries.first().after.value(QStringLiteral("referencePrefix")).toString(),
                 QStringLiteral("CR"));

        // Refused whole, with what is wrong: a name or prefix taken, a built-in kind changed.
        const QList<std::pair<QStringList, QString>> refusals{
            {{QStringLiteral("add"), QStringLiteral("correspondence")},
             QStringLiteral("There is a kind called \"Correspondence\" already")},
            {{QStringLiteral("add"), QStringLiteral("Representation"), QStringLiteral("--prefix"),
              QStringLiteral("CP")},
             QStringLiteral("The reference prefix CP is taken")},
            {{QStringLiteral("add"), QStringLiteral("Compliment")},
             QStringLiteral("\"Compliment\" is a built-in kind already")},
            {{QStringLiteral("rename"), QStringLiteral("complaint"), QStringLiteral("Moan")},
             QStringLiteral("built-in kinds cannot be renamed")},
            {{QStringLiteral("retire"), QStringLiteral("Concern")},
             QStringLiteral("built-in kinds cannot be retired")},
        };
        for (const auto& [arguments, message] : refusals) {
            const CliRun refused =
                runOn(*dbHolder, QStringList{QStringLiteral("kinds")} + arguments);
            QCOMPARE(refused.code, 1);
            QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        }
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_kind"), 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'admin_case_kind'"),
                 1);
    }

    // Logged with the kind's prefix and, with a clock, a deadline on the same calendar and
    // receipt rule as every other (received on a Sunday: day 1 is the Monday); filtered in the
    // queue and counted in the headline, renamed and retired and still counted.
    void loggedFilteredAndCounted_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        for (const auto& [backend, name] :
             {std::pair{Backend::Sqlite, "sqlite"}, std::pair{Backend::Postgres, "postgres"}}) {
            QTest::addRow("%s: no clock", name) << backend << 0 << QDate();
            // 14/12 is day 1; Christmas Day and the Boxing Day holiday (Monday 28th) are not
            // working days.
            QTest::addRow("%s: 10 working days", name) << backend << 10 << QDate(2020, 12, 29);
        }
    }
    void loggedFilteredAndCounted()
    {
        QFETCH(int, days);
        QFETCH(QDate, due);
        REDRESS_TEST_DATABASE(db);
        const CliRun added = addCorrespondence(*dbHolder, days);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        FixedToday today(QDate(2021, 1, 4));
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record;
        record.kind = correspondence();
        QVERIFY(isCouncilKind(record.kind));
        record.receivedOn = QDate(2020, 12, 13);
        record.complainant.fullName = QStringLiteral("Jordan Example");
        record.summary = QStringLiteral("A letter about a change of school");
        QVERIFY2(session->logCase(record), "logging the case");
        QCOMPARE(record.reference, QStringLiteral("CR-2020-00001"));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(caseKindCode(stored.kind), QStringLiteral("correspondence"));
        QCOMPARE(caseKindLabel(stored.kind), QStringLiteral("Correspondence"));
        QCOMPARE(stored.dueOn, due);
        QVERIFY(loggedComplaint(*session, QDate(2020, 12, 14)).id != 0);

        CaseFilter filter;
        filter.kind = correspondence();
        auto rows = CaseRepository(*db).list(filter);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().reference, record.reference);
        filter.kind = CaseKind::Complaint;
        QCOMPARE(CaseRepository(*db).list(filter)->size(), 1);

        QCOMPARE(headlineCount(*db, 2020, QStringLiteral("correspondence")), 1);

        const CliRun renamed =
            runOn(*dbHolder, {QStringLiteral("kinds"), QStringLiteral("rename"),
                              QStringLiteral("Correspondence"), QStringLiteral("Letters")});
        QVERIFY2(renamed.code == 0, qPrintable(renamed.err));
        const CliRun retired = runOn(*dbHolder, {QStringLiteral("kinds"), QStringLiteral("retire"),
                                                 QStringLiteral("letters")});
        QVERIFY2(retired.code == 0, qPrintable(retired.err));
        QVERIFY(CaseKindStore::load(*db));
        QCOMPARE(caseKindLabel(correspondence()), QStringLiteral("Letters"));
        QVERIFY(!caseKindsWithCouncil(true).contains(correspondence()));
        QVERIFY(caseKindsWithCouncil().contains(correspondence()));
        QCOMPARE(headlineCount(*db, 2020, QStringLiteral("correspondence")), 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'admin_case_kind'"),
                 3);
    }

    // A log's kind column: an unknown kind is refused; --add-missing adds it in the import's
    // transaction with safe settings (other feedback, no clock) and says so; a kind added
    // beforehand is simply matched.
    void imported_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("before"); // "", or the kind added before the import
        QTest::addColumn<bool>("addMissing");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("said");
        for (const auto& [backend, name] :
             {std::pair{Backend::Sqlite, "sqlite"}, std::pair{Backend::Postgres, "postgres"}}) {
            QTest::addRow("%s: unknown", name)
                << backend << QString() << false << 1 << QStringLiteral("Correspondence");
            QTest::addRow("%s: added by --add-missing", name)
                << backend << QString() << true << 0
                << QStringLiteral("Added Kind: Correspondence (a kind of feedback of the "
                                  "council's own: reference prefix COR, no response clock, counted "
                                  "as other feedback)");
            QTest::addRow("%s: added beforehand", name) << backend << QStringLiteral("CR") << false
                                                        << 0 << QStringLiteral("2 cases imported");
        }
    }
    void imported()
    {
        QFETCH(QString, before);
        QFETCH(bool, addMissing);
        QFETCH(int, code);
        QFETCH(QString, said);
        REDRESS_TEST_DATABASE(db);
        if (!before.isEmpty())
            QCOMPARE(addCorrespondence(*dbHolder, 0).code, 0);
        QTemporaryDir dir;
        const QString mappingPath = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(
            confirmedMapping(*db, legacyLog(dir, {legacyRows.first()}, QStringLiteral("ok.csv")))
                .save(mappingPath));
        const QStringList rows{
            QStringLiteral("K1,10/03/2021,Correspondence,Fostering,Communication,Email,,N,,,,,,"
                           "Alex Example"),
            QStringLiteral("K2,11/03/2021,correspondence,Fostering,Communication,Letter,,N,,,,,,"
                           "Sam Sample")};
        QStringList arguments{QStringLiteral("import"), legacyLog(dir, rows),
                              QStringLiteral("--mapping"), mappingPath};
        if (addMissing)
            arguments << QStringLiteral("--add-missing");
        const CliRun run = runOn(*dbHolder, arguments);
        QVERIFY2(run.code == code, qPrintable(run.out + run.err));
        QVERIFY2(QString(run.out + run.err).contains(said), qPrintable(run.out + run.err));
        QVERIFY(CaseKindStore::load(*db));
        const qint64 imported = count(*db, "SELECT COUNT(*) FROM cases WHERE kind = "
                                           "'correspondence'");
        QCOMPARE(imported, code == 0 ? 2 : 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_kind"),
                 qint64(code == 0 || !before.isEmpty() ? 1 : 0));
        if (code != 0)
            return;
        QCOMPARE(count(*db, "SELECT clock_days FROM case_kind"), 0);
        auto reportGroup =
            sql::scalar(db->sql(), QStringLiteral("SELECT report_group FROM case_kind"));
        QCOMPARE(reportGroup->toString(), QStringLiteral("other_feedback"));
        const QString prefix = before.isEmpty() ? QStringLiteral("COR") : before;
        auto reference = sql::scalar(
            db->sql(), QStringLiteral("SELECT MIN(reference) FROM cases WHERE kind = ?"),
            {QStringLiteral("correspondence")});
        QCOMPARE(reference->toString(), prefix + QStringLiteral("-2020-00001"));
        QCOMPARE(headlineCount(*db, 2020, QStringLiteral("correspondence")), 2);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'admin_case_kind'"),
                 1);
    }

    // Exported and imported into another database that has the kind: the same kind, the same
    // reference.
    void exportedAndImportedAgain_data() { addBackendRows(); }
    void exportedAndImportedAgain()
    {
        REDRESS_TEST_DATABASE(db);
        QCOMPARE(addCorrespondence(*dbHolder, 10).code, 0);
        FixedToday today(QDate(2021, 1, 4));
        {
            auto session = sessionOn(*db);
            QVERIFY(session);
            Case record;
            record.kind = correspondence();
            record.receivedOn = QDate(2020, 12, 14);
            record.complainant.fullName = QStringLiteral("Jordan Example");
            record.summary = QStringLiteral("A letter about transport");
            QVERIFY(session->logCase(record));
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("export.csv"));
        const CliRun exported = runOn(*dbHolder, {QStringLiteral("export"), QStringLiteral("cases"),
                                                  QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--out"), file});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));

        auto otherHolder = TestDatabase::create(backend);
        QVERIFY(otherHolder);
        auto other = otherHolder->open();
        QVERIFY(other);
        QCOMPARE(addCorrespondence(*otherHolder, 10).code, 0);
        const CliRun imported = runOn(*otherHolder, {QStringLiteral("import"), file});
        QVERIFY2(imported.code == 0, qPrintable(imported.out + imported.err));
        auto row =
            sql::scalar(other->sql(), QStringLiteral("SELECT reference FROM cases WHERE kind = ?"),
                        {QStringLiteral("correspondence")});
        QCOMPARE(row->toString(), QStringLiteral("CR-2020-00001"));
    }

    // A database at schema version 14 keeps its cases; its kinds table starts empty and
    // only a known kind can be stored on a case.
    void migrationFromVersion14KeepsData_data() { addBackendRows(); }
    void migrationFromVersion14KeepsData()
    {
        QFETCH(Backend, backend);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        {
            auto old = Database::openUnmigrated(holder->location());
            QVERIFY2(old, qPrintable(old.error()));
            QVERIFY2(Schema::migrate(*old.value(), 14), "migrating to version 14");
            QVERIFY(sql::exec(old.value()->sql(),
                              QStringLiteral("INSERT INTO cases (reference, kind, state, "
                                             "received_on, created_at, updated_at) VALUES "
                                             "('CN-2020-00001', 'concern', 'received', "
                                             "'2020-05-01', '2020-05-01T09:00:00Z', "
                                             "'2020-05-01T09:00:00Z')")));
        }
        auto db = holder->open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion().value(), Schema::latestVersion());
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE reference = 'CN-2020-00001' AND "
                            "kind = 'concern'"),
                 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_kind"), 0);
        QVERIFY(!sql::exec(db->sql(), QStringLiteral("UPDATE cases SET kind = 'made_up'")));
        QCOMPARE(addCorrespondence(*holder, 0).code, 0);
        QVERIFY(sql::exec(db->sql(), QStringLiteral("UPDATE cases SET kind = 'correspondence'")));
    }

    // On a desktop database the users list says who is an administrator: an officer cannot
    // add, rename, retire or change a kind, and nothing is written.
    void anOfficerCannotChangeKinds_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("add") << QStringList{QStringLiteral("add"),
                                            QStringLiteral("Representation")};
        QTest::addRow("rename") << QStringList{
            QStringLiteral("rename"), QStringLiteral("Correspondence"), QStringLiteral("Letters")};
        QTest::addRow("retire") << QStringList{QStringLiteral("retire"),
                                               QStringLiteral("Correspondence")};
        QTest::addRow("set") << QStringList{QStringLiteral("set"), QStringLiteral("Correspondence"),
                                            QStringLiteral("--clock-days"), QStringLiteral("5")};
    }
    void anOfficerCannotChangeKinds()
    {
        QFETCH(QStringList, arguments);
        REDRESS_SQLITE_DATABASE(db);
        QCOMPARE(addCorrespondence(*dbHolder, 0).code, 0);
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                         "VALUES (?, 'This computer', 'officer')"),
                          {Session::operatingSystemAccount()}));
        const qint64 audits = count(*db, "SELECT COUNT(*) FROM audit_entry");
        const CliRun refused = runOn(*dbHolder, QStringList{QStringLiteral("kinds")} + arguments);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Only an administrator can change the kinds "
                                                     "of feedback")),
                 qPrintable(refused.err));
        // The refusal already says nothing was changed: once, not again after it.
        QVERIFY2(refused.err.count(QStringLiteral("othing was")) == 1, qPrintable(refused.err));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry"), audits);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_kind WHERE name = 'Correspondence' AND "
                            "retired = 0"),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCouncilKinds)
#include "TestCouncilKinds.moc"
