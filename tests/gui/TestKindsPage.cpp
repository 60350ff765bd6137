// Administration › Kinds: an administrator adds a kind of feedback of the council's own, which
// New case and the queue's filter then offer by its name; retired, New case no longer offers
// it and the queue still does. New case and the queue's filter already open follow each change
// at once. On a real database file, with real widgets.
#include "AdministrationFixture.h"
#include "TestSupport.h"
#include "admin/AdministrationDialog.h"
#include "intake/IntakeForm.h"
#include "intake/NewCaseDialog.h"
#include "queue/QueueFilterBar.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QString actor = QStringLiteral("admin.tester");

QStringList itemsOf(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

QStringList offeredForNewCases(Session& session)
{
    NewCaseDialog dialog(session);
    return itemsOf(dialog.findChild<QComboBox*>(QStringLiteral("caseKind")));
}

QStringList queueKinds(Session& session)
{
    QueueFilterBar bar(session);
    return itemsOf(bar.findChild<QComboBox*>(QStringLiteral("queueKindFilter")));
}

} // namespace

class TestKindsPage : public QObject
{
    Q_OBJECT

private slots:
    void addedOfferedAndRetired_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("group"); // its item in "Counted as"
        QTest::addColumn<QString>("stored");
        QTest::addRow("with a clock, among the enquiries")
            << QStringLiteral("rp") << 20
            << QStringLiteral("Other feedback and the enquiries table")
            << QStringLiteral("RP|20|enquiry");
        QTest::addRow("no clock, a prefix made from the name")
            << QString() << 0 << QStringLiteral("Other feedback")
            << QStringLiteral("RE|0|other_feedback");
    }
    void addedOfferedAndRetired()
    {
        QFETCH(QString, prefix);
        QFETCH(int, days);
        QFETCH(QString, group);
        QFETCH(QString, stored);
        IsolatedSettings settings;
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, actor);
        QVERIFY(session);
        auto openedDialog = openAdministration(*session);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        auto* name = control<QLineEdit>(dialog, "kindName");
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Representation"));
        QTest::keyClicks(control<QLineEdit>(dialog, "kindPrefix"), prefix);
        control<QSpinBox>(dialog, "kindClockDays")->setValue(days);
        auto* counted = control<QComboBox>(dialog, "kindReportGroup");
        counted->setCurrentIndex(counted->findText(group));
        QVERIFY(counted->currentIndex() >= 0);
        QTest::mouseClick(control<QPushButton>(dialog, "addKind"), Qt::LeftButton);
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("kindsPageMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("\"Representation\" added")),
                 qPrintable(message->text()));

        auto row = sql::exec(db->sql(), QStringLiteral("SELECT reference_prefix, clock_days, "
                                                       "report_group FROM case_kind"));
        QVERIFY(row && row->next());
        QCOMPARE(
            QStringLiteral("%1|%2|%3")
                .arg(row->value(0).toString(), row->value(1).toString(), row->value(2).toString()),
            stored);
        row->finish();
        int audited = 0;
        for (const AuditEntry& entry : AuditLog(*db).latest(20).value())
            audited += entry.action == u"admin_case_kind" && entry.actor == actor;
        QCOMPARE(audited, 1);

        // Offered by its name (never its code) where a kind is chosen.
        auto* table = control<QTableWidget>(dialog, "kindList");
        QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("Representation"));
        QVERIFY(offeredForNewCases(*session).contains(QStringLiteral("Representation")));
        QVERIFY(queueKinds(*session).contains(QStringLiteral("Representation")));
        QVERIFY(!queueKinds(*session).contains(QStringLiteral("representation")));

        // Built-in kinds cannot be renamed or retired.
        table->setCurrentCell(0, 0);
        QVERIFY(!control<QPushButton>(dialog, "retireKind")->isEnabled());
        table->setCurrentCell(table->rowCount() - 1, 0);
        QVERIFY(control<QPushButton>(dialog, "retireKind")->isEnabled());
        QTest::mouseClick(control<QPushButton>(dialog, "retireKind"), Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("retired")), qPrintable(message->text()));
        QVERIFY(!offeredForNewCases(*session).contains(QStringLiteral("Representation")));
        QVERIFY(queueKinds(*session).contains(QStringLiteral("Representation")));
    }

    // New case and the queue's kind filter, already open, follow each change made in
    // Administration › Kinds at once: no restart, nothing reopened.
    void openWindowsFollowTheChange_data()
    {
        QTest::addColumn<QString>("button");  // pressed after adding "Representation"
        QTest::addColumn<QString>("newCase"); // the kind New case then offers, or "" for none
        QTest::addColumn<QString>("queue");   // the kind the queue's filter then offers
        QTest::addRow("added") << QString() << QStringLiteral("Representation")
                               << QStringLiteral("Representation");
        QTest::addRow("renamed") << QStringLiteral("renameKind")
                                 << QStringLiteral("Representations")
                                 << QStringLiteral("Representations");
        QTest::addRow("retired") << QStringLiteral("retireKind") << QString()
                                 << QStringLiteral("Representation");
    }
    void openWindowsFollowTheChange()
    {
        QFETCH(QString, button);
        QFETCH(QString, newCase);
        QFETCH(QString, queue);
        IsolatedSettings settings;
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, actor);
        QVERIFY(session);
        NewCaseDialog intake(*session);
        QueueFilterBar bar(*session);
        auto* intakeKinds = intake.findChild<QComboBox*>(QStringLiteral("caseKind"));
        auto* queueKinds = bar.findChild<QComboBox*>(QStringLiteral("queueKindFilter"));
        queueKinds->setCurrentIndex(queueKinds->findText(QStringLiteral("Concern")));
        const int kindsBefore = queueKinds->count();
        QSignalSpy filterChanged(&bar, &QueueFilterBar::filterChanged);

        auto openedDialog = openAdministration(*session);
        QVERIFY(openedDialog);
        AdministrationDialog& dialog = *openedDialog;
        QTest::keyClicks(control<QLineEdit>(dialog, "kindName"), QStringLiteral("Representation"));
        QTest::mouseClick(control<QPushButton>(dialog, "addKind"), Qt::LeftButton);
        if (!button.isEmpty()) {
            auto* name = control<QLineEdit>(dialog, "kindName");
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Representations"));
            QTest::mouseClick(control<QPushButton>(dialog, button.toLatin1().constData()),
                              Qt::LeftButton);
        }

        const QStringList offered = itemsOf(intakeKinds);
        if (newCase.isEmpty())
            QVERIFY2(!offered.contains(QStringLiteral("Representation")),
                     qPrintable(offered.join(u", ")));
        else
            QVERIFY2(offered.contains(newCase), qPrintable(offered.join(u", ")));
        QCOMPARE(itemsOf(queueKinds).size(), qsizetype(kindsBefore) + 1);
        QVERIFY2(itemsOf(queueKinds).contains(queue), qPrintable(itemsOf(queueKinds).join(u", ")));
        // The queue's choice and the New case form stay as they were.
        QCOMPARE(queueKinds->currentText(), QStringLiteral("Concern"));
        QCOMPARE(filterChanged.size(), 0);
        QCOMPARE(intakeKinds->currentText(), QStringLiteral("Complaint"));
        if (!newCase.isEmpty()) {
            intakeKinds->setCurrentIndex(intakeKinds->findText(newCase));
            QVERIFY(intake.currentForm());
            QVERIFY(intake.currentForm()->isVisibleTo(&intake));
        }
    }
};

QTEST_MAIN(TestKindsPage)
#include "TestKindsPage.moc"
