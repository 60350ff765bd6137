// The case view's restriction control: a lead chooses who may see a case, the header says it is
// restricted, someone not chosen cannot open it, an officer is not offered the control, and the
// restriction can be lifted again.
#include "TestSupport.h"
#include "caseview/CaseView.h"
#include "caseview/RestrictionPanel.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestCaseRestriction : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    static QString restrictionText(QWidget& view)
    {
        auto* label = view.findChild<QLabel*>(QStringLiteral("caseRestriction"));
        return label && label->isVisible() ? label->text() : QString();
    }

    static void tick(QDialog* dialog, const QString& login)
    {
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("restrictPeople"));
        QVERIFY(list);
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toString() == login)
                list->item(row)->setCheckState(Qt::Checked);
    }

private slots:
    void aLeadRestrictsAndLiftsACase()
    {
        REDRESS_SQLITE_DATABASE(db);
        for (const auto& [login, role] :
             {std::pair{"lead.a", "lead"}, std::pair{"officer.b", "officer"},
              std::pair{"officer.c", "officer"}})
            QVERIFY(sql::exec(db->sql(),
                              QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                             "VALUES (?, ?, ?)"),
                              {QString::fromLatin1(login), QString::fromLatin1(login),
                               QString::fromLatin1(role)}));
        FixedToday today(QDate(2021, 2, 1));
        auto lead = sessionOn(*db, QStringLiteral("lead.a"));
        const Case logged = loggedComplaint(*lead, QDate(2021, 1, 11));
        CaseView view(*lead);
        view.resize(1000, 700);
        view.show();
        QVERIFY(view.load(logged.id));
        QCOMPARE(restrictionText(view), QString());
        auto* button = view.findChild<QPushButton*>(QStringLiteral("restrictCase"));
        QVERIFY(button && button->isVisible());

        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = view.findChild<QDialog*>(QStringLiteral("restrictDialog"));
        QVERIFY(dialog && dialog->isVisible());
        tick(dialog, QStringLiteral("officer.b"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restrictApply")),
                          Qt::LeftButton);
        QCOMPARE(restrictionText(view),
                 QStringLiteral("Restricted: only lead.a, officer.b may see this case"));
        QTRY_VERIFY(!view.findChild<QDialog*>(QStringLiteral("restrictDialog")));
        QCOMPARE(lead->auditLog().entriesForCase(logged.id)->constLast().action,
                 QStringLiteral("restrict"));

        // Someone not chosen cannot open it, and an officer is not offered the control.
        auto other = sessionOn(*db, QStringLiteral("officer.c"));
        CaseView otherView(*other);
        QVERIFY(!otherView.load(logged.id));
        auto named = sessionOn(*db, QStringLiteral("officer.b"));
        CaseView namedView(*named);
        namedView.show();
        QVERIFY(namedView.load(logged.id));
        QVERIFY(restrictionText(namedView).contains(QStringLiteral("officer.b")));
        QVERIFY(!namedView.findChild<QPushButton*>(QStringLiteral("restrictCase"))->isVisible());
        QVERIFY(!namedView.findChild<QAction*>(QStringLiteral("menu_restrict"))->isVisible());
        QCOMPARE(namedView.findChild<RestrictionPanel*>()->startChange(), nullptr);

        // Lifted, everyone may open it again. The keyboard's way in is the Actions menu's
        // item, Alt+A then C.
        auto* item = view.findChild<QAction*>(QStringLiteral("menu_restrict"));
        QVERIFY(item && item->isVisible());
        QCOMPARE(QKeySequence::mnemonic(item->text()), QKeySequence(Qt::ALT | Qt::Key_C));
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("caseActionsMenu"))
                    ->menu()
                    ->actions()
                    .contains(item));
        item->trigger();
        dialog = view.findChild<QDialog*>(QStringLiteral("restrictDialog"));
        QVERIFY(dialog);
        auto* lift = dialog->findChild<QPushButton*>(QStringLiteral("restrictLift"));
        QVERIFY(lift->isEnabled());
        QTest::mouseClick(lift, Qt::LeftButton);
        QCOMPARE(restrictionText(view), QString());
        QVERIFY(otherView.load(logged.id));
        QCOMPARE(lead->auditLog().entriesForCase(logged.id)->constLast().action,
                 QStringLiteral("lift_restriction"));
    }
};

QTEST_MAIN(TestCaseRestriction)
#include "TestCaseRestriction.moc"
