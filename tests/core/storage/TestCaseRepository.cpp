#include "TestSupport.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// A case with every part filled in, as a complaints officer would have recorded it.
Case fullCase(qint64 teamId)
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.state = CaseState::Responded;
    record.receivedOn = QDate(2020, 12, 21);
    record.matterArose = QDate(2020, 11, 2);
    record.summary = QStringLiteral("Contact arrangements were cancelled without notice");
    record.channelCode = QStringLiteral("email");
    record.teamId = teamId;
    record.complainant.fullName = QStringLiteral("Alex Example");
    record.complainant.email = QStringLiteral("alex@example.org");
    record.complainant.postcode = QStringLiteral("DN31 1HU");
    record.complainantRoleCode = QStringLiteral("parent");
    record.advocacyOffered = true;
    record.officer = QStringLiteral("officer");
    record.dueOn = QDate(2021, 1, 7);

    Stage one;
    one.number = 1;
    one.profileCode = QStringLiteral("statutory");
    one.profileEffectiveFrom = QDate(2006, 9, 1);
    one.requestedOn = QDate(2020, 12, 21);
    one.acknowledgedOn = QDate(2020, 12, 22);
    one.respondedOn = QDate(2021, 1, 20);
    one.extendedToDays = 20;
    one.extensionAgreedOn = QDate(2021, 1, 4);
    one.extensionReason = QStringLiteral("Manager on leave");
    one.suspensions = {
        {0, QDate(2021, 1, 5), QDate(2021, 1, 8), QStringLiteral("Waiting for consent")}};
    one.outcomeCode = QStringLiteral("partially_upheld");
    one.respondingManager = QStringLiteral("Sam Manager");
    one.dueOn = QDate(2021, 1, 22);
    record.stages = {one};

    record.children = {{0, QStringLiteral("SC-100234"), QStringLiteral("Jo"),
                        QStringLiteral("child_in_care"), true, QStringLiteral("NYAS")}};
    record.points = {{0,
                      QStringLiteral("Contact cancelled"),
                      QStringLiteral("communication"),
                      0,
                      {{1, QStringLiteral("upheld")}}},
                     {0,
                      QStringLiteral("Social worker rude"),
                      QStringLiteral("staff_conduct"),
                      0,
                      {{1, QStringLiteral("not_upheld")}}}};
    record.remedies = {{0,
                        1,
                        QStringLiteral("apology"),
                        QStringLiteral("Written apology"),
                        0,
                        QDate(2021, 1, 20),
                        {}},
                       {0,
                        1,
                        QStringLiteral("financial"),
                        QStringLiteral("Time and trouble"),
                        15000,
                        QDate(2021, 1, 20),
                        {}}};
    record.learningActions = {{0,
                               QStringLiteral("Tell families before cancelling contact"),
                               QStringLiteral("communication"),
                               QStringLiteral("Team manager"),
                               QDate(2021, 3, 31),
                               QStringLiteral("implemented"),
                               {},
                               QDate(2021, 2, 15)}};
    record.staffNamed = {{0, QStringLiteral("Team manager A"), QStringLiteral("Team manager")}};
    record.costs = {
        {0, 1, QStringLiteral("other"), 2500, QDate(2021, 1, 10), QStringLiteral("Interpreter")}};
    record.reopenings = {};
    record.notes = {{0, QDateTime(QDate(2020, 12, 21), QTime(9, 30), Qt::UTC),
                     QStringLiteral("officer"), QStringLiteral("Phoned to acknowledge")}};
    return record;
}

