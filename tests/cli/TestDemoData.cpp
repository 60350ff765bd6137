#include "TestSupport.h"
#include "cli/IntegrityCheck.h"
#include "demo/DemoDataGenerator.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

qint64 count(Database& db, const char* statement)
{
    auto value = sql::scalar(db.sql(), QString::fromLatin1(statement));
    if (!value)
        qWarning("%s", qPrintable(value.error()));
    return value ? value->toLongLong() : -1;
}

// Everything that identifies the generated cases, in one text, to compare two runs.
QString fingerprint(Database& db)
{
    auto rows = sql::exec(
        db.sql(),
        QStringLiteral(
            "SELECT c.reference, c.kind, c.procedure, c.state, c.received_on, "
            "COALESCE(c.due_on, ''), COALESCE(c.closed_on, ''), c.channel, "
            "COALESCE(p.full_name, ''), s.number, COALESCE(s.responded_on, ''), s.outcome "
            "FROM cases c JOIN stage s ON s.case_id = c.id "
            "LEFT JOIN person p ON p.id = c.complainant_id ORDER BY c.reference, s.number"));
    QStringList lines;
    while (rows && rows->next()) {
        QStringList cells;
        for (int i = 0; i < 12; ++i)
            cells << rows->value(i).toString();
        lines << cells.join(u'|');
    }
    return lines.join(u'\n');
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30)); }
    void cleanup() { m_today.reset(); }

    // One run, looked at the way a complaints manager would: every kind, every year, cases
    // at every point of their lives, and the data the annual report counts.
    void realisticCases_data() { addBackendRows(); }
    void realisticCases()
    {
        REDRESS_TEST_DATABASE(db);
        DemoDataGenerator generator(*db, 42);
        QList<std::pair<int, int>> calls;
        const Status made = generator.generate(1000, 3, [&](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(generator.created(), 1000);
        QCOMPARE(calls.constFirst(), (std::pair<int, int>{0, 1000}));
        QCOMPARE(calls.constLast(), (std::pair<int, int>{1000, 1000}));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), qint64(1000));

        const QMap<CaseKind, int> byKind = generator.createdByKind();
        for (CaseKind kind : allCaseKinds())
            QVERIFY2(byKind.value(kind) > 0, qPrintable(caseKindCode(kind)));
        QCOMPARE(byKind.value(CaseKind::Complaint), 450);
        QCOMPARE(byKind.value(CaseKind::Compliment), 200);
        QCOMPARE(byKind.value(CaseKind::OmbudsmanEnquiry), 10);
        const qint64 statutory =
            count(*db, "SELECT COUNT(*) FROM cases WHERE procedure = 'statutory'");
        QVERIFY2(statutory > 450 * 0.45 && statutory < 450 * 0.65, QByteArray::number(statutory));

        // Three financial years, ending with the current one.
        for (const char* year : {"2019-04-01' AND '2020-03-31", "2020-04-01' AND '2021-03-31",
                                 "2021-04-01' AND '2021-06-30"})
            QVERIFY(count(*db,
                          QByteArray(
                              QByteArray("SELECT COUNT(*) FROM cases WHERE received_on BETWEEN '") +
                              year + "'")
                              .constData()) > 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE received_on < '2019-04-01' OR "
                            "received_on > '2021-06-30'"),
                 0);

        // Old cases closed, recent ones open, some overdue.
        QVERIFY(count(*db, "SELECT COUNT(*) FROM cases WHERE state = 'closed' AND received_on < "
                           "'2021-01-01'") > 600);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE state IN ('received', 'open') AND "
                            "received_on < '2020-01-01'"),
                 0);
        QVERIFY(
            count(*db,
                  "SELECT COUNT(*) FROM cases WHERE state IN ('received', 'open', 'responded')") >
            5);
        CaseFilter overdue;
        overdue.overdueOnly = true;
        overdue.asOf = QDate(2021, 6, 30);
        QVERIFY(CaseRepository(*db).count(overdue).value() > 0);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM cases WHERE state = 'withdrawn'") > 0);

        // Escalations, timescales and the stage 2 and 3 records.
        const qint64 stage2 = count(*db, "SELECT COUNT(*) FROM stage WHERE number = 2");
        QVERIFY2(stage2 >= 15 && stage2 <= 60, QByteArray::number(stage2));
        QVERIFY(count(*db, "SELECT COUNT(*) FROM stage WHERE extended_to_days > 0") > 0);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM suspension") > 0);
        QVERIFY(
            count(
                *db,
                "SELECT COUNT(*) FROM stage WHERE number = 2 AND statement_agreed_on IS NOT NULL") >
            0);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM cost WHERE stage_number >= 2") > 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cost WHERE stage_number = 1"), 0);

        // People and children come back: repeat complainants.
        QVERIFY(
            count(*db,
                  "SELECT COUNT(*) FROM (SELECT complainant_id FROM cases WHERE kind = 'complaint' "
                  "AND complainant_id IS NOT NULL GROUP BY complainant_id HAVING COUNT(*) > 1) "
                  "repeaters") > 0);
        QVERIFY(count(*db,
                      "SELECT COUNT(*) FROM (SELECT child_id FROM case_child GROUP BY child_id "
                      "HAVING COUNT(*) > 1) siblings") > 0);
        QCOMPARE(
            count(*db, "SELECT COUNT(*) FROM child WHERE social_care_reference NOT LIKE 'SC%'"), 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_child WHERE status = ''"), 0);
        QVERIFY(count(*db, "SELECT COUNT(DISTINCT channel) FROM cases") >= 6);
        QVERIFY(count(*db, "SELECT COUNT(DISTINCT team_id) FROM cases") >= 10);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases c JOIN org_unit o ON o.id = c.team_id "
                            "WHERE o.level <> 'team'"),
                 0);

        // Findings, remedies (some financial) and learning.
        QVERIFY(count(*db, "SELECT COUNT(DISTINCT category) FROM complaint_point") >= 8);
        QVERIFY(count(*db, "SELECT COUNT(DISTINCT finding) FROM point_finding") == 3);
        QVERIFY(count(*db,
                      "SELECT COUNT(*) FROM remedy WHERE type = 'financial' AND amount_pence > 0") >
                0);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM learning_action WHERE status = 'implemented'") >
                0);

        // Ombudsman enquiries, linked both ways to their complaints, with decisions.
        QVERIFY(count(*db, "SELECT COUNT(*) FROM case_link WHERE kind = 'lgsco_enquiry_of'") > 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_link WHERE kind = 'lgsco_enquiry_of'"),
                 count(*db, "SELECT COUNT(*) FROM case_link WHERE kind = 'referred_to_lgsco'"));
        QVERIFY(count(*db, "SELECT COUNT(*) FROM ombudsman_decision WHERE decision <> ''") > 0);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM ombudsman_recommendation") > 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM ombudsman_recommendation WHERE remedy_type = ''"),
                 0);

        // Compliments say what they praise, so the report's themes table has rows.
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE kind = 'compliment' AND "
                            "compliment_theme = ''"),
                 0);
        QVERIFY(count(*db, "SELECT COUNT(DISTINCT compliment_theme) FROM cases WHERE kind = "
                           "'compliment'") >= 4);

        // Every case says in its trail that it is invented.
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE id NOT IN "
                            "(SELECT case_id FROM audit_entry WHERE action = 'demo')"),
                 0);

        cli::IntegrityCheck check(*db);
        auto problems = check.run();
        QVERIFY2(problems, qPrintable(problems.error()));
        QStringList text;
        for (const cli::Problem& problem : problems.value())
            text << problem.reference + QStringLiteral(": ") + problem.message;
        QVERIFY2(text.isEmpty(), qPrintable(text.join(u'\n')));
        QCOMPARE(check.casesChecked(), 1000);

        // Stored deadlines stay right as time passes (only a running suspension moves one).
        m_today = std::make_unique<FixedToday>(QDate(2021, 10, 1));
        auto later = cli::IntegrityCheck(*db).run();
        QVERIFY(later);
        text.clear();
        for (const cli::Problem& problem : later.value())
            text << problem.reference + QStringLiteral(": ") + problem.message;
        QVERIFY2(text.isEmpty(), qPrintable(text.join(u'\n')));
    }

    // The search index and the queue's sort names are written once per batch rather than by
    // triggers at every statement: they must come out as the triggers would have written
    // them, for the new cases and for older ones a later batch changed (a complaint referred
    // to the Ombudsman), and the triggers must be back afterwards.
    void searchAndSortAsTriggersWrite_data() { addBackendRows(); }
    void searchAndSortAsTriggersWrite()
    {
        REDRESS_TEST_DATABASE(db);
        const qint64 triggers =
            count(*db, db->isSqlite() ? "SELECT COUNT(*) FROM sqlite_master WHERE "
                                        "type = 'trigger'"
                                      : "SELECT COUNT(*) FROM pg_trigger WHERE NOT "
                                        "tgisinternal");
        QVERIFY(DemoDataGenerator(*db, 7).generate(1500, 3));
        // Batches of 500 from id 1: a referral of a complaint from an earlier batch.
        QVERIFY(count(*db, "SELECT COUNT(*) FROM case_link WHERE kind = 'lgsco_enquiry_of' AND "
                           "(to_case_id - 1) / 500 < (from_case_id - 1) / 500") > 0);
        QCOMPARE(count(*db,
                       "SELECT COUNT(*) FROM cases c "
                       "LEFT JOIN person p ON p.id = c.complainant_id "
                       "LEFT JOIN org_unit o ON o.id = c.team_id "
                       "LEFT JOIN org_unit s ON s.id = o.parent_id "
                       "WHERE c.sort_complainant <> COALESCE(p.full_name, '') "
                       "OR c.sort_team <> COALESCE(o.name, '') "
                       "OR c.sort_service_area <> "
                       "COALESCE(CASE WHEN o.level = 'team' THEN s.name ELSE o.name END, '') "
                       "OR c.sort_child_status <> COALESCE((SELECT COALESCE(t.label, cc.status) "
                       "FROM case_child cc LEFT JOIN taxonomy_term t ON t.taxonomy = "
                       "'child_status' AND t.code = cc.status WHERE cc.case_id = c.id "
                       "ORDER BY cc.id LIMIT 1), '')"),
                 0);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM cases WHERE sort_child_status <> ''") > 0);
        if (db->isSqlite()) {
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_search"), 1500);
            QCOMPARE(count(*db,
                           "SELECT COUNT(*) FROM cases c LEFT JOIN person p ON p.id = "
                           "c.complainant_id JOIN case_search s ON s.rowid = c.id "
                           "WHERE s.reference IS c.reference AND s.summary IS c.summary "
                           "AND s.complainant IS COALESCE(p.full_name, '') AND s.children IS "
                           "COALESCE((SELECT group_concat(ch.name || ' ' || "
                           "ch.social_care_reference, ' ') FROM case_child cc JOIN child ch ON "
                           "ch.id = cc.child_id WHERE cc.case_id = c.id), '')"),
                     1500);
        } else {
            // The document the search triggers build (0002), which the batch's end builds
            // with the same function while the insert triggers step aside (0024).
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_search"), 1500);
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases c JOIN case_search s ON s.case_id "
                                "= c.id WHERE s.document = redress_case_search_document(c.id)"),
                     1500);
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM (SELECT current_setting("
                                "'redress.bulk_load', true) AS flag) s WHERE flag = 'on'"),
                     0);
        }
        QCOMPARE(count(*db, db->isSqlite() ? "SELECT COUNT(*) FROM sqlite_master WHERE "
                                             "type = 'trigger'"
                                           : "SELECT COUNT(*) FROM pg_trigger WHERE NOT "
                                             "tgisinternal"),
                 triggers);
    }

    // Under the Complaint Handling Code (from 1 April 2026) the corporate clock starts at
    // acknowledgement; demo cases follow whichever profile was in force.
    void followsTheProfileInForce()
    {
        m_today = std::make_unique<FixedToday>(QDate(2026, 9, 30));
        REDRESS_SQLITE_DATABASE(db);
        DemoDataGenerator generator(*db, 3);
        QVERIFY(generator.generate(600, 2));
        QVERIFY(count(*db, "SELECT COUNT(*) FROM stage WHERE profile_code = 'corporate' "
                           "AND profile_effective_from = '2026-04-01'") > 0);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM stage WHERE profile_code = 'corporate' "
                           "AND profile_effective_from = '2000-01-01'") > 0);
        auto problems = cli::IntegrityCheck(*db).run();
        QVERIFY(problems);
        QStringList text;
        for (const cli::Problem& problem : problems.value())
            text << problem.reference + QStringLiteral(": ") + problem.message;
        QVERIFY2(text.isEmpty(), qPrintable(text.join(u'\n')));
    }

    void deterministic()
    {
        auto first = TestDatabase::create(Backend::Sqlite);
        auto second = TestDatabase::create(Backend::Sqlite);
        auto third = TestDatabase::create(Backend::Sqlite);
        auto a = first->open();
        auto b = second->open();
        auto c = third->open();
        QVERIFY(a && b && c);
        QVERIFY(DemoDataGenerator(*a, 11).generate(300, 2));
        QVERIFY(DemoDataGenerator(*b, 11).generate(300, 2));
        QVERIFY(DemoDataGenerator(*c, 12).generate(300, 2));
        const QString fingerprintA = fingerprint(*a);
        QVERIFY(fingerprintA.count(u'\n') >= 299);
        QCOMPARE(fingerprint(*b), fingerprintA);
        QVERIFY(fingerprint(*c) != fingerprintA);
    }

    // A cancel keeps the batches already saved and nothing of the next one.
    void cancelKeepsWholeBatches_data() { addBackendRows(); }
    void cancelKeepsWholeBatches()
    {
        REDRESS_TEST_DATABASE(db);
        DemoDataGenerator generator(*db, 5);
        const Status made = generator.generate(
            1200, 2, [](int done, int) { return done < DemoDataGenerator::batchSize; });
        QVERIFY(!made);
        QVERIFY(generator.wasCancelled());
        QCOMPARE(generator.created(), DemoDataGenerator::batchSize);
        QVERIFY2(made.error().contains(QStringLiteral("500 of 1200")), qPrintable(made.error()));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), qint64(DemoDataGenerator::batchSize));
        int total = 0;
        for (int n : generator.createdByKind())
            total += n;
        QCOMPARE(total, DemoDataGenerator::batchSize);
    }

    // On SQLite a run into an empty file writes transactions of growing size with the
    // indexes built again at the end of each: stopping inside one keeps only those before
    // it, and the file ends with every index it started with.
    void growingTransactionsKeepTheIndexes()
    {
        REDRESS_SQLITE_DATABASE(db);
        const QString indexes = QStringLiteral(
            "SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM "
            "sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)");
        const QString before = sql::scalar(db->sql(), indexes)->toString();
        QVERIFY(before.contains(QStringLiteral("cases_sort_team")));

        DemoDataGenerator stopped(*db, 3);
        // Transactions of 500, 500, 1,000 and 1,000 cases: asked to stop at 1,500, inside the
        // third.
        QList<int> calls;
        const Status made = stopped.generate(3000, 2, [&](int done, int) {
            calls.append(done);
            return done < 1500;
        });
        QVERIFY(!made);
        QVERIFY(stopped.wasCancelled());
        QCOMPARE(calls, (QList<int>{0, 500, 1000, 1500}));
        QCOMPARE(stopped.created(), 1000);
        QVERIFY2(made.error().contains(QStringLiteral("1000 of 3000")), qPrintable(made.error()));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), qint64(1000));
        QCOMPARE(sql::scalar(db->sql(), indexes)->toString(), before);

        DemoDataGenerator more(*db, 4);
        QVERIFY(more.generate(1200, 2));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), qint64(2200));
        QCOMPARE(sql::scalar(db->sql(), indexes)->toString(), before);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
    }

    void refusesNonsense()
    {
        REDRESS_SQLITE_DATABASE(db);
        DemoDataGenerator generator(*db, 1);
        QVERIFY(!generator.generate(0, 3));
        QVERIFY(!generator.generate(10, 0));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
