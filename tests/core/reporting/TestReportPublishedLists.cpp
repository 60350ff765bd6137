// The lists and tables the councils publish beyond the counts: remedies as combinations, the
// learning log, compliments by team and by theme and those that may be quoted, advocacy year by
// year, the Ombudsman's uphold rate beside the national one and the types of remedy it
// recommended; on a handful of cases whose figures are
// worked out by hand, on SQLite and PostgreSQL.
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QLocale>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

Remedy remedy(int stage, const char* type)
{
    return Remedy{0, stage, s(type), s(type), 0, {}, {}};
}

LearningAction action(const char* description, const char* theme, const char* owner, QDate due,
                      const char* status, const char* reason = "")
{
    LearningAction result;
    result.description = s(description);
    result.themeCode = s(theme);
    result.owner = s(owner);
    result.dueOn = due;
    result.status = s(status);
    result.notImplementedReason = s(reason);
    return result;
}

// The cases, and what 2020/21 (against 2019/20) makes of them. Letters name them in the
// expectations below; each is one case.
// Remedies at upheld or partly upheld stages concluded in 2020/21:
//   A upheld: explanation and apology; B partly upheld: apology and explanation; C upheld:
//   apology and service provided; D upheld: none; F corporate, stage 1 upheld with an
//   explanation, stage 2 upheld with an explanation, an apology and money. Not counted: E
//   not upheld (explanation); H not upheld. G, 2019/20, upheld: explanation and apology.
// Learning: A implemented (communication), A not implemented with a reason (assessments), E
//   proposed with no theme; H (restricted) training: counted, not listed; G 2019/20.
// Compliments: K1 Children in care team, may be quoted; K2 Fostering, not; K3 Children in
//   care team, may be quoted but restricted; K4 2019/20, Children in care team, may be quoted.
//   Themes: K1 communication, K2 support from a worker, K3 none recorded, K4 communication.
// Advocacy, stage 1 received: L1 child, offered, NYAS; L2 care leaver, offered, none; L3
//   corporate, by an advocate; L4 2019/20 child, an advocate offered for the child, none.
// Ombudsman decisions: O1 upheld, O2 fault without injustice, O3 not upheld, O4 closed after
//   initial enquiries (all 2020/21); O5 not upheld in 2019/20. National rate 2020/21: 51.2%.
//   Recommendations: O1 an apology and £250 financial redress; O2 a service improvement and
//   one with no type; O5 an apology.
const QStringList names{s("A"),  s("B"),  s("C"),  s("D"),  s("E"),  s("F"),  s("G"),
                        s("H"),  s("K1"), s("K2"), s("K3"), s("K4"), s("L1"), s("L2"),
                        s("L3"), s("L4"), s("O1"), s("O2"), s("O3"), s("O4"), s("O5")};

