// A council's own kind changed after it was added (redress-cli kinds set): its reference
// prefix, response clock (with an extension, or none), report group and retention, each change
// audited and refused whole where it would be wrong. A changed clock moves the open cases'
// deadlines in the same transaction, audited; closed cases and every reference stay as they
// were. Its retention follows its report group's built-in kind unless set. On a real SQLite
// file and PostgreSQL.
#include "CliRun.h"
#include "LegacyLogFixtures.h"
#include "TestSupport.h"
#include "privacy/Retention.h"
#include "reporting/ReportEngine.h"
#include "storage/CaseKindStore.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

CliRun runOn(const TestDatabase& database, const QStringList& arguments)
{
    return runCli(databaseArguments(database.location()) + arguments);
}

CliRun kinds(const TestDatabase& database, const QStringList& arguments)
{
    return runOn(database, QStringList{QStringLiteral("kinds")} + arguments);
}

// Correspondence (CR, 10 working days) and Representation (RP, no clock).
void addTwoKinds(const TestDatabase& database)
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("add"), QStringLiteral("Correspondence"),
                      QStringLiteral("--prefix"), QStringLiteral("CR"), QStringLiteral("--days"),
                      QStringLiteral("10")},
          QStringList{QStringLiteral("add"), QStringLiteral("Representation"),
                      QStringLiteral("--prefix"), QStringLiteral("RP")}}) {
        const CliRun added = kinds(database, arguments);
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }
}

QString storedCorrespondence(Database& db)
{
    auto row =
        sql::exec(db.sql(), QStringLiteral("SELECT reference_prefix, clock_days, extended_days, "
                                           "report_group, COALESCE(retention_years, 0) FROM "
                                           "case_kind WHERE code = 'correspondence'"));
    if (!row || !row->next())
        return QStringLiteral("(none)");
    QStringList cells;
    for (int i = 0; i < 5; ++i)
        cells << row->value(i).toString();
    return cells.join(u'|');
}

CaseKind correspondence()
{
    return caseKindFromCode(u"correspondence").value_or(CaseKind::Complaint);
}

Case loggedCorrespondence(Session& session, QDate received)
{
    Case record;
    record.kind = correspondence();
    record.receivedOn = received;
    record.complainant.fullName = QStringLiteral("Jordan Example");
    record.summary = QStringLiteral("A letter about a change of school");
    if (Status logged = session.logCase(record); !logged)
        qWarning() << logged.error();
    return record;
}

// A correspondence received Monday 1/2/2021 (day 1 is 2/2), acknowledged and answered on
// `respondedOn`.
bool answered(Session& session, QDate respondedOn)
{
    Case record = loggedCorrespondence(session, QDate(2021, 2, 1));
    ActionRequest acknowledge;
    acknowledge.action = Action::Acknowledge;
    acknowledge.on = QDate(2021, 2, 2);
    ActionRequest respond;
    respond.action = Action::Respond;
    respond.on = respondedOn;
    for (const ActionRequest& request : {acknowledge, respond})
        if (Status done = session.perform(record, request); !done) {
            qWarning() << done.error();
            return false;
        }
    return true;
}

} // namespace

