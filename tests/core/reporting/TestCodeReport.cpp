// The Complaint Handling Code's annual report: its figures from case records whose true
// figures are known, the year's self-assessment kept, audited and refused to an officer, and
// the report as JSON, PDF and ODT from redress-cli; on SQLite and PostgreSQL.
#include "../../cli/CliRun.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "document/ReportDocument.h"
#include "reporting/CodeReport.h"
#include "reporting/CodeReportAssessment.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

LearningAction action(const QString& description, const QString& theme, const QString& status,
                      QDate completed = {})
{
    LearningAction learning;
    learning.description = description;
    learning.themeCode = theme;
    learning.status = status;
    learning.completedOn = completed;
    return learning;
}

// 2026/27, the Code's first year. Corporate stage 1: five received (three answered within 10
// working days, one after 14, one withdrawn, one still open) and one received in March 2026
// answered in April; one went to stage 2, answered within 20. Statutory stage 1: two, one
// within 10 working days and one after 25. Learning: two actions implemented in the year,
// one the year before, one in progress, and one implemented on a restricted case.
Status buildYear(Database& database)
{
    CaseMaker make(database);
    const auto corporate = Procedure::Corporate;
    Case a = make.complaint(QDate(2026, 5, 4), 5, QStringLiteral("upheld"), corporate);
    make.escalate(a, 5, 15, QStringLiteral("not_upheld"));
    a.learningActions = {action(QStringLiteral("Stage 1 letters name the officer to contact"),
                                QStringLiteral("communication"), QStringLiteral("implemented"),
                                QDate(2026, 9, 10)),
                         action(QStringLiteral("Train duty staff in recording calls"),
                                QStringLiteral("training"), QStringLiteral("in_progress"))};
    Case b = make.complaint(QDate(2026, 6, 1), 9, QStringLiteral("not_upheld"), corporate);
    b.learningActions = {
        action(QStringLiteral("Record every contact with the family"), QStringLiteral("recording"),
               QStringLiteral("implemented"), QDate(2027, 2, 1)),
        action(QStringLiteral("An action finished the year before"), QStringLiteral("policy"),
               QStringLiteral("implemented"), QDate(2026, 3, 1))};
    Case c = make.complaint(QDate(2026, 7, 1), 14, QStringLiteral("partially_upheld"), corporate);
    c.learningActions = {action(QStringLiteral("Something about a restricted case"),
                                QStringLiteral("other"), QStringLiteral("implemented"),
                                QDate(2026, 8, 1))};
    Case d = make.complaint(QDate(2026, 8, 3), -1, QString(), corporate);
    d.state = CaseState::Withdrawn;
    d.closedOn = make.after(QDate(2026, 8, 3), 3);
    d.stages[0].outcomeCode = QStringLiteral("withdrawn");
    Case e = make.complaint(QDate(2027, 3, 25), -1, QString(), corporate);
    Case f = make.complaint(QDate(2026, 3, 23), 10, QStringLiteral("upheld"), corporate);
    Case g = make.complaint(QDate(2026, 9, 1), 8, QStringLiteral("upheld"));
    Case h = make.complaint(QDate(2026, 10, 1), 25, QStringLiteral("not_upheld"));
    QList<Case> cases{a, b, c, d, e, f, g, h};
    if (Status inserted = make.insert(cases); !inserted)
        return inserted;
    auto restricted =
        sql::exec(database.sql(),
                  QStringLiteral("INSERT INTO case_restriction (case_id, username) VALUES (?, ?)"),
                  {cases.at(2).id, QStringLiteral("someone.else")});
    if (!restricted)
        return Error{restricted.error()};
    return {};
}

QList<AuditEntry> assessmentEntries(Database& database)
{
    QList<AuditEntry> found;
    auto latest = AuditLog(database).latest(50);
    if (latest)
        for (const AuditEntry& entry : latest.value())
            if (entry.action == u"code_assessment")
                found << entry;
    return found;
}

CodeAssessment sampleAssessment()
{
    CodeAssessment assessment;
    assessment.financialYear = 2026;
    assessment.answers.insert(QStringLiteral("stage1_timescale"),
                              {CodeCompliance::PartlyComplies,
                               QStringLiteral("Three in four stage 1 replies were on time.")});
    assessment.answers.insert(
        QStringLiteral("scrutiny_member"),
        {CodeCompliance::Complies, QStringLiteral("Cllr Example, since May.")});
    assessment.governingBodyResponse =
        QStringLiteral("The committee welcomed the report.\n\nIt asked for a stage 1 review.");
    return assessment;
}

