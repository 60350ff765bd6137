#include "CliRun.h"
#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "privacy/Retention.h"
#include "reporting/ReportCsv.h"
#include "reporting/ReportEngine.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// "Today" for every run of the schedule below.
const QDate today(2021, 6, 1);

// Every table (and text column) in which `text` still appears, case-insensitively.
QStringList tablesHolding(Database& db, const QString& text)
{
    QStringList found;
    const QStringList tables = db.sql().tables(QSql::Tables);
    for (const QString& table : tables) {
        auto query = sql::exec(db.sql(), QStringLiteral("SELECT * FROM %1").arg(table));
        if (!query)
            continue;
        while (query->next()) {
            const QSqlRecord row = query->record();
            for (int i = 0; i < row.count(); ++i)
                if (row.value(i).toString().contains(text, Qt::CaseInsensitive) &&
                    !found.contains(table))
                    found << table;
        }
    }
    return found;
}

QStringList references(const QList<RetentionCandidate>& candidates)
{
    QStringList result;
    for (const RetentionCandidate& candidate : candidates)
        result << candidate.reference;
    return result;
}

// The annual report without the staff named in complaints: anonymising blanks a member of
// staff's name, so that list (for leads, not published) no longer names them; every count of
// the published report stays.
QByteArray annualReport(Database& db, int year)
{
    auto report = ReportEngine(db).annual(year, std::nullopt);
    if (!report)
        return report.error().toUtf8();
    QStringList published;
    for (const ReportTable& table : report->tables())
        if (table.id() != u"staff_named")
            published << table.id();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status written = reportcsv::writeReport(report->withTables(published), buffer); !written)
        return written.error().toUtf8();
    return buffer.data();
}

// Makes `kind`'s cases go by `action` once past retention.
bool scheduleFor(Database& db, CaseKind kind, RetentionAction action, const QString& actor)
{
    auto rules = RetentionSchedule(db).rules();
    if (!rules)
        return false;
    QList<RetentionRule> changed = rules.value();
    for (RetentionRule& rule : changed)
        if (rule.kind == kind)
            rule.action = action;
    return bool(RetentionSchedule(db).save(changed, actor));
}

// A file's content that can be told apart from anything else in the database: `marker`
// throughout, `size` bytes in all (a large one spills over SQLite's page into pages of its own).
QByteArray distinctive(const QByteArray& marker, int size)
{
    QByteArray content;
    while (content.size() < size)
        content += marker + ' ';
    content.truncate(size);
    return content;
}

