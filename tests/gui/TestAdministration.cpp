#include "AdministrationFixture.h"
#include "TestSupport.h"
#include "admin/AdministrationDialog.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "mainwindow/MainWindow.h"
#include "procedure/DeadlineCalculator.h"
#include "queue/CaseQueueModel.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "workflow/CaseWorkflow.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace redress;
using namespace redress::test;

namespace {

const QString actor = QStringLiteral("admin.tester");

QString message(AdministrationDialog& dialog, const char* page)
{
    auto* label = dialog.findChild<QLabel*>(QLatin1String(page) + QStringLiteral("Message"));
    return label ? label->text() : QString();
}

// Logs a complaint received on `day` and acknowledges it, as an officer would: an open stage 1
// with a stored deadline.
void logAcknowledgedComplaint(Database& db, Procedure procedure, QDate day, Case& record)
{
    auto workflow = CaseWorkflow::forDatabase(db, QStringLiteral("officer"));
    QVERIFY(workflow);
    record.kind = CaseKind::Complaint;
    record.procedure = procedure;
    record.receivedOn = day;
    QVERIFY(workflow->log(record));
    ActionRequest acknowledge;
    acknowledge.action = Action::Acknowledge;
    acknowledge.on = day;
    const Status acknowledged = workflow->perform(record, acknowledge);
    QVERIFY2(acknowledged, qPrintable(acknowledged.error()));
}

QStringList auditActions(Database& db)
{
    QStringList actions;
    for (const AuditEntry& entry : AuditLog(db).latest(100).value()) {
        if (entry.actor == actor)
            actions << entry.action;
    }
    return actions;
}

QDate responseDue(const CaseWorkflow::Rules& rules, const Case& record, QDate asOf)
{
    const Stage& stage = record.stages.first();
    return DeadlineCalculator(rules.calendar(), rules.profileFor(record, stage).value())
        .responseDue(stage, asOf);
}

} // namespace

