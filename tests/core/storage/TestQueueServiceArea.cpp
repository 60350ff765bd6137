// The queue's service-area filter counts a case under the service area recorded on it, not
// under its team's parent: a team may serve more than one service area (an assessment team
// under both the front door and safeguarding). On both engines, through the queue's query.
#include "TestSupport.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

struct Recorded
{
    const char* reference;
    const char* team;        // the org unit code of its team
    const char* serviceArea; // the service area recorded on the case
};

// The assessment team sits under the front door; its cases are recorded under either
// service area, and once under a service of another portfolio.
const QList<Recorded> recorded{
    {"CP-2020-00001", "assessment_team", "front_door"},
    {"CP-2020-00002", "assessment_team", "safeguarding"},
    {"CP-2020-00003", "child_protection_team", "safeguarding"},
    {"CP-2020-00004", "assessment_team", "early_help_service"},
};

QHash<QString, qint64> unitIds(Database& db)
{
    QHash<QString, qint64> ids;
    for (const OrgUnit& unit : ReferenceData(db).orgUnits().value())
        ids.insert(unit.code, unit.id);
    return ids;
}

} // namespace

class TestQueueServiceArea : public QObject
{
    Q_OBJECT

private slots:
    void filtersByTheCasesOwnServiceArea_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("expected");
        const QList<std::tuple<const char*, const char*, QList<const char*>>> rows{
            {"service area of the team's parent: only the cases recorded there",
             "front_door",
             {"CP-2020-00001"}},
            {"the other service area the team serves",
             "safeguarding",
             {"CP-2020-00002", "CP-2020-00003"}},
            {"the team: every case of its own, whatever the service area",
             "assessment_team",
             {"CP-2020-00001", "CP-2020-00002", "CP-2020-00004"}},
            {"portfolio of the team's parent",
             "childrens_social_care",
             {"CP-2020-00001", "CP-2020-00002", "CP-2020-00003"}},
            {"portfolio of the recorded service area only", "education", {"CP-2020-00004"}},
            {"a service area none is recorded under", "children_in_care", {}},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const auto& [name, unit, references] : rows) {
                QStringList expected;
                for (const char* reference : references)
                    expected << QString::fromLatin1(reference);
                QTest::addRow("%s: %s", qPrintable(backendName(backend)), name)
                    << backend << QString::fromLatin1(unit) << expected;
            }
    }
    void filtersByTheCasesOwnServiceArea()
    {
        QFETCH(QString, unit);
        QFETCH(QStringList, expected);
        REDRESS_TEST_DATABASE(db);
        const QHash<QString, qint64> ids = unitIds(*db);
        CaseRepository cases(*db);
        for (const Recorded& spec : recorded) {
            Case record;
            record.reference = QString::fromLatin1(spec.reference);
            record.kind = CaseKind::Complaint;
            record.procedure = Procedure::Statutory;
            record.state = CaseState::Open;
            record.receivedOn = QDate(2021, 2, 1);
            record.teamId = ids.value(QString::fromLatin1(spec.team));
            record.serviceAreaId = ids.value(QString::fromLatin1(spec.serviceArea));
            QVERIFY(record.teamId && record.serviceAreaId);
            Stage stage;
            stage.number = 1;
            stage.profileCode = QStringLiteral("statutory");
            stage.requestedOn = record.receivedOn;
            record.stages.append(stage);
            QVERIFY2(cases.insert(record), spec.reference);
        }
        CaseFilter filter;
        filter.asOf = QDate(2021, 3, 1);
        filter.orgUnitId = ids.value(unit);
        QVERIFY(filter.orgUnitId);
        const auto rows = cases.list(filter);
        QVERIFY2(rows, qPrintable(rows.error()));
        QStringList found;
        for (const CaseSummary& row : rows.value())
            found << row.reference;
        found.sort();
        QCOMPARE(found, expected);
        QCOMPARE(cases.count(filter).value(), qint64(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestQueueServiceArea)
#include "TestQueueServiceArea.moc"
