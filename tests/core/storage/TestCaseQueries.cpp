#include "TestSupport.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QTest>
#include <algorithm>
#include <functional>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 3, 1);

// Two teams under different services, and the nine cases the queries choose from.
struct Fixture
{
    qint64 team1 = 0;
    qint64 service1 = 0;
    qint64 team2 = 0;
    QMap<QString, qint64> ids; // reference -> id
};

struct CaseSpec
{
    const char* reference;
    CaseKind kind;
    Procedure procedure;
    CaseState state;
    int stage;
    QDate due;
    QDate received;
    const char* officer;
    int team; // 1 or 2
    const char* complainant;
    const char* summary;
    const char* child;
    QDate closed;
};

const QList<CaseSpec>& specs()
{
    static const QList<CaseSpec> all{
        {"CP-2020-00001",
         CaseKind::Complaint,
         Procedure::Statutory,
         CaseState::Open,
         1,
         QDate(2021, 2, 20),
         QDate(2021, 2, 1),
         "alice",
         1,
         "Harriet Quill",
         "Missed contact visits with grandparents",
         "Jo",
         {}},
        {"CP-2020-00002",
         CaseKind::Complaint,
         Procedure::Corporate,
         CaseState::Received,
         1,
         QDate(2021, 3, 3),
         QDate(2021, 2, 25),
         "bob",
         2,
         "Oscar Fenwick",
         "Letter about school transport",
         "",
         {}},
        {"CP-2020-00003",
         CaseKind::Complaint,
         Procedure::Statutory,
         CaseState::Open,
         2,
         QDate(2021, 4, 15),
         QDate(2020, 11, 2),
         "alice",
         2,
         "Mira Lund",
         "Stage two investigation of a placement move",
         "Kit",
         {}},
        {"CN-2020-00001",
         CaseKind::Concern,
         Procedure::None,
         CaseState::Responded,
         1,
         QDate(2021, 2, 10),
         QDate(2021, 1, 15),
         "bob",
         1,
         "Zed Ashby",
         "Concern about respite care hours",
         "",
         {}},
        {"CM-2020-00001", CaseKind::Compliment, Procedure::None, CaseState::Closed, 1, QDate(),
         QDate(2021, 2, 1), "alice", 1, "Ada Byrne", "Thanks to the fostering team", "",
         QDate(2021, 2, 20)},
        {"OM-2020-00001",
         CaseKind::OmbudsmanEnquiry,
         Procedure::None,
         CaseState::Open,
         1,
         QDate(2021, 3, 22),
         QDate(2021, 2, 15),
         "carol",
         2,
         "Cal Dunn",
         "Ombudsman enquiry about CP-2020-00009",
         "",
         {}},
        {"CP-2020-00009", CaseKind::Complaint, Procedure::Corporate, CaseState::Closed, 1, QDate(),
         QDate(2020, 4, 1), "bob", 2, "Cal Dunn", "Delay in a care assessment", "",
         QDate(2020, 6, 1)},
        {"GE-2020-00001",
         CaseKind::GeneralEnquiry,
         Procedure::None,
         CaseState::Suspended,
         1,
         QDate(),
         QDate(2021, 2, 10),
         "alice",
         1,
         "Eve Grant",
         "Question about advocacy",
         "",
         {}},
        {"CP-2020-00004",
         CaseKind::Complaint,
         Procedure::Statutory,
         CaseState::Open,
         3,
         QDate(2021, 5, 4),
         QDate(2020, 9, 1),
         "carol",
         2,
         "Ian Kerr",
         "Review panel on the care plan",
         "",
         {}},
    };
    return all;
}