Result<QHash<QString, qint64>> build(Database& database)
{
    CaseMaker make(database);
    QHash<QString, Case> made;
    Case a = make.complaint(QDate(2020, 5, 1), 10, s("upheld"));
    a.remedies = {remedy(1, "explanation"), remedy(1, "apology")};
    a.learningActions = {action("Call back within two days", "communication", "Team manager",
                                QDate(2020, 9, 1), "implemented"),
                         action("Review the assessment template", "assessments_reports_plans",
                                "Head of service", QDate(2020, 10, 1), "not_implemented",
                                "Replaced by the national template")};
    made[s("A")] = a;
    Case b = make.complaint(QDate(2020, 6, 1), 10, s("partially_upheld"));
    b.remedies = {remedy(1, "apology"), remedy(1, "explanation")};
    made[s("B")] = b;
    Case c = make.complaint(QDate(2020, 7, 1), 10, s("upheld"));
    c.remedies = {remedy(1, "apology"), remedy(1, "service_provided")};
    made[s("C")] = c;
    made[s("D")] = make.complaint(QDate(2020, 8, 3), 10, s("upheld"));
    Case e = make.complaint(QDate(2020, 9, 1), 10, s("not_upheld"));
    e.remedies = {remedy(1, "explanation")};
    e.learningActions = {action("Share at the team meeting", "", "", QDate(), "proposed")};
    made[s("E")] = e;
    Case f = make.complaint(QDate(2020, 10, 1), 10, s("upheld"), Procedure::Corporate);
    make.escalate(f, 5, 20, s("upheld"));
    f.remedies = {remedy(1, "explanation"), remedy(2, "explanation"), remedy(2, "apology"),
                  remedy(2, "financial")};
    made[s("F")] = f;
    Case g = make.complaint(QDate(2019, 6, 3), 10, s("upheld"));
    g.remedies = {remedy(1, "explanation"), remedy(1, "apology")};
    g.learningActions = {
        action("Last year's", "policy", "Manager", QDate(2019, 9, 1), "implemented")};
    made[s("G")] = g;
    Case h = make.complaint(QDate(2020, 5, 4), 10, s("not_upheld"));
    h.learningActions = {
        action("Restricted words", "training", "Lead", QDate(2020, 8, 1), "in_progress")};
    made[s("H")] = h;

    auto compliment = [&](QDate received, const char* team, bool quoted, const char* said,
                          const char* theme) {
        Case k = make.other(CaseKind::Compliment, received, 1);
        k.teamId = make.unit(s(team));
        k.publishable = quoted;
        k.summary = s(said);
        k.complimentThemeCode = s(theme);
        return k;
    };
    made[s("K1")] = compliment(QDate(2020, 5, 1), "cic_team", true, "Thank you for everything",
                               "communication");
    made[s("K2")] =
        compliment(QDate(2020, 6, 1), "fostering", false, "Not to be quoted", "worker_support");
    made[s("K3")] = compliment(QDate(2020, 7, 1), "cic_team", true, "Restricted praise", "");
    made[s("K4")] =
        compliment(QDate(2019, 5, 1), "cic_team", true, "Last year's praise", "communication");

    auto childs = [&](QDate received, const char* role, Procedure procedure) {
        Case l = make.complaint(received, 10, s("not_upheld"), procedure);
        l.complainantRoleCode = s(role);
        return l;
    };
    Case l1 = childs(QDate(2020, 5, 11), "child", Procedure::Statutory);
    l1.advocacyOffered = true;
    l1.advocateProvidedBy = s("NYAS");
    made[s("L1")] = l1;
    Case l2 = childs(QDate(2020, 6, 10), "care_leaver", Procedure::Statutory);
    l2.advocacyOffered = true;
    made[s("L2")] = l2;
    made[s("L3")] = childs(QDate(2020, 7, 10), "advocate", Procedure::Corporate);
    Case l4 = childs(QDate(2019, 5, 10), "child", Procedure::Statutory);
    ChildConcerned child;
    child.socialCareReference = s("L4");
    child.name = s("L4");
    child.statusCode = s("child_in_care");
    child.advocateOffered = true;
    l4.children = {child};
    made[s("L4")] = l4;

    auto enquiry = [&](QDate received, const char* decision, QDate decided) {
        Case o = make.other(CaseKind::OmbudsmanEnquiry, received, 10);
        o.stages[0].outcomeCode = s(decision);
        o.ombudsman.decisionCode = s(decision);
        o.ombudsman.decidedOn = decided;
        return o;
    };
    made[s("O1")] = enquiry(QDate(2020, 4, 10), "upheld", QDate(2020, 6, 1));
    made[s("O2")] = enquiry(QDate(2020, 5, 1), "fault_no_injustice", QDate(2020, 7, 1));
    made[s("O2")].ombudsman.faultFound = true;
    made[s("O3")] = enquiry(QDate(2020, 6, 1), "not_upheld", QDate(2020, 8, 3));
    made[s("O4")] =
        enquiry(QDate(2020, 6, 15), "closed_after_initial_enquiries", QDate(2020, 9, 1));
    made[s("O5")] = enquiry(QDate(2019, 6, 3), "not_upheld", QDate(2019, 9, 2));
    auto recommend = [](const char* type, qint64 pence, QDate due) {
        OmbudsmanRecommendation r;
        r.description = s("Recommended");
        r.remedyTypeCode = s(type);
        r.amountPence = pence;
        r.dueOn = due;
        return r;
    };
    made[s("O1")].ombudsman.recommendations = {recommend("apology", 0, QDate(2020, 7, 1)),
                                               recommend("financial", 25000, QDate(2020, 7, 1))};
    made[s("O2")].ombudsman.recommendations = {
        recommend("service_improvement", 0, QDate(2020, 10, 1)),
        recommend("", 0, QDate(2020, 10, 1))};
    made[s("O5")].ombudsman.recommendations = {recommend("apology", 0, QDate(2019, 10, 1))};

    QList<Case> cases;
    for (const QString& name : names)
        cases << made.value(name);
    if (Status saved = make.insert(cases); !saved)
        return Error{saved.error()};
    QHash<QString, qint64> ids;
    for (int i = 0; i < names.size(); ++i)
        ids.insert(names.at(i), cases.at(i).id);
    for (const char* restricted : {"H", "K3"}) {
        auto inserted = sql::exec(
            database.sql(),
            QStringLiteral("INSERT INTO case_restriction (case_id, username) VALUES (?, ?)"),
            {ids.value(s(restricted)), s("lead")});
        if (!inserted)
            return Error{inserted.error()};
    }
    if (Status saved = ReferenceData(database).saveOmbudsmanNationalUphold(2020, 512); !saved)
        return Error{saved.error()};
    return ids;
}

