#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void closureDaysJoinTheCalendar_data() { addBackendRows(); }
    void closureDaysJoinTheCalendar()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db);
        QVERIFY(reference.addClosureDay(QDate(2021, 12, 29), QStringLiteral("Council closure")));
        const auto calendar = reference.calendar();
        QVERIFY(calendar);
        QVERIFY(calendar->isClosureDay(QDate(2021, 12, 29)));
        QVERIFY(!calendar->isWorkingDay(QDate(2021, 12, 29)));
        QVERIFY(calendar->withClosureDays(false).isWorkingDay(QDate(2021, 12, 29)));
    }

    void profilesAreVersionedByDate_data() { addBackendRows(); }
    void profilesAreVersionedByDate()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db);
        ProcedureProfile longer = reference.procedures()
                                      .value()
                                      .profileFor(QStringLiteral("concern"), QDate(2020, 1, 1))
                                      .value();
        longer.effectiveFrom = QDate(2022, 4, 1);
        longer.stages[0].responseDays = 7;
        longer.stages[0].maxResponseDays = qMax(longer.stages[0].maxResponseDays, 7);
        QVERIFY(reference.saveProfile(longer));
        const auto catalog = reference.procedures().value();
        QCOMPARE(catalog.profileFor(QStringLiteral("concern"), QDate(2022, 3, 31))
                     .value()
                     .stages.first()
                     .responseDays,
                 5);
        QCOMPARE(catalog.profileFor(QStringLiteral("concern"), QDate(2022, 4, 1))
                     .value()
                     .stages.first()
                     .responseDays,
                 7);
    }

    void refusesATermWithoutACode_data() { addBackendRows(); }
    void refusesATermWithoutACode()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db);
        TaxonomyTerm term;
        term.taxonomy = QStringLiteral("category");
        term.label = QStringLiteral("Transport");
        QVERIFY(!reference.saveTerm(term));
        term.code = QStringLiteral("transport");
        QVERIFY(reference.saveTerm(term));
        bool found = false;
        for (const TaxonomyTerm& t : reference.terms(QStringLiteral("category")).value())
            found = found || t.code == u"transport";
        QVERIFY(found);
    }

    void yearContextRoundTrips_data() { addBackendRows(); }
    void yearContextRoundTrips()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db);
        QVERIFY(!reference.yearContext(2020).value().has_value());
        QVERIFY(reference.saveYearContext({2020, 35000, 1400, 220}));
        QVERIFY(reference.saveYearContext({2020, 35100, 1450, std::nullopt}));
        const auto context = reference.yearContext(2020).value();
        QVERIFY(context.has_value());
        QCOMPARE(*context->openCases, 1450);
        QVERIFY(!context->childrenInCare.has_value());
    }

    // Administration: service areas and teams are added, renamed, moved and deactivated,
    // never deleted; levels stay in order (portfolio > service > team).
    void orgUnitsAreMaintainedNotDeleted_data() { addBackendRows(); }
    void orgUnitsAreMaintainedNotDeleted()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db, QStringLiteral("admin.tester"));
        QList<OrgUnit> services;
        for (const OrgUnit& unit : reference.orgUnits().value()) {
            if (unit.level == u"service")
                services << unit;
        }
        QVERIFY(services.size() >= 2);
        OrgUnit team;
        team.level = QStringLiteral("team");
        team.parentId = services.at(0).id;
        team.name = QStringLiteral("Fostering North");
        auto added = reference.saveOrgUnit(team);
        QVERIFY2(added, qPrintable(added.error()));
        team.id = added.value();
        auto stored = [&](qint64 id) {
            for (const OrgUnit& unit : reference.orgUnits().value()) {
                if (unit.id == id)
                    return unit;
            }
            return OrgUnit{};
        };
        QCOMPARE(stored(team.id).code, QStringLiteral("fostering_north"));
        // The same name again gets a code of its own.
        OrgUnit twin = team;
        twin.id = 0;
        QCOMPARE(stored(reference.saveOrgUnit(twin).value()).code,
                 QStringLiteral("fostering_north_2"));

        team.name = QStringLiteral("Fostering North and West");
        team.parentId = services.at(1).id;
        team.active = false;
        QVERIFY(reference.saveOrgUnit(team));
        const OrgUnit changed = stored(team.id);
        QCOMPARE(changed.name, team.name);
        QCOMPARE(changed.parentId, services.at(1).id);
        QCOMPARE(changed.code, QStringLiteral("fostering_north"));
        QVERIFY(!changed.active);

        OrgUnit orphan;
        orphan.level = QStringLiteral("team");
        orphan.name = QStringLiteral("Nowhere");
        QVERIFY(!reference.saveOrgUnit(orphan));
        orphan.parentId = team.id; // a team cannot hold a team
        QVERIFY(!reference.saveOrgUnit(orphan));
        team.name = QStringLiteral("  ");
        QVERIFY(!reference.saveOrgUnit(team));
        QCOMPARE(stored(team.id).name, QStringLiteral("Fostering North and West"));
    }

    void usersAreSavedWithRoleAndTeam_data() { addBackendRows(); }
    void usersAreSavedWithRoleAndTeam()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db, QStringLiteral("admin.tester"));
        qint64 teamId = 0;
        for (const OrgUnit& unit : reference.orgUnits().value()) {
            if (unit.level == u"team")
                teamId = unit.id;
        }
        User user{0,
                  QStringLiteral("jbloggs"),
                  QStringLiteral("Jo Bloggs"),
                  QStringLiteral("officer"),
                  teamId,
                  true};
        auto added = reference.saveUser(user);
        QVERIFY2(added, qPrintable(added.error()));
        user.id = added.value();
        user.role = QStringLiteral("lead");
        user.active = false;
        QVERIFY(reference.saveUser(user));
        bool found = false;
        for (const User& stored : reference.users().value()) {
            if (stored.id == user.id) {
                found = true;
                QCOMPARE(stored.role, QStringLiteral("lead"));
                QCOMPARE(stored.teamId, teamId);
                QVERIFY(!stored.active);
            }
        }
        QVERIFY(found);

        User clash = user;
        clash.id = 0;
        clash.username = QStringLiteral("JBloggs");
        QVERIFY(!reference.saveUser(clash));
        clash.username = QStringLiteral("other");
        clash.role = QStringLiteral("superuser");
        QVERIFY(!reference.saveUser(clash));
    }

    void closureDaysAreListedAndRemoved_data() { addBackendRows(); }
    void closureDaysAreListedAndRemoved()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db, QStringLiteral("admin.tester"));
        QVERIFY(reference.addClosureDay(QDate(2021, 12, 29), QStringLiteral("Closure")));
        QVERIFY(reference.addClosureDay(QDate(2021, 12, 24), QStringLiteral("Christmas Eve")));
        QVERIFY(!reference.addClosureDay(QDate(2021, 12, 24), QStringLiteral("Again")));
        const QList<CalendarDay> days = reference.closureDays().value();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0), (CalendarDay{QDate(2021, 12, 24), QStringLiteral("Christmas Eve")}));
        QVERIFY(reference.removeClosureDay(QDate(2021, 12, 29)));
        QVERIFY(!reference.removeClosureDay(QDate(2021, 12, 29)));
        QCOMPARE(reference.closureDays()->size(), 1);
        QVERIFY(reference.calendar()->isWorkingDay(QDate(2021, 12, 29)));
    }

    // A one-off bank holiday is added and taken off again; a holiday the rules give is taken
    // off and put back. Each undoes the other's entry, so nothing piles up in calendar_day.
    void bankHolidaysAreAddedAndRemoved_data() { addBackendRows(); }
    void bankHolidaysAreAddedAndRemoved()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db, QStringLiteral("admin.tester"));
        const QDate oneOff(2021, 6, 3);
        const QDate spring(2021, 5, 31);
        auto holiday = [&](QDate day) {
            return reference.calendar()->bankHolidays().isBankHoliday(day);
        };
        auto entries = [&] {
            return sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM calendar_day"))
                ->toInt();
        };
        const int shipped = entries();
        QVERIFY(!holiday(oneOff));
        QVERIFY(reference.addBankHoliday(oneOff, QStringLiteral("Jubilee")));
        QVERIFY(holiday(oneOff));
        QCOMPARE(reference.calendar()->bankHolidays().title(oneOff), QStringLiteral("Jubilee"));
        const Status again = reference.addBankHoliday(oneOff, QStringLiteral("Again"));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("03/06/2021")), qPrintable(again.error()));
        QVERIFY(reference.removeBankHoliday(oneOff));
        QVERIFY(!holiday(oneOff));
        QCOMPARE(entries(), shipped);

        QVERIFY(holiday(spring));
        QVERIFY(reference.removeBankHoliday(spring));
        QVERIFY(!holiday(spring));
        QVERIFY(reference.calendar()->isWorkingDay(spring));
        const Status gone = reference.removeBankHoliday(spring);
        QVERIFY(!gone);
        QVERIFY2(gone.error().contains(QStringLiteral("31/05/2021")), qPrintable(gone.error()));
        QVERIFY(reference.addBankHoliday(spring, QStringLiteral("Spring bank holiday")));
        QVERIFY(holiday(spring));
        QCOMPARE(entries(), shipped);
        int audited = 0;
        for (const AuditEntry& entry : AuditLog(*db).latest(20).value())
            if (entry.action == u"admin_bank_holiday" &&
                entry.actor == recordedActor(*db, QStringLiteral("admin.tester")))
                ++audited;
        QCOMPARE(audited, 4);
    }

    // Every administrative change leaves who, what, before and after in the audit trail.
    void administrativeChangesAreAudited_data() { addBackendRows(); }
    void administrativeChangesAreAudited()
    {
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db, QStringLiteral("admin.tester"));
        QVERIFY(reference.saveYearContext({2020, 35000, 1400, 220}));
        QVERIFY(reference.saveYearContext({2020, 35100, 1400, 220}));
        QVERIFY(reference.addClosureDay(QDate(2021, 12, 29), QStringLiteral("Closure")));
        QVERIFY(reference.removeClosureDay(QDate(2021, 12, 29)));
        TaxonomyTerm term;
        term.taxonomy = QStringLiteral("category");
        term.code = QStringLiteral("transport");
        term.label = QStringLiteral("Transport");
        QVERIFY(reference.saveTerm(term));
        ProcedureProfile profile = reference.procedures()
                                       .value()
                                       .profileFor(QStringLiteral("statutory"), QDate(2021, 1, 1))
                                       .value();
        profile.effectiveFrom = QDate(2022, 4, 1);
        profile.stages[0].responseDays = 15;
        QVERIFY(reference.saveProfile(profile));
        QVERIFY(!reference.saveYearContext({2021, -5, std::nullopt, std::nullopt}));

        const QList<AuditEntry> entries = AuditLog(*db).latest(20).value();
        QCOMPARE(entries.size(), 6); // the refused save wrote nothing
        QStringList actions;
        for (const AuditEntry& entry : entries) {
            QCOMPARE(entry.actor, recordedActor(*db, QStringLiteral("admin.tester")));
            QVERIFY(!entry.detail.isEmpty());
            actions << entry.action;
            if (entry.action == u"admin_year_context" && !entry.before.isEmpty()) {
                QCOMPARE(entry.before.value(u"childrenInArea").toInt(), 35000);
                QCOMPARE(entry.after.value(u"childrenInArea").toInt(), 35100);
                QVERIFY(!entry.after.contains(u"openCases")); // only what changed
            }
        }
        QCOMPARE(actions.count(QStringLiteral("admin_year_context")), 2);
        QCOMPARE(actions.count(QStringLiteral("admin_closure_day")), 2);
        QVERIFY(actions.contains(QStringLiteral("admin_term")));
        QVERIFY(actions.contains(QStringLiteral("admin_profile")));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "TestReferenceData.moc"