QJsonObject tableOf(const QJsonObject& json, const QString& id)
{
    for (const QJsonValue& table : json[u"tables"].toArray())
        if (table[u"id"].toString() == id)
            return table.toObject();
    return {};
}

QJsonObject rowOf(const QJsonObject& table, const QString& key)
{
    for (const QJsonValue& row : table[u"rows"].toArray())
        if (row[u"key"].toString() == key)
            return row[u"cells"].toObject();
    return {};
}

} // namespace

class TestCodeReport : public QObject
{
    Q_OBJECT

private slots:
    // Each stage's figures, as the engine's stage breakdowns and timescales count them.
    void stageFigures_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("received");
        QTest::addColumn<int>("concluded");
        QTest::addColumn<int>("responded");
        QTest::addColumn<int>("within");
        QTest::addColumn<QVariant>("percent");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, corporate stage 1", name)
                << backend << QStringLiteral("corporate_stage1") << 5 << 5 << 4 << 3
                << QVariant(75.0);
            QTest::addRow("%s, corporate stage 2", name)
                << backend << QStringLiteral("corporate_stage2") << 1 << 1 << 1 << 1
                << QVariant(100.0);
            QTest::addRow("%s, statutory stage 1", name)
                << backend << QStringLiteral("statutory_stage1") << 2 << 2 << 2 << 1
                << QVariant(50.0);
            QTest::addRow("%s, statutory stage 3: none, no share", name)
                << backend << QStringLiteral("statutory_stage3") << 0 << 0 << 0 << 0 << QVariant();
        }
    }
    void stageFigures()
    {
        QFETCH(QString, stage);
        QFETCH(int, received);
        QFETCH(int, concluded);
        QFETCH(int, responded);
        QFETCH(int, within);
        QFETCH(QVariant, percent);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2027, 4, 30));
        QVERIFY(buildYear(*db));
        auto report = CodeReport::produce(*db, 2026);
        QVERIFY2(report, qPrintable(report.error()));
        const ReportTable* figures = report->report().table(u"code_stage_figures");
        QVERIFY(figures);
        QVERIFY2(figures->row(stage), qPrintable(stage));
        QCOMPARE(figures->cell(stage, u"received").toInt(), received);
        QCOMPARE(figures->cell(stage, u"concluded").toInt(), concluded);
        QCOMPARE(figures->cell(stage, u"responded").toInt(), responded);
        QCOMPARE(figures->cell(stage, u"within_timescale").toInt(), within);
        QCOMPARE(figures->cell(stage, u"within_timescale_percent"), percent);
    }

    // The JSON: every table with its id in order, the service improvements implemented in
    // the year (none from a restricted case), and the self-assessment by its codes.
    void json_data() { addBackendRows(); }
    void json()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2027, 4, 30));
        QVERIFY(buildYear(*db));
        QVERIFY(CodeAssessmentStore(*db, QStringLiteral("a.lead")).save(sampleAssessment()));
        const CliRun run = runCli(databaseArguments(dbHolder->location()) +
                                  QStringList{QStringLiteral("report"), QStringLiteral("code"),
                                              QStringLiteral("--year"), QStringLiteral("2026/27")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"report"].toString(), QStringLiteral("code"));
        QCOMPARE(json[u"period"][u"label"].toString(), QStringLiteral("2026/27"));
        QStringList ids;
        for (const QJsonValue& table : json[u"tables"].toArray())
            ids << table[u"id"].toString();
        QCOMPARE(ids, CodeReport::tableIds());
        QCOMPARE(rowOf(tableOf(json, QStringLiteral("code_stage_figures")),
                       QStringLiteral("corporate_stage1"))[u"within_timescale"]
                     .toInt(),
                 3);

        const QJsonArray improvements =
            tableOf(json, QStringLiteral("code_service_improvements"))[u"rows"].toArray();
        QStringList done;
        for (const QJsonValue& row : improvements)
            done << row[u"cells"][u"label"].toString() + u'|' + row[u"cells"][u"theme"].toString() +
                        u'|' + row[u"cells"][u"completed_on"].toString();
        QCOMPARE(done, (QStringList{QStringLiteral("Stage 1 letters name the officer to contact|"
                                                   "Communication|2026-09-10"),
                                    QStringLiteral("Record every contact with the family|Recording|"
                                                   "2027-02-01")}));
        // the engine's learning table beside it counts every action of the year's cases
        QVERIFY(!tableOf(json, QStringLiteral("learning")).isEmpty());

        const QJsonObject checklist = tableOf(json, QStringLiteral("code_self_assessment"));
        QCOMPARE(
            rowOf(checklist, QStringLiteral("item:stage1_timescale"))[u"compliance"].toString(),
            QStringLiteral("Partly complies"));
        QCOMPARE(
            rowOf(checklist, QStringLiteral("item:stage2_timescale"))[u"compliance"].toString(),
            QStringLiteral("Not yet assessed"));
        QCOMPARE(rowOf(checklist, QStringLiteral("section:scrutiny"))[u"label"].toString(),
                 QStringLiteral("Scrutiny and oversight"));
        const QJsonArray items = json[u"selfAssessment"][u"items"].toArray();
        QCOMPARE(items.size(), codeItems().size());
        bool found = false;
        for (const QJsonValue& item : items)
            if (item[u"item"].toString() == u"stage1_timescale") {
                found = true;
                QCOMPARE(item[u"compliance"].toString(), QStringLiteral("partly"));
                QCOMPARE(item[u"section"].toString(), QStringLiteral("stage1"));
            } else if (item[u"item"].toString() == u"stage2_timescale") {
                QVERIFY(item[u"compliance"].isNull());
            }
        QVERIFY(found);
        QCOMPARE(json[u"selfAssessment"][u"governingBodyResponse"].toString(),
                 sampleAssessment().governingBodyResponse);
        const QJsonObject response = tableOf(json, QStringLiteral("code_governing_body_response"));
        QCOMPARE(response[u"rows"].toArray().size(), 2); // one row per paragraph
    }

    // Saved per year, read back whole, audited once per change with before and after; saving
    // the same again writes nothing.
    void assessmentSavedAndAudited_data() { addBackendRows(); }
    void assessmentSavedAndAudited()
    {
        REDRESS_TEST_DATABASE(db);
        CodeAssessmentStore store(*db, QStringLiteral("a.lead"));
        QVERIFY(store.save(sampleAssessment()));
        auto loaded = store.load(2026);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->answers, sampleAssessment().answers);
        QCOMPARE(loaded->governingBodyResponse, sampleAssessment().governingBodyResponse);
        QVERIFY(store.load(2025)->answers.isEmpty()); // another year is its own

        QList<AuditEntry> audit = assessmentEntries(*db);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actor, recordedActor(*db, QStringLiteral("a.lead")));
        QVERIFY2(audit.first().detail.contains(QStringLiteral("2026/27")),
                 qPrintable(audit.first().detail));
        QCOMPARE(audit.first().after[u"stage1_timescale"][u"compliance"].toString(),
                 QStringLiteral("partly"));

        QVERIFY(store.save(sampleAssessment()));
        QCOMPARE(assessmentEntries(*db).size(), 1);

        CodeAssessment changed = sampleAssessment();
        changed.answers[QStringLiteral("stage1_timescale")].compliance = CodeCompliance::Complies;
        QVERIFY(store.save(changed));
        audit = assessmentEntries(*db);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.first().before[u"stage1_timescale"][u"compliance"].toString(),
                 QStringLiteral("partly"));
        QCOMPARE(audit.first().after[u"stage1_timescale"][u"compliance"].toString(),
                 QStringLiteral("complies"));
        QVERIFY(!audit.first().after.contains(u"scrutiny_member")); // only what changed
    }

    // An officer, an unknown item or a year out of range changes nothing and audits nothing.
    void refusals_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("message");
        QTest::addRow("an officer")
            << QStringLiteral("o.officer") << QStringLiteral("stage1_timescale") << 2026
            << QStringLiteral("lead officer or an administrator");
        QTest::addRow("an unknown item") << QStringLiteral("l.lead") << QStringLiteral("stage9")
                                         << 2026 << QStringLiteral("no item \"stage9\"");
        QTest::addRow("a year out of range")
            << QStringLiteral("l.lead") << QStringLiteral("stage1_timescale") << 1926
            << QStringLiteral("no financial year 1926");
    }
    void refusals()
    {
        QFETCH(QString, actor);
        QFETCH(QString, item);
        QFETCH(int, year);
        QFETCH(QString, message);
        REDRESS_SQLITE_DATABASE(db);
        for (const auto& [name, role] : {std::pair{"o.officer", "officer"}, {"l.lead", "lead"}})
            QVERIFY(sql::exec(
                db->sql(),
                QStringLiteral("INSERT INTO app_user (username, display_name, "
                               "role) VALUES (?, ?, ?)"),
                {QString::fromLatin1(name), QString::fromLatin1(name), QString::fromLatin1(role)}));
        auto session = sessionOn(*db, actor);
        QVERIFY(session);
        CodeAssessmentStore store = CodeAssessmentStore::forSession(*session);
        QCOMPARE(store.canChange(), actor != u"o.officer");
        CodeAssessment assessment;
        assessment.financialYear = year;
        assessment.answers.insert(item, {CodeCompliance::Complies, QStringLiteral("Yes.")});
        const Status saved = store.save(assessment);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
        QVERIFY(store.load(2026)->answers.isEmpty());
        QVERIFY(assessmentEntries(*db).isEmpty());
    }

    // code-assessment set records one item (or the response) and show prints it; an officer
    // is refused with exit code 1 and a usage mistake gives 2.
    void commandLine_data() { addBackendRows(); }
    void commandLine()
    {
        REDRESS_TEST_DATABASE(db);
        const QStringList base = databaseArguments(dbHolder->location());
        const CliRun set = runCli(
            base + QStringList{QStringLiteral("code-assessment"), QStringLiteral("set"),
                               QStringLiteral("--year"), QStringLiteral("2026/27"),
                               QStringLiteral("--item"), QStringLiteral("stage2_independent"),
                               QStringLiteral("--compliance"), QStringLiteral("does_not_comply"),
                               QStringLiteral("--explanation"),
                               QStringLiteral("The same manager answers both stages."),
                               QStringLiteral("--response"), QStringLiteral("Noted by cabinet.")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        const CliRun show =
            runCli(base + QStringList{QStringLiteral("code-assessment"), QStringLiteral("show"),
                                      QStringLiteral("--year"), QStringLiteral("2026/27")});
        QVERIFY2(show.code == 0, qPrintable(show.err));
        QVERIFY2(show.out.contains(QStringLiteral("Does not comply")), qPrintable(show.out));
        QVERIFY(show.out.contains(QStringLiteral("The same manager answers both stages.")));
        QVERIFY(show.out.contains(QStringLiteral("Noted by cabinet.")));
        QCOMPARE(assessmentEntries(*db).size(), 1);

        const CliRun unknown = runCli(
            base + QStringList{QStringLiteral("code-assessment"), QStringLiteral("set"),
                               QStringLiteral("--year"), QStringLiteral("2026/27"),
                               QStringLiteral("--item"), QStringLiteral("stage2_independent"),
                               QStringLiteral("--compliance"), QStringLiteral("maybe")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("maybe")) ||
                     unknown.err.contains(QStringLiteral("--compliance")),
                 qPrintable(unknown.err));
        QCOMPARE(assessmentEntries(*db).size(), 1);
    }

    // The PDF and the ODT carry every section, the self-assessment and the response.
    void documents_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("format");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, pdf", name) << backend << QStringLiteral("pdf");
            QTest::addRow("%s, odt", name) << backend << QStringLiteral("odt");
        }
    }
    void documents()
    {
        QFETCH(QString, format);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2027, 4, 30));
        QVERIFY(buildYear(*db));
        QVERIFY(CodeAssessmentStore(*db, QStringLiteral("a.lead")).save(sampleAssessment()));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("code.") + format);
        const CliRun written = runCli(
            databaseArguments(dbHolder->location()) +
                QStringList{QStringLiteral("report"), QStringLiteral("code"),
                            QStringLiteral("--year"), QStringLiteral("2026/27"),
                            QStringLiteral("--format"), format, QStringLiteral("--out"), path},
            &ReportDocument::write);
        QVERIFY2(written.code == 0, qPrintable(written.err));
        QString text = format == u"pdf"
                           ? run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                           : run(QStringLiteral("unzip"),
                                 {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        // pdftotext gives the ligatures a font draws ("ﬃ"); compatibility form spells them out
        text = text.normalized(QString::NormalizationForm_KC).simplified();
        for (const QString& expected :
             {QStringLiteral("Complaint Handling Code"), QStringLiteral("Complaints at each stage"),
              QStringLiteral("Ombudsman (LGSCO) decisions"),
              QStringLiteral("Ombudsman recommendations complied with"),
              QStringLiteral("Service improvements from complaints"),
              QStringLiteral("Stage 1 letters name the officer to contact"),
              QStringLiteral("Self-assessment against the Code"),
              QStringLiteral("Scrutiny and oversight"), QStringLiteral("Partly complies"),
              QStringLiteral("Three in four stage 1 replies were on time."),
              QStringLiteral("The governing body's response"),
              QStringLiteral("It asked for a stage 1 review.")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(QStringLiteral("Something about a restricted case")));
    }
};

QTEST_MAIN(TestCodeReport)
#include "TestCodeReport.moc"
