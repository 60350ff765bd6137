// Reference data from the command line: "lists show|add", "service-areas add", "teams add"
// and "timescales set" (days and the number of stages), on a real database (SQLite and PostgreSQL),
// audited as the person signed in, and refused whole with a message naming what is wrong.
#include "CliRun.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// A change made as the administrator: on a database file, the computer's account (which the
// users list does not name, so it may do everything); on the test server, its superuser.
QStringList withDb(const TestDatabase& database, const QStringList& arguments)
{
    return databaseArguments(database.location()) + arguments;
}

CliRun showList(const TestDatabase& database, const QStringList& list)
{
    return runCli(databaseArguments(database.location()) +
                  QStringList{QStringLiteral("lists"), QStringLiteral("show")} + list);
}

// Whom the audit trail names: the computer's account on SQLite, the login on a server.
QString expectedActor(const TestDatabase& database)
{
    return database.location().isSqlite() ? Session::operatingSystemAccount()
                                          : database.location().user;
}

QStringList labels(Database& db, const QString& list)
{
    QStringList result;
    for (const TaxonomyTerm& term : ReferenceData(db).terms(list).value())
        result << term.label;
    return result;
}

QList<AuditEntry> entries(Database& db, const QString& action)
{
    QList<AuditEntry> result;
    for (const AuditEntry& entry : AuditLog(db).latest(200).value())
        if (entry.action == action)
            result << entry;
    return result;
}

} // namespace

