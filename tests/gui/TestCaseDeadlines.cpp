#include "TestSupport.h"
#include "caseview/CaseView.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 3, 3); // a Wednesday

// The Stages tab's columns.
enum StageColumn
{
    StageName,
    Requested,
    Acknowledgement,
    Milestones,
    Response,
    Extension,
    Outcome
};

QString stageCell(const CaseView& view, int row, int column)
{
    const auto* table = view.findChild<QTableWidget*>(QStringLiteral("caseStages"));
    const QTableWidgetItem* item = table ? table->item(row, column) : nullptr;
    return item ? item->text() : QStringLiteral("(no cell)");
}

QString header(const CaseView& view)
{
    return view.findChild<QLabel*>(QStringLiteral("caseDeadline"))->text();
}

// A case with every coded field set, each to a code whose label differs from it; its id, or
// 0 when it could not be saved.
qint64 caseWithEveryCode(Session& session)
{
    const Case other = loggedComplaint(session, QDate(2021, 2, 1));
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.receivedOn = QDate(2021, 3, 1);
    record.channelCode = QStringLiteral("via_mp_or_councillor");
    record.complainantRoleCode = QStringLiteral("foster_carer");
    record.complainant.fullName = QStringLiteral("Pat Example");
    record.summary = QStringLiteral("Placement moved without notice");
    record.children.append({0, QStringLiteral("SC1"), QStringLiteral("Robin"),
                            QStringLiteral("child_in_care"), true, QStringLiteral("NYAS")});
    record.points.append({0,
                          QStringLiteral("Not told of the move"),
                          QStringLiteral("professional_decision"),
                          0,
                          {{1, QStringLiteral("partially_upheld")}}});
    record.remedies.append({0, 1, QStringLiteral("financial"), QStringLiteral("Travel"), 2500,
                            QDate(2021, 3, 2), QDate()});
    LearningAction learning;
    learning.description = QStringLiteral("Tell carers before a move");
    learning.themeCode = QStringLiteral("assessments_reports_plans");
    learning.status = QStringLiteral("in_progress");
    record.learningActions.append(learning);
    record.costs.append(
        {0, 1, QStringLiteral("investigating_officer"), 40000, QDate(2021, 3, 2), QString()});
    record.staffNamed.append({0, QStringLiteral("Lee Example"), QStringLiteral("Social worker")});
    record.links.append({other.id, other.reference, QStringLiteral("related")});
    if (!session.logCase(record))
        return 0;
    Case withOutcome = CaseRepository(session.database()).load(record.id).value();
    withOutcome.stages.first().outcomeCode = QStringLiteral("partially_upheld");
    return CaseRepository(session.database()).update(withOutcome) ? record.id : 0;
}

} // namespace

