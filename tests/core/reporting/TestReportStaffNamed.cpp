// Staff named in complaints: each member of staff (name and job title, ignoring capitals and
// spaces at either end) with the complaints naming them in the 12 months to the report's end,
// against the council's trigger point; shown to leads and administrators only, in the app and
// on the command line; on SQLite and PostgreSQL.
#include "../../cli/CliRun.h"
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "reporting/StaffTriggers.h"
#include "storage/AuditLog.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

StaffNamed named(const char* name, const char* jobTitle)
{
    return StaffNamed{0, s(name), s(jobTitle)};
}

// 2020/21, so the 12 months to 31/03/2021:
// - A 04/05/2020 Jo Bloggs, Social worker
// - B 01/09/2020 " jo bloggs ", "SOCIAL WORKER"; Sam Lee, Team manager
// - C 11/01/2021 (open) Jo Bloggs, Social Worker
// - D 31/03/2021 Jo Bloggs, Team manager (another person: another job title)
// - E 31/03/2020, the day before the 12 months: Jo Bloggs, Social worker
// - F 01/07/2020, corporate: Sam Lee, Team manager; and a name blanked by anonymising
// - G 01/08/2020, no one named
QList<Case> buildCases(Database& database)
{
    CaseMaker make(database);
    Case a = make.complaint(QDate(2020, 5, 4), 10, s("upheld"));
    a.staffNamed = {named("Jo Bloggs", "Social worker")};
    Case b = make.complaint(QDate(2020, 9, 1), 10, s("not_upheld"));
    b.staffNamed = {named(" jo bloggs ", "SOCIAL WORKER"), named("Sam Lee", "Team manager")};
    Case c = make.complaint(QDate(2021, 1, 11), -1, {});
    c.staffNamed = {named("Jo Bloggs", "Social Worker")};
    Case d = make.complaint(QDate(2021, 3, 31), 10, s("upheld"));
    d.staffNamed = {named("Jo Bloggs", "Team manager")};
    Case e = make.complaint(QDate(2020, 3, 31), 10, s("upheld"));
    e.staffNamed = {named("Jo Bloggs", "Social worker")};
    Case f = make.complaint(QDate(2020, 7, 1), 10, s("upheld"), Procedure::Corporate);
    f.staffNamed = {named("Sam Lee", "Team manager"), named("", "")};
    Case g = make.complaint(QDate(2020, 8, 1), 10, s("upheld"));
    QList<Case> cases{a, b, c, d, e, f, g};
    if (!make.insert(cases))
        QTest::qFail("the cases could not be inserted", __FILE__, __LINE__);
    return cases;
}

const QString jo = QStringLiteral("staff:jo bloggs|social worker");
const QString sam = QStringLiteral("staff:sam lee|team manager");
const QString joManager = QStringLiteral("staff:jo bloggs|team manager");

bool hasTable(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& table : report.value(u"tables").toArray())
        if (table.toObject().value(u"id").toString() == id)
            return true;
    return false;
}

} // namespace