class TestCliReferenceData : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30)); }
    void cleanup() { m_today.reset(); }

    void listsAddAndShow_data() { addBackendRows(); }
    void listsAddAndShow()
    {
        REDRESS_TEST_DATABASE(db);
        const CliRun added = runCli(withDb(
            *dbHolder, {QStringLiteral("lists"), QStringLiteral("add"), QStringLiteral("outcomes"),
                        QStringLiteral("Advice given"), QStringLiteral("Resolved  informally")}));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("\"Resolved informally\" (code "
                                                   "resolved_informally)")),
                 qPrintable(added.out));
        const QStringList outcomes = labels(*db, QStringLiteral("outcome"));
        QCOMPARE(
            outcomes.mid(outcomes.size() - 2),
            (QStringList{QStringLiteral("Advice given"), QStringLiteral("Resolved informally")}));
        const QList<AuditEntry> audited = entries(*db, QStringLiteral("admin_term"));
        QCOMPARE(audited.size(), 2);
        for (const AuditEntry& entry : audited)
            QCOMPARE(entry.actor, expectedActor(*dbHolder));

        const CliRun shown = showList(*dbHolder, {QStringLiteral("outcome")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QVERIFY(shown.out.contains(QStringLiteral("advice_given")));
        QVERIFY(shown.out.contains(QStringLiteral("Partially upheld")));
        const CliRun all = showList(*dbHolder, {});
        QVERIFY2(all.code == 0, qPrintable(all.err));
        QVERIFY(all.out.split(u'\n').contains(QStringLiteral("complainant_role")));
        // "roles" is what a person would say for the complainants' roles.
        const CliRun roles = showList(*dbHolder, {QStringLiteral("roles")});
        QVERIFY2(roles.code == 0, qPrintable(roles.err));
        QVERIFY(roles.out.contains(QStringLiteral("Foster carer")));
    }

    void listsAddRefusals_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s: unknown list", name)
                << backend << QStringList{QStringLiteral("moods"), QStringLiteral("Happy")} << 1
                << QStringLiteral("There is no list \"moods\"; the lists are: ");
            QTest::addRow("%s: a value already there, with a new one", name)
                << backend
                << QStringList{QStringLiteral("outcome"), QStringLiteral("Advice given"),
                               QStringLiteral("upheld")}
                << 1 << QStringLiteral("\"upheld\" is already in the outcome list (as \"Upheld\")");
            QTest::addRow("%s: a value already there as it is", name)
                << backend << QStringList{QStringLiteral("channel"), QStringLiteral("Email")} << 1
                << QStringLiteral("\"Email\" is already in the channel list. Nothing was added.");
            QTest::addRow("%s: the same value twice", name)
                << backend
                << QStringList{QStringLiteral("channel"), QStringLiteral("Text message"),
                               QStringLiteral("Text Message")}
                << 1 << QStringLiteral("\"Text Message\" is already in the channel list");
            QTest::addRow("%s: no value", name) << backend << QStringList{QStringLiteral("outcome")}
                                                << 2 << QStringLiteral("Give the VALUE…");
        }
    }
    void listsAddRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        REDRESS_TEST_DATABASE(db);
        const qsizetype outcomes = labels(*db, QStringLiteral("outcome")).size();
        const qsizetype channels = labels(*db, QStringLiteral("channel")).size();
        const CliRun refused = runCli(withDb(
            *dbHolder, QStringList{QStringLiteral("lists"), QStringLiteral("add")} + arguments));
        QCOMPARE(refused.code, code);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QCOMPARE(labels(*db, QStringLiteral("outcome")).size(), outcomes);
        QCOMPARE(labels(*db, QStringLiteral("channel")).size(), channels);
        QVERIFY(entries(*db, QStringLiteral("admin_term")).isEmpty());
    }

    // On a desktop database the users list says who is an administrator: the listed officer
    // may not change reference data from the command line either.
    void anOfficerIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("lists add")
            << QStringList{QStringLiteral("lists"), QStringLiteral("add"),
                           QStringLiteral("outcome"), QStringLiteral("Advice given")};
        QTest::addRow("teams add") << QStringList{
            QStringLiteral("teams"), QStringLiteral("add"), QStringLiteral("Fostering south"),
            QStringLiteral("--service-area"), QStringLiteral("Children in care")};
        QTest::addRow("service-areas add")
            << QStringList{QStringLiteral("service-areas"), QStringLiteral("add"),
                           QStringLiteral("Youth justice")};
        QTest::addRow("timescales set") << QStringList{
            QStringLiteral("timescales"), QStringLiteral("set"),     QStringLiteral("--procedure"),
            QStringLiteral("statutory"),  QStringLiteral("--stage"), QStringLiteral("1"),
            QStringLiteral("--days"),     QStringLiteral("15")};
    }
    void anOfficerIsRefused()
    {
        QFETCH(QStringList, arguments);
        REDRESS_SQLITE_DATABASE(db);
        // The computer's account is an officer in the users list.
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                         "VALUES (?, 'This computer', 'officer')"),
                          {Session::operatingSystemAccount()}));
        const qsizetype before = AuditLog(*db).latest(500).value().size();
        const CliRun refused = runCli(databaseArguments(dbHolder->location()) + arguments);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Only an administrator")),
                 qPrintable(refused.err));
        QCOMPARE(AuditLog(*db).latest(500).value().size(), before);
    }

    void teamsAdd_data() { addBackendRows(); }
    void teamsAdd()
    {
        REDRESS_TEST_DATABASE(db);
        const CliRun added = runCli(
            withDb(*dbHolder, {QStringLiteral("teams"), QStringLiteral("add"),
                               QStringLiteral("Fostering south"), QStringLiteral("--service-area"),
                               QStringLiteral("children in care")}));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("added to Children in care")),
                 qPrintable(added.out));
        qint64 serviceId = 0;
        const QList<OrgUnit> units = ReferenceData(*db).orgUnits().value();
        for (const OrgUnit& unit : units)
            if (unit.code == u"children_in_care")
                serviceId = unit.id;
        const auto team = std::find_if(units.begin(), units.end(), [](const OrgUnit& unit) {
            return unit.name == u"Fostering south";
        });
        QVERIFY(team != units.end());
        QCOMPARE(team->parentId, serviceId);
        QCOMPARE(team->level, QStringLiteral("team"));
        const QList<AuditEntry> audited = entries(*db, QStringLiteral("admin_org_unit"));
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().actor, expectedActor(*dbHolder));

        // The same team again, or a service area that is not there: refused, nothing added.
        const CliRun again = runCli(
            withDb(*dbHolder, {QStringLiteral("teams"), QStringLiteral("add"),
                               QStringLiteral("fostering South"), QStringLiteral("--service-area"),
                               QStringLiteral("children_in_care")}));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already has a team \"Fostering south\"")),
                 qPrintable(again.err));
        const CliRun unknown = runCli(withDb(
            *dbHolder, {QStringLiteral("teams"), QStringLiteral("add"), QStringLiteral("CASS"),
                        QStringLiteral("--service-area"), QStringLiteral("Social care")}));
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("There is no service area \"Social care\"; "
                                                     "the service areas are: ")),
                 qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("Children in care")));
        QCOMPARE(ReferenceData(*db).orgUnits()->size(), units.size());
        const CliRun noService = runCli(withDb(
            *dbHolder, {QStringLiteral("teams"), QStringLiteral("add"), QStringLiteral("CASS")}));
        QCOMPARE(noService.code, 2);
        QVERIFY(noService.err.contains(QStringLiteral("--service-area")));
    }

    // A council's own service areas, set up before its log is imported: under the first
    // portfolio unless one is named; a team can then be added to it.
    void serviceAreasAdd_data()
    {
        QTest::addColumn<redress::test::Backend>("backend");
        QTest::addColumn<QStringList>("portfolio"); // the option, if any
        for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QByteArray name = backendName(backend).toUtf8();
            QTest::addRow("%s, first portfolio", name.constData()) << backend << QStringList();
            QTest::addRow("%s, portfolio named", name.constData())
                << backend << QStringList{QStringLiteral("--portfolio"), QString()};
        }
    }
    void serviceAreasAdd()
    {
        QFETCH(QStringList, portfolio);
        REDRESS_TEST_DATABASE(db);
        const QList<OrgUnit> before = ReferenceData(*db).orgUnits().value();
        QList<OrgUnit> portfolios;
        std::copy_if(before.begin(), before.end(), std::back_inserter(portfolios),
                     [](const OrgUnit& unit) { return unit.level == u"portfolio"; });
        QVERIFY(!portfolios.isEmpty());
        const OrgUnit expectedParent = portfolio.isEmpty() ? portfolios.first() : portfolios.last();
        if (!portfolio.isEmpty())
            portfolio.last() = expectedParent.name.toUpper();

        const CliRun added = runCli(
            withDb(*dbHolder, QStringList{QStringLiteral("service-areas"), QStringLiteral("add"),
                                          QStringLiteral("  Youth   justice ")} +
                                  portfolio));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("Service area \"Youth justice\" added to %1")
                                        .arg(expectedParent.name)),
                 qPrintable(added.out));
        const QList<OrgUnit> after = ReferenceData(*db).orgUnits().value();
        QCOMPARE(after.size(), before.size() + 1);
        const auto service = std::find_if(after.begin(), after.end(), [](const OrgUnit& unit) {
            return unit.name == u"Youth justice";
        });
        QVERIFY(service != after.end());
        QCOMPARE(service->level, QStringLiteral("service"));
        QCOMPARE(service->parentId, expectedParent.id);
        const QList<AuditEntry> audited = entries(*db, QStringLiteral("admin_org_unit"));
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().actor, expectedActor(*dbHolder));

        const CliRun team = runCli(
            withDb(*dbHolder, {QStringLiteral("teams"), QStringLiteral("add"),
                               QStringLiteral("Youth offending team"),
                               QStringLiteral("--service-area"), QStringLiteral("youth justice")}));
        QVERIFY2(team.code == 0, qPrintable(team.err));

        // The same name again, or a portfolio that is not there: refused, nothing added.
        const CliRun again =
            runCli(withDb(*dbHolder, {QStringLiteral("service-areas"), QStringLiteral("add"),
                                      QStringLiteral("YOUTH JUSTICE")}));
        QCOMPARE(again.code, 1);
        QVERIFY2(
            again.err.contains(QStringLiteral("There is already a service area \"Youth justice\"")),
            qPrintable(again.err));
        const CliRun unknown =
            runCli(withDb(*dbHolder, {QStringLiteral("service-areas"), QStringLiteral("add"),
                                      QStringLiteral("Education"), QStringLiteral("--portfolio"),
                                      QStringLiteral("Adult social care")}));
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("There is no portfolio \"Adult social "
                                                     "care\"; the portfolios are: %1")
                                          .arg(portfolios.first().name)),
                 qPrintable(unknown.err));
        QCOMPARE(ReferenceData(*db).orgUnits()->size(), before.size() + 2);
    }

    // A new version from the date given: a complaint received after it gets the new days; the
    // open one received before keeps its deadline. The change and the recompute are audited.
    void timescalesSet_data() { addBackendRows(); }
    void timescalesSet()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY(workflow);
        Case open;
        open.kind = CaseKind::Complaint;
        open.procedure = Procedure::Statutory;
        open.receivedOn = QDate(2021, 6, 1);
        QVERIFY(workflow->log(open));

        const CliRun set = runCli(withDb(
            *dbHolder,
            {QStringLiteral("timescales"), QStringLiteral("set"), QStringLiteral("--procedure"),
             QStringLiteral("statutory"), QStringLiteral("--stage"), QStringLiteral("1"),
             QStringLiteral("--days"), QStringLiteral("15"), QStringLiteral("--extended"),
             QStringLiteral("25"), QStringLiteral("--from"), QStringLiteral("2021-06-14")}));
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("15 working days to respond, at most 25")),
                 qPrintable(set.out));
        QVERIFY(set.out.contains(QStringLiteral("14/06/2021")));
        const ProcedureCatalog catalog = ReferenceData(*db).procedures().value();
        const StageRule* after =
            catalog.profileFor(QStringLiteral("statutory"), QDate(2021, 6, 14))->stage(1);
        QCOMPARE(after->responseDays, 15);
        QCOMPARE(after->maxResponseDays, 25);
        QCOMPARE(catalog.profileFor(QStringLiteral("statutory"), QDate(2021, 6, 13))
                     ->stage(1)
                     ->responseDays,
                 10);
        for (const QString& action :
             {QStringLiteral("admin_profile"), QStringLiteral("recompute_deadlines")}) {
            const QList<AuditEntry> audited = entries(*db, action);
            QVERIFY2(!audited.isEmpty(), qPrintable(action));
            QCOMPARE(audited.first().actor, expectedActor(*dbHolder));
        }
        QVERIFY(!AuditLog(*db).verifyChain().value().has_value());
    }

    // "--stages": the corporate procedure gets a third stage (a new version; its timescales
    // start as stage 2's, and --stage/--days may set them in the same change) or only one.
    void timescalesStageCount_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QList<int>>("responseDays");
        // A stage 3 asked for on Tuesday 06/04/2021, after Easter: due then, or refused.
        QTest::addColumn<QString>("stage3Due");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s: a third stage", name)
                << backend << QStringList{QStringLiteral("--stages"), QStringLiteral("3")}
                << QList<int>{10, 20, 20} << QStringLiteral("2021-05-05");
            QTest::addRow("%s: a third stage with its days", name)
                << backend << QStringList{QStringLiteral("--stages"), QStringLiteral("3"),
                                          QStringLiteral("--stage"),  QStringLiteral("3"),
                                          QStringLiteral("--days"),   QStringLiteral("15")}
                << QList<int>{10, 20, 15} << QStringLiteral("2021-04-27");
            QTest::addRow("%s: one stage", name)
                << backend << QStringList{QStringLiteral("--stages"), QStringLiteral("1")}
                << QList<int>{10} << QString();
        }
    }
    void timescalesStageCount()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QList<int>, responseDays);
        QFETCH(QString, stage3Due);
        REDRESS_TEST_DATABASE(db);
        const CliRun set = runCli(withDb(
            *dbHolder, QStringList{QStringLiteral("timescales"), QStringLiteral("set"),
                                   QStringLiteral("--procedure"), QStringLiteral("corporate"),
                                   QStringLiteral("--from"), QStringLiteral("2021-04-01")} +
                           arguments));
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("01/04/2021")), qPrintable(set.out));
        const ProcedureCatalog catalog = ReferenceData(*db).procedures().value();
        const ProcedureProfile after =
            catalog.profileFor(QStringLiteral("corporate"), QDate(2021, 4, 1)).value();
        QList<int> days;
        for (const StageRule& rule : after.stages)
            days << rule.responseDays;
        QCOMPARE(days, responseDays);
        QCOMPARE(catalog.profileFor(QStringLiteral("corporate"), QDate(2021, 3, 31))->stageCount(),
                 2);
        const QList<AuditEntry> audited = entries(*db, QStringLiteral("admin_profile"));
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().actor, expectedActor(*dbHolder));

        const CliRun deadline = runCli(withDb(
            *dbHolder, {QStringLiteral("deadline"), QStringLiteral("--procedure"),
                        QStringLiteral("corporate"), QStringLiteral("--stage"), QStringLiteral("3"),
                        QStringLiteral("--from"), QStringLiteral("2021-04-06")}));
        if (stage3Due.isEmpty()) {
            QCOMPARE(deadline.code, 1);
            QVERIFY2(deadline.err.contains(QStringLiteral("has no stage 3")),
                     qPrintable(deadline.err));
        } else {
            QVERIFY2(deadline.code == 0, qPrintable(deadline.err));
            QCOMPARE(deadline.out.trimmed(), stage3Due);
        }
    }

    void timescalesSetRefusals_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const auto args = [](const char* procedure, const char* stage, const char* days) {
            return QStringList{QStringLiteral("--procedure"), QLatin1String(procedure),
                               QStringLiteral("--stage"),     QLatin1String(stage),
                               QStringLiteral("--days"),      QLatin1String(days)};
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s: unknown procedure", name)
                << backend << args("welsh", "1", "10") << 1
                << QStringLiteral("There is no procedure \"welsh\"");
            QTest::addRow("%s: no such stage", name)
                << backend << args("corporate", "3", "10") << 1
                << QStringLiteral("has no stage 3 (its stages are 1 to 2)");
            QTest::addRow("%s: extension shorter than the days", name)
                << backend
                << args("statutory", "1", "15") +
                       QStringList{QStringLiteral("--extended"), QStringLiteral("12")}
                << 1 << QStringLiteral("cannot be fewer than the working days to respond (15)");
            QTest::addRow("%s: days not a number", name)
                << backend << args("statutory", "1", "ten") << 2
                << QStringLiteral("--days needs a number of working days");
            QTest::addRow("%s: statutory stages", name)
                << backend
                << QStringList{QStringLiteral("--procedure"), QStringLiteral("statutory"),
                               QStringLiteral("--stages"), QStringLiteral("2")}
                << 1 << QStringLiteral("only the corporate procedure's can");
            QTest::addRow("%s: four stages", name)
                << backend
                << QStringList{QStringLiteral("--procedure"), QStringLiteral("corporate"),
                               QStringLiteral("--stages"), QStringLiteral("4")}
                << 1 << QStringLiteral("can have 1 to 3 stages, not 4");
            QTest::addRow("%s: stages not a number", name)
                << backend
                << QStringList{QStringLiteral("--procedure"), QStringLiteral("corporate"),
                               QStringLiteral("--stages"), QStringLiteral("three")}
                << 2 << QStringLiteral("--stages needs a number of stages");
            QTest::addRow("%s: days for a stage it will not have", name)
                << backend
                << QStringList{QStringLiteral("--procedure"), QStringLiteral("corporate"),
                               QStringLiteral("--stages"),    QStringLiteral("1"),
                               QStringLiteral("--stage"),     QStringLiteral("2"),
                               QStringLiteral("--days"),      QStringLiteral("20")}
                << 1 << QStringLiteral("has no stage 2 (its stages are 1 to 1)");
            QTest::addRow("%s: no stage", name)
                << backend
                << QStringList{QStringLiteral("--procedure"), QStringLiteral("statutory"),
                               QStringLiteral("--days"), QStringLiteral("10")}
                << 2 << QStringLiteral("Give --stage");
        }
    }
    void timescalesSetRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        REDRESS_TEST_DATABASE(db);
        const qsizetype profiles = ReferenceData(*db).procedures()->profiles().size();
        const CliRun refused = runCli(
            withDb(*dbHolder,
                   QStringList{QStringLiteral("timescales"), QStringLiteral("set")} + arguments));
        QCOMPARE(refused.code, code);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QCOMPARE(ReferenceData(*db).procedures()->profiles().size(), profiles);
        QVERIFY(entries(*db, QStringLiteral("admin_profile")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliReferenceData)
#include "TestCliReferenceData.moc"
