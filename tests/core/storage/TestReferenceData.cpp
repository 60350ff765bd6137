#include "TestSupport.h"
#include "storage/ReferenceData.h"

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
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "TestReferenceData.moc"
