#include "CliRun.h"
#include "LegacyLogFixtures.h"
#include "StageRowLogs.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace redress;
using namespace redress::import;
using namespace redress::test;

namespace {

// How a stage 2 row names the case in Redress its stage 1 is.
enum class Naming
{
    LinkedRedress, // the linked column holds the Redress reference
    SuffixRedress, // its own reference is the Redress reference with "/S2" after it
    LinkedLog,     // the linked column holds the log reference an earlier import kept
};

ActionRequest request(Action action, QDate on)
{
    ActionRequest r;
    r.action = action;
    r.on = on;
    return r;
}

// A statutory complaint received 01/05/2020, answered 20/05/2020 (upheld) and, unless told
// otherwise, closed the next day, logged in Redress.
Case answeredInRedress(Session& session, bool close = true)
{
    Case record = loggedComplaint(session, QDate(2020, 5, 1), QDate(2020, 5, 4));
    QList<ActionRequest> steps{request(Action::Respond, QDate(2020, 5, 20)),
                               request(Action::RecordOutcome, {})};
    if (close)
        steps.append(request(Action::Close, QDate(2020, 5, 21)));
    for (const ActionRequest& step : std::as_const(steps)) {
        ActionRequest r = step;
        r.outcomeCode = QStringLiteral("upheld");
        if (Status done = session.perform(record, r); !done)
            qFatal("%s", qPrintable(done.error()));
    }
    return record;
}

// The log's stage 2 row of that complaint, asked for on `requested`; answered when
// `responded` is given.
QStringList stageTwoRow(const QString& reference, const QString& linked, const QString& requested,
                        const QString& responded = {})
{
    return {reference,
            linked,
            QStringLiteral("Stage 2"),
            QStringLiteral("Complaint"),
            requested,
            QStringLiteral("Assessment team"),
            responded,
            responded.isEmpty() ? QString() : QStringLiteral("Not upheld")};
}

} // namespace

