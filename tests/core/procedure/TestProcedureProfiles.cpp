#include "procedure/ProcedureProfile.h"

#include <QJsonDocument>
#include <QTest>

using namespace redress;

namespace {

// One profile in a catalogue, with `stage` spliced into its only stage.
QByteArray catalogueWith(const QString& profileFields, const QString& stageFields)
{
    return QStringLiteral(
               R"({"profiles":[{"code":"statutory","name":"Statutory",%1"stages":[{%2}]}]})")
        .arg(profileFields, stageFields)
        .toUtf8();
}

const QString goodProfile = QStringLiteral(R"("effectiveFrom":"2006-09-01",)");
const QString goodStage =
    QStringLiteral(R"("number":1,"clockStart":"receipt","responseDays":10,"maxResponseDays":20)");

} // namespace

class TestProcedureProfiles : public QObject
{
    Q_OBJECT

private slots:
    void shippedDefaultsHaveEveryProcedure()
    {
        const ProcedureCatalog catalog = ProcedureCatalog::defaults();
        for (const char* code :
             {"statutory", "corporate", "concern", "compliment", "comment", "general_enquiry",
              "mp_enquiry", "councillor_enquiry", "lgsco_enquiry"})
            QVERIFY2(catalog.codes().contains(QLatin1String(code)), code);
        const ProcedureProfile statutory =
            catalog.profileFor(QStringLiteral("statutory"), QDate(2021, 1, 1)).value();
        QCOMPARE(statutory.stageCount(), 3);
        QCOMPARE(statutory.stage(1)->responseDays, 10);
        QCOMPARE(statutory.stage(1)->maxResponseDays, 20);
        QCOMPARE(statutory.stage(2)->responseDays, 25);
        QCOMPARE(statutory.stage(2)->maxResponseDays, 65);
        QCOMPARE(statutory.stage(2)->clockStart, StageRule::ClockStart::StatementAgreedElseRequest);
        QCOMPARE(statutory.stage(3)->panelDays, 30);
        QCOMPARE(statutory.stage(3)->panelReportDays, 5);
        QCOMPARE(statutory.stage(3)->responseDays, 15);
        QCOMPARE(statutory.timeLimitMonths, 12);
        QVERIFY(!statutory.applyClosureDays);
    }

    void picksTheVersionInForce_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QDate>("effectiveFrom");
        QTest::addColumn<int>("stage1ClockStart");
        QTest::addRow("before the Code")
            << QDate(2026, 3, 31) << QDate(2000, 1, 1) << int(StageRule::ClockStart::Receipt);
        QTest::addRow("the Code's first day") << QDate(2026, 4, 1) << QDate(2026, 4, 1)
                                              << int(StageRule::ClockStart::Acknowledgement);
        QTest::addRow("before every version")
            << QDate(1999, 1, 1) << QDate(2000, 1, 1) << int(StageRule::ClockStart::Receipt);
    }
    void picksTheVersionInForce()
    {
        QFETCH(QDate, on);
        QFETCH(QDate, effectiveFrom);
        QFETCH(int, stage1ClockStart);
        const auto profile =
            ProcedureCatalog::defaults().profileFor(QStringLiteral("corporate"), on);
        QVERIFY(profile);
        QCOMPARE(profile->effectiveFrom, effectiveFrom);
        QCOMPARE(int(profile->stage(1)->clockStart), stage1ClockStart);
        QCOMPARE(profile->stage(1)->acknowledgementDays, 5);
    }

    void unknownProcedureListsTheKnownOnes()
    {
        const auto refused =
            ProcedureCatalog::defaults().profileFor(QStringLiteral("welsh"), QDate(2021, 1, 1));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("\"welsh\"")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("statutory")));
    }

    void roundTripsThroughJson()
    {
        const ProcedureCatalog catalog = ProcedureCatalog::defaults();
        const auto again = ProcedureCatalog::fromJson(catalog.toJson(), QStringLiteral("copy"));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJson(), catalog.toJson());
    }

    void refusesBadProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not JSON") << QByteArray("{\"profiles\": [")
                                  << QStringLiteral("not valid JSON");
        QTest::addRow("no profiles") << QByteArray("{}") << QStringLiteral("\"profiles\" list");
        QTest::addRow("impossible date")
            << catalogueWith(QStringLiteral(R"("effectiveFrom":"2021-02-31",)"), goodStage)
            << QStringLiteral("\"2021-02-31\" is not a real date");
        QTest::addRow("maximum below the standard")
            << catalogueWith(goodProfile,
                             QStringLiteral(R"("number":1,"responseDays":25,"maxResponseDays":20)"))
            << QStringLiteral("maxResponseDays 20 is less than responseDays 25");
        QTest::addRow("unknown clock start")
            << catalogueWith(
                   goodProfile,
                   QStringLiteral(R"("number":1,"clockStart":"whenever","responseDays":10)"))
            << QStringLiteral("clockStart \"whenever\"");
        QTest::addRow("negative days")
            << catalogueWith(goodProfile, QStringLiteral(R"("number":1,"responseDays":-3)"))
            << QStringLiteral("responseDays must be a whole number");
        QTest::addRow("stage numbered 2 first")
            << catalogueWith(goodProfile, QStringLiteral(R"("number":2,"responseDays":10)"))
            << QStringLiteral("numbered 1, 2, 3 in order");
        QTest::addRow("two versions on one date")
            << QByteArray(
                   R"({"profiles":[{"code":"concern","effectiveFrom":"2000-01-01","stages":[{"number":1,"responseDays":5}]},)"
                   R"({"code":"concern","effectiveFrom":"2000-01-01","stages":[{"number":1,"responseDays":7}]}]})")
            << QStringLiteral("two versions from 2000-01-01");
    }
    void refusesBadProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto refused = ProcedureCatalog::fromJson(json, QStringLiteral("procedures.json"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
        QVERIFY2(refused.error().startsWith(QStringLiteral("procedures.json")),
                 qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestProcedureProfiles)
#include "TestProcedureProfiles.moc"
