#include "TestSupport.h"
#include "intake/ComplaintLookup.h"
#include "intake/PeopleDirectory.h"
#include "intake/ProcedureSuggestion.h"
#include "intake/TimeLimitCheck.h"
#include "storage/ReferenceData.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

Q_DECLARE_METATYPE(redress::Procedure)
Q_DECLARE_METATYPE(redress::TimeLimitStanding::Kind)

namespace {

// The shipped hierarchy's shape: portfolio → service → team, with made-up ids.
QList<OrgUnit> units()
{
    return {
        {1, 0, QStringLiteral("portfolio"), QStringLiteral("childrens_social_care"),
         QStringLiteral("Children's Social Care"), true},
        {2, 1, QStringLiteral("service"), QStringLiteral("children_in_care"),
         QStringLiteral("Children in care"), true},
        {3, 2, QStringLiteral("team"), QStringLiteral("cic_team"),
         QStringLiteral("Children in care team"), true},
        {4, 2, QStringLiteral("team"), QStringLiteral("leaving_care"),
         QStringLiteral("Leaving care"), true},
        {5, 0, QStringLiteral("portfolio"), QStringLiteral("education"),
         QStringLiteral("Education and inclusion"), true},
        {6, 5, QStringLiteral("service"), QStringLiteral("send_service"), QStringLiteral("SEND"),
         true},
        {7, 6, QStringLiteral("team"), QStringLiteral("send_transport"),
         QStringLiteral("Home to school transport"), true},
    };
}

qint64 teamId(const QString& code)
{
    for (const OrgUnit& unit : units())
        if (unit.code == code)
            return unit.id;
    return 0;
}

ProcedureProfile profile(const QString& code, QDate from, int months)
{
    ProcedureProfile p;
    p.code = code;
    p.name = code;
    p.effectiveFrom = from;
    p.timeLimitMonths = months;
    StageRule stage;
    stage.number = 1;
    stage.responseDays = 10;
    stage.maxResponseDays = 20;
    p.stages = {stage};
    return p;
}

// Logs a complaint by `person` (new when id is 0) and gives back its person id.
qint64 logComplaint(CaseWorkflow& workflow, const Person& person, const QString& summary = {})
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Corporate;
    record.receivedOn = QDate(2021, 1, 4);
    record.complainant = person;
    record.complainantRoleCode = QStringLiteral("parent");
    record.summary = summary;
    Status logged = workflow.log(record);
    if (!logged)
        qWarning("%s", qPrintable(logged.error()));
    return record.complainant.id;
}

Person person(const char* name, const char* email = "", const char* phone = "")
{
    Person p;
    p.fullName = QString::fromUtf8(name);
    p.email = QString::fromUtf8(email);
    p.phone = QString::fromUtf8(phone);
    return p;
}

