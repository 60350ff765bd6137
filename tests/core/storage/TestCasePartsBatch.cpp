#include "TestSupport.h"
#include "storage/CasePartsBatch.h"
#include "storage/CaseRepository.h"
#include "storage/CaseRows.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QSqlRecord>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// What the cases of a row have: nothing but their own row, one stage, or every kind of part.
enum class Parts
{
    None,
    OneStage,
    Every
};

qint64 firstTeam(Database& db)
{
    for (const OrgUnit& unit : ReferenceData(db).orgUnits().value())
        if (unit.level == u"team")
            return unit.id;
    return 0;
}

Stage stage(int number, QDate requested)
{
    Stage s;
    s.number = number;
    s.profileCode = QStringLiteral("corporate");
    s.profileEffectiveFrom = QDate(2020, 4, 1);
    s.requestedOn = requested;
    s.acknowledgedOn = requested.addDays(2);
    s.respondedOn = requested.addDays(30);
    s.outcomeCode = QStringLiteral("upheld");
    s.respondingManager = QStringLiteral("Sam Manager");
    s.dueOn = requested.addDays(28);
    return s;
}

// The `index`th case of a run; a case with every part links to the case before it, when
// there is one, and names a child that the case before it named too.
Case madeCase(int index, Parts parts, qint64 teamId, qint64 previousCase)
{
    Case record;
    const bool ombudsman = parts == Parts::Every && index % 2 == 1;
    record.kind = ombudsman ? CaseKind::OmbudsmanEnquiry : CaseKind::Complaint;
    record.procedure = ombudsman ? Procedure::None : Procedure::Corporate;
    record.receivedOn = QDate(2021, 1, 4).addDays(index % 300);
    record.summary = QStringLiteral("Case %1").arg(index);
    record.teamId = teamId;
    record.complainant.fullName = QStringLiteral("Person %1").arg(index);
    if (parts == Parts::None)
        return record;
    record.stages = {stage(1, record.receivedOn)};
    if (parts == Parts::OneStage)
        return record;
    Stage two = stage(2, record.receivedOn.addDays(40));
    two.suspensions = {{0, two.requestedOn.addDays(3), two.requestedOn.addDays(9),
                        QStringLiteral("Waiting for consent")},
                       {0, two.requestedOn.addDays(12), {}, QStringLiteral("Police enquiry")}};
    record.stages.append(two);
    record.children = {{0, QStringLiteral("SC-%1").arg(index / 2), QStringLiteral("Jo"),
                        QStringLiteral("child_in_care"), true, QStringLiteral("NYAS")},
                       {0, QString(), QStringLiteral("Sam"), QString(), false, QString()}};
    record.points = {{0,
                      QStringLiteral("Late"),
                      QStringLiteral("communication"),
                      0,
                      {{1, QStringLiteral("upheld")}}},
                     {0,
                      QStringLiteral("Rude"),
                      QStringLiteral("staff_conduct"),
                      teamId,
                      {{1, QStringLiteral("not_upheld")}, {2, QStringLiteral("upheld")}}}};
    record.remedies = {{0,
                        1,
                        QStringLiteral("apology"),
                        QStringLiteral("Sorry"),
                        0,
                        record.receivedOn.addDays(30),
                        {}},
                       {0, 2, QStringLiteral("financial"), QString(), 15000, {}, {}}};
    record.learningActions = {{0, QStringLiteral("Call back"), QStringLiteral("communication"),
                               QStringLiteral("Manager"), record.receivedOn.addDays(90),
                               QStringLiteral("implemented"), QString(),
                               record.receivedOn.addDays(60)}};
    record.staffNamed = {{0, QStringLiteral("A Worker"), QStringLiteral("Social worker")}};
    record.costs = {{0, 2, QStringLiteral("other"), 2500, record.receivedOn.addDays(50),
                     QStringLiteral("Interpreter")}};
    if (previousCase != 0)
        record.links = {{previousCase, QString(), QStringLiteral("related")}};
    record.reopenings = {{record.receivedOn.addDays(70), QStringLiteral("New evidence")}};
    record.notes = {{0, QDateTime(record.receivedOn, QTime(9, 30), Qt::UTC),
                     QStringLiteral("officer"), QStringLiteral("Phoned")}};
    if (ombudsman) {
        record.ombudsman.lgscoReference = QStringLiteral("21 %1").arg(index);
        record.ombudsman.decisionCode = QStringLiteral("upheld_maladministration_injustice");
        record.ombudsman.decidedOn = record.receivedOn.addDays(80);
        record.ombudsman.faultFound = true;
        record.ombudsman.recommendations = {
            {0, QStringLiteral("Pay"), 30000, record.receivedOn.addDays(110), {}, QString()}};
    }
    return record;
}

// Every row of the tables a case's parts are written to, in the order of their keys.
QStringList partRows(Database& db)
{
    QStringList rows;
    for (const char* table :
         {"stage ORDER BY id", "suspension ORDER BY id", "child ORDER BY id",
          "case_child ORDER BY id", "complaint_point ORDER BY id",
          "point_finding ORDER BY point_id, stage_number", "remedy ORDER BY id",
          "learning_action ORDER BY id", "staff_named ORDER BY id", "cost ORDER BY id",
          "case_link ORDER BY id", "reopening ORDER BY id", "ombudsman_decision ORDER BY case_id",
          "ombudsman_recommendation ORDER BY id", "note ORDER BY id"}) {
        auto query = sql::exec(db.sql(), QStringLiteral("SELECT * FROM ") + QLatin1String(table));
        if (!query)
            return {query.error()};
        while (query->next()) {
            QStringList values{QString::fromLatin1(table).section(u' ', 0, 0)};
            for (int i = 0; i < query->record().count(); ++i)
                values << (query->isNull(i) ? QStringLiteral("NULL") : query->value(i).toString());
            rows << values.join(u'|');
        }
    }
    return rows;
}

