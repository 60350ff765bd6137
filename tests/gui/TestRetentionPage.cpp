// Administration › Retention on the real widgets: the schedule saved as typed, the review
// listing the cases due, and applying it after the question, on a worker.
#include "TestSupport.h"
#include "admin/RetentionPage.h"
#include "admin/RetentionReviewDialog.h"
#include "attachments/Attachments.h"
#include "caseview/CaseView.h"
#include "common/MessageBox.h"
#include "privacy/CaseRestriction.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"
#include "storage/TeamServer.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestRetentionPage : public QObject
{
    Q_OBJECT

    template <typename T> static T* child(QObject* parent, const QString& name)
    {
        auto* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }

private slots:
    void theScheduleIsSavedAsTyped()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        RetentionPage page(*session);
        page.show();
        auto* years = child<QSpinBox>(&page, QStringLiteral("retentionYears_compliment"));
        auto* action = child<QComboBox>(&page, QStringLiteral("retentionAction_compliment"));
        QCOMPARE(years->value(), 2);
        QCOMPARE(action->currentText(), QStringLiteral("Anonymise"));
        years->setValue(4);
        action->setCurrentIndex(action->findText(QStringLiteral("Delete")));
        child<QSpinBox>(&page, QStringLiteral("retentionYears_comment"))->setValue(0);
        child<QPushButton>(&page, QStringLiteral("saveRetentionSchedule"))->click();
        QVERIFY2(child<QLabel>(&page, QStringLiteral("retentionPageMessage"))
                     ->text()
                     .contains(QStringLiteral("saved")),
                 qPrintable(child<QLabel>(&page, QStringLiteral("retentionPageMessage"))->text()));
        auto rules = RetentionSchedule(*db).rules();
        QVERIFY(rules);
        bool compliment = false;
        for (const RetentionRule& rule : rules.value()) {
            QVERIFY(rule.kind != CaseKind::Comment);
            if (rule.kind == CaseKind::Compliment) {
                compliment = true;
                QCOMPARE(rule.years, 4);
                QCOMPARE(rule.action, RetentionAction::Delete);
            }
        }
        QVERIFY(compliment);
        auto audited = sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry "
                                                             "WHERE action = "
                                                             "'retention_schedule'"));
        QCOMPARE(audited->toInt(), 1);
    }

    void reviewingListsTheCasesDueAndApplyingAnonymisesThem()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        const Case due = closedCase(*session, CaseKind::Complaint, QDate(2014, 3, 3),
                                    QStringLiteral("Aardvark"));
        const Case kept = closedCase(*session, CaseKind::Complaint, QDate(2020, 3, 2),
                                     QStringLiteral("Zebrafish"));
        QVERIFY(session->attachments().add(due.id, QStringLiteral("their letter.txt"), "Dear"));
        FixedToday today(QDate(2021, 6, 1));
        RetentionPage page(*session);
        page.show();
        child<QPushButton>(&page, QStringLiteral("reviewRetention"))->click();
        auto* dialog = child<RetentionReviewDialog>(&page, QStringLiteral("retentionReview"));
        QVERIFY(dialog->isVisible());
        auto* table = child<QTableWidget>(dialog, QStringLiteral("retentionCases"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), due.reference);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Complaint"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("03/03/2014"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("03/03/2020"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Anonymise"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("1"));
        const QString counts = child<QLabel>(dialog, QStringLiteral("retentionCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("Complaint: 1")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("1 document(s) kept with these cases will be "
                                                "removed")),
                 qPrintable(counts));

        // Asked first: No changes nothing.
        auto* apply = child<QPushButton>(dialog, QStringLiteral("applyRetention"));
        MessageBox::setNextAnswer(QMessageBox::No);
        apply->click();
        QCOMPARE(MessageBox::lastObjectName(), QStringLiteral("confirmRetention"));
        QCOMPARE(CaseRepository(*db).load(due.id)->complainant.fullName,
                 QStringLiteral("Jordan Aardvark"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        apply->click();
        QCOMPARE(CaseRepository(*db).load(due.id)->complainant.fullName, QString());
        QCOMPARE(CaseRepository(*db).load(kept.id)->complainant.fullName,
                 QStringLiteral("Jordan Zebrafish"));
        QCOMPARE(table->rowCount(), 0);
        // The case's history still says what was done and when, without the details.
        CaseView view(*session);
        QVERIFY(view.load(due.id));
        auto* timeline = child<QTableWidget>(&view, QStringLiteral("caseTimeline"));
        QVERIFY(timeline->rowCount() >= 2);
        QVERIFY2(timeline->item(0, 2)->text().contains(QStringLiteral("details removed")),
                 qPrintable(timeline->item(0, 2)->text()));
        QVERIFY(child<QLabel>(&page, QStringLiteral("retentionPageMessage"))
                    ->text()
                    .contains(QStringLiteral("1 case(s) anonymised")));
    }

    // On a team server, a case restricted from the administrator is listed by its reference,
    // marked so, with the dates that make it due and nothing personal; applying reaches it.
    void aRestrictedCaseIsListedWithoutItsDetails()
    {
        auto holder = TestDatabase::create(Backend::Postgres);
        if (!holder)
            QSKIP("no PostgreSQL server");
        QVERIFY(holder->open());
        const Status setUp = TeamServer::setup(holder->location());
        QVERIFY2(setUp, qPrintable(setUp.error()));
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000));
        const QString lead = QStringLiteral("page.lead.") + suffix;
        const QString admin = QStringLiteral("page.admin.") + suffix;
        {
            auto dba = holder->open();
            QVERIFY(dba);
            for (const auto& [login, role] : {std::pair{lead, QStringLiteral("lead")},
                                              std::pair{admin, QStringLiteral("admin")}})
                QVERIFY(TeamServer::addUser(*dba, login, role, login, QString()));
        }
        auto signIn = [&](const QString& login) {
            DatabaseLocation location = holder->location();
            location.user = login;
            location.password.clear();
            auto opened = Database::open(location, Database::Mode::MustExist);
            return opened ? std::move(opened.value()) : std::unique_ptr<Database>();
        };
        auto leadDb = signIn(lead);
        QVERIFY(leadDb);
        auto leadSession = sessionOn(*leadDb, lead);
        QVERIFY(leadSession);
        const Case hidden = closedCase(*leadSession, CaseKind::Complaint, QDate(2014, 3, 3),
                                       QStringLiteral("Aardvark"));
        QVERIFY(hidden.id != 0);
        QVERIFY(CaseRestriction(*leadSession)
                    .restrictTo(leadSession->cases().load(hidden.id).value(), {}));

        auto adminDb = signIn(admin);
        QVERIFY(adminDb);
        auto session = sessionOn(*adminDb, admin);
        QVERIFY(session);
        FixedToday today(QDate(2021, 6, 1));
        RetentionPage page(*session);
        page.show();
        child<QPushButton>(&page, QStringLiteral("reviewRetention"))->click();
        auto* dialog = child<RetentionReviewDialog>(&page, QStringLiteral("retentionReview"));
        auto* table = child<QTableWidget>(dialog, QStringLiteral("retentionCases"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(),
                 hidden.reference + QStringLiteral(" (restricted case: details not shown)"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("03/03/2014"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("03/03/2020"));
        for (int column = 0; column < table->columnCount(); ++column)
            QVERIFY2(!table->item(0, column)->text().contains(QStringLiteral("Aardvark")),
                     qPrintable(table->item(0, column)->text()));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(dialog, QStringLiteral("applyRetention"))->click();
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(leadSession->cases().load(hidden.id)->complainant.fullName, QString());
    }

    void anOfficerSeesTheScheduleButCannotChangeIt()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("officer"));
        QVERIFY(session);
        RetentionPage page(*session);
        page.show();
        QCOMPARE(child<QSpinBox>(&page, QStringLiteral("retentionYears_complaint"))->value(), 6);
        QVERIFY(!child<QSpinBox>(&page, QStringLiteral("retentionYears_complaint"))->isEnabled());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("saveRetentionSchedule"))->isEnabled());
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("reviewRetention"))->isEnabled());
    }
};

QTEST_MAIN(TestRetentionPage)
#include "TestRetentionPage.moc"