// "row|column|expected|cases behind": a figure (or, where the column is text or a date, what
// it shows) and the cases behind it, by name; no cases column for text.
using Expectations = QStringList;

} // namespace

class TestReportPublishedLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void published_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("rowOrder");
        QTest::addColumn<Expectations>("cells");
        const QList<std::tuple<const char*, QStringList, Expectations>> tables{
            {"remedy_combinations",
             {s("explanation+apology"), s("apology+service_provided"), s("explanation"),
              s("explanation+apology+financial"), s("none"), s("total")},
             {s("explanation+apology|label|Explanation and apology"),
              s("explanation+apology|count|2|A,B"), s("explanation+apology|percent|33.3"),
              s("explanation+apology|prev_count|1|G"),
              s("apology+service_provided|label|Apology and service provided"),
              s("apology+service_provided|count|1|C"), s("explanation|count|1|F"),
              s("explanation+apology+financial|label|Explanation, apology and financial remedy"),
              s("explanation+apology+financial|count|1|F"), s("none|count|1|D"),
              s("none|label|No remedy recorded"), s("total|count|6|A,B,C,D,F"),
              s("total|percent|100.0"), s("total|prev_count|1|G")}},
            {"learning_log",
             {s("e1"), s("a2"), s("a1"), s("total")},
             {s("e1|label|Share at the team meeting"), s("e1|theme|Not recorded"),
              s("e1|status|Proposed"), s("e1|due|"), s("e1|actions|1|E"),
              s("a2|label|Review the assessment template"),
              s("a2|theme|Assessments, reports and plans"), s("a2|owner|Head of service"),
              s("a2|due|01/10/2020"), s("a2|status|Not implemented"),
              s("a2|reason|Replaced by the national template"),
              s("a1|label|Call back within two days"), s("a1|status|Implemented"), s("a1|reason|"),
              s("a1|owner|Team manager"), s("total|actions|3|A,E")}},
            {"learning", {}, {s("total|actions|4|A,E,H"), s("training|actions|1|H")}},
            {"compliments_by_team",
             {},
             {s("children_in_care|count|3|K1,K2,K3"), s("cic_team|count|2|K1,K3"),
              s("fostering|count|1|K2"), s("total|count|3|K1,K2,K3"), s("cic_team|prev_count|1|K4"),
              s("cic_team|label|Children in care team")}},
            {"compliments_by_theme",
             {s("communication"), s("worker_support"), s("child_outcome"), s("timeliness"),
              s("other"), s("not_recorded"), s("total")},
             {s("communication|label|Communication"), s("communication|count|1|K1"),
              s("communication|prev_count|1|K4"), s("worker_support|label|Support from a worker"),
              s("worker_support|count|1|K2"), s("timeliness|count|0|"),
              s("not_recorded|count|1|K3"), s("total|count|3|K1,K2,K3"),
              s("total|prev_count|1|K4")}},
            {"ombudsman_remedy_types",
             {s("apology"), s("financial"), s("service_improvement"), s("procedure_change"),
              s("staff_training"), s("reconsider_decision"), s("other"), s("not_recorded"),
              s("total")},
             {s("apology|label|Apology"), s("apology|count|1|O1"), s("apology|prev_count|1|O5"),
              s("financial|label|Financial redress"), s("financial|count|1|O1"),
              QString::fromUtf8("financial|amount|£250.00"), s("service_improvement|count|1|O2"),
              s("staff_training|count|0|"), s("not_recorded|count|1|O2"), s("total|count|4|O1,O2"),
              QString::fromUtf8("total|amount|£250.00"), s("total|prev_count|1|O5")}},
            {"compliments_publishable",
             {s("K1"), s("total")},
             {s("K1|label|Thank you for everything"), s("K1|received|01/05/2020"),
              s("K1|team|Children in care team"), s("K1|from|Parent or carer"),
              s("K1|compliments|1|K1"), s("total|compliments|1|K1")}},
            {"advocacy_history",
             {s("2014"), s("2015"), s("2016"), s("2017"), s("2018"), s("2019"), s("2020")},
             {s("2020|label|2020/21"), s("2020|complaints|3|L1,L2,L3"), s("2020|offered|2|L1,L2"),
              s("2020|taken_up|2|L1,L3"), s("2020|offered_percent|66.7"),
              s("2020|taken_up_percent|66.7"), s("2019|complaints|1|L4"), s("2019|offered|1|L4"),
              s("2019|taken_up|0|"), s("2019|taken_up_percent|0.0"), s("2018|complaints|0|"),
              s("2018|offered_percent|")}},
            {"ombudsman_uphold_rate",
             {s("current"), s("previous")},
             {s("current|label|2020/21"), s("current|investigated|3|O1,O2,O3"),
              s("current|upheld|2|O1,O2"), s("current|upheld_percent|66.7"),
              s("current|national_percent|51.2"), s("previous|investigated|1|O5"),
              s("previous|upheld|0|"), s("previous|upheld_percent|0.0"),
              s("previous|national_percent|")}},
            {"ombudsman_by_receipt",
             {},
             {s("fault_no_injustice|label|Upheld: fault, no injustice"),
              s("fault_no_injustice|count|1|O2"), s("upheld|count|1|O1")}},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const auto& [id, order, cells] : tables)
                QTest::addRow("%s, %s", backend == Backend::Sqlite ? "sqlite" : "postgres", id)
                    << backend << s(id) << order << cells;
    }
    void published()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, rowOrder);
        QFETCH(Expectations, cells);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        auto built = build(*db);
        QVERIFY2(built, qPrintable(built.error()));
        const QHash<QString, qint64>& ids = built.value();
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        const ReportTable& found = tableOf(report, qPrintable(table));

        // the learning log's rows are keyed by action; name them by case and place
        QHash<QString, QString> keys;
        if (table == u"learning_log") {
            auto actions = sql::exec(
                db->sql(), QStringLiteral("SELECT a.case_id, c.reference FROM learning_action a "
                                          "JOIN cases c ON c.id = a.case_id ORDER BY a.id"));
            QVERIFY(actions);
            QHash<qint64, int> seen;
            while (actions->next()) {
                const qint64 caseId = actions->value(0).toLongLong();
                const int place = ++seen[caseId];
                const QString name = ids.key(caseId).toLower() + QString::number(place);
                keys.insert(
                    name,
                    QStringLiteral("action:%1:%2").arg(actions->value(1).toString()).arg(place));
            }
        }
        auto keyOf = [&](const QString& name) {
            if (keys.contains(name))
                return keys.value(name);
            return ids.contains(name) ? QString::number(ids.value(name)) : name;
        };
        if (!rowOrder.isEmpty()) {
            QStringList actual;
            for (const ReportRow& row : found.rows())
                actual << row.key;
            QStringList expected;
            for (const QString& name : std::as_const(rowOrder))
                expected << keyOf(name);
            QCOMPARE(actual, expected);
        }
        for (const QString& expectation : std::as_const(cells)) {
            const QStringList parts = expectation.split(u'|');
            const QString row = keyOf(parts.at(0));
            const QString& column = parts.at(1);
            QVERIFY2(found.row(row), qPrintable(expectation));
            const ReportColumn* kind = found.column(column);
            QVERIFY2(kind, qPrintable(expectation));
            const QVariant cell = found.cell(row, column);
            const QString shown = cell.isNull() ? QString() : ReportTable::format(cell, kind->kind);
            QVERIFY2(shown == parts.at(2),
                     qPrintable(QStringLiteral("%1: shows \"%2\"").arg(expectation, shown)));
            if (parts.size() < 4)
                continue;
            QList<qint64> behind;
            for (const QString& name : parts.at(3).split(u',', Qt::SkipEmptyParts))
                behind << ids.value(name);
            auto cases = engine.casesBehind(table, row, column, report.scope());
            QVERIFY2(cases, qPrintable(cases.error()));
            QVERIFY2(cases.value() == sorted(behind), qPrintable(expectation));
        }
        if (table == u"learning_log") {
            // the view every login may read holds no words of a restricted case's actions
            auto words = sql::scalar(
                db->sql(),
                QStringLiteral("SELECT description || owner || not_implemented_reason FROM "
                               "report_learning_action WHERE case_id = ?"),
                {ids.value(QStringLiteral("H"))});
            QVERIFY2(words, qPrintable(words.error()));
            QCOMPARE(words->toString(), QString());
        }
        REDRESS_VERIFY_REPORT(engine, report);
    }

    // A rate outside 0-100% is refused with a message naming the year, and changes nothing.
    void nationalRateRefused_data() { addBackendRows(); }
    void nationalRateRefused()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db);
        QVERIFY(reference.saveOmbudsmanNationalUphold(2021, 487));
        const Status refused = reference.saveOmbudsmanNationalUphold(2021, 1001);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("2021/22")), qPrintable(refused.error()));
        QCOMPARE(reference.ombudsmanNationalUphold(2021).value(), std::optional<int>(487));
        QVERIFY(reference.saveOmbudsmanNationalUphold(2021, std::nullopt));
        QCOMPARE(reference.ombudsmanNationalUphold(2021).value(), std::optional<int>());
    }
};

QTEST_GUILESS_MAIN(TestReportPublishedLists)
#include "TestReportPublishedLists.moc"