// The ids a save gave the parts of each case.
QStringList partIds(const QList<Case>& cases)
{
    QStringList ids;
    for (const Case& record : cases) {
        QStringList one{QString::number(record.id)};
        for (const Stage& s : record.stages) {
            one << QString::number(s.id);
            for (const Suspension& suspension : s.suspensions)
                one << QString::number(suspension.id);
        }
        for (const ChildConcerned& child : record.children)
            one << QString::number(child.id);
        for (const ComplaintPoint& point : record.points)
            one << QString::number(point.id);
        for (const Remedy& remedy : record.remedies)
            one << QString::number(remedy.id);
        for (const LearningAction& action : record.learningActions)
            one << QString::number(action.id);
        for (const StaffNamed& staff : record.staffNamed)
            one << QString::number(staff.id);
        for (const Cost& cost : record.costs)
            one << QString::number(cost.id);
        for (const OmbudsmanRecommendation& r : record.ombudsman.recommendations)
            one << QString::number(r.id);
        for (const Note& note : record.notes)
            one << QString::number(note.id);
        ids << one.join(u' ');
    }
    return ids;
}

// Saves `count` cases into `db`, through a batch flushed every `flushEvery` cases or case by
// case (flushEvery 0); gives them as saved.
Result<QList<Case>> saved(Database& db, int count, Parts parts, int flushEvery)
{
    CaseRepository repository(db);
    CasePartsBatch batch(db);
    if (flushEvery > 0)
        repository.writeNewPartsTo(&batch);
    const qint64 team = firstTeam(db);
    QList<Case> cases;
    const Status done = db.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Case record = madeCase(i, parts, team, cases.isEmpty() ? 0 : cases.last().id);
            if (Status inserted = repository.insert(record); !inserted)
                return inserted;
            cases.append(record);
            if (flushEvery > 0 && batch.pendingCases() >= flushEvery)
                if (Status flushed = batch.flush(); !flushed)
                    return flushed;
        }
        return batch.flush();
    });
    if (!done)
        return Error{done.error()};
    return cases;
}

} // namespace

Q_DECLARE_METATYPE(Parts)

class TestCasePartsBatch : public QObject
{
    Q_OBJECT

private slots:
    // The rows a batch writes, and the ids it gives, are those of saving case by case:
    // a statement of one row, of exactly the full size, of the full size and one more, a
    // case with every kind of part, cases with none, and flushes in between.
    void writesTheRowsOfCaseByCase_data()
    {
        const qsizetype fullStages =
            CasePartsBatch::rowsPerStatement(1 + stageColumns.count(u',') + 1 + 1);
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("count");
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<int>("flushEvery");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const auto row = [&](const char* name, int count, Parts parts, int flushEvery) {
                QTest::addRow("%s %s", qPrintable(backendName(backend)), name)
                    << backend << count << parts << flushEvery;
            };
            row("one case", 1, Parts::OneStage, 1000);
            row("a full statement", int(fullStages), Parts::OneStage, 1000);
            row("a full statement and one", int(fullStages) + 1, Parts::OneStage, 1000);
            row("every kind of part", 3, Parts::Every, 1000);
            row("every kind of part, many", 70, Parts::Every, 1000);
            row("no parts", 4, Parts::None, 1000);
            row("flushed every 7", 30, Parts::Every, 7);
        }
    }
    void writesTheRowsOfCaseByCase()
    {
        QFETCH(Backend, backend);
        QFETCH(int, count);
        QFETCH(Parts, parts);
        QFETCH(int, flushEvery);
        auto oneByOneHolder = TestDatabase::create(backend);
        if (!oneByOneHolder)
            return;
        auto batchedHolder = TestDatabase::create(backend);
        QVERIFY(batchedHolder);
        auto oneByOne = oneByOneHolder->open();
        auto batched = batchedHolder->open();
        QVERIFY(oneByOne && batched);

        auto expected = saved(*oneByOne, count, parts, 0);
        QVERIFY2(expected, qPrintable(expected.error()));
        auto written = saved(*batched, count, parts, flushEvery);
        QVERIFY2(written, qPrintable(written.error()));

        QCOMPARE(partIds(written.value()), partIds(expected.value()));
        const QStringList rows = partRows(*batched);
        QCOMPARE(rows, partRows(*oneByOne));
        QVERIFY(parts == Parts::None ? rows.isEmpty() : rows.size() >= count);
    }

    // A statement the database refuses fails the flush, naming the database's reason.
    void aRefusedRowFailsTheFlush_data() { addBackendRows(); }
    void aRefusedRowFailsTheFlush()
    {
        REDRESS_TEST_DATABASE(db);
        CaseRepository repository(*db);
        CasePartsBatch batch(*db);
        repository.writeNewPartsTo(&batch);
        const Status done = db->transaction([&]() -> Status {
            Case record = madeCase(0, Parts::OneStage, firstTeam(*db), 0);
            record.stages.append(record.stages.first()); // stage 1 twice: UNIQUE (case, number)
            if (Status inserted = repository.insert(record); !inserted)
                return inserted;
            return batch.flush();
        });
        QVERIFY(!done);
        QVERIFY2(done.error().contains(u"stage"), qPrintable(done.error()));
        QCOMPARE(
            sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestCasePartsBatch)
#include "TestCasePartsBatch.moc"