Fixture fill(Database& db)
{
    Fixture fixture;
    const auto units = ReferenceData(db).orgUnits().value();
    QMap<qint64, OrgUnit> byId;
    for (const OrgUnit& unit : units)
        byId.insert(unit.id, unit);
    for (const OrgUnit& unit : units) {
        if (unit.level != u"team")
            continue;
        if (!fixture.team1) {
            fixture.team1 = unit.id;
            fixture.service1 = unit.parentId;
        } else if (!fixture.team2 && unit.parentId != fixture.service1) {
            fixture.team2 = unit.id;
        }
    }
    CaseRepository cases(db);
    for (const CaseSpec& spec : specs()) {
        Case record;
        record.reference = QString::fromLatin1(spec.reference);
        record.kind = spec.kind;
        record.procedure = spec.procedure;
        record.state = spec.state;
        record.dueOn = spec.due;
        record.receivedOn = spec.received;
        record.closedOn = spec.closed;
        record.officer = QString::fromLatin1(spec.officer);
        record.teamId = spec.team == 1 ? fixture.team1 : fixture.team2;
        record.complainant.fullName = QString::fromLatin1(spec.complainant);
        record.summary = QString::fromLatin1(spec.summary);
        for (int number = 1; number <= spec.stage; ++number) {
            Stage stage;
            stage.number = number;
            stage.profileCode = QStringLiteral("statutory");
            stage.requestedOn = spec.received.addDays(number * 20);
            record.stages.append(stage);
        }
        if (*spec.child)
            record.children = {{0, QStringLiteral("SC-77%1").arg(fixture.ids.size()),
                                QString::fromLatin1(spec.child), QStringLiteral("child_in_care"),
                                false, QString()}};
        if (record.reference == u"CP-2020-00009")
            record.links = {{fixture.ids.value(QStringLiteral("OM-2020-00001")),
                             QStringLiteral("OM-2020-00001"), QStringLiteral("referred_to_lgsco")}};
        if (Status saved = cases.insert(record); !saved)
            qWarning() << saved.error();
        fixture.ids.insert(record.reference, record.id);
    }
    return fixture;
}

QStringList references(const QList<CaseSummary>& rows)
{
    QStringList result;
    for (const CaseSummary& row : rows)
        result << row.reference;
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

using FilterMaker = std::function<void(CaseFilter&, const Fixture&)>;

void addQueryRows(const QList<std::tuple<const char*, FilterMaker, QStringList>>& rows)
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    for (Backend backend : {Backend::Sqlite, Backend::Postgres})
        for (const auto& [name, maker, expected] : rows)
            QTest::addRow("%s: %s", qPrintable(backendName(backend)), name)
                << backend << QString::fromLatin1(name) << expected;
}

QMap<QString, FilterMaker>& makers()
{
    static QMap<QString, FilterMaker> all;
    return all;
}

void registerRows(const QList<std::tuple<const char*, FilterMaker, QStringList>>& rows)
{
    for (const auto& [name, maker, expected] : rows)
        makers().insert(QString::fromLatin1(name), maker);
    addQueryRows(rows);
}

QStringList refs(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result << QString::fromLatin1(item);
    return result;
}

// Rows of the whole list in `sort`, fetched `pageSize` at a time by keyset paging.
QList<CaseSummary> paged(CaseRepository& cases, CaseFilter filter, int pageSize)
{
    QList<CaseSummary> all;
    filter.limit = pageSize;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = cases.list(filter);
        if (!page) {
            qWarning() << page.error();
            break;
        }
        all += page.value();
        if (page->size() < pageSize)
            break;
        filter.after = page->last();
    }
    return all;
}

} // namespace

class TestCaseQueries : public QObject
{
    Q_OBJECT

