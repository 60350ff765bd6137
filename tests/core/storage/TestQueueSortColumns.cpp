// The names the queue sorts by are kept on each case (schema 13): they must follow every
// change to where they come from, and an import must write them too.

#include "../import/LegacyLogFixtures.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"

#include <QTest>
#include <functional>

using namespace redress;
using namespace redress::test;

namespace {

// Cases whose sort columns differ from the names read afresh from the tables.
qint64 staleCases(Database& db)
{
    return sql::scalar(
               db.sql(),
               QStringLiteral(
                   "SELECT COUNT(*) FROM cases c "
                   "LEFT JOIN person p ON p.id = c.complainant_id "
                   "LEFT JOIN org_unit o ON o.id = c.team_id "
                   "LEFT JOIN org_unit s ON s.id = o.parent_id "
                   "WHERE c.sort_complainant <> COALESCE(p.full_name, '') "
                   "OR c.sort_team <> COALESCE(o.name, '') "
                   "OR c.sort_service_area <> "
                   "COALESCE(CASE WHEN o.level = 'team' THEN s.name ELSE o.name END, '') "
                   "OR c.sort_child_status <> COALESCE((SELECT COALESCE(t.label, cc.status) "
                   "FROM case_child cc LEFT JOIN taxonomy_term t ON t.taxonomy = "
                   "'child_status' AND t.code = cc.status WHERE cc.case_id = c.id "
                   "ORDER BY cc.id LIMIT 1), '')"))
        .value()
        .toLongLong();
}

// The first row of every case sorted by `column`, descending.
CaseSummary lastBy(Database& db, CaseSortColumn column)
{
    CaseFilter filter;
    filter.sort = {column, true};
    filter.limit = 1;
    const auto rows = CaseRepository(db).list(filter);
    return rows && !rows->isEmpty() ? rows->first() : CaseSummary{};
}

qint64 caseId(Database& db, const char* source)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT id FROM cases WHERE source_reference = ?"),
                       {QString::fromLatin1(source)})
        .value()
        .toLongLong();
}

OrgUnit unitOfCase(Database& db, const char* source, bool service)
{
    const Case record = CaseRepository(db).load(caseId(db, source)).value();
    const auto units = ReferenceData(db).orgUnits().value();
    qint64 wanted = record.teamId;
    for (const OrgUnit& unit : units)
        if (unit.id == record.teamId && service)
            wanted = unit.parentId;
    for (const OrgUnit& unit : units)
        if (unit.id == wanted)
            return unit;
    return {};
}

Status giveChild(Database& db, const char* source, const char* status)
{
    CaseRepository cases(db);
    Case record = cases.load(caseId(db, source)).value();
    record.children.append({0, QStringLiteral("SC-501"), QStringLiteral("Robin"),
                            QString::fromLatin1(status), false, QString()});
    return cases.update(record);
}

Status renamed(Database& db, const OrgUnit& unit)
{
    auto saved = ReferenceData(db).saveOrgUnit(unit);
    return saved ? Status{} : Status(Error{saved.error()});
}

// A change, and what the case sorted last by the column should then show.
using Change = std::function<Status(Database&)>;

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(redress::CaseSortColumn)

class TestQueueSortColumns : public QObject
{
    Q_OBJECT

private slots:
    void followChanges_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<Change>("change");
        QTest::addColumn<CaseSortColumn>("column");
        QTest::addColumn<QString>("expected");
        const QList<std::tuple<const char*, Change, CaseSortColumn, QString>> rows{
            {"import alone", [](Database&) { return Status{}; }, CaseSortColumn::Complainant,
             QStringLiteral("Sam Sample")},
            {"complainant renamed",
             [](Database& db) {
                 CaseRepository cases(db);
                 Case record = cases.load(caseId(db, "2020/001")).value();
                 record.complainant.fullName = QStringLiteral("Zara Newname");
                 return cases.update(record);
             },
             CaseSortColumn::Complainant, QStringLiteral("Zara Newname")},
            {"team renamed",
             [](Database& db) {
                 OrgUnit team = unitOfCase(db, "2020/002", false);
                 team.name = QStringLiteral("Zebra Team");
                 return renamed(db, team);
             },
             CaseSortColumn::Team, QStringLiteral("Zebra Team")},
            {"service renamed",
             [](Database& db) {
                 OrgUnit service = unitOfCase(db, "2020/002", true);
                 service.name = QStringLiteral("Zulu Service");
                 return renamed(db, service);
             },
             CaseSortColumn::ServiceArea, QStringLiteral("Zulu Service")},
            {"child added", [](Database& db) { return giveChild(db, "2020/003", "child_in_care"); },
             CaseSortColumn::ChildStatus, QStringLiteral("Child in care")},
            {"child status relabelled",
             [](Database& db) {
                 if (Status given = giveChild(db, "2020/003", "child_in_care"); !given)
                     return given;
                 ReferenceData reference(db);
                 for (TaxonomyTerm term : reference.terms(QStringLiteral("child_status")).value()) {
                     if (term.code != u"child_in_care")
                         continue;
                     term.label = QStringLiteral("Zz looked after");
                     return reference.saveTerm(term);
                 }
                 return Status(Error{QStringLiteral("no child_in_care term")});
             },
             CaseSortColumn::ChildStatus, QStringLiteral("Zz looked after")},
            {"children removed",
             [](Database& db) {
                 if (Status given = giveChild(db, "2020/003", "child_in_care"); !given)
                     return given;
                 CaseRepository cases(db);
                 Case record = cases.load(caseId(db, "2020/003")).value();
                 record.children.clear();
                 return cases.update(record);
             },
             CaseSortColumn::ChildStatus, QString()},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const auto& [name, change, column, expected] : rows)
                QTest::addRow("%s %s", qPrintable(backendName(backend)), name)
                    << backend << change << column << expected;
    }
    void followChanges()
    {
        QFETCH(Change, change);
        QFETCH(CaseSortColumn, column);
        QFETCH(QString, expected);
        FixedToday fixed(today);
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = legacyLog(dir);
        auto imported = importWith(*db, path, confirmedMapping(*db, path));
        QVERIFY2(imported && imported->written, "import");
        QCOMPARE(staleCases(*db), 0);

        const Status changed = change(*db);
        QVERIFY2(changed, qPrintable(changed.error()));
        QCOMPARE(staleCases(*db), 0);
        const CaseSummary last = lastBy(*db, column);
        const QString shown = column == CaseSortColumn::Complainant   ? last.complainantName
                              : column == CaseSortColumn::Team        ? last.teamName
                              : column == CaseSortColumn::ServiceArea ? last.serviceArea
                                                                      : last.childStatus;
        QCOMPARE(shown, expected);
    }
};

QTEST_GUILESS_MAIN(TestQueueSortColumns)
#include "TestQueueSortColumns.moc"
