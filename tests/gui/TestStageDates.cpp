#include "CaseViewFixture.h"
#include "TestSupport.h"
#include "common/DateEdit.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// A corporate complaint under the 2026 Code (its response counts from the acknowledgement),
// received on Monday 04/05/2026 and acknowledged on Friday 08/05/2026; responded on 15/05/2026
// when `responded`.
Case acknowledgedComplaint(Session& session, bool responded)
{
    Case record =
        loggedComplaint(session, QDate(2026, 5, 4), QDate(2026, 5, 8), Procedure::Corporate);
    if (!responded || !record.id)
        return record;
    record.points[0].findings = {{1, QStringLiteral("upheld")}};
    if (Status saved = session.saveDetails(record, QStringLiteral("Findings recorded")); !saved)
        QTest::qFail(qPrintable(saved.error()), __FILE__, __LINE__);
    ActionRequest respond;
    respond.action = Action::Respond;
    respond.on = QDate(2026, 5, 15);
    if (Status done = session.perform(record, respond); !done)
        QTest::qFail(qPrintable(done.error()), __FILE__, __LINE__);
    return record;
}

} // namespace

// Correcting the dates of a stage after the fact, on the Stages tab: checked for order, saved
// with the reason and the dates before and after in the audit trail, the deadlines following.
class TestStageDates : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void correctionIsCheckedSavedAndAudited_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<bool>("responded");
        QTest::addColumn<QString>("box");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message"); // what the banner says
        QTest::addColumn<bool>("saved");
        const QString why = QStringLiteral("Letter was sent on the Wednesday");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QByteArray on = backendName(backend).toLatin1();
            QTest::addRow("%s, acknowledgement corrected", on.constData())
                << backend << false << "stageAcknowledgedOn"
                << "6/5/26" << why
                << QStringLiteral("Saved: Stage 1 dates corrected. Reason: ") + why << true;
            QTest::addRow("%s, response corrected", on.constData())
                << backend << true << "stageRespondedOn"
                << "14-May-26" << why << "Saved: Stage 1 dates corrected" << true;
            QTest::addRow("%s, no reason", on.constData())
                << backend << false << "stageAcknowledgedOn"
                << "6/5/26"
                << ""
                << "The stage dates were not saved. Stage 1: give the reason for correcting its "
                   "dates"
                << false;
            QTest::addRow("%s, before receipt", on.constData())
                << backend << false << "stageAcknowledgedOn"
                << "1/5/26" << why
                << "Stage 1: the acknowledgement date 01/05/2026 is before the stage was "
                   "requested (04/05/2026)"
                << false;
            QTest::addRow("%s, response before acknowledgement", on.constData())
                << backend << true << "stageRespondedOn"
                << "7/5/26" << why
                << "Stage 1: the response date 07/05/2026 is before the acknowledgement date "
                   "08/05/2026"
                << false;
            QTest::addRow("%s, in the future", on.constData())
                << backend << false << "stageAcknowledgedOn"
                << "21/5/26" << why
                << "The date in \"Acknowledged on\" (21/05/2026) is after 20/05/2026" << false;
            QTest::addRow("%s, not a date", on.constData())
                << backend << false << "stageAcknowledgedOn"
                << "32/5/26" << why << "is not a date" << false;
        }
    }

    void correctionIsCheckedSavedAndAudited()
    {
        FixedToday today(QDate(2026, 5, 20));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        QFETCH(bool, responded);
        const Case record = acknowledgedComplaint(*session, responded);
        QVERIFY(record.id);
        if (!responded)
            QCOMPARE(record.dueOn, QDate(2026, 5, 22)); // 10 working days from 08/05

        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        QVERIFY(showTab(view, QStringLiteral("Stages")));
        QCOMPARE(child<QComboBox>(view, "stageDatesStage")->currentText(),
                 QStringLiteral("Stage 1"));
        // Only dates recorded are offered: no response date before the response.
        QCOMPARE(child<DateEdit>(view, "stageRespondedOn")->isVisible(), responded);
        auto* save = child<QPushButton>(view, "saveStageDates");
        QVERIFY(!save->isEnabled());

        QFETCH(QString, box);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        auto* date = child<DateEdit>(view, box.toLatin1().constData());
        date->clear();
        QTest::keyClicks(date, typed);
        QTest::keyClicks(child<QLineEdit>(view, "stageDatesReason"), reason);
        QVERIFY(save->isEnabled());
        // Another stage cannot be chosen over unsaved corrections.
        QVERIFY(!child<QComboBox>(view, "stageDatesStage")->isEnabled());
        const qint64 version = CaseRepository(*db).load(record.id)->version;
        QTest::mouseClick(save, Qt::LeftButton);

        QFETCH(QString, message);
        QFETCH(bool, saved);
        QVERIFY2(bannerOf(view).contains(message), qPrintable(bannerOf(view)));
        const Case stored = CaseRepository(*db).load(record.id).value();
        if (!saved) {
            QCOMPARE(stored.version, version);
            QCOMPARE(stored.stages.first().acknowledgedOn, QDate(2026, 5, 8));
            QVERIFY(save->isEnabled()); // what was typed stays
            QCOMPARE(date->text(), typed);
            return;
        }
        QVERIFY(!save->isEnabled());
        const auto entries = session->auditLog().entriesForCase(record.id);
        QVERIFY(entries && !entries->isEmpty());
        const AuditEntry& last = entries->constLast();
        QCOMPARE(last.actor, recordedActor(*db, QStringLiteral("officer")));
        QVERIFY2(last.detail.contains(reason), qPrintable(last.detail));
        const QString before = QString::fromUtf8(QJsonDocument(last.before).toJson());
        const QString after = QString::fromUtf8(QJsonDocument(last.after).toJson());
        if (!responded) {
            QCOMPARE(stored.stages.first().acknowledgedOn, QDate(2026, 5, 6));
            QVERIFY2(before.contains(u"2026-05-08"_qs), qPrintable(before));
            QVERIFY2(after.contains(u"2026-05-06"_qs), qPrintable(after));
            // The response is now due 10 working days from 06/05: today.
            QCOMPARE(stored.dueOn, QDate(2026, 5, 20));
            const QString header = child<QLabel>(view, "caseDeadline")->text();
            QVERIFY2(header.contains(u"20/05/2026"_qs), qPrintable(header));
            QVERIFY2(header.contains(u"today"_qs), qPrintable(header));
        } else {
            QCOMPARE(stored.stages.first().respondedOn, QDate(2026, 5, 14));
            QVERIFY2(before.contains(u"2026-05-15"_qs), qPrintable(before));
            QVERIFY2(after.contains(u"2026-05-14"_qs), qPrintable(after));
        }
    }
};

QTEST_MAIN(TestStageDates)
#include "TestStageDates.moc"