    void runQuery()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        FixedToday fixed(today);
        REDRESS_TEST_DATABASE(db);
        const Fixture fixture = fill(*db);
        QCOMPARE(fixture.ids.size(), specs().size());
        CaseFilter filter;
        filter.asOf = today;
        makers().value(name)(filter, fixture);
        CaseRepository cases(*db);
        const auto rows = cases.list(filter);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(sorted(references(rows.value())), sorted(expected));
        QCOMPARE(cases.count(filter).value(), qint64(expected.size()));
    }

    void everyOrder(CaseRepository& cases, const CaseFilter& view)
    {
        const auto rows = cases.list(view);
        QVERIFY2(rows, qPrintable(rows.error()));
        const QStringList inView = sorted(references(*rows));
        QCOMPARE(cases.count(view).value(), qint64(inView.size()));
        using C = CaseSortColumn;
        const QList<C> columns{C::Due,         C::Reference,   C::Kind,        C::ProcedureStage,
                               C::Complainant, C::ChildStatus, C::ServiceArea, C::Team,
                               C::Officer,     C::Received,    C::State};
        for (C column : columns) {
            for (bool descending : {false, true}) {
                const QByteArray what = "view " + QByteArray::number(int(view.view)) + ", column " +
                                        QByteArray::number(int(column)) +
                                        (descending ? " desc" : " asc");
                CaseFilter filter = view;
                filter.sort = {column, descending};
                const auto whole = cases.list(filter);
                QVERIFY2(whole, qPrintable(whole.error()));
                QCOMPARE(sorted(references(*whole)), inView);
                QCOMPARE(cases.count(filter).value(), qint64(inView.size()));
                for (int pageSize : {1, 2, 4}) {
                    QCOMPARE(references(paged(cases, filter, pageSize)), references(*whole));
                }
                // Offset paging, still used by `cases list`, agrees too.
                CaseFilter second = filter;
                second.limit = 3;
                second.offset = 3;
                QCOMPARE(references(cases.list(second).value()), references(whole->mid(3, 3)));

                auto key = [column](const CaseSummary& row) -> QVariantList {
                    switch (column) {
                    case C::Due:
                        return {row.dueOn.isValid() ? row.dueOn : QDate(9999, 12, 31)};
                    case C::Reference:
                        return {row.reference};
                    case C::Kind:
                        return {caseKindCode(row.kind)};
                    case C::ProcedureStage:
                        return {procedureCode(row.procedure), row.stage};
                    case C::Complainant:
                        return {row.complainantName};
                    case C::Officer:
                        return {row.officer};
                    case C::Received:
                        return {row.receivedOn};
                    case C::State:
                        return {caseStateCode(row.state)};
                    case C::ChildStatus:
                    case C::ServiceArea:
                    case C::Team:
                        return {}; // names whose order depends on the database's collation
                    }
                    return {};
                };
                QList<CaseSummary> expected = *whole;
                std::stable_sort(expected.begin(), expected.end(),
                                 [&](const CaseSummary& a, const CaseSummary& b) {
                                     const QVariantList ka = key(a), kb = key(b);
                                     for (qsizetype i = 0; i < ka.size(); ++i) {
                                         const auto order = QVariant::compare(ka[i], kb[i]);
                                         if (order != QPartialOrdering::Equivalent)
                                             return descending ? order == QPartialOrdering::Greater
                                                               : order == QPartialOrdering::Less;
                                     }
                                     return descending ? a.id > b.id : a.id < b.id;
                                 });
                if (column == C::ChildStatus || column == C::ServiceArea || column == C::Team) {
                    // Equal names are together, and ties go by id.
                    continue;
                }
                QVERIFY2(references(*whole) == references(expected), what.constData());
            }
        }
    }