class TestAdministration : public QObject
{
    Q_OBJECT

private slots:
    // An officer's window offers no Administration: the change would be refused.
    void anOfficerCannotOpenAdministration()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = test::sessionOn(*db, QStringLiteral("officer")); // a listed officer
        QVERIFY(session);
        MainWindow window(*session);
        QAction* open = window.findChild<QAction*>(QStringLiteral("openAdministration"));
        QVERIFY(open);
        QVERIFY(!open->isEnabled());
        auto admin = test::sessionOn(*db, QStringLiteral("admin"));
        MainWindow adminWindow(*admin);
        QVERIFY(adminWindow.findChild<QAction*>(QStringLiteral("openAdministration"))->isEnabled());
    }

    // A closure day added on the Calendar tab inside an open corporate stage 1's window moves
    // its deadline one working day later (the statutory procedure does not count closures).
    void closureDayMovesAnOpenDeadline()
    {
        const QDate today(2021, 3, 1);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        Case record;
        logAcknowledgedComplaint(*db, Procedure::Corporate, today, record);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(record.dueOn, QDate(2021, 3, 15));

        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        auto* date = control<DateEdit>(dialog, "closureDate");
        QVERIFY(date);
        date->setDate(QDate(2021, 3, 10));
        QTest::keyClicks(control<QLineEdit>(dialog, "closureTitle"), QStringLiteral("Training"));
        QTest::mouseClick(control<QPushButton>(dialog, "addClosureDay"), Qt::LeftButton);
        QVERIFY2(message(dialog, "calendarPage").contains(QStringLiteral("10/03/2021")),
                 qPrintable(message(dialog, "calendarPage")));
        auto* closures = control<QListWidget>(dialog, "closureDays");
        QVERIFY(closures);
        QCOMPARE(closures->count(), 1);
        QVERIFY(closures->item(0)->text().contains(QStringLiteral("Training")));

        // The open case's stored deadline is recomputed in the same change, and audited.
        QVERIFY2(message(dialog, "calendarPage").contains(QStringLiteral("1 open case")),
                 qPrintable(message(dialog, "calendarPage")));
        QCOMPARE(CaseRepository(*db).load(record.id)->dueOn, QDate(2021, 3, 16));

        // Removing it again puts the deadline back.
        closures->setCurrentRow(0);
        QTest::mouseClick(control<QPushButton>(dialog, "removeClosureDay"), Qt::LeftButton);
        QCOMPARE(closures->count(), 0);
        QCOMPARE(CaseRepository(*db).load(record.id)->dueOn, QDate(2021, 3, 15));
        // Per change: the case's entry and the run's summary.
        QCOMPARE(auditActions(*db).count(QStringLiteral("recompute_deadlines")), 4);
        QStringList caseActions;
        for (const AuditEntry& entry : AuditLog(*db).entriesForCase(record.id).value())
            caseActions << entry.action;
        QCOMPARE(caseActions.count(QStringLiteral("recompute_deadlines")), 2);
        QCOMPARE(auditActions(*db).count(QStringLiteral("admin_closure_day")), 2);
    }

    // The closure date is typed as an officer writes it; what is no date is refused with the
    // reason and adds nothing.
    void closureDateIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("said");
        QTest::addColumn<int>("added");
        QTest::addRow("31-Mar-21")
            << QStringLiteral("31-Mar-21") << QStringLiteral("31/03/2021") << 1;
        QTest::addRow("31/3/21") << QStringLiteral("31/3/21") << QStringLiteral("31/03/2021") << 1;
        QTest::addRow("no such day")
            << QStringLiteral("31/04/21")
            << QStringLiteral("\"31/04/21\" in \"Date\" is not a date") << 0;
        QTest::addRow("empty") << QString() << QStringLiteral("Give the date") << 0;
    }
    void closureDateIsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, said);
        QFETCH(int, added);
        FixedToday fixed(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        auto* date = control<DateEdit>(dialog, "closureDate");
        QVERIFY(date);
        date->clear();
        QTest::keyClicks(date, typed);
        QTest::mouseClick(control<QPushButton>(dialog, "addClosureDay"), Qt::LeftButton);
        QVERIFY2(message(dialog, "calendarPage").contains(said),
                 qPrintable(message(dialog, "calendarPage")));
        QCOMPARE(ReferenceData(*db).closureDays()->size(), added);
    }

    // A one-off bank holiday added on the Calendar tab inside an open statutory stage 1's
    // window moves its deadline one working day later; taking it off puts the deadline back.
    void bankHolidayMovesAnOpenDeadline()
    {
        const QDate today(2021, 3, 1);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        Case record;
        logAcknowledgedComplaint(*db, Procedure::Statutory, today, record);
        if (QTest::currentTestFailed())
            return;
        const QDate due = record.dueOn;
        QVERIFY(due > QDate(2021, 3, 10));

        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        control<DateEdit>(dialog, "closureDate")->setDate(QDate(2021, 3, 10));
        // A bank holiday needs its name.
        QTest::mouseClick(control<QPushButton>(dialog, "addBankHoliday"), Qt::LeftButton);
        QVERIFY2(message(dialog, "calendarPage").contains(QStringLiteral("Reason")),
                 qPrintable(message(dialog, "calendarPage")));
        QCOMPARE(CaseRepository(*db).load(record.id)->dueOn, due);

        QTest::keyClicks(control<QLineEdit>(dialog, "closureTitle"),
                         QStringLiteral("Royal wedding"));
        QTest::mouseClick(control<QPushButton>(dialog, "addBankHoliday"), Qt::LeftButton);
        QVERIFY2(message(dialog, "calendarPage").contains(QStringLiteral("1 open case")),
                 qPrintable(message(dialog, "calendarPage")));
        QCOMPARE(CaseRepository(*db).load(record.id)->dueOn, due.addDays(1));
        auto* holidays = control<QListWidget>(dialog, "bankHolidays");
        QList<QListWidgetItem*> added =
            holidays->findItems(QStringLiteral("10/03/2021"), Qt::MatchStartsWith);
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first()->text().contains(QStringLiteral("Royal wedding")));

        holidays->setCurrentItem(added.first());
        QTest::mouseClick(control<QPushButton>(dialog, "removeBankHoliday"), Qt::LeftButton);
        QVERIFY(holidays->findItems(QStringLiteral("10/03/2021"), Qt::MatchStartsWith).isEmpty());
        QCOMPARE(CaseRepository(*db).load(record.id)->dueOn, due);
        QCOMPARE(auditActions(*db).count(QStringLiteral("admin_bank_holiday")), 2);
    }

    // With the main window open, a closure day added in Tools > Administration shows at once
    // in the queue: the open case's new deadline, counted with the new calendar.
    void queueShowsTheRecomputedDeadline()
    {
        IsolatedSettings settings;
        const QDate today(2021, 3, 1);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        Case record;
        record.complainant.fullName = QStringLiteral("Quinn Queue");
        logAcknowledgedComplaint(*db, Procedure::Corporate, today, record);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(record.dueOn, QDate(2021, 3, 15));

        auto session = test::sessionOn(*db, actor);
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(record.id);
        auto* queue = window.queueView();
        const auto shown = [queue](int column) {
            return queue->model()->index(0, column).data().toString();
        };
        QCOMPARE(queue->model()->rowCount(), 1);
        QCOMPARE(shown(CaseQueueModel::Due), QStringLiteral("Respond 15/03/2021"));
        const QString daysBefore = shown(CaseQueueModel::WorkingDaysLeft);
        QVERIFY2(daysBefore.contains(QStringLiteral("10")), qPrintable(daysBefore));

        QAction* open = window.findChild<QAction*>(QStringLiteral("openAdministration"));
        QVERIFY(open);
        open->trigger();
        auto* dialog = window.findChild<AdministrationDialog*>();
        QVERIFY(dialog);
        control<DateEdit>(*dialog, "closureDate")->setDate(QDate(2021, 3, 10));
        QTest::mouseClick(control<QPushButton>(*dialog, "addClosureDay"), Qt::LeftButton);
        QVERIFY2(message(*dialog, "calendarPage").contains(QStringLiteral("1 open case")),
                 qPrintable(message(*dialog, "calendarPage")));

        // Without closing the dialog or restarting: the new date, and one more working day
        // left would be wrong, since the closure day is not a working day either.
        QTRY_COMPARE(shown(CaseQueueModel::Due), QStringLiteral("Respond 16/03/2021"));
        QCOMPARE(shown(CaseQueueModel::WorkingDaysLeft), daysBefore);
        // The open case tab follows too.
        auto* view = window.findChild<CaseView*>();
        QVERIFY(view);
        QCOMPARE(view->currentCase().dueOn, QDate(2021, 3, 16));
        dialog->reject();
    }

    // Stage 1 of the statutory procedure from 10 to 15 working days from today: a complaint
    // logged afterwards gets 15, one logged before keeps 10.
    void newTimescaleAppliesToNewCasesOnly()
    {
        const QDate today(2021, 3, 1);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        auto before = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case old;
        old.kind = CaseKind::Complaint;
        old.procedure = Procedure::Statutory;
        old.receivedOn = QDate(2021, 2, 15);
        QVERIFY(before->log(old));
        QCOMPARE(responseDue(before->rules(), old, today), QDate(2021, 3, 1));

        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        auto* picker = control<QComboBox>(dialog, "timescaleProfile");
        QVERIFY(picker);
        picker->setCurrentIndex(picker->findData(QStringLiteral("statutory")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("timescaleNote"))
                    ->text()
                    .contains(QStringLiteral("keep the timescales")));
        QCOMPARE(control<DateEdit>(dialog, "timescaleEffectiveFrom")->date(), today);
        auto* days = control<QSpinBox>(dialog, "responseDays_1");
        QVERIFY(days);
        QCOMPARE(days->value(), 10);
        days->setValue(15);
        QTest::mouseClick(control<QPushButton>(dialog, "saveTimescales"), Qt::LeftButton);
        QVERIFY2(message(dialog, "timescalesPage").startsWith(QStringLiteral("Saved")),
                 qPrintable(message(dialog, "timescalesPage")));
        QCOMPARE(control<QSpinBox>(dialog, "responseDays_1")->value(), 15);

        auto after = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case fresh;
        fresh.kind = CaseKind::Complaint;
        fresh.procedure = Procedure::Statutory;
        fresh.receivedOn = today;
        QVERIFY(after->log(fresh));
        QCOMPARE(fresh.stages.first().profileEffectiveFrom, today);
        QCOMPARE(responseDue(after->rules(), fresh, today), QDate(2021, 3, 22));
        const Case kept = CaseRepository(*db).load(old.id).value();
        QCOMPARE(responseDue(after->rules(), kept, today), QDate(2021, 3, 1));
        QVERIFY(auditActions(*db).contains(QStringLiteral("admin_profile")));

        // A refused save shows why and keeps what was typed.
        control<QSpinBox>(dialog, "maxResponseDays_1")->setValue(12);
        QTest::mouseClick(control<QPushButton>(dialog, "saveTimescales"), Qt::LeftButton);
        QVERIFY(message(dialog, "timescalesPage").contains(QStringLiteral("Stage 1")));
        QCOMPARE(control<QSpinBox>(dialog, "maxResponseDays_1")->value(), 12);
    }

    // The statutory procedure counts a Sunday receipt from that day unless the council says
    // such a request is received on the Monday: then a complaint logged afterwards is due a
    // working day later, and one logged before keeps its deadline.
    void receiptOnANonWorkingDayIsChosenPerProcedure()
    {
        const QDate sunday(2020, 12, 13);
        FixedToday fixed(sunday);
        REDRESS_SQLITE_DATABASE(db);
        auto before = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case old;
        old.kind = CaseKind::Complaint;
        old.procedure = Procedure::Statutory;
        old.receivedOn = sunday;
        QVERIFY(before->log(old));
        QCOMPARE(responseDue(before->rules(), old, sunday), QDate(2020, 12, 29));

        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        auto* picker = control<QComboBox>(dialog, "timescaleProfile");
        picker->setCurrentIndex(picker->findData(QStringLiteral("statutory")));
        auto* receipt = control<QComboBox>(dialog, "receiptOnNonWorkingDay");
        QVERIFY(receipt);
        QCOMPARE(receipt->currentData().toBool(), false);
        QVERIFY(receipt->currentText().contains(QStringLiteral("regulations")));
        receipt->setCurrentIndex(receipt->findData(true));
        control<DateEdit>(dialog, "timescaleEffectiveFrom")->setDate(sunday.addDays(-1));
        QTest::mouseClick(control<QPushButton>(dialog, "saveTimescales"), Qt::LeftButton);
        QVERIFY2(message(dialog, "timescalesPage").startsWith(QStringLiteral("Saved")),
                 qPrintable(message(dialog, "timescalesPage")));

        // Stored with the new version, shown again when the procedure is picked afresh.
        const ProcedureCatalog catalog = ReferenceData(*db).procedures().value();
        QVERIFY(catalog.profileFor(QStringLiteral("statutory"), sunday)->receivedOnNextWorkingDay);
        QVERIFY(!catalog.profileFor(QStringLiteral("statutory"), sunday.addDays(-2))
                     ->receivedOnNextWorkingDay);
        picker->setCurrentIndex(picker->findData(QStringLiteral("corporate")));
        QCOMPARE(receipt->currentData().toBool(), false);
        picker->setCurrentIndex(picker->findData(QStringLiteral("statutory")));
        QCOMPARE(receipt->currentData().toBool(), true);

        bool audited = false;
        for (const AuditEntry& entry : AuditLog(*db).latest(20).value()) {
            if (entry.actor == actor && entry.action == u"admin_profile")
                audited = entry.after.value(u"receivedOnNextWorkingDay").toBool() &&
                          !entry.before.value(u"receivedOnNextWorkingDay").toBool(true);
        }
        QVERIFY(audited);

        auto after = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case fresh;
        fresh.kind = CaseKind::Complaint;
        fresh.procedure = Procedure::Statutory;
        fresh.receivedOn = sunday;
        QVERIFY(after->log(fresh));
        QCOMPARE(responseDue(after->rules(), fresh, sunday), QDate(2020, 12, 30));
        const Case kept = CaseRepository(*db).load(old.id).value();
        QCOMPARE(responseDue(after->rules(), kept, sunday), QDate(2020, 12, 29));
        // The acknowledgement, due first, follows the same counting.
        QCOMPARE(CaseRepository(*db).load(fresh.id)->dueOn, QDate(2020, 12, 16));
        QCOMPARE(kept.dueOn, QDate(2020, 12, 15));
    }

    // The corporate procedure given a third stage (its days typed) or only one; the
    // statutory procedure's stages cannot be changed.
    void corporateStagesAreAddedOrRemoved_data()
    {
        QTest::addColumn<int>("stages");
        QTest::addColumn<QList<int>>("responseDays");
        QTest::addRow("three") << 3 << QList<int>{10, 20, 15};
        QTest::addRow("one") << 1 << QList<int>{10};
    }
    void corporateStagesAreAddedOrRemoved()
    {
        QFETCH(int, stages);
        QFETCH(QList<int>, responseDays);
        const QDate today(2021, 3, 1);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        auto* picker = control<QComboBox>(dialog, "timescaleProfile");
        auto* count = control<QSpinBox>(dialog, "timescaleStageCount");
        QVERIFY(picker && count);
        picker->setCurrentIndex(picker->findData(QStringLiteral("statutory")));
        QCOMPARE(count->value(), 3);
        QVERIFY(!count->isEnabled());
        picker->setCurrentIndex(picker->findData(QStringLiteral("corporate")));
        QCOMPARE(count->value(), 2);
        QVERIFY(count->isEnabled());
        count->setValue(stages);
        QVERIFY(!control<QSpinBox>(dialog, "responseDays_4"));
        QCOMPARE(bool(control<QSpinBox>(dialog, "responseDays_3")), stages == 3);
        if (stages == 3)
            control<QSpinBox>(dialog, "responseDays_3")->setValue(15);
        QTest::mouseClick(control<QPushButton>(dialog, "saveTimescales"), Qt::LeftButton);
        QVERIFY2(message(dialog, "timescalesPage").startsWith(QStringLiteral("Saved")),
                 qPrintable(message(dialog, "timescalesPage")));
        QCOMPARE(count->value(), stages);

        const ProcedureProfile saved = ReferenceData(*db)
                                           .procedures()
                                           .value()
                                           .profileFor(QStringLiteral("corporate"), today)
                                           .value();
        QCOMPARE(saved.effectiveFrom, today);
        QList<int> days;
        for (const StageRule& rule : saved.stages)
            days << rule.responseDays;
        QCOMPARE(days, responseDays);
        QVERIFY(auditActions(*db).contains(QStringLiteral("admin_profile")));
    }

    void teamIsAddedRenamedAndDeactivated()
    {
        FixedToday fixed(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        ReferenceData reference(*db);
        OrgUnit service;
        for (const OrgUnit& unit : reference.orgUnits().value()) {
            if (unit.level == u"service" && service.id == 0)
                service = unit;
        }
        QVERIFY(service.id != 0);

        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        auto* tree = control<QTreeView>(dialog, "unitTree");
        QVERIFY(tree);
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, service.name, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        tree->setCurrentIndex(found.first());
        QTest::keyClicks(control<QLineEdit>(dialog, "unitName"), QStringLiteral("Fostering North"));
        QTest::mouseClick(control<QPushButton>(dialog, "addUnitBelow"), Qt::LeftButton);

        auto findUnit = [&](const QString& name) -> std::optional<OrgUnit> {
            for (const OrgUnit& unit : reference.orgUnits().value()) {
                if (unit.name == name)
                    return unit;
            }
            return std::nullopt;
        };
        const auto team = findUnit(QStringLiteral("Fostering North"));
        QVERIFY2(team, qPrintable(message(dialog, "unitsPage")));
        QCOMPARE(team->level, QStringLiteral("team"));
        QCOMPARE(team->parentId, service.id);
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Fostering North"));

        QTest::keyClicks(control<QLineEdit>(dialog, "unitName"),
                         QStringLiteral("Fostering North and West"));
        QTest::mouseClick(control<QPushButton>(dialog, "renameUnit"), Qt::LeftButton);
        const auto renamed = findUnit(QStringLiteral("Fostering North and West"));
        QVERIFY(renamed);
        QCOMPARE(renamed->id, team->id);
        QCOMPARE(renamed->code, team->code);

        QTest::mouseClick(control<QPushButton>(dialog, "toggleUnitActive"), Qt::LeftButton);
        QVERIFY(!findUnit(QStringLiteral("Fostering North and West"))->active);

        // An empty name is refused with a message; nothing is added.
        const qsizetype count = reference.orgUnits()->size();
        QTest::mouseClick(control<QPushButton>(dialog, "addPortfolio"), Qt::LeftButton);
        QVERIFY(message(dialog, "unitsPage").contains(QStringLiteral("needs a name")));
        QCOMPARE(reference.orgUnits()->size(), count);
        QCOMPARE(auditActions(*db).count(QStringLiteral("admin_org_unit")), 3);
    }

    void userIsAdded()
    {
        FixedToday fixed(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto dialogSession = sessionOn(*db, actor);
        QVERIFY(dialogSession);
        auto openedDialog = openAdministration(*dialogSession);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        QTest::keyClicks(control<QLineEdit>(dialog, "userName"), QStringLiteral("jbloggs"));
        QTest::mouseClick(control<QPushButton>(dialog, "saveUser"), Qt::LeftButton);
        QVERIFY(message(dialog, "usersPage").contains(QStringLiteral("display name")));
        QCOMPARE(control<QLineEdit>(dialog, "userName")->text(), QStringLiteral("jbloggs"));

        QTest::keyClicks(control<QLineEdit>(dialog, "userDisplayName"),
                         QStringLiteral("Jo Bloggs"));
        auto* role = control<QComboBox>(dialog, "userRole");
        role->setCurrentIndex(role->findData(QStringLiteral("lead")));
        auto* team = control<QComboBox>(dialog, "userTeam");
        QVERIFY(team->count() > 1);
        team->setCurrentIndex(1);
        const qint64 teamId = team->currentData().toLongLong();
        QTest::mouseClick(control<QPushButton>(dialog, "saveUser"), Qt::LeftButton);

        std::optional<User> saved;
        for (const User& user : ReferenceData(*db).users().value()) {
            if (user.username == u"jbloggs")
                saved = user;
        }
        QVERIFY2(saved, qPrintable(message(dialog, "usersPage")));
        QCOMPARE(saved->displayName, QStringLiteral("Jo Bloggs"));
        QCOMPARE(saved->role, QStringLiteral("lead"));
        QCOMPARE(saved->teamId, teamId);
        QVERIFY(saved->active);
        QVERIFY(auditActions(*db).contains(QStringLiteral("admin_user")));
    }

    void yearFiguresRoundTrip()
    {
        FixedToday fixed(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        {
            auto dialogSession = sessionOn(*db, actor);
            QVERIFY(dialogSession);
            auto openedDialog = openAdministration(*dialogSession);
            QVERIFY(openedDialog);
            AdministrationDialog& dialog = *openedDialog;
            auto* year = control<QComboBox>(dialog, "figuresYear");
            QCOMPARE(year->currentData().toInt(), 2020);
            year->setCurrentIndex(year->findData(2019));
            QCOMPARE(control<QSpinBox>(dialog, "childrenInArea")->value(), -1); // not known
            control<QSpinBox>(dialog, "childrenInArea")->setValue(34503);
            control<QSpinBox>(dialog, "openCases")->setValue(2376);
            QTest::mouseClick(control<QPushButton>(dialog, "saveYearFigures"), Qt::LeftButton);
            QVERIFY2(message(dialog, "yearFiguresPage").contains(QStringLiteral("2019/20")),
                     qPrintable(message(dialog, "yearFiguresPage")));
        }
        const auto stored = ReferenceData(*db).yearContext(2019).value();
        QVERIFY(stored);
        QCOMPARE(stored->childrenInArea, std::optional<int>(34503));
        QCOMPARE(stored->openCases, std::optional<int>(2376));
        QVERIFY(!stored->childrenInCare);

        auto againSession = sessionOn(*db, actor);
        QVERIFY(againSession);
        AdministrationDialog again(*againSession);
        auto* year = control<QComboBox>(again, "figuresYear");
        year->setCurrentIndex(year->findData(2019));
        QCOMPARE(control<QSpinBox>(again, "openCases")->value(), 2376);
        const QStringList actions = auditActions(*db);
        QCOMPARE(actions, QStringList{QStringLiteral("admin_year_context")});
    }

    // The Ombudsman's national uphold rate is kept per year to one decimal place, in the audit
    // trail, and shows again for its year only.
    void nationalUpholdRateRoundTrip()
    {
        FixedToday fixed(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        {
            auto dialogSession = sessionOn(*db, actor);
            QVERIFY(dialogSession);
            auto openedDialog = openAdministration(*dialogSession);
            QVERIFY(openedDialog);
            AdministrationDialog& dialog = *openedDialog;
            auto* rate = control<QDoubleSpinBox>(dialog, "ombudsmanNationalUphold");
            QCOMPARE(rate->text(), QStringLiteral("Not known"));
            rate->setValue(51.2);
            QTest::mouseClick(control<QPushButton>(dialog, "saveYearFigures"), Qt::LeftButton);
            QVERIFY2(message(dialog, "yearFiguresPage").contains(QStringLiteral("2020/21")),
                     qPrintable(message(dialog, "yearFiguresPage")));
        }
        QCOMPARE(ReferenceData(*db).ombudsmanNationalUphold(2020).value(), std::optional<int>(512));
        // the year's figures, then the rate
        QCOMPARE(auditActions(*db), QStringList(2, QStringLiteral("admin_year_context")));

        auto againSession = sessionOn(*db, actor);
        QVERIFY(againSession);
        AdministrationDialog again(*againSession);
        auto* rate = control<QDoubleSpinBox>(again, "ombudsmanNationalUphold");
        QCOMPARE(rate->value(), 51.2);
        auto* year = control<QComboBox>(again, "figuresYear");
        year->setCurrentIndex(year->findData(2019));
        QCOMPARE(rate->text(), QStringLiteral("Not known"));
    }
};

QTEST_MAIN(TestAdministration)
#include "TestAdministration.moc"