// The SQLite file and its write-ahead log, as they are on disk.
QByteArray sqliteBytes(const QString& filePath)
{
    QByteArray bytes;
    for (const QString& path : QStringList{filePath, filePath + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

qint64 count(Database& db, const QString& statement, const QVariantList& values = {})
{
    auto value = sql::scalar(db.sql(), statement, values);
    return value ? value->toLongLong() : -1;
}

} // namespace

// The retention schedule: which closed cases are past it on a given day, and what applying it
// leaves behind (no names anywhere, reports unchanged, the audit chain whole), on both
// engines.
class TestRetention : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Case due;      // complaint closed over 6 years ago
        Case notYet;   // complaint closed under 6 years ago
        Case dueToday; // compliment closed exactly 2 years ago
        Case tomorrow; // compliment due tomorrow
        Case open;     // never closed
    };

    static Fixture fixture(Session& session)
    {
        Fixture f;
        f.due = closedCase(session, CaseKind::Complaint, QDate(2015, 1, 12),
                           QStringLiteral("Aardvark"));
        f.notYet = closedCase(session, CaseKind::Complaint, QDate(2016, 2, 1),
                              QStringLiteral("Zebrafish"));
        f.dueToday = closedCase(session, CaseKind::Compliment, QDate(2019, 6, 1),
                                QStringLiteral("Bandicoot"));
        f.tomorrow =
            closedCase(session, CaseKind::Compliment, QDate(2019, 6, 2), QStringLiteral("Yak"));
        FixedToday then(QDate(2010, 3, 1));
        f.open = loggedComplaint(session, QDate(2010, 2, 1));
        return f;
    }

private slots:
    void aDryRunListsExactlyTheCasesPastRetention_data() { addBackendRows(); }
    void aDryRunListsExactlyTheCasesPastRetention()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Fixture f = fixture(*session);
        FixedToday now(today);
        auto due = Retention(*session).review();
        QVERIFY2(due, qPrintable(due ? QString() : due.error()));
        QCOMPARE(references(due.value()), (QStringList{f.due.reference, f.dueToday.reference}));
        QCOMPARE(due->at(0).dueOn, QDate(2021, 1, 12));
        QCOMPARE(due->at(0).rule.action, RetentionAction::Anonymise);

        auto entries = sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry"));
        const CliRun run =
            runCli(databaseArguments(dbHolder->location()) +
                   QStringList{QStringLiteral("retention"), QStringLiteral("--dry-run")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QString& expected :
             {f.due.reference, f.dueToday.reference, QStringLiteral("12/01/2015"),
              QStringLiteral("12/01/2021"), QStringLiteral("Compliment"),
              QStringLiteral("Anonymise"), QStringLiteral("Complaint: 1 case"),
              QStringLiteral("Compliment: 1 case")})
            QVERIFY2(run.out.contains(expected), qPrintable(expected + u'\n' + run.out));
        for (const QString& absent : {f.notYet.reference, f.tomorrow.reference, f.open.reference,
                                      QStringLiteral("compliment"), QStringLiteral("lgsco_enquiry"),
                                      QStringLiteral("general_enquiry")})
            QVERIFY2(!run.out.contains(absent), qPrintable(absent + u'\n' + run.out));
        // A dry run changes nothing.
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry"))
                     ->toLongLong(),
                 entries->toLongLong());
        QCOMPARE(tablesHolding(*db, QStringLiteral("Aardvark")).isEmpty(), false);
    }

    // The day a case falls due: its closure date plus its kind's years, due from that day on.
    void aCaseIsDueFromTheDayItsPeriodEnds_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<QDate>("closedOn");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("due");
        QTest::addRow("complaint, 6 years to the day")
            << CaseKind::Complaint << QDate(2015, 3, 2) << QDate(2021, 3, 2) << true;
        QTest::addRow("complaint, a day short of 6 years")
            << CaseKind::Complaint << QDate(2015, 3, 2) << QDate(2021, 3, 1) << false;
        QTest::addRow("concern, 3 years and a day")
            << CaseKind::Concern << QDate(2018, 3, 2) << QDate(2021, 3, 3) << true;
        QTest::addRow("compliment, a day short of 2 years")
            << CaseKind::Compliment << QDate(2019, 3, 2) << QDate(2021, 3, 1) << false;
        QTest::addRow("concern closed on 29 February, due 28 February")
            << CaseKind::Concern << QDate(2016, 2, 29) << QDate(2019, 2, 28) << true;
    }
    void aCaseIsDueFromTheDayItsPeriodEnds()
    {
        QFETCH(CaseKind, kind);
        QFETCH(QDate, closedOn);
        QFETCH(QDate, today);
        QFETCH(bool, due);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Case closed = closedCase(*session, kind, closedOn, QStringLiteral("Aardvark"));
        QVERIFY(closed.id);
        FixedToday now(today);
        auto listed = Retention(*session).review();
        QVERIFY(listed);
        QCOMPARE(references(listed.value()), due ? QStringList{closed.reference} : QStringList());
    }

    void applyingRemovesTheirPersonalDataAndNothingElse_data() { addBackendRows(); }
    void applyingRemovesTheirPersonalDataAndNothingElse()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Fixture f = fixture(*session);
        // Compliments are deleted, complaints anonymised.
        auto rules = RetentionSchedule(*db).rules();
        QVERIFY(rules);
        QList<RetentionRule> changed = rules.value();
        for (RetentionRule& rule : changed)
            if (rule.kind == CaseKind::Compliment)
                rule.action = RetentionAction::Delete;
        QVERIFY(RetentionSchedule(*db).save(changed, session->actor()));
        FixedToday now(today);
        const QStringList database = databaseArguments(dbHolder->location());
        const CliRun run =
            runCli(database + QStringList{QStringLiteral("retention"), QStringLiteral("--apply")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 case(s) anonymised, 1 deleted")),
                 qPrintable(run.out));

        for (const QString& gone : {QStringLiteral("Aardvark"), QStringLiteral("Bandicoot")})
            QVERIFY2(tablesHolding(*db, gone).isEmpty(),
                     qPrintable(gone + u' ' + tablesHolding(*db, gone).join(u',')));
        // Not left in the SQLite file's free space either.
        if (db->isSqlite()) {
            QVERIFY(sql::exec(db->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QFile file(dbHolder->location().filePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll().toLower();
            QVERIFY(!bytes.contains("aardvark"));
            QVERIFY(!bytes.contains("bandicoot"));
            QVERIFY(bytes.contains("zebrafish"));
        }
        for (const QString& kept : {QStringLiteral("Zebrafish"), QStringLiteral("Yak")})
            QVERIFY2(tablesHolding(*db, kept).contains(QStringLiteral("audit_entry")) &&
                         tablesHolding(*db, kept).contains(QStringLiteral("person")),
                     qPrintable(kept));

        auto anonymised = session->cases().load(f.due.id);
        QVERIFY2(anonymised, qPrintable(anonymised ? QString() : anonymised.error()));
        QCOMPARE(anonymised->kind, CaseKind::Complaint);
        QCOMPARE(anonymised->closedOn, QDate(2015, 1, 12));
        QCOMPARE(anonymised->complainant.ageBand, QStringLiteral("25_34"));
        QCOMPARE(anonymised->complainant.fullName, QString());
        QVERIFY(anonymised->notes.isEmpty());
        QVERIFY(!session->cases().load(f.dueToday.id));
        QVERIFY(session->cases().load(f.notYet.id));
        QVERIFY(session->cases().load(f.tomorrow.id));
        QVERIFY(session->cases().load(f.open.id));

        // The run's own entry says what went, by kind and reference, naming no one.
        auto entry = sql::exec(db->sql(), QStringLiteral("SELECT detail, after_state FROM "
                                                         "audit_entry WHERE action = "
                                                         "'retention'"));
        QVERIFY(entry && entry->next());
        QVERIFY(entry->value(1).toString().contains(f.due.reference));
        QVERIFY(entry->value(1).toString().contains(f.dueToday.reference));

        const CliRun check = runCli(database + QStringList{QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.contains(QStringLiteral("had personal data removed")),
                 qPrintable(check.out));

        // Nothing more is due.
        const CliRun again = runCli(
            database + QStringList{QStringLiteral("retention"), QStringLiteral("--dry-run")});
        QVERIFY2(again.out.contains(QStringLiteral("No cases are past retention")),
                 qPrintable(again.out));
    }

    // A case's files hold what its people wrote and where they live: whichever the action,
    // they go with the case's personal data, the review says how many, the run counts them,
    // and their names leave the audit trail like the rest.
    void documentsGoWithTheCasesPastRetention_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<RetentionAction>("action");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (RetentionAction action : allRetentionActions())
                QTest::addRow("%s, %s", qPrintable(backendName(backend)),
                              qPrintable(retentionActionCode(action)))
                    << backend << action;
    }
    void documentsGoWithTheCasesPastRetention()
    {
        QFETCH(RetentionAction, action);
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Fixture f = fixture(*session);
        QVERIFY(scheduleFor(*db, CaseKind::Complaint, action, session->actor()));
        Attachments files = session->attachments();
        const QByteArray letter = distinctive("QUOKKALETTER", 20000);
        const QByteArray note = distinctive("QUOKKANOTE", 300);
        const QByteArray kept = distinctive("WOMBATREPLY", 20000);
        QVERIFY(files.add(f.due.id, QStringLiteral("Aardvark letter.eml"), letter));
        QVERIFY(files.add(f.due.id, QStringLiteral("Aardvark phone note.txt"), note));
        auto wrong = files.add(f.due.id, QStringLiteral("Aardvark wrong.txt"), "misfiled");
        QVERIFY(wrong);
        QVERIFY(files.remove(wrong->id, QStringLiteral("not Aardvark's")));
        auto keptFile = files.add(f.notYet.id, QStringLiteral("Zebrafish reply.pdf"), kept);
        QVERIFY(keptFile);
        FixedToday now(today);
        const QByteArray report = annualReport(*db, 2014);

        auto due = Retention(*session).review();
        QVERIFY(due);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).caseId, f.due.id);
        QCOMPARE(due->at(0).documents, 2);
        QCOMPARE(due->at(1).documents, 0);
        const QStringList database = databaseArguments(dbHolder->location());
        const CliRun dryRun = runCli(
            database + QStringList{QStringLiteral("retention"), QStringLiteral("--dry-run")});
        QVERIFY2(dryRun.code == 0, qPrintable(dryRun.err));
        for (const QString& expected :
             {QStringLiteral("Documents"),
              QStringLiteral("2 document(s) kept with these cases will be removed.")})
            QVERIFY2(dryRun.out.contains(expected), qPrintable(expected + u'\n' + dryRun.out));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attachment")), 3);

        const CliRun run =
            runCli(database + QStringList{QStringLiteral("retention"), QStringLiteral("--apply")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2 document(s) removed")), qPrintable(run.out));
        // Read before anything else here touches the file: the run itself leaves no copy of
        // the files' bytes in the database file or its log.
        if (db->isSqlite()) {
            const QByteArray bytes = sqliteBytes(dbHolder->location().filePath);
            QVERIFY(!bytes.contains("QUOKKALETTER"));
            QVERIFY(!bytes.contains("QUOKKANOTE"));
            QVERIFY(bytes.contains("WOMBATREPLY"));
        }

        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attachment WHERE case_id = ?"),
                       {f.due.id}),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attachment")), 1);
        QCOMPARE(files.content(keptFile->id).value(), kept);
        // File names and reasons leave the trail with the other names.
        QVERIFY2(tablesHolding(*db, QStringLiteral("Aardvark")).isEmpty(),
                 qPrintable(tablesHolding(*db, QStringLiteral("Aardvark")).join(u',')));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action IN "
                                      "('attachment_add', 'attachment_remove') AND case_id = ? "
                                      "AND redacted_at IS NOT NULL"),
                       {f.due.id}),
                 4);
        QVERIFY(tablesHolding(*db, QStringLiteral("Zebrafish reply.pdf"))
                    .contains(QStringLiteral("audit_entry")));

        // The run's entry counts the files and names none.
        auto entry = sql::scalar(db->sql(), QStringLiteral("SELECT after_state FROM audit_entry "
                                                           "WHERE action = 'retention'"));
        QVERIFY(entry);
        const QJsonObject after = QJsonDocument::fromJson(entry->toString().toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("documentsRemoved")).toInt(), 2);

        const CliRun check = runCli(database + QStringList{QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        if (action == RetentionAction::Anonymise) {
            QCOMPARE(annualReport(*db, 2014), report);
            QVERIFY(session->cases().load(f.due.id));
        } else {
            QVERIFY(!session->cases().load(f.due.id));
        }
    }

    // However a case is deleted (undoing an import too), the database takes its files with it.
    void deletingACaseDeletesItsFiles_data() { addBackendRows(); }
    void deletingACaseDeletesItsFiles()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Case record = closedCase(*session, CaseKind::Complaint, QDate(2015, 1, 12),
                                       QStringLiteral("Aardvark"));
        QVERIFY(session->attachments().add(record.id, QStringLiteral("a.txt"), "one"));
        QVERIFY(session->attachments().add(record.id, QStringLiteral("b.txt"), "two"));
        QVERIFY(
            sql::exec(db->sql(), QStringLiteral("DELETE FROM cases WHERE id = ?"), {record.id}));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attachment")), 0);
    }

    void anonymisedCasesStillCountInReports_data() { addBackendRows(); }
    void anonymisedCasesStillCountInReports()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Fixture f = fixture(*session);
        FixedToday now(today);
        const QByteArray before = annualReport(*db, 2014);
        QVERIFY(before.contains("Complaints received"));
        auto done = Retention(*session).apply({f.due.id});
        QVERIFY2(done, qPrintable(done ? QString() : done.error()));
        QCOMPARE(done->anonymised.value(CaseKind::Complaint), 1);
        QCOMPARE(annualReport(*db, 2014), before);
    }

    // A person who also brought a case that is kept keeps their details there.
    void aPersonSharedWithAKeptCaseKeepsTheirDetails_data() { addBackendRows(); }
    void aPersonSharedWithAKeptCaseKeepsTheirDetails()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        Case old = closedCase(*session, CaseKind::Complaint, QDate(2014, 5, 1),
                              QStringLiteral("Aardvark"));
        FixedToday now(today);
        Case current = loggedComplaint(*session, QDate(2021, 5, 4));
        current.complainant = old.complainant;
        QVERIFY(session->saveDetails(current, QStringLiteral("complainant")));
        auto done = Retention(*session).apply({old.id, current.id});
        QVERIFY2(done, qPrintable(done ? QString() : done.error()));
        QCOMPARE(done->total(), 1);
        QCOMPARE(session->cases().load(current.id)->complainant.fullName,
                 QStringLiteral("Jordan Aardvark"));
        QCOMPARE(session->cases().load(old.id)->complainant.fullName, QString());
    }

    void cancellingChangesNothing_data() { addBackendRows(); }
    void cancellingChangesNothing()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Fixture f = fixture(*session);
        FixedToday now(today);
        auto done =
            Retention(*session).apply({f.due.id, f.dueToday.id}, [](int, int) { return false; });
        QVERIFY(!done);
        QVERIFY2(done.error().contains(QStringLiteral("Cancelled")), qPrintable(done.error()));
        QCOMPARE(session->cases().load(f.due.id)->complainant.fullName,
                 QStringLiteral("Jordan Aardvark"));
        QCOMPARE(Retention(*session).review()->size(), 2);
    }

    // Undoing an import takes the names it brought into the audit trail out with its cases;
    // the chain still holds.
    void undoingAnImportLeavesNoNameInTheTrail_data() { addBackendRows(); }
    void undoingAnImportLeavesNoNameInTheTrail()
    {
        REDRESS_TEST_DATABASE(db);
        const QStringList database = databaseArguments(dbHolder->location());
        const CliRun imported =
            runCli(database + QStringList{QStringLiteral("import"),
                                          ownTestData(QStringLiteral("legacy-log/legacy-log.csv")),
                                          QStringLiteral("--mapping"),
                                          ownTestData(QStringLiteral("legacy-log/mapping.json"))});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY(tablesHolding(*db, QStringLiteral("Priya Shah"))
                    .contains(QStringLiteral("audit_entry")));
        const qint64 batch =
            sql::scalar(db->sql(), QStringLiteral("SELECT MAX(id) FROM import_batch"))
                ->toLongLong();
        const CliRun undone =
            runCli(database + QStringList{QStringLiteral("import"), QStringLiteral("undo"),
                                          QString::number(batch)});
        QVERIFY2(undone.code == 0, qPrintable(undone.err));
        for (const QString& name : {QStringLiteral("Priya Shah"), QStringLiteral("Jordan Miles")})
            QVERIFY2(tablesHolding(*db, name).isEmpty(),
                     qPrintable(name + u' ' + tablesHolding(*db, name).join(u',')));
        auto removals = sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry "
                                                              "WHERE action = 'undo_import' AND "
                                                              "detail <> ''"));
        QVERIFY(removals->toInt() >= 12);
        const CliRun check = runCli(database + QStringList{QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    }

    void theScheduleRefusesNonsense_data() { addBackendRows(); }
    void theScheduleRefusesNonsense()
    {
        REDRESS_TEST_DATABASE(db);
        RetentionSchedule schedule(*db);
        const auto before = schedule.rules();
        QVERIFY(before);
        QCOMPARE(before->size(), allCaseKinds().size());
        const Status twice = schedule.save({{CaseKind::Complaint, 6, RetentionAction::Anonymise},
                                            {CaseKind::Complaint, 7, RetentionAction::Delete}},
                                           QStringLiteral("admin"));
        QVERIFY(!twice);
        QVERIFY(twice.error().contains(QStringLiteral("two lines for Complaint")));
        const Status zero = schedule.save({{CaseKind::Concern, 0, RetentionAction::Anonymise}},
                                          QStringLiteral("a"));
        QVERIFY(!zero);
        QVERIFY(zero.error().contains(QStringLiteral("give 1 to 100")));
        QCOMPARE(schedule.rules().value(), before.value());
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