class TestCaseDeadlines : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    // Before acknowledgement both clocks show, each saying what it is for, in the header and
    // on the Stages tab; once acknowledged only the response is still to do.
    void bothClocksBeforeAcknowledgement_data()
    {
        QTest::addColumn<Procedure>("procedure");
        QTest::addColumn<QString>("acknowledgeBy");
        QTest::addColumn<QString>("standing");
        QTest::addColumn<QString>("respondBy");
        QTest::addRow("statutory, acknowledgement due today")
            << Procedure::Statutory << QStringLiteral("03/03/2021") << QStringLiteral("Due today")
            << QStringLiteral("15/03/2021");
        QTest::addRow("corporate")
            << Procedure::Corporate << QStringLiteral("08/03/2021")
            << QStringLiteral("Due in 3 working days") << QStringLiteral("15/03/2021");
    }
    void bothClocksBeforeAcknowledgement()
    {
        QFETCH(Procedure, procedure);
        QFETCH(QString, acknowledgeBy);
        QFETCH(QString, standing);
        QFETCH(QString, respondBy);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 3, 1), {}, procedure);
        QVERIFY(record.id != 0);
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();

        const QString before = spelledOut(header(view));
        QVERIFY2(
            before.contains(QStringLiteral("Acknowledge by %1 (%2)").arg(acknowledgeBy, standing)),
            qPrintable(before));
        QVERIFY2(before.contains(QStringLiteral("Respond by ") + respondBy), qPrintable(before));
        QVERIFY(before.indexOf(u"Acknowledge by") < before.indexOf(u"Respond by"));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("caseDeadlineIcon"))->isVisible());
        QCOMPARE(stageCell(view, 0, Acknowledgement),
                 QStringLiteral("Acknowledge by ") + acknowledgeBy);
        QCOMPARE(stageCell(view, 0, Response), QStringLiteral("Respond by ") + respondBy);

        ActionRequest acknowledge;
        acknowledge.action = Action::Acknowledge;
        acknowledge.on = QDate(2021, 3, 2);
        QVERIFY(view.perform(acknowledge));
        const QString after = header(view);
        QVERIFY2(!after.contains(QStringLiteral("Acknowledge")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("Respond by ") + respondBy), qPrintable(after));
        QCOMPARE(stageCell(view, 0, Acknowledgement), QStringLiteral("Acknowledged 02/03/2021"));
        QCOMPARE(stageCell(view, 0, Response), QStringLiteral("Respond by ") + respondBy);
    }

    // Overdue is said in words, with an icon and colour: never plain text alone.
    void overdueIsSaidNotOnlyColoured()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 2, 8), QDate(2021, 2, 9));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();
        auto* deadline = view.findChild<QLabel*>(QStringLiteral("caseDeadline"));
        QCOMPARE(spelledOut(deadline->text()),
                 QStringLiteral("Respond by 22/02/2021 (Overdue by 7 working days)"));
        QVERIFY(!deadline->styleSheet().isEmpty());
        auto* icon = view.findChild<QLabel*>(QStringLiteral("caseDeadlineIcon"));
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(spelledOut(icon->accessibleName()), QStringLiteral("Overdue by 7 working days"));
    }

    // An extension shows the date it runs to as well as its length.
    void extensionShowsItsDate()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 3, 1), QDate(2021, 3, 2));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        ActionRequest extend;
        extend.action = Action::Extend;
        extend.extendToDays = 20;
        extend.agreedOn = today;
        extend.reason = QStringLiteral("Manager on leave");
        QVERIFY(view.perform(extend));
        QCOMPARE(spelledOut(stageCell(view, 0, Extension)),
                 QStringLiteral("Extended to 29/03/2021 (20 working days)"));
        QVERIFY2(header(view).contains(QStringLiteral("Respond by 29/03/2021")),
                 qPrintable(header(view)));
    }

    // Stage 2's statement and report, and stage 3's panel, show on their stage's row; the
    // panel's deadline shows in the header while the response's cannot be known yet.
    void milestonesOfLaterStages()
    {
        REDRESS_SQLITE_DATABASE(db);
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.state = CaseState::Open;
        record.receivedOn = QDate(2021, 1, 4);
        record.complainant.fullName = QStringLiteral("Sam Example");
        Stage first;
        first.number = 1;
        first.profileCode = QStringLiteral("statutory");
        first.requestedOn = QDate(2021, 1, 4);
        first.acknowledgedOn = QDate(2021, 1, 5);
        first.respondedOn = QDate(2021, 1, 15);
        Stage second = first;
        second.number = 2;
        second.requestedOn = QDate(2021, 1, 18);
        second.acknowledgedOn = QDate(2021, 1, 19);
        second.statementAgreedOn = QDate(2021, 1, 20);
        second.reportReceivedOn = QDate(2021, 2, 15);
        second.respondedOn = QDate(2021, 2, 22);
        Stage third = first;
        third.number = 3;
        third.requestedOn = QDate(2021, 2, 24);
        third.acknowledgedOn = QDate(2021, 2, 25);
        third.respondedOn = {};
        record.stages = {first, second, third};
        QVERIFY(CaseRepository(*db).insert(record));
        auto session = sessionOn(*db);
        QVERIFY(session);
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        QCOMPARE(stageCell(view, 1, Milestones),
                 QStringLiteral("Statement agreed 20/01/2021; Report received 15/02/2021"));
        QCOMPARE(stageCell(view, 1, Response), QStringLiteral("Responded 22/02/2021"));
        QCOMPARE(stageCell(view, 2, Milestones), QStringLiteral("Hold the panel by 09/04/2021"));
        QCOMPARE(stageCell(view, 2, Response), QStringLiteral("Response date not yet known"));
        QVERIFY(stageCell(view, 2, StageName).startsWith(u"3: "));
        QVERIFY2(header(view).startsWith(QStringLiteral("Hold the panel by 09/04/2021")),
                 qPrintable(header(view)));
    }

    // A case with every coded field set shows a label for each, in every table, label and
    // text of its view.
    void noCodeIsShownRaw()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const qint64 id = caseWithEveryCode(*session);
        QVERIFY(id != 0);

        QSet<QString> codes = {QStringLiteral("in_progress"), QStringLiteral("proposed"),
                               QStringLiteral("investigating_officer"), QStringLiteral("related")};
        ReferenceData reference(*db);
        for (const QString& taxonomy : reference.taxonomies().value())
            for (const TaxonomyTerm& term : reference.terms(taxonomy).value())
                codes << term.code;
        QVERIFY(codes.contains(QStringLiteral("child_in_care")));

        CaseView view(*session);
        QVERIFY(view.load(id));
        QStringList texts;
        for (const QTableWidget* table : view.findChildren<QTableWidget*>()) {
            // Notes are not coded; recommendations belong to Ombudsman enquiries only; a
            // case logged a moment ago has no documents yet.
            QVERIFY2(table->rowCount() > 0 || table->objectName() == u"caseNotes" ||
                         table->objectName() == u"caseRecommendations" ||
                         table->objectName() == u"caseDocuments",
                     qPrintable(table->objectName()));
            for (int column = 0; column < table->columnCount(); ++column) {
                texts << table->horizontalHeaderItem(column)->text();
                for (int row = 0; row < table->rowCount(); ++row)
                    if (const QTableWidgetItem* item = table->item(row, column))
                        texts << item->text();
            }
        }
        for (const QLabel* label : view.findChildren<QLabel*>())
            texts << label->text();
        for (const QPlainTextEdit* edit : view.findChildren<QPlainTextEdit*>())
            texts << edit->toPlainText().split(u'\n');
        // The details are edited in drop-downs, which must show labels too.
        for (const QComboBox* combo : view.findChildren<QComboBox*>())
            texts << combo->currentText();

        // A code shows either as a whole piece of text or as a word joined by underscores.
        static const QRegularExpression pieces(QStringLiteral("[;:,·()\\n]"));
        static const QRegularExpression joined(QStringLiteral("\\b[a-z]+(?:_[a-z]+)+\\b"));
        for (const QString& text : texts) {
            for (const QString& piece : text.split(pieces))
                QVERIFY2(!codes.contains(piece.trimmed()), qPrintable(text));
            for (auto match = joined.globalMatch(text); match.hasNext();)
                QVERIFY2(!codes.contains(match.next().captured()), qPrintable(text));
        }
        QVERIFY(texts.contains(QStringLiteral("Partially upheld")));
        QVERIFY(texts.contains(QStringLiteral("Child in care")));
        QVERIFY(texts.contains(QStringLiteral("Via MP or councillor")));
    }

    // Every heading of every table on the case's tabs shows whole.
    void headingsAreWhole()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const qint64 id = caseWithEveryCode(*session);
        QVERIFY(id != 0);
        CaseView view(*session);
        QVERIFY(view.load(id));
        view.resize(1280, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const QTableWidget* table : view.findChildren<QTableWidget*>()) {
            const QHeaderView* header = table->horizontalHeader();
            // The last column stretches to whatever room is left.
            for (int column = 0; column + 1 < table->columnCount(); ++column)
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(table->objectName() + u' ' +
                                    table->horizontalHeaderItem(column)->text()));
        }
    }

private:
    std::unique_ptr<FixedToday> m_today;
};

QTEST_MAIN(TestCaseDeadlines)
#include "TestCaseDeadlines.moc"
