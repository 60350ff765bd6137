#include "TestSupport.h"
#include "demo/DemoDataGenerator.h"
#include "domain/CaseJson.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QByteArray compactSnapshot(const Case& record)
{
    return QJsonDocument(CaseJson::auditSnapshot(record)).toJson(QJsonDocument::Compact);
}

// Every field of a case set, each text `text` with something of its own after it, so that a
// field left out of (or added to) one snapshot and not the other shows.
Case everyField(const QString& text, CaseKind kind)
{
    const auto with = [&](const char* field) -> QString {
        return text + u' ' + QLatin1String(field);
    };
    Case record;
    record.id = 42;
    record.reference = with("reference");
    record.kind = kind;
    record.procedure = Procedure::Statutory;
    record.state = CaseState::Closed;
    record.receivedOn = QDate(2021, 3, 4);
    record.matterArose = QDate(2021, 1, 31);
    record.summary = with("summary");
    record.channelCode = with("channel");
    record.teamId = 7;
    record.serviceAreaId = 9007199254740993LL;
    record.complainant = {11,
                          with("name"),
                          with("email"),
                          with("phone"),
                          with("address"),
                          with("postcode"),
                          with("ward"),
                          with("age"),
                          with("ethnicity"),
                          with("disability"),
                          false,
                          3};
    record.complainantRoleCode = with("role");
    record.advocacyOffered = true;
    record.advocateProvidedBy = with("advocate");
    record.officer = with("officer");
    record.timeLimitWaiverReason = with("waiver");
    record.publishable = true;
    record.complimentThemeCode = with("theme");
    record.previousComplaint = true;
    record.reopenedUndated = 2;
    record.sourceReference = with("source");
    record.closedOn = QDate(2021, 9, 30);
    record.dueOn = QDate(2021, 10, 1);
    for (int number : {1, 2, 3}) {
        Stage stage;
        stage.number = number;
        stage.profileCode = with("profile");
        stage.profileEffectiveFrom = QDate(2020, 4, number);
        stage.requestedOn = QDate(2021, 3, 4 + number);
        stage.acknowledgedOn = QDate(2021, 3, 5 + number);
        stage.investigatingOfficerAppointedOn = QDate(2021, 3, 6 + number);
        stage.independentPersonAppointedOn = QDate(2021, 3, 7 + number);
        stage.statementAgreedOn = QDate(2021, 3, 8 + number);
        stage.reportReceivedOn = QDate(2021, 4, 9 + number);
        stage.panelHeldOn = QDate(2021, 5, 10 + number);
        stage.panelReportOn = QDate(2021, 5, 11 + number);
        stage.respondedOn = number == 3 ? QDate() : QDate(2021, 6, 12 + number);
        stage.extendedToDays = 65 * number;
        stage.extensionAgreedOn = QDate(2021, 4, 1);
        stage.extensionReason = with("extension");
        stage.ombudsmanDetailsGiven = number % 2 == 1;
        stage.outcomeCode = with("outcome");
        stage.outcomeOverridden = true;
        stage.respondingManager = with("manager");
        stage.investigatingOfficer = with("investigator");
        stage.independentPerson = with("independent");
        stage.panelChair = with("chair");
        stage.escalationWaiverReason = with("escalation");
        stage.dueOn = QDate(2021, 7, number);
        stage.suspensions = {{1, QDate(2021, 3, 10), QDate(2021, 3, 12), with("consent")},
                             {2, QDate(2021, 4, 10), QDate(), with("awaiting")}};
        record.stages.append(stage);
    }
    record.children = {{1, with("child ref"), with("child"), with("status"), true, with("nyas")},
                       {2, QString(), QString(), QString(), false, QString()}};
    record.points = {{1, with("point"), with("category"), 0, {{1, with("finding")}, {2, u"x"_qs}}},
                     {2, with("second point"), QString(), 12, {}}};
    record.remedies = {{1, 1, with("remedy"), with("apology"), 12345, QDate(2021, 6, 1), {}},
                       {2, 2, QString(), QString(), -250, {}, QDate(2021, 7, 1)},
                       {3, 2, QString(), QString(), 9007199254740993LL, {}, {}}};
    LearningAction action;
    action.description = with("learning");
    action.themeCode = with("learning theme");
    action.owner = with("owner");
    action.dueOn = QDate(2021, 12, 1);
    action.status = QStringLiteral("not_implemented");
    action.notImplementedReason = with("not implemented");
    action.completedOn = QDate(2021, 12, 2);
    record.learningActions = {action, LearningAction()};
    record.staffNamed = {{1, with("staff"), with("job")}, {2, QString(), QString()}};
    record.costs = {{1, 2, with("cost kind"), 50000, QDate(2021, 5, 1), with("cost note")},
                    {2, 3, QString(), 0, {}, QString()}};
    record.links = {{5, with("linked"), QStringLiteral("related")}};
    record.reopenings = {{QDate(2021, 8, 1), with("reopened")}, {QDate(), QString()}};
    record.notes = {
        {1, QDateTime(QDate(2021, 3, 4), QTime(9, 0), Qt::UTC), with("author"), with("note")}};
    record.ombudsman.lgscoReference = with("lgsco");
    record.ombudsman.decisionCode = with("decision");
    record.ombudsman.decisionWording = with("wording");
    record.ombudsman.decidedOn = QDate(2022, 1, 5);
    record.ombudsman.faultFound = true;
    record.ombudsman.injusticeFound = false;
    record.ombudsman.satisfactoryRemedyAlreadyProvided = true;
    record.ombudsman.recommendations = {
        {1, with("recommendation"), 30000, QDate(2022, 2, 1), QDate(2022, 1, 30), with("type")},
        {2, QString(), 0, {}, {}, QString()}};
    return record;
}

} // namespace