class TestReportStaffNamed : public QObject
{
    Q_OBJECT

private slots:
    void counts_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("row");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QList<int>>("behind"); // indexes of A..G
        QTest::addColumn<bool>("reached");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            auto row = [&](const char* label, int threshold, const QString& key, qint64 count,
                           QList<int> cases, bool reached) {
                QTest::addRow("%s, %s, trigger %d", name, label, threshold)
                    << backend << threshold << key << count << cases << reached;
            };
            row("Jo Bloggs, social worker", 3, jo, 3, {0, 1, 2}, true);
            row("Sam Lee", 3, sam, 2, {1, 5}, false);
            row("Sam Lee", 2, sam, 2, {1, 5}, true);
            row("Jo Bloggs, team manager", 3, joManager, 1, {3}, false);
            row("Jo Bloggs, social worker", 4, jo, 3, {0, 1, 2}, false);
            row("total", 3, QStringLiteral("total"), 5, {0, 1, 2, 3, 5}, false);
        }
    }
    void counts()
    {
        QFETCH(int, threshold);
        QFETCH(QString, row);
        QFETCH(qint64, expected);
        QFETCH(QList<int>, behind);
        QFETCH(bool, reached);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        const QList<Case> cases = buildCases(*db);
        QVERIFY(ReferenceData(*db, QStringLiteral("a.admin")).saveStaffNamedThreshold(threshold));

        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        const ReportTable& table = tableOf(report, "staff_named");
        QVERIFY2(table.title().contains(QStringLiteral("31/03/2021")), qPrintable(table.title()));
        QCOMPARE(count(report, "staff_named", qPrintable(row), "complaints"), expected);
        QList<qint64> ids;
        for (int index : behind)
            ids << cases.at(index).id;
        auto found = engine.casesBehind(QStringLiteral("staff_named"), row,
                                        QStringLiteral("complaints"), report.scope());
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found.value(), sorted(ids));
        if (row != u"total")
            QCOMPARE(table.cell(row, u"trigger").toString().isEmpty(), !reached);
        // Only the three people named: a blanked name is nobody, and E is too early.
        QCOMPARE(table.rows().size(), 4);
        // Most named first; named as the latest complaint spells them.
        QCOMPARE(table.rows().first().key, jo);
        QCOMPARE(table.cell(jo, u"label").toString(), QStringLiteral("Jo Bloggs"));
        QCOMPARE(table.cell(jo, u"job_title").toString(), QStringLiteral("Social Worker"));
        REDRESS_VERIFY_REPORT(engine, report);

        // The queue's flags come from the same counts, to the day it is asked.
        auto flagged = StaffTriggers::reached(*db, QDate(2021, 3, 31));
        QVERIFY2(flagged, qPrintable(flagged.error()));
        if (row != u"total") {
            const QString who = table.cell(row, u"label").toString();
            const QString title = table.cell(row, u"job_title").toString();
            for (int index : behind) {
                bool named = false;
                for (const StaffNamedCount& person : flagged->value(cases.at(index).id))
                    named = named || (person.name == who && person.jobTitle == title);
                QCOMPARE(named, reached);
            }
        }
    }

    // The 12 months move with the report: a quarter ending 30/09/2020 counts A and B only
    // (and E, from 31/03/2020, now inside the 12 months).
    void rollingTwelveMonths_data() { addBackendRows(); }
    void rollingTwelveMonths()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        buildCases(*db);
        ReportEngine engine(*db);
        auto quarter = engine.quarterly(2020, 2);
        QVERIFY2(quarter, qPrintable(quarter.error()));
        QCOMPARE(count(quarter.value(), "staff_named", qPrintable(jo), "complaints"), 3);
        QCOMPARE(count(quarter.value(), "staff_named", qPrintable(sam), "complaints"), 2);
        QVERIFY(!tableOf(quarter.value(), "staff_named").row(joManager));
    }

    // The trigger point: 1 to 99, an administrator's change, audited with who and what.
    void threshold_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("refused"); // by role
        QTest::addColumn<QString>("message");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, 5", name) << backend << 5 << false << QString();
            QTest::addRow("%s, 0", name) << backend << 0 << false << s("1 to 99");
            QTest::addRow("%s, 100", name) << backend << 100 << false << s("1 to 99");
            QTest::addRow("%s, not an administrator", name)
                << backend << 5 << true << s("administrator");
        }
    }
    void threshold()
    {
        QFETCH(int, value);
        QFETCH(bool, refused);
        QFETCH(QString, message);
        REDRESS_TEST_DATABASE(db);
        QCOMPARE(*ReferenceData(*db).staffNamedThreshold(), 3);
        ReferenceData reference(*db, QStringLiteral("a.admin"));
        if (refused)
            reference.refuseChanges(QStringLiteral("Only an administrator may change this"));
        const Status saved = reference.saveStaffNamedThreshold(value);
        QList<AuditEntry> entries;
        for (const AuditEntry& entry : AuditLog(*db).latest(20).value())
            if (entry.action == u"admin_report_setting")
                entries << entry;
        if (!message.isEmpty()) {
            QVERIFY(!saved);
            QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
            QCOMPARE(*ReferenceData(*db).staffNamedThreshold(), 3);
            QVERIFY(entries.isEmpty());
            return;
        }
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(*ReferenceData(*db).staffNamedThreshold(), value);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, recordedActor(*db, QStringLiteral("a.admin")));
        QCOMPARE(entries.first().before.value(u"staffNamedThreshold").toInt(), 3);
        QCOMPARE(entries.first().after.value(u"staffNamedThreshold").toInt(), value);
    }

    // An officer never sees the table: not in the app's report, not by drill-down, not on
    // the command line (JSON, --table); a lead and an administrator do. On PostgreSQL each is
    // a login of its own in the server's groups.
    void onlyLeadsAndAdministrators_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("sees");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, officer", name) << backend << s("officer") << false;
            QTest::addRow("%s, lead", name) << backend << s("lead") << true;
            QTest::addRow("%s, admin", name) << backend << s("admin") << true;
        }
    }
    void onlyLeadsAndAdministrators()
    {
        QFETCH(QString, role);
        QFETCH(bool, sees);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        buildCases(*db);
        DatabaseLocation location = dbHolder->location();
        QString login = Session::operatingSystemAccount();
        if (backend == Backend::Postgres) {
            login = role + u'.' + QString::number(QRandomGenerator::global()->bounded(1000000));
            const QStringList server = databaseArguments(location);
            const CliRun setup =
                runCli(server + QStringList{QStringLiteral("server"), QStringLiteral("setup")});
            QVERIFY2(setup.code == 0, qPrintable(setup.err));
            const CliRun added =
                runCli(server + QStringList{QStringLiteral("users"), QStringLiteral("add"), login,
                                            QStringLiteral("--role"), role,
                                            QStringLiteral("--no-password")});
            QVERIFY2(added.code == 0, qPrintable(added.err));
            location.user = login;
            location.password.clear();
        } else {
            QVERIFY(sql::exec(db->sql(),
                              QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                             "VALUES (?, ?, ?)"),
                              {login, login, role}));
        }
        auto opened = Database::open(location, Database::Mode::MustExist);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto session = sessionOn(*opened.value(), login);
        QVERIFY(session);

        ReportEngine engine = session->reports();
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        QCOMPARE(annual->table(u"staff_named") != nullptr, sees);
        QCOMPARE(engine.tableIds(annual->scope())->contains(QStringLiteral("staff_named")), sees);
        auto behind = engine.casesBehind(QStringLiteral("staff_named"), jo,
                                         QStringLiteral("complaints"), annual->scope());
        QCOMPARE(bool(behind), sees);
        if (sees)
            QCOMPARE(behind->size(), 3);

        const QStringList report =
            databaseArguments(location) +
            QStringList{QStringLiteral("report"),   QStringLiteral("annual"),
                        QStringLiteral("--year"),   QStringLiteral("2020/21"),
                        QStringLiteral("--format"), QStringLiteral("json")};
        const CliRun json = runCli(report);
        QVERIFY2(json.code == 0, qPrintable(json.err));
        QCOMPARE(hasTable(QJsonDocument::fromJson(json.out.toUtf8()).object(),
                          QStringLiteral("staff_named")),
                 sees);
        QVERIFY(json.out.contains(QStringLiteral("Bloggs")) == sees);
        const CliRun one =
            runCli(report + QStringList{QStringLiteral("--table"), QStringLiteral("staff_named")});
        QCOMPARE(one.code == 0, sees);
        const CliRun threshold =
            runCli(databaseArguments(location) +
                   QStringList{QStringLiteral("settings"), QStringLiteral("staff-threshold")});
        QCOMPARE(threshold.code == 0, sees);
        if (sees)
            QVERIFY2(threshold.out.contains(QStringLiteral("3 complaint")),
                     qPrintable(threshold.out));
    }

    // `redress-cli settings staff-threshold N`: an administrator's change, audited; refused
    // to a lead, and to a number out of range, with nothing changed.
    void commandLineSetsTheThreshold_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("stored");
        QTest::addColumn<QString>("message");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, admin sets 4", name)
                << backend << s("admin") << s("4") << 4 << s("set to 4");
            QTest::addRow("%s, admin gives 0", name)
                << backend << s("admin") << s("0") << 3 << s("1 to 99");
            QTest::addRow("%s, admin gives words", name)
                << backend << s("admin") << s("three") << 3 << s("1 to 99");
            if (backend == Backend::Sqlite)
                QTest::addRow("%s, lead", name)
                    << backend << s("lead") << s("4") << 3 << s("administrator");
        }
    }
    void commandLineSetsTheThreshold()
    {
        QFETCH(QString, role);
        QFETCH(QString, value);
        QFETCH(int, stored);
        QFETCH(QString, message);
        REDRESS_TEST_DATABASE(db);
        if (role != u"admin")
            QVERIFY(sql::exec(db->sql(),
                              QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                             "VALUES (?, ?, ?)"),
                              {Session::operatingSystemAccount(), s("Someone"), role}));
        const CliRun run = runCli(
            databaseArguments(dbHolder->location()) +
            QStringList{QStringLiteral("settings"), QStringLiteral("staff-threshold"), value});
        const QString printed = run.out + run.err;
        QVERIFY2(printed.contains(message), qPrintable(printed));
        QCOMPARE(run.code == 0, stored != 3);
        QCOMPARE(*ReferenceData(*db).staffNamedThreshold(), stored);
        int entries = 0;
        for (const AuditEntry& entry : AuditLog(*db).latest(20).value())
            entries += entry.action == u"admin_report_setting" ? 1 : 0;
        QCOMPARE(entries, stored != 3 ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestReportStaffNamed)
#include "TestReportStaffNamed.moc"