QStringList names(const QList<KnownPerson>& people)
{
    QStringList result;
    for (const KnownPerson& p : people)
        result << p.fullName;
    return result;
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private slots:
    void suggestsTheProcedure_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("team");
        QTest::addColumn<Procedure>("expected");
        QTest::addColumn<QString>("reasonMentions");

        const Procedure S = Procedure::Statutory;
        const Procedure C = Procedure::Corporate;
        QTest::addRow("parent about the children in care team")
            << "parent"
            << "cic_team" << S << "Children in care team";
        QTest::addRow("child about the children in care team") << "child"
                                                               << "cic_team" << S << "statutory";
        QTest::addRow("care leaver about leaving care") << "care_leaver"
                                                        << "leaving_care" << S << "Leaving care";
        QTest::addRow("foster carer") << "foster_carer"
                                      << "cic_team" << S << "statutory";
        QTest::addRow("special guardian") << "special_guardian"
                                          << "cic_team" << S << "statutory";
        QTest::addRow("adopter") << "adopter"
                                 << "cic_team" << S << "statutory";
        QTest::addRow("grandparent (sufficient interest)") << "other_family"
                                                           << "cic_team" << S << "statutory";
        QTest::addRow("advocate for the child") << "advocate"
                                                << "leaving_care" << S << "statutory";
        QTest::addRow("professional about social care") << "professional"
                                                        << "cic_team" << C << "not among";
        QTest::addRow("MP") << "mp"
                            << "cic_team" << C << "Corporate";
        QTest::addRow("councillor") << "councillor"
                                    << "cic_team" << C << "Corporate";
        QTest::addRow("anonymous") << "anonymous"
                                   << "cic_team" << C << "Corporate";
        QTest::addRow("other") << "other"
                               << "cic_team" << C << "Corporate";
        QTest::addRow("a role the table does not know") << "neighbour"
                                                        << "cic_team" << C << "Corporate";
        QTest::addRow("parent about SEND transport")
            << "parent"
            << "send_transport" << C << "Home to school transport";
        QTest::addRow("child about SEND transport")
            << "child"
            << "send_transport" << C << "not a children's social care";
        QTest::addRow("professional about SEND transport") << "professional"
                                                           << "send_transport" << C << "Corporate";
        QTest::addRow("no role yet") << ""
                                     << "cic_team" << Procedure::None << "role";
        QTest::addRow("no team yet") << "parent"
                                     << "" << Procedure::None << "team";
        QTest::addRow("a service rather than a team") << "parent"
                                                      << "children_in_care" << S << "statutory";
    }

    void suggestsTheProcedure()
    {
        QFETCH(QString, role);
        QFETCH(QString, team);
        QFETCH(Procedure, expected);
        QFETCH(QString, reasonMentions);
        const ProcedureSuggestion suggestion(units());
        const auto result = suggestion.suggest(role, teamId(team));
        QCOMPARE(result.procedure, expected);
        QVERIFY2(result.reason.contains(reasonMentions, Qt::CaseInsensitive),
                 qPrintable(result.reason));
    }

    // The table is data: a council that treats SEND as in scope says so without code.
    void theTableIsData()
    {
        ProcedureSuggestion::Table table = ProcedureSuggestion::defaultTable();
        table.socialCareUnits.insert(QStringLiteral("send_service"));
        table.statutoryRoles.insert(QStringLiteral("professional"), true);
        const ProcedureSuggestion suggestion(units(), table);
        QCOMPARE(
            suggestion.suggest(QStringLiteral("parent"), teamId(QStringLiteral("send_transport")))
                .procedure,
            Procedure::Statutory);
        QCOMPARE(
            suggestion.suggest(QStringLiteral("professional"), teamId(QStringLiteral("cic_team")))
                .procedure,
            Procedure::Statutory);
    }

    void timeLimit_data()
    {
        QTest::addColumn<QDate>("matterArose");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<TimeLimitStanding::Kind>("expected");
        QTest::addColumn<int>("daysLate");
        QTest::addColumn<QDate>("lastDay");

        using K = TimeLimitStanding::Kind;
        QTest::addRow("a month later")
            << QDate(2020, 11, 2) << QDate(2020, 12, 2) << K::Within << 0 << QDate(2021, 11, 2);
        QTest::addRow("exactly 12 months is in time")
            << QDate(2020, 1, 15) << QDate(2021, 1, 15) << K::Within << 0 << QDate(2021, 1, 15);
        QTest::addRow("12 months and a day is late")
            << QDate(2020, 1, 15) << QDate(2021, 1, 16) << K::Late << 1 << QDate(2021, 1, 15);
        QTest::addRow("late by 20 days")
            << QDate(2019, 6, 1) << QDate(2020, 6, 21) << K::Late << 20 << QDate(2020, 6, 1);
        QTest::addRow("from 29 February: the limit ends 28 February")
            << QDate(2020, 2, 29) << QDate(2021, 2, 28) << K::Within << 0 << QDate(2021, 2, 28);
        QTest::addRow("from 29 February: 1 March is late")
            << QDate(2020, 2, 29) << QDate(2021, 3, 1) << K::Late << 1 << QDate(2021, 2, 28);
        QTest::addRow("into a leap year: 29 February is a day late")
            << QDate(2019, 2, 28) << QDate(2020, 2, 29) << K::Late << 1 << QDate(2020, 2, 28);
        QTest::addRow("across a leap day, exactly 12 months")
            << QDate(2019, 3, 1) << QDate(2020, 3, 1) << K::Within << 0 << QDate(2020, 3, 1);
        QTest::addRow("same day") << QDate(2021, 1, 4) << QDate(2021, 1, 4) << K::Within << 0
                                  << QDate(2022, 1, 4);
        QTest::addRow("matter after receipt")
            << QDate(2021, 1, 5) << QDate(2021, 1, 4) << K::AfterReceipt << 0 << QDate(2022, 1, 5);
        QTest::addRow("no matter date")
            << QDate() << QDate(2021, 1, 4) << K::NotKnown << 0 << QDate();
    }

    void timeLimit()
    {
        QFETCH(QDate, matterArose);
        QFETCH(QDate, received);
        QFETCH(TimeLimitStanding::Kind, expected);
        QFETCH(int, daysLate);
        QFETCH(QDate, lastDay);
        const TimeLimitCheck check(ProcedureCatalog::defaults());
        const TimeLimitStanding standing = check.check(Procedure::Statutory, matterArose, received);
        QCOMPARE(standing.kind, expected);
        QCOMPARE(standing.months, 12);
        QCOMPARE(standing.daysLate, daysLate);
        QCOMPARE(standing.lastDay, lastDay);
        QVERIFY(!standing.describe().isEmpty());
        QCOMPARE(check.accept(standing, QString()).ok(),
                 expected == TimeLimitStanding::Kind::Within ||
                     expected == TimeLimitStanding::Kind::NotKnown);
        QCOMPARE(check.accept(standing, QStringLiteral("Was in hospital")).ok(),
                 expected != TimeLimitStanding::Kind::AfterReceipt);
        if (expected == TimeLimitStanding::Kind::Late)
            QVERIFY2(standing.describe().contains(QStringLiteral("Late by %1 day").arg(daysLate)),
                     qPrintable(standing.describe()));

        // The workflow draws the same line when the case is logged.
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = received;
        record.matterArose = matterArose;
        FixedToday today(QDate(2022, 6, 1));
        const CaseWorkflow::Rules rules(WorkingDayCalendar(), ProcedureCatalog::defaults());
        QCOMPARE(rules.prepareNew(record).ok(), check.accept(standing, QString()).ok());
    }

    void timeLimitComesFromTheProfile_data()
    {
        QTest::addColumn<int>("profileMonths");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("expected");
        QTest::addRow("the profile's 6 months") << 6 << QDate(2021, 1, 4) << 6;
        QTest::addRow("no limit in the profile: the usual 12") << 0 << QDate(2021, 1, 4) << 12;
        QTest::addRow("before the 6-month version: 12") << 6 << QDate(2019, 1, 4) << 12;
    }

    void timeLimitComesFromTheProfile()
    {
        QFETCH(int, profileMonths);
        QFETCH(QDate, received);
        QFETCH(int, expected);
        const ProcedureCatalog catalog(
            {profile(QStringLiteral("corporate"), QDate(2000, 1, 1), 12),
             profile(QStringLiteral("corporate"), QDate(2020, 4, 1), profileMonths)});
        const TimeLimitCheck check(catalog);
        QCOMPARE(check.monthsFor(Procedure::Corporate, received), expected);
        // A procedure not chosen yet, or one the catalogue lacks, gets the usual 12.
        QCOMPARE(check.monthsFor(Procedure::None, received), 12);
        QCOMPARE(check.monthsFor(Procedure::Statutory, received), 12);
        QCOMPARE(check.check(Procedure::Corporate, QDate(2020, 6, 1), received).months, expected);
    }

    void findsKnownPeople_data() { addBackendRows(); }

    void findsKnownPeople()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 2, 1));
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY(workflow);
        const qint64 alex = logComplaint(
            workflow.value(), person("Alex Johnson", "alex.j@example.org", "07700 900123"));
        QVERIFY(alex > 0);
        Person again = person("Alex Johnson", "alex.j@example.org", "07700 900123");
        again.id = alex;
        QCOMPARE(logComplaint(workflow.value(), again), alex);
        const qint64 jo = logComplaint(workflow.value(), person("Jo Brown", "JO@Example.ORG"));
        logComplaint(workflow.value(), person("Percy 100% Smith"));
        logComplaint(workflow.value(), person("Anna_Lee"));
        logComplaint(workflow.value(), person("Annabel Lee"));
        Person hidden = person("Alex Hidden");
        hidden.anonymous = true;
        logComplaint(workflow.value(), hidden);

        const PeopleDirectory directory(*db);
        auto find = [&](const char* text) {
            auto found = directory.find(QString::fromUtf8(text));
            if (!found)
                qWarning("%s", qPrintable(found.error()));
            return found ? names(found.value()) : QStringList{QStringLiteral("error")};
        };
        QCOMPARE(find("alex"), QStringList{QStringLiteral("Alex Johnson")});
        QCOMPARE(find("ALEX"), QStringList{QStringLiteral("Alex Johnson")});
        QCOMPARE(find("john"), QStringList{QStringLiteral("Alex Johnson")}); // the surname
        QCOMPARE(find("lex"), QStringList{});                                // a prefix, not a part
        QCOMPARE(find("jo@example"), QStringList{QStringLiteral("Jo Brown")});
        QCOMPARE(find("07700900"), QStringList{QStringLiteral("Alex Johnson")});
        QCOMPARE(find("07700 9001"), QStringList{QStringLiteral("Alex Johnson")});
        QCOMPARE(find("%"), QStringList{});
        QCOMPARE(find("percy 100%"), QStringList{QStringLiteral("Percy 100% Smith")});
        QCOMPARE(find("anna_"), QStringList{QStringLiteral("Anna_Lee")});
        QStringList annas = find("anna"); // the order of equal counts follows the collation
        annas.sort();
        QCOMPARE(annas, (QStringList{QStringLiteral("Anna_Lee"), QStringLiteral("Annabel Lee")}));
        QCOMPARE(find("!"), QStringList{});
        QCOMPARE(find("   "), QStringList{});

        auto found = directory.find(QStringLiteral("alex"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, alex);
        QCOMPARE(found->first().caseCount, 2);
        QCOMPARE(found->first().email, QStringLiteral("alex.j@example.org"));

        auto whole = directory.person(jo);
        QVERIFY(whole);
        QCOMPARE(whole->fullName, QStringLiteral("Jo Brown"));
        QVERIFY(!directory.person(999999));
    }

    void findsComplaintsByReference_data() { addBackendRows(); }

    void findsComplaintsByReference()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 2, 1));
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY(workflow);
        logComplaint(workflow.value(), person("Alex Johnson"), QStringLiteral("Contact cancelled"));
        logComplaint(workflow.value(), person("Jo Brown"));
        Case concern;
        concern.kind = CaseKind::Concern;
        concern.receivedOn = QDate(2021, 1, 4);
        QVERIFY(workflow->log(concern));

        const ComplaintLookup lookup(*db);
        auto all = lookup.find(QStringLiteral("2020"));
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), 2); // not the concern
        const ComplaintRef first = all->last();
        QCOMPARE(first.complainantName, QStringLiteral("Alex Johnson"));
        QCOMPARE(first.summary, QStringLiteral("Contact cancelled"));
        auto byPart = lookup.find(first.reference.right(3).toLower());
        QVERIFY(byPart);
        QVERIFY(!byPart->isEmpty());
        QCOMPARE(lookup.find(QStringLiteral("%"))->size(), 0);
        auto exact = lookup.byReference(u' ' + first.reference.toLower() + u' ');
        QVERIFY2(exact, qPrintable(exact.error()));
        QCOMPARE(exact->id, first.id);
        QVERIFY(!lookup.byReference(concern.reference));
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "TestIntake.moc"