Q_DECLARE_METATYPE(redress::Case)

// A new case's audit entry stores CaseJson::auditSnapshotText, written straight from the
// case; it must be byte for byte the compacted auditSnapshot() that entries stored before
// it, or the trail would read (and hash) differently for the same case.
class TestCaseAuditText : public QObject
{
    Q_OBJECT

private slots:
    void theTextIsTheCompactedSnapshot_data()
    {
        QTest::addColumn<Case>("record");
        QTest::newRow("a case with nothing") << Case();
        for (CaseKind kind : allCaseKinds())
            QTest::addRow("every field, %s", qPrintable(caseKindCode(kind)))
                << everyField(QStringLiteral("Plain"), kind);
        const QString awkward =
            QStringLiteral("\"Quoted\" \\ back/slash\b\f\n\r\t\x01\x1f é 中 😀 ") + QChar(0xd83d) +
            QChar(u'!') + QChar(0xde00);
        QTest::newRow("awkward text everywhere") << everyField(awkward, CaseKind::OmbudsmanEnquiry);
        Case anonymous = everyField(QStringLiteral("Anonymous"), CaseKind::Complaint);
        anonymous.complainant.anonymous = true;
        QTest::newRow("an anonymous complainant") << anonymous;
        Case repeated = everyField(QStringLiteral("Repeated"), CaseKind::Complaint);
        repeated.stages[1].number = 1; // the later stage's fields win, as in a QJsonObject
        repeated.stages[2].number = 12;
        QTest::newRow("stages numbered out of order") << repeated;
        Case ancient = everyField(QStringLiteral("Ancient"), CaseKind::Complaint);
        ancient.receivedOn = QDate(-44, 3, 15); // ISO 8601 text has no such year: Qt writes ""
        ancient.closedOn = QDate(10000, 1, 1);
        ancient.matterArose = QDate(1, 1, 1);
        ancient.dueOn = QDate(9999, 12, 31);
        ancient.stages[0].respondedOn = QDate(999, 9, 9);
        QTest::newRow("dates of every width") << ancient;
        Case bare = everyField(QStringLiteral("Bare"), CaseKind::OmbudsmanEnquiry);
        bare.teamId = bare.serviceAreaId = 0;
        bare.points.clear();
        bare.remedies.clear();
        bare.ombudsman = {};
        QTest::newRow("no team, no lists, no decision") << bare;
    }
    void theTextIsTheCompactedSnapshot()
    {
        QFETCH(Case, record);
        QCOMPARE(CaseJson::auditSnapshotText(record), compactSnapshot(record));
    }

    // Every case of a demo database over five years, as saved and loaded back.
    void demoCasesGiveTheSameText_data() { addBackendRows(); }
    void demoCasesGiveTheSameText()
    {
        FixedToday today(QDate(2025, 3, 31));
        REDRESS_TEST_DATABASE(db);
        const Status made = DemoDataGenerator(*db, 7).generate(600, 5);
        QVERIFY2(made, qPrintable(made.error()));
        // The ids first: PostgreSQL's driver drops a query's rows when another runs.
        QList<qint64> ids;
        auto rows = sql::exec(db->sql(), QStringLiteral("SELECT id FROM cases ORDER BY id"));
        QVERIFY2(rows, qPrintable(rows.error()));
        while (rows->next())
            ids.append(rows->value(0).toLongLong());
        QCOMPARE(ids.size(), 600);
        CaseRepository cases(*db);
        for (qint64 id : std::as_const(ids)) {
            auto record = cases.load(id);
            QVERIFY2(record, qPrintable(record.error()));
            QCOMPARE(CaseJson::auditSnapshotText(*record), compactSnapshot(*record));
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseAuditText)
#include "TestCaseAuditText.moc"