private slots:
    void views_data()
    {
        using V = QueueView;
        auto view = [](V v) {
            return [v](CaseFilter& f, const Fixture&) {
                f.view = v;
            };
        };
        registerRows({
            {"all cases", view(V::AllCases),
             refs({"CP-2020-00001", "CP-2020-00002", "CP-2020-00003", "CN-2020-00001",
                   "CM-2020-00001", "CP-2020-00009", "GE-2020-00001", "CP-2020-00004",
                   "OM-2020-00001"})},
            {"all open", view(V::AllOpen),
             refs({"CP-2020-00001", "CP-2020-00002", "CP-2020-00003", "CN-2020-00001",
                   "GE-2020-00001", "CP-2020-00004", "OM-2020-00001"})},
            {"my cases",
             [](CaseFilter& f, const Fixture&) {
                 f.view = V::MyCases;
                 f.me = QStringLiteral("alice");
             },
             refs({"CP-2020-00001", "CP-2020-00003", "GE-2020-00001"})},
            {"my team",
             [](CaseFilter& f, const Fixture& x) {
                 f.view = V::MyTeam;
                 f.myTeamId = x.team1;
             },
             refs({"CP-2020-00001", "CN-2020-00001", "GE-2020-00001"})},
            {"overdue", view(V::Overdue), refs({"CP-2020-00001"})},
            {"awaiting the service", view(V::AwaitingService),
             refs({"CP-2020-00001", "CP-2020-00003", "CP-2020-00004", "OM-2020-00001"})},
            {"escalated", view(V::Escalated),
             refs({"CP-2020-00003", "CP-2020-00004", "CP-2020-00009"})},
            {"recently closed", view(V::RecentlyClosed), refs({"CM-2020-00001"})},
            {"legacy open only", [](CaseFilter& f, const Fixture&) { f.openOnly = true; },
             refs({"CP-2020-00001", "CP-2020-00002", "CP-2020-00003", "CN-2020-00001",
                   "GE-2020-00001", "CP-2020-00004", "OM-2020-00001"})},
        });
    }
    void views() { runQuery(); }

    void filters_data()
    {
        registerRows({
            {"kind complaint", [](CaseFilter& f, const Fixture&) { f.kind = CaseKind::Complaint; },
             refs({"CP-2020-00001", "CP-2020-00002", "CP-2020-00003", "CP-2020-00009",
                   "CP-2020-00004"})},
            {"procedure statutory",
             [](CaseFilter& f, const Fixture&) { f.procedure = Procedure::Statutory; },
             refs({"CP-2020-00001", "CP-2020-00003", "CP-2020-00004"})},
            {"no procedure", [](CaseFilter& f, const Fixture&) { f.procedure = Procedure::None; },
             refs({"CN-2020-00001", "CM-2020-00001", "GE-2020-00001", "OM-2020-00001"})},
            {"stage 2", [](CaseFilter& f, const Fixture&) { f.stage = 2; },
             refs({"CP-2020-00003"})},
            {"service area takes in its teams",
             [](CaseFilter& f, const Fixture& x) { f.orgUnitId = x.service1; },
             refs({"CP-2020-00001", "CN-2020-00001", "CM-2020-00001", "GE-2020-00001"})},
            {"team", [](CaseFilter& f, const Fixture& x) { f.teamId = x.team2; },
             refs({"CP-2020-00002", "CP-2020-00003", "CP-2020-00009", "CP-2020-00004",
                   "OM-2020-00001"})},
            {"officer", [](CaseFilter& f, const Fixture&) { f.officer = QStringLiteral("bob"); },
             refs({"CP-2020-00002", "CN-2020-00001", "CP-2020-00009"})},
            {"received in February",
             [](CaseFilter& f, const Fixture&) {
                 f.receivedFrom = QDate(2021, 2, 1);
                 f.receivedTo = QDate(2021, 2, 28);
             },
             refs({"CP-2020-00001", "CP-2020-00002", "CM-2020-00001", "GE-2020-00001",
                   "OM-2020-00001"})},
            {"due March to April",
             [](CaseFilter& f, const Fixture&) {
                 f.dueFrom = QDate(2021, 3, 1);
                 f.dueTo = QDate(2021, 4, 30);
             },
             refs({"CP-2020-00002", "CP-2020-00003", "OM-2020-00001"})},
            {"view and filters together",
             [](CaseFilter& f, const Fixture&) {
                 f.view = QueueView::AllOpen;
                 f.kind = CaseKind::Complaint;
                 f.officer = QStringLiteral("alice");
             },
             refs({"CP-2020-00001", "CP-2020-00003"})},
        });
    }
    void filters() { runQuery(); }

    void search_data()
    {
        auto text = [](const char* s) {
            return [s](CaseFilter& f, const Fixture&) {
                f.search = QString::fromLatin1(s);
            };
        };
        registerRows({
            {"reference", text("CP-2020-00002"), refs({"CP-2020-00002"})},
            {"reference in lower case", text("cp-2020-00003"), refs({"CP-2020-00003"})},
            {"complainant surname", text("fenwick"), refs({"CP-2020-00002"})},
            {"complainant full name", text("Cal Dunn"), refs({"CP-2020-00009", "OM-2020-00001"})},
            {"word in the summary", text("grandparents"), refs({"CP-2020-00001"})},
            {"start of a word", text("respit"), refs({"CN-2020-00001"})},
            {"child's name", text("Kit"), refs({"CP-2020-00003"})},
            {"every word must match", text("care plan"), refs({"CP-2020-00004"})},
            {"no match", text("zebra"), QStringList()},
            {"punctuation only is no search", text("\"*()-"),
             refs({"CP-2020-00001", "CP-2020-00002", "CP-2020-00003", "CN-2020-00001",
                   "CM-2020-00001", "CP-2020-00009", "GE-2020-00001", "CP-2020-00004",
                   "OM-2020-00001"})},
            {"search within a view",
             [](CaseFilter& f, const Fixture&) {
                 f.view = QueueView::AllOpen;
                 f.search = QStringLiteral("dunn");
             },
             refs({"OM-2020-00001"})},
        });
    }
    void search() { runQuery(); }

    // Every view in every sort, both ways: the same rows as in the default order, in the order
    // the sort says, and keyset pages give every row once.
    void sortsAndPages_data() { addBackendRows(); }
    void sortsAndPages()
    {
        FixedToday fixed(today);
        REDRESS_TEST_DATABASE(db);
        const Fixture fixture = fill(*db);
        CaseRepository cases(*db);
        using V = QueueView;
        for (V view : {V::AllCases, V::AllOpen, V::MyCases, V::MyTeam, V::Overdue,
                       V::AwaitingService, V::Escalated, V::RecentlyClosed}) {
            CaseFilter filter;
            filter.view = view;
            filter.me = QStringLiteral("alice");
            filter.myTeamId = fixture.team1;
            filter.asOf = today;
            everyOrder(cases, filter);
            if (QTest::currentTestFailed())
                return;
        }
        CaseFilter officerOfOpen; // the officer filter over the open cases
        officerOfOpen.openOnly = true;
        officerOfOpen.officer = QStringLiteral("bob");
        everyOrder(cases, officerOfOpen);
        QCOMPARE(cases.list({}).value().size(), specs().size());
    }

    void queueColumnsAreFilledIn_data() { addBackendRows(); }
    void queueColumnsAreFilledIn()
    {
        FixedToday fixed(today);
        REDRESS_TEST_DATABASE(db);
        const Fixture fixture = fill(*db);
        CaseFilter filter;
        filter.search = QStringLiteral("Harriet");
        const auto rows = CaseRepository(*db).list(filter).value();
        QCOMPARE(rows.size(), 1);
        const CaseSummary& row = rows.first();
        QCOMPARE(row.complainantName, QStringLiteral("Harriet Quill"));
        QCOMPARE(row.childStatus, QStringLiteral("Child in care"));
        QVERIFY(!row.teamName.isEmpty());
        QVERIFY(!row.serviceArea.isEmpty());
        QVERIFY(row.serviceArea != row.teamName);
        QCOMPARE(row.stage, 1);
        QCOMPARE(row.state, CaseState::Open);
        QCOMPARE(row.dueOn, QDate(2021, 2, 20));
        // listByIds, used by reports, still gives the same rows.
        const auto byIds =
            CaseRepository(*db).listByIds({fixture.ids.value(QStringLiteral("CP-2020-00001"))});
        QCOMPARE(byIds.value().first().serviceArea, row.serviceArea);
    }

    // The search index follows changes to the case, its complainant and its children.
    void searchFollowsChanges_data() { addBackendRows(); }
    void searchFollowsChanges()
    {
        FixedToday fixed(today);
        REDRESS_TEST_DATABASE(db);
        const Fixture fixture = fill(*db);
        CaseRepository cases(*db);
        auto found = [&](const QString& text) {
            CaseFilter filter;
            filter.search = text;
            return references(cases.list(filter).value());
        };
        Case record = cases.load(fixture.ids.value(QStringLiteral("CP-2020-00002"))).value();
        record.summary = QStringLiteral("Minibus never arrived");
        record.complainant.fullName = QStringLiteral("Oscar Pemberton");
        record.children.append({0, QStringLiteral("SC-9"), QStringLiteral("Wren"),
                                QStringLiteral("child_in_need"), false, QString()});
        QVERIFY(cases.update(record));
        QCOMPARE(found(QStringLiteral("minibus")), QStringList{record.reference});
        QCOMPARE(found(QStringLiteral("transport")), QStringList());
        QCOMPARE(found(QStringLiteral("pemberton")), QStringList{record.reference});
        QCOMPARE(found(QStringLiteral("fenwick")), QStringList());
        QCOMPARE(found(QStringLiteral("wren")), QStringList{record.reference});
    }

    // A database made before the search index (schema 1) gets its cases indexed on upgrade.
    void upgradeBackfillsTheSearchIndex_data() { addBackendRows(); }
    void upgradeBackfillsTheSearchIndex()
    {
        QFETCH(Backend, backend);
        FixedToday fixed(today);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        {
            auto old = Database::openUnmigrated(holder->location());
            QVERIFY2(old, qPrintable(old.error()));
            QVERIFY(Schema::migrate(**old, 1));
            // Today's writer also writes columns later versions add (8, 12, 13, 20); lend them for
            // the fill only, so the upgrade under test starts from what version 1 holds.
            const std::pair<const char*, const char*> lent[] = {
                {"stage", "before_log SMALLINT NOT NULL DEFAULT 0"},
                {"cases", "service_area_id BIGINT"},
                {"cases", "previous_complaint SMALLINT NOT NULL DEFAULT 0"},
                {"cases", "reopened_undated INTEGER NOT NULL DEFAULT 0"},
                {"ombudsman_decision", "decision_wording TEXT NOT NULL DEFAULT ''"},
                {"cases", "sort_complainant TEXT NOT NULL DEFAULT ''"},
                {"cases", "sort_team TEXT NOT NULL DEFAULT ''"},
                {"cases", "sort_service_area TEXT NOT NULL DEFAULT ''"},
                {"cases", "sort_child_status TEXT NOT NULL DEFAULT ''"},
                {"cases", "compliment_theme TEXT NOT NULL DEFAULT ''"}};
            for (const auto& [table, column] : lent)
                QVERIFY(sql::exec((*old)->sql(),
                                  QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                                      .arg(QLatin1String(table), QLatin1String(column))));
            // (on SQLite the insert reads the team's names from version 13's view as well)
            const bool sqlite = (*old)->isSqlite();
            if (sqlite)
                QVERIFY(sql::exec(
                    (*old)->sql(),
                    QStringLiteral("CREATE VIEW queue_team_names (team_id, team, service_area) AS "
                                   "SELECT id, name, '' FROM org_unit")));
            fill(**old);
            if (sqlite)
                QVERIFY(sql::exec((*old)->sql(), QStringLiteral("DROP VIEW queue_team_names")));
            for (const auto& [table, column] : lent)
                QVERIFY(sql::exec((*old)->sql(),
                                  QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                      .arg(QLatin1String(table),
                                           QString::fromLatin1(column).section(u' ', 0, 0))));
        }
        auto upgraded = Database::open(holder->location());
        QVERIFY2(upgraded, qPrintable(upgraded.error()));
        QCOMPARE((*upgraded)->schemaVersion().value(), Schema::latestVersion());
        CaseRepository cases(**upgraded);
        for (const auto& [text, expected] :
             {std::pair{"CP-2020-00004", "CP-2020-00004"}, std::pair{"Quill", "CP-2020-00001"},
              std::pair{"fostering", "CM-2020-00001"}, std::pair{"Kit", "CP-2020-00003"}}) {
            CaseFilter filter;
            filter.search = QString::fromLatin1(text);
            QCOMPARE(references(cases.list(filter).value()),
                     QStringList{QString::fromLatin1(expected)});
        }
    }

    void searchWordsAreLettersAndDigits()
    {
        QCOMPARE(searchWords(QStringLiteral(" CP-2020-00042  o'Brien \"x\"* ")),
                 (QStringList{QStringLiteral("CP"), QStringLiteral("2020"), QStringLiteral("00042"),
                              QStringLiteral("o"), QStringLiteral("Brien"), QStringLiteral("x")}));
    }
};

QTEST_GUILESS_MAIN(TestCaseQueries)
#include "TestCaseQueries.moc"