class TestKindSettings : public QObject
{
    Q_OBJECT

private slots:
    void changedOrRefusedWhole_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("said");   // on standard output, or the error
        QTest::addColumn<QString>("stored"); // prefix|clock|extended|group|retention after
        const QString unchanged = QStringLiteral("CR|10|0|other_feedback|0");
        const QList<std::tuple<const char*, QStringList, int, QString, QString>> rows{
            {"a new prefix, in capitals",
             {QStringLiteral("--prefix"), QStringLiteral("cor")},
             0,
             QStringLiteral("references COR-YYYY-NNNNN (its cases keep theirs)"),
             QStringLiteral("COR|10|0|other_feedback|0")},
            {"a clock and its extension",
             {QStringLiteral("--clock-days"), QStringLiteral("15"),
              QStringLiteral("--extended-days"), QStringLiteral("25")},
             0,
             QStringLiteral("response clock 15 working days (extended: 25 working days)"),
             QStringLiteral("CR|15|25|other_feedback|0")},
            {"no clock",
             {QStringLiteral("--no-clock")},
             0,
             QStringLiteral("response clock none"),
             QStringLiteral("CR|0|0|other_feedback|0")},
            {"counted among the enquiries",
             {QStringLiteral("--report-group"), QStringLiteral("enquiry")},
             0,
             QStringLiteral("counted as Other feedback and the enquiries table"),
             QStringLiteral("CR|10|0|enquiry|0")},
            {"kept four years",
             {QStringLiteral("--retention-years"), QStringLiteral("4")},
             0,
             QStringLiteral("kept 4 year(s) after closure"),
             QStringLiteral("CR|10|0|other_feedback|4")},
            {"a prefix a built-in kind has",
             {QStringLiteral("--prefix"), QStringLiteral("CP")},
             1,
             QStringLiteral("The reference prefix CP is taken by another kind"),
             unchanged},
            {"a prefix another council kind has",
             {QStringLiteral("--prefix"), QStringLiteral("rp")},
             1,
             QStringLiteral("The reference prefix RP is taken by another kind"),
             unchanged},
            {"a prefix not of letters",
             {QStringLiteral("--prefix"), QStringLiteral("C1")},
             1,
             QStringLiteral("The reference prefix \"C1\" must be two to four letters"),
             unchanged},
            {"a prefix too long",
             {QStringLiteral("--prefix"), QStringLiteral("CORRE")},
             1,
             QStringLiteral("must be two to four letters"),
             unchanged},
            {"an extension no longer than the clock",
             {QStringLiteral("--extended-days"), QStringLiteral("10")},
             1,
             QStringLiteral("must be more than its 10 working days"),
             unchanged},
            {"a clock and another change refused together",
             {QStringLiteral("--clock-days"), QStringLiteral("5"), QStringLiteral("--prefix"),
              QStringLiteral("CP")},
             1,
             QStringLiteral("The reference prefix CP is taken"),
             unchanged},
            {"an unknown report group",
             {QStringLiteral("--report-group"), QStringLiteral("compliments")},
             2,
             QStringLiteral("--report-group is other_feedback or enquiry"),
             unchanged},
            {"no clock with days",
             {QStringLiteral("--no-clock"), QStringLiteral("--clock-days"), QStringLiteral("5")},
             2,
             QStringLiteral("--no-clock takes no --clock-days"),
             unchanged},
            {"nothing to change", {}, 2, QStringLiteral("Say what to change"), unchanged},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const auto& [name, arguments, code, said, stored] : rows)
                QTest::addRow("%s: %s", qPrintable(backendName(backend)), name)
                    << backend << arguments << code << said << stored;
    }
    void changedOrRefusedWhole()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, said);
        QFETCH(QString, stored);
        REDRESS_TEST_DATABASE(db);
        addTwoKinds(*dbHolder);
        const qint64 audits = count(*db, "SELECT COUNT(*) FROM audit_entry");
        const CliRun run =
            kinds(*dbHolder,
                  QStringList{QStringLiteral("set"), QStringLiteral("correspondence")} + arguments);
        QCOMPARE(run.code, code);
        const QString text = spelledOut(code == 0 ? run.out : run.err);
        QVERIFY2(text.contains(spelledOut(said)), qPrintable(text));
        QCOMPARE(storedCorrespondence(*db), stored);
        const qint64 kindAudits =
            count(*db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'admin_case_kind'");
        QCOMPARE(kindAudits, code == 0 ? 3 : 2);
        if (code != 0)
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry"), audits);
    }

    void builtInKindsCannotBeChanged_data() { addBackendRows(); }
    void builtInKindsCannotBeChanged()
    {
        REDRESS_TEST_DATABASE(db);
        const CliRun refused =
            kinds(*dbHolder, {QStringLiteral("set"), QStringLiteral("concern"),
                              QStringLiteral("--clock-days"), QStringLiteral("3")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("built-in kinds cannot be changed")),
                 qPrintable(refused.err));
    }

    // The open case's deadline follows the new clock, audited, in the same step; the closed
    // case keeps its own; references already given stay, new ones take the new prefix.
    void aNewClockMovesOpenDeadlines_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("moved");
        const QList<std::tuple<const char*, QStringList, QDate, int>> rows{
            // Received Sunday 13/12/2020: day 1 is Monday 14/12.
            {"shorter",
             {QStringLiteral("--clock-days"), QStringLiteral("5")},
             QDate(2020, 12, 18),
             1},
            // Christmas Day and the Boxing Day holiday (28/12) are not working days.
            {"longer",
             {QStringLiteral("--clock-days"), QStringLiteral("15")},
             QDate(2021, 1, 6),
             1},
            {"an extension only (none agreed)",
             {QStringLiteral("--extended-days"), QStringLiteral("20")},
             QDate(2020, 12, 29),
             0},
            {"no clock", {QStringLiteral("--no-clock")}, QDate(), 1},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const auto& [name, arguments, due, moved] : rows)
                QTest::addRow("%s: %s", qPrintable(backendName(backend)), name)
                    << backend << arguments << due << moved;
    }
    void aNewClockMovesOpenDeadlines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QDate, due);
        QFETCH(int, moved);
        REDRESS_TEST_DATABASE(db);
        addTwoKinds(*dbHolder);
        FixedToday today(QDate(2021, 1, 4));
        Case open;
        Case closed;
        {
            auto session = sessionOn(*db);
            QVERIFY(session);
            open = loggedCorrespondence(*session, QDate(2020, 12, 13));
            QCOMPARE(open.reference, QStringLiteral("CR-2020-00001"));
            QCOMPARE(open.dueOn, QDate(2020, 12, 29));
            closed = loggedCorrespondence(*session, QDate(2020, 12, 13));
            QVERIFY(closed.id != 0);
            QVERIFY(sql::exec(db->sql(),
                              QStringLiteral("UPDATE cases SET state = 'closed', "
                                             "closed_on = '2020-12-20' WHERE id = ?"),
                              {closed.id}));
        }
        const CliRun set =
            kinds(*dbHolder, QStringList{QStringLiteral("set"), QStringLiteral("Correspondence"),
                                         QStringLiteral("--prefix"), QStringLiteral("COR")} +
                                 arguments);
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("Deadlines recomputed: %1 of").arg(moved)),
                 qPrintable(set.out));
        QVERIFY(CaseKindStore::load(*db));
        const Case reread = CaseRepository(*db).load(open.id).value();
        QCOMPARE(reread.dueOn, due);
        QCOMPARE(reread.reference, QStringLiteral("CR-2020-00001"));
        QCOMPARE(CaseRepository(*db).load(closed.id)->dueOn, QDate(2020, 12, 29));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry WHERE action = "
                            "'recompute_deadlines' AND case_id IS NOT NULL"),
                 moved);

        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case later = loggedCorrespondence(*session, QDate(2020, 12, 14));
        QCOMPARE(later.reference, QStringLiteral("COR-2020-00001"));
    }

    // The report's timescales table measures a kind with a clock in its own bands, under its
    // own name; a kind with none is not in it.
    void timescalesOfAKindWithAClock_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("extendedDays");
        QTest::addColumn<QStringList>("rows"); // key=count, and the label of the first
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            QTest::addRow("%s: with an extension", qPrintable(backendName(backend)))
                << backend << 20
                << QStringList{
                       QStringLiteral("within_initial=1"), QStringLiteral("within_extended=1"),
                       QStringLiteral("outside=1"),        QStringLiteral("no_response=0"),
                       QStringLiteral("total=3"),          QStringLiteral("responded=3")};
            QTest::addRow("%s: without", qPrintable(backendName(backend)))
                << backend << 0
                << QStringList{QStringLiteral("within_initial=1"), QStringLiteral("outside=2"),
                               QStringLiteral("no_response=0"), QStringLiteral("total=3"),
                               QStringLiteral("responded=3")};
        }
    }
    void timescalesOfAKindWithAClock()
    {
        QFETCH(int, extendedDays);
        QFETCH(QStringList, rows);
        REDRESS_TEST_DATABASE(db);
        addTwoKinds(*dbHolder);
        if (extendedDays > 0)
            QCOMPARE(
                kinds(*dbHolder, {QStringLiteral("set"), QStringLiteral("correspondence"),
                                  QStringLiteral("--extended-days"), QString::number(extendedDays)})
                    .code,
                0);
        FixedToday today(QDate(2021, 3, 31));
        {
            auto session = sessionOn(*db);
            QVERIFY(session);
            QVERIFY(answered(*session, QDate(2021, 2, 10))); // the 7th working day
            QVERIFY(answered(*session, QDate(2021, 2, 22))); // the 15th
            QVERIFY(answered(*session, QDate(2021, 3, 15))); // the 30th
            Case representation;
            representation.kind = *caseKindFromCode(u"representation");
            representation.receivedOn = QDate(2021, 2, 1);
            representation.complainant.fullName = QStringLiteral("Sam Example");
            representation.summary = QStringLiteral("Representation about a placement");
            QVERIFY(session->logCase(representation));
        }
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual ? QString() : annual.error()));
        const ReportTable* table = annual->table(u"timescales_by_stage");
        QVERIFY(table);
        QStringList found;
        for (const ReportRow& row : table->rows()) {
            QVERIFY2(!row.key.startsWith(u"representation:"), qPrintable(row.key));
            if (row.key.startsWith(u"correspondence:"))
                found << QStringLiteral("%1=%2").arg(
                    row.key.section(u':', 1),
                    table->cell(row.key, QStringLiteral("count")).toString());
        }
        QCOMPARE(found, rows);
        QCOMPARE(table->cell(u"correspondence:within_initial", u"label").toString(),
                 QStringLiteral("Correspondence: within 10 working days"));
        QCOMPARE(table->cell(u"correspondence:outside", u"label").toString(),
                 QStringLiteral("Correspondence: outside %1 working days")
                     .arg(extendedDays > 0 ? extendedDays : 10));
    }

    // Kept as its report group's built-in kind (other feedback as comments, enquiries as
    // general enquiries) unless it sets its own years; "retention --dry-run" lists it.
    void retentionFollowsTheReportGroup_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("rule");
        const QList<std::tuple<const char*, QStringList, QString>> rows{
            {"other feedback, as comments", {}, QStringLiteral("anonymise 3 year(s)")},
            {"an enquiry, as general enquiries",
             {QStringLiteral("--report-group"), QStringLiteral("enquiry")},
             QStringLiteral("delete 5 year(s)")},
            {"its own years, with its group's action",
             {QStringLiteral("--retention-years"), QStringLiteral("7")},
             QStringLiteral("anonymise 7 year(s)")},
            {"its own years given back to its group",
             {QStringLiteral("--retention-years"), QStringLiteral("0")},
             QStringLiteral("anonymise 3 year(s)")},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const auto& [name, arguments, rule] : rows)
                QTest::addRow("%s: %s", qPrintable(backendName(backend)), name)
                    << backend << arguments << rule;
    }
    void retentionFollowsTheReportGroup()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, rule);
        REDRESS_TEST_DATABASE(db);
        addTwoKinds(*dbHolder);
        // The built-in lines it follows, set apart from the shipped ones.
        QVERIFY(sql::exec(db->sql(), QStringLiteral("UPDATE retention_rule SET years = 3 WHERE "
                                                    "kind = 'comment'")));
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("UPDATE retention_rule SET years = 5, action = 'delete' "
                                         "WHERE kind = 'general_enquiry'")));
        if (!arguments.isEmpty()) {
            const CliRun set = kinds(
                *dbHolder,
                QStringList{QStringLiteral("set"), QStringLiteral("correspondence")} + arguments);
            QVERIFY2(set.code == 0, qPrintable(set.err));
        }
        const CliRun listed =
            runOn(*dbHolder, {QStringLiteral("retention"), QStringLiteral("--dry-run")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QString expected = QStringLiteral("Correspondence: %1 after closure").arg(rule);
        QVERIFY2(spelledOut(listed.out).contains(expected), qPrintable(listed.out));
        QVERIFY2(spelledOut(listed.out)
                     .contains(QStringLiteral("Representation: anonymise 3 "
                                              "year(s) after closure")),
                 qPrintable(listed.out));
        // The stored schedule, as Administration › Retention saves it, holds no council kind.
        QVERIFY(CaseKindStore::load(*db));
        for (const RetentionRule& line : RetentionSchedule(*db).rules().value())
            QVERIFY(!isCouncilKind(line.kind));
    }
};

QTEST_GUILESS_MAIN(TestKindSettings)
#include "TestKindSettings.moc"
