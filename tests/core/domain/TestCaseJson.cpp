#include "domain/CaseJson.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace redress;

namespace {

Case escalatedComplaint()
{
    Case record;
    record.reference = QStringLiteral("CP-2020-00042");
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.state = CaseState::Open;
    record.receivedOn = QDate(2020, 12, 21);
    record.teamId = 7;
    record.complainant.fullName = QStringLiteral("Alex Example");
    Stage one;
    one.number = 1;
    one.requestedOn = QDate(2020, 12, 21);
    one.respondedOn = QDate(2021, 1, 20);
    one.extendedToDays = 20;
    one.suspensions = {{0, QDate(2021, 1, 4), QDate(2021, 1, 6), QStringLiteral("Consent")}};
    Stage two;
    two.number = 2;
    two.requestedOn = QDate(2021, 2, 1);
    record.stages = {one, two};
    record.points = {{0,
                      QStringLiteral("Contact cancelled"),
                      QStringLiteral("communication"),
                      9,
                      {{1, QStringLiteral("upheld")}}}};
    record.remedies = {{0,
                        1,
                        QStringLiteral("apology"),
                        QStringLiteral("Written apology"),
                        0,
                        QDate(2021, 1, 20),
                        {}}};
    record.notes = {{0, QDateTime(QDate(2021, 1, 5), QTime(9, 0), Qt::UTC),
                     QStringLiteral("officer"), QStringLiteral("Phoned")}};
    return record;
}

} // namespace

// One vocabulary for a case as JSON: the whole case, its parts (the export's columns) and
// the audit snapshot name every field the same way.
class TestCaseJson : public QObject
{
    Q_OBJECT

private slots:
    void theWholeCaseHoldsEachPartAsWrittenAlone()
    {
        const Case record = escalatedComplaint();
        const QJsonObject json = CaseJson::toJson(record);
        QCOMPARE(json.value(u"reference").toString(), record.reference);
        QCOMPARE(json.value(u"receivedOn").toString(), QStringLiteral("2020-12-21"));
        QCOMPARE(json.value(u"points").toArray(), CaseJson::part(CaseJson::Part::Points, record));
        QCOMPARE(json.value(u"remedies").toArray(),
                 CaseJson::part(CaseJson::Part::Remedies, record));
        QCOMPARE(json.value(u"notes").toArray(), CaseJson::part(CaseJson::Part::Notes, record));
        const QJsonArray stages = json.value(u"stages").toArray();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.at(0).toObject(), CaseJson::stageToJson(record.stages.at(0)));
        QCOMPARE(stages.at(0)[u"respondedOn"].toString(), QStringLiteral("2021-01-20"));
        QCOMPARE(stages.at(0)[u"suspensions"].toArray().size(), 1);
        // The export's suspensions column names each suspension's stage.
        const QJsonArray suspensions = CaseJson::part(CaseJson::Part::Suspensions, record);
        QCOMPARE(suspensions.size(), 1);
        QCOMPARE(suspensions.at(0)[u"stage"].toInt(), 1);
        QCOMPARE(suspensions.at(0)[u"reason"].toString(), QStringLiteral("Consent"));
    }

    void teamsAreWrittenAsAskedAndByIdOtherwise()
    {
        const Case record = escalatedComplaint();
        QCOMPARE(CaseJson::toJson(record).value(u"team").toInteger(), 7);
        const auto code = [](qint64 id) -> QJsonValue {
            return QStringLiteral("team-%1").arg(id);
        };
        QCOMPARE(CaseJson::toJson(record, code).value(u"team").toString(),
                 QStringLiteral("team-7"));
        QCOMPARE(CaseJson::part(CaseJson::Part::Points, record, code).at(0)[u"team"].toString(),
                 QStringLiteral("team-9"));
    }

    void theAuditSnapshotIsFlatByStageAndKeepsListsWhole()
    {
        Case record = escalatedComplaint();
        const QJsonObject before = CaseJson::auditSnapshot(record);
        QCOMPARE(before.value(u"stage1.extendedToDays").toInt(), 20);
        QCOMPARE(before.value(u"stage2.requestedOn").toString(), QStringLiteral("2021-02-01"));
        QVERIFY(!before.contains(u"stages"));
        QVERIFY(!before.contains(u"notes")); // notes are records of their own
        QCOMPARE(before.value(u"points").toArray(), CaseJson::part(CaseJson::Part::Points, record));

        record.points[0].findings = {{1, QStringLiteral("not_upheld")}};
        const QJsonObject after = CaseJson::auditSnapshot(record);
        QVERIFY(before.value(u"points") != after.value(u"points"));
        QCOMPARE(before.value(u"stage1.respondedOn"), after.value(u"stage1.respondedOn"));
    }
};

QTEST_GUILESS_MAIN(TestCaseJson)
#include "TestCaseJson.moc"