class TestEarlierCases : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    // A stage 2 row whose stage 1 is a case in Redress adds the stage to that case, audited
    // as the importer's, with its deadlines; undoing the import takes it off again.
    void addsTheStageToTheCase_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("naming");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("answered");
        const std::pair<Naming, const char*> namings[]{
            {Naming::LinkedRedress, "linked Redress reference"},
            {Naming::SuffixRedress, "Redress reference with a suffix"},
            {Naming::LinkedLog, "linked reference of an earlier import"}};
        for (const auto& [naming, name] : namings)
            for (const char* format : {"csv", "xlsx"})
                QTest::addRow("sqlite: %s, %s", name, format)
                    << Backend::Sqlite << int(naming) << QString::fromLatin1(format) << true;
        QTest::addRow("sqlite: still open at stage 2")
            << Backend::Sqlite << int(Naming::LinkedRedress) << QStringLiteral("csv") << false;
        QTest::addRow("postgres: linked Redress reference, xlsx")
            << Backend::Postgres << int(Naming::LinkedRedress) << QStringLiteral("xlsx") << true;
        QTest::addRow("postgres: earlier import, still open")
            << Backend::Postgres << int(Naming::LinkedLog) << QStringLiteral("csv") << false;
    }

    void addsTheStageToTheCase()
    {
        QFETCH(int, naming);
        QFETCH(QString, format);
        QFETCH(bool, answered);
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        qint64 caseId = 0;
        QString reference;
        if (Naming(naming) == Naming::LinkedLog) {
            QTemporaryDir first;
            auto earlier =
                importWith(*db,
                           writeLog(first, QStringLiteral("csv"),
                                    {{QStringLiteral("C1"), QString(), QStringLiteral("Stage 1"),
                                      QStringLiteral("Complaint"), QStringLiteral("01/05/2020"),
                                      QStringLiteral("Assessment team"),
                                      QStringLiteral("20/05/2020"), QStringLiteral("Upheld")}}),
                           stageMapping());
            QVERIFY2(earlier && earlier->problems.isEmpty(), qPrintable(problemsText(*earlier)));
            caseId = count(*db, "SELECT id FROM cases WHERE source_reference = 'C1'");
            reference = sql::scalar(db->sql(), QStringLiteral("SELECT reference FROM cases"))
                            .value()
                            .toString();
        } else {
            auto session = sessionOn(*db);
            QVERIFY(session);
            const Case logged = answeredInRedress(*session);
            QVERIFY(logged.id != 0);
            caseId = logged.id;
            reference = logged.reference;
        }
        const QString linked =
            Naming(naming) == Naming::LinkedLog ? QStringLiteral("C1") : reference;
        const QStringList row =
            Naming(naming) == Naming::SuffixRedress
                ? stageTwoRow(reference + QStringLiteral("/S2"), QString(),
                              QStringLiteral("01/06/2020"),
                              answered ? QStringLiteral("20/08/2020") : QString())
                : stageTwoRow(QStringLiteral("C2"), linked, QStringLiteral("01/06/2020"),
                              answered ? QStringLiteral("20/08/2020") : QString());
        const qint64 casesBefore = count(*db, "SELECT COUNT(*) FROM cases");
        auto session = sessionOn(*db);
        QVERIFY(session);
        const auto before = session->cases().load(caseId);
        QVERIFY2(before, qPrintable(before.error()));
        auto result = importWith(*db, writeLog(dir, format, {row}), stageMapping());
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(*result)));
        QCOMPARE(result->imported, 0);
        QCOMPARE(result->stagesAdded,
                 QStringList{QStringLiteral("stage 2 of %1 (row 2)").arg(reference)});
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), casesBefore);

        auto after = session->cases().load(caseId);
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(after->stages.size(), 2);
        const Stage& stage2 = after->stages.at(1);
        QCOMPARE(stage2.number, 2);
        QCOMPARE(stage2.requestedOn, QDate(2020, 6, 1));
        QCOMPARE(stage2.profileCode, QStringLiteral("statutory"));
        QVERIFY(!stage2.beforeLog);
        QCOMPARE(after->stages.at(0).respondedOn, QDate(2020, 5, 20));
        if (answered) {
            QCOMPARE(stage2.respondedOn, QDate(2020, 8, 20));
            QCOMPARE(stage2.outcomeCode, QStringLiteral("not_upheld"));
            QCOMPARE(after->state, CaseState::Closed);
        } else {
            // Open at stage 2: acknowledged within 2 working days of the request.
            QCOMPARE(after->state, CaseState::Received);
            QVERIFY(!after->closedOn.isValid());
            QCOMPARE(after->dueOn, QDate(2020, 6, 3));
        }
        const QString actor = recordedActor(*db, QStringLiteral("admin"));
        auto audited = sql::scalar(
            db->sql(),
            QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE case_id = %1 AND action = "
                           "'import' AND actor = '%2' AND detail LIKE 'Stage 2 added from "
                           "stages.%3, row 2 (batch %4)'")
                .arg(caseId)
                .arg(actor, format)
                .arg(result->batchId));
        QCOMPARE(audited.value().toLongLong(), 1);

        // The same file again adds nothing.
        auto again = importWith(*db, writeLog(dir, format, {row}), stageMapping());
        QVERIFY2(again && again->problems.isEmpty(), qPrintable(problemsText(*again)));
        QCOMPARE(again->skipped, 1);
        QCOMPARE(again->stagesAdded, QStringList());
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage"), 2);

        auto undone = Importer(*db, QStringLiteral("admin")).undo(result->batchId);
        QVERIFY2(undone, qPrintable(undone.error()));
        auto restored = session->cases().load(caseId);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored->stages.size(), 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage"), 1);
        QCOMPARE(restored->state, before->state);
        QCOMPARE(restored->closedOn, before->closedOn);
        QCOMPARE(restored->dueOn, before->dueOn);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_added_stage"), 0);
        auto undoAudited = sql::scalar(
            db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE case_id = %1 AND "
                                      "action = 'undo_import' AND detail LIKE 'Stage 2 removed%'")
                           .arg(caseId));
        QCOMPARE(undoAudited.value().toLongLong(), 1);
    }

    // A row that cannot follow the case it names is a problem at its row and column, and
    // nothing is written: not the stage, not a case of its own.
    void refusesWhatCannotFollow_data()
    {
        QTest::addColumn<QString>("shape"); // what the case in Redress has been through
        QTest::addColumn<QString>("requested");
        QTest::addColumn<bool>("suffixed");
        QTest::addColumn<QString>("problem"); // %1: the case's reference
        QTest::addRow("asked for before the stage 1 response")
            << QStringLiteral("closed") << QStringLiteral("10/05/2020") << false
            << QStringLiteral("stages.csv:2:E: Date received: stage 2 was asked for on "
                              "10/05/2020, before the stage 1 response of %1 on 20/05/2020");
        QTest::addRow("stage 1 not answered yet")
            << QStringLiteral("open") << QStringLiteral("01/06/2020") << false
            << QStringLiteral("stages.csv:2:B: Linked ref: stage 1 of %1 has no response in "
                              "Redress yet");
        QTest::addRow("stage 2 there already")
            << QStringLiteral("stage2") << QStringLiteral("01/07/2020") << true
            << QStringLiteral("stages.csv:2:A: Ref: %1 has its stage 2 already (asked for on "
                              "01/06/2020)");
        QTest::addRow("at stage 3 already")
            << QStringLiteral("stage3") << QStringLiteral("01/07/2020") << false
            << QStringLiteral("stages.csv:2:B: Linked ref: %1 is at stage 3 already, past the "
                              "stage 2 of this row");
    }

    void refusesWhatCannotFollow()
    {
        QFETCH(QString, shape);
        QFETCH(QString, requested);
        QFETCH(bool, suffixed);
        QFETCH(QString, problem);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record = shape == u"open"
                          ? loggedComplaint(*session, QDate(2020, 5, 1), QDate(2020, 5, 4))
                          : answeredInRedress(*session, shape == u"closed");
        QVERIFY(record.id != 0);
        auto perform = [&](Action action, QDate on) {
            ActionRequest r = request(action, on);
            r.outcomeCode = QStringLiteral("not_upheld");
            const Status done = session->perform(record, r);
            QVERIFY2(done, qPrintable(done.error()));
        };
        if (shape == u"stage2" || shape == u"stage3")
            perform(Action::Escalate, QDate(2020, 6, 1));
        if (shape == u"stage3") {
            perform(Action::Acknowledge, QDate(2020, 6, 2));
            perform(Action::Respond, QDate(2020, 7, 1));
            perform(Action::RecordOutcome, {});
            perform(Action::Escalate, QDate(2020, 7, 6));
        }
        const qint64 stages = count(*db, "SELECT COUNT(*) FROM stage");
        QTemporaryDir dir;
        const QStringList row =
            suffixed ? stageTwoRow(record.reference + QStringLiteral("/S2"), QString(), requested)
                     : stageTwoRow(QStringLiteral("C2"), record.reference, requested);
        auto result = importWith(*db, writeLog(dir, QStringLiteral("csv"), {row}), stageMapping());
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(problemsText(*result).contains(problem.arg(record.reference)),
                 qPrintable(problemsText(*result)));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage"), stages);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_added_stage"), 0);
    }

    // A stage 3 row follows a case at stage 2 in Redress, and an Ombudsman row is linked to
    // the complaint it names by its Redress reference.
    void laterRowsOfACaseInRedress_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("row"); // %1: the case's reference
        QTest::addColumn<bool>("atStage2");   // the case in Redress is answered at stage 2
        QTest::addColumn<QString>("expected");
        const QStringList stage3{QStringLiteral("%1/S3"),
                                 QString(),
                                 QStringLiteral("Stage 3"),
                                 QStringLiteral("Complaint"),
                                 QStringLiteral("06/07/2020"),
                                 QStringLiteral("Assessment team"),
                                 QString(),
                                 QString()};
        QStringList linked3 = stage3;
        linked3[0] = QStringLiteral("C3");
        linked3[1] = QStringLiteral("%1");
        const QStringList ombudsman{QStringLiteral("L1"),         QStringLiteral("%1"),
                                    QStringLiteral("Ombudsman"),  QStringLiteral("LGSCO"),
                                    QStringLiteral("01/10/2020"), QString(),
                                    QStringLiteral("15/12/2020"), QStringLiteral("Premature")};
        QStringList unknown = stage3;
        unknown[0] = QStringLiteral("X9/S3");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QByteArray name = backendName(backend).toLatin1();
            QTest::addRow("%s: stage 3 by its suffix", name.constData())
                << backend << stage3 << true << QStringLiteral("stage 3");
            QTest::addRow("%s: Ombudsman row", name.constData())
                << backend << ombudsman << false << QStringLiteral("linked");
        }
        QTest::addRow("sqlite: stage 3 by the linked column")
            << Backend::Sqlite << linked3 << true << QStringLiteral("stage 3");
        QTest::addRow("sqlite: stage 3 of a case at stage 1")
            << Backend::Sqlite << stage3 << false
            << QStringLiteral("stages.csv:2:A: Ref: %1 has no stage 2 for this row's stage 3 to "
                              "follow");
        QTest::addRow("sqlite: stage 3 of a case not there")
            << Backend::Sqlite << unknown << false
            << QStringLiteral("stages.csv:2:A: Ref: stage 3 of X9 has neither its stage 1 nor "
                              "its stage 2 in the log or in Redress");
    }

    void laterRowsOfACaseInRedress()
    {
        QFETCH(QStringList, row);
        QFETCH(bool, atStage2);
        QFETCH(QString, expected);
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record = answeredInRedress(*session, !atStage2);
        QVERIFY(record.id != 0);
        if (atStage2) {
            for (Action action :
                 {Action::Escalate, Action::Acknowledge, Action::Respond, Action::RecordOutcome}) {
                const QDate on = action == Action::Escalate      ? QDate(2020, 6, 1)
                                 : action == Action::Acknowledge ? QDate(2020, 6, 2)
                                 : action == Action::Respond     ? QDate(2020, 7, 1)
                                                                 : QDate();
                ActionRequest r = request(action, on);
                r.outcomeCode = QStringLiteral("not_upheld");
                const Status done = session->perform(record, r);
                QVERIFY2(done, qPrintable(done.error()));
            }
        }
        for (QString& cell : row)
            cell.replace(QStringLiteral("%1"), record.reference);
        QTemporaryDir dir;
        auto result = importWith(*db, writeLog(dir, QStringLiteral("csv"), {row}), stageMapping());
        QVERIFY2(result, qPrintable(result.error()));
        if (expected == u"stage 3") {
            QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(*result)));
            auto after = session->cases().load(record.id);
            QVERIFY2(after, qPrintable(after.error()));
            QCOMPARE(after->currentStageNumber(), 3);
            QCOMPARE(after->stages.size(), 3);
            QCOMPARE(after->currentStage()->requestedOn, QDate(2020, 7, 6));
            QCOMPARE(after->stages.at(1).respondedOn, QDate(2020, 7, 1));
            QCOMPARE(after->state, CaseState::Received);
            QVERIFY(after->dueOn.isValid());
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 1);
        } else if (expected == u"linked") {
            QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(*result)));
            QCOMPARE(result->imported, 1);
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM case_link l JOIN cases e ON e.id = "
                                "l.from_case_id WHERE e.kind = 'lgsco_enquiry' AND l.kind = "
                                "'lgsco_enquiry_of'"),
                     1);
            QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT to_case_id FROM case_link"))
                         .value()
                         .toLongLong(),
                     record.id);
        } else {
            QVERIFY2(problemsText(*result).contains(
                         QString(expected).replace(QStringLiteral("%1"), record.reference)),
                     qPrintable(problemsText(*result)));
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 1);
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_added_stage"), 0);
        }
    }

    // The command line says which cases it added stages to, and undoes them.
    void commandLine()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = answeredInRedress(*session);
        QTemporaryDir dir;
        const QString mappingPath = dir.filePath(QStringLiteral("stages.json"));
        QVERIFY(stageMapping().save(mappingPath));
        const QString log =
            writeLog(dir, QStringLiteral("xlsx"),
                     {stageTwoRow(QStringLiteral("C2"), record.reference,
                                  QStringLiteral("01/06/2020"), QStringLiteral("20/08/2020"))});
        const QStringList import =
            databaseArguments(dbHolder->location()) +
            QStringList{QStringLiteral("import"), log, QStringLiteral("--mapping"), mappingPath};
        CliRun run = runCli(import + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Would add stage 2 of %1 (row 2) to the case in "
                                                 "Redress")
                                      .arg(record.reference)),
                 qPrintable(run.out));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage"), 1);
        run = runCli(import);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(
            run.out.contains(QStringLiteral("Added stage 2 of %1 (row 2) to the case in Redress")
                                 .arg(record.reference)),
            qPrintable(run.out));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage"), 2);
        const qint64 batch = count(*db, "SELECT MAX(id) FROM import_batch");
        run = runCli(databaseArguments(dbHolder->location()) + QStringList{QStringLiteral("import"),
                                                                           QStringLiteral("undo"),
                                                                           QString::number(batch)});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage"), 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE state = 'closed'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestEarlierCases)
#include "TestEarlierCases.moc"