qint64 firstTeam(Database& db)
{
    for (const OrgUnit& unit : ReferenceData(db).orgUnits().value())
        if (unit.level == u"team")
            return unit.id;
    return 0;
}

} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryPart_data() { addBackendRows(); }
    void roundTripsEveryPart()
    {
        REDRESS_TEST_DATABASE(db);
        CaseRepository cases(*db);
        Case record = fullCase(firstTeam(*db));
        QVERIFY2(cases.insert(record), "insert");
        QCOMPARE(record.reference, QStringLiteral("CP-2020-00001"));
        QVERIFY(record.id > 0);

        const auto loaded = cases.loadByReference(QStringLiteral("cp-2020-00001"));
        QVERIFY2(loaded, qPrintable(loaded.error()));
        const Case& got = loaded.value();
        QCOMPARE(got.kind, CaseKind::Complaint);
        QCOMPARE(got.procedure, Procedure::Statutory);
        QCOMPARE(got.state, CaseState::Responded);
        QCOMPARE(got.receivedOn, QDate(2020, 12, 21));
        QCOMPARE(got.matterArose, QDate(2020, 11, 2));
        QCOMPARE(got.summary, record.summary);
        QCOMPARE(got.teamId, record.teamId);
        QCOMPARE(got.complainant.fullName, QStringLiteral("Alex Example"));
        QCOMPARE(got.complainant.postcode, QStringLiteral("DN31 1HU"));
        QVERIFY(got.advocacyOffered);
        QCOMPARE(got.dueOn, QDate(2021, 1, 7));
        QCOMPARE(got.version, 1);

        QCOMPARE(got.stages.size(), 1);
        const Stage& stage = got.stages.first();
        QCOMPARE(stage.acknowledgedOn, QDate(2020, 12, 22));
        QCOMPARE(stage.respondedOn, QDate(2021, 1, 20));
        QCOMPARE(stage.extendedToDays, 20);
        QCOMPARE(stage.extensionReason, QStringLiteral("Manager on leave"));
        QCOMPARE(stage.suspensions.size(), 1);
        QCOMPARE(stage.suspensions.first().until, QDate(2021, 1, 8));
        QCOMPARE(stage.outcomeCode, QStringLiteral("partially_upheld"));
        QCOMPARE(stage.respondingManager, QStringLiteral("Sam Manager"));

        QCOMPARE(got.children.size(), 1);
        QCOMPARE(got.children.first().statusCode, QStringLiteral("child_in_care"));
        QCOMPARE(got.children.first().advocateProvider, QStringLiteral("NYAS"));
        QCOMPARE(got.points.size(), 2);
        QCOMPARE(got.points.at(1).categoryCode, QStringLiteral("staff_conduct"));
        QCOMPARE(got.points.at(1).findings.first().findingCode, QStringLiteral("not_upheld"));
        QCOMPARE(got.remedies.size(), 2);
        QCOMPARE(got.remedies.at(1).amountPence, 15000);
        QCOMPARE(got.learningActions.first().status, QStringLiteral("implemented"));
        QCOMPARE(got.staffNamed.size(), 1);
        QCOMPARE(got.costs.first().amountPence, 2500);
        QCOMPARE(got.notes.first().text, QStringLiteral("Phoned to acknowledge"));
        QCOMPARE(got.notes.first().createdAtUtc,
                 QDateTime(QDate(2020, 12, 21), QTime(9, 30), Qt::UTC));
    }

    void referencesCountWithinKindAndFinancialYear_data() { addBackendRows(); }
    void referencesCountWithinKindAndFinancialYear()
    {
        REDRESS_TEST_DATABASE(db);
        CaseRepository cases(*db);
        auto make = [&](CaseKind kind, QDate received) {
            Case record;
            record.kind = kind;
            record.receivedOn = received;
            record.stages = {Stage{}};
            record.stages.first().profileCode = caseKindCode(kind);
            record.stages.first().requestedOn = received;
            const Status inserted = cases.insert(record);
            return inserted ? record.reference : inserted.error();
        };
        QCOMPARE(make(CaseKind::Complaint, QDate(2021, 3, 31)), QStringLiteral("CP-2020-00001"));
        QCOMPARE(make(CaseKind::Complaint, QDate(2021, 3, 31)), QStringLiteral("CP-2020-00002"));
        QCOMPARE(make(CaseKind::Complaint, QDate(2021, 4, 1)), QStringLiteral("CP-2021-00001"));
        QCOMPARE(make(CaseKind::Compliment, QDate(2021, 4, 1)), QStringLiteral("CM-2021-00001"));
        QCOMPARE(make(CaseKind::MpEnquiry, QDate(2020, 6, 1)), QStringLiteral("MP-2020-00001"));
    }

    // Two officers open the same case; the second save must not silently undo the first.
    void refusesAStaleSave_data() { addBackendRows(); }
    void refusesAStaleSave()
    {
        REDRESS_TEST_DATABASE(db);
        CaseRepository cases(*db);
        Case record = fullCase(firstTeam(*db));
        QVERIFY(cases.insert(record));
        Case first = cases.load(record.id).value();
        Case second = cases.load(record.id).value();
        first.summary = QStringLiteral("Edited by the first officer");
        QVERIFY(cases.update(first));
        second.summary = QStringLiteral("Edited by the second officer");
        const Status refused = cases.update(second);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("changed by someone else")),
                 qPrintable(refused.error()));
        QCOMPARE(cases.load(record.id).value().summary,
                 QStringLiteral("Edited by the first officer"));
    }

    void repeatComplainantIsOnePerson_data() { addBackendRows(); }
    void repeatComplainantIsOnePerson()
    {
        REDRESS_TEST_DATABASE(db);
        CaseRepository cases(*db);
        Case first = fullCase(0);
        QVERIFY(cases.insert(first));
        Case second = fullCase(0);
        second.complainant = first.complainant;
        second.children.first().id = 0;
        QVERIFY(cases.insert(second));
        QCOMPARE(cases.load(second.id).value().complainant.id, first.complainant.id);
        // the same child, found by social-care reference
        QCOMPARE(cases.load(second.id).value().children.first().id,
                 cases.load(first.id).value().children.first().id);
    }

    void listsOpenAndOverdue_data() { addBackendRows(); }
    void listsOpenAndOverdue()
    {
        REDRESS_TEST_DATABASE(db);
        CaseRepository cases(*db);
        Case overdue = fullCase(0);
        overdue.state = CaseState::Open;
        overdue.dueOn = QDate(2021, 1, 7);
        QVERIFY(cases.insert(overdue));
        Case onTime = fullCase(0);
        onTime.state = CaseState::Open;
        onTime.dueOn = QDate(2021, 2, 1);
        QVERIFY(cases.insert(onTime));
        Case closed = fullCase(0);
        closed.state = CaseState::Closed;
        closed.dueOn = QDate();
        QVERIFY(cases.insert(closed));

        CaseFilter open;
        open.openOnly = true;
        QCOMPARE(cases.count(open).value(), 2);
        const auto queue = cases.list(open).value();
        QCOMPARE(queue.first().reference, overdue.reference); // ordered by deadline
        CaseFilter late;
        late.overdueOnly = true;
        late.asOf = QDate(2021, 1, 8);
        const auto overdueList = cases.list(late).value();
        QCOMPARE(overdueList.size(), 1);
        QCOMPARE(overdueList.first().reference, overdue.reference);
        QCOMPARE(overdueList.first().complainantName, QStringLiteral("Alex Example"));
        CaseFilter all;
        all.limit = 2;
        all.offset = 2;
        QCOMPARE(cases.list(all).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "TestCaseRepository.moc"
