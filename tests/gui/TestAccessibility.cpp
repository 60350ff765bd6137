#include "TestSupport.h"
#include "admin/AdministrationDialog.h"
#include "caseview/CaseView.h"
#include "importing/ImportWizard.h"
#include "intake/NewCaseDialog.h"
#include "mainwindow/MainWindow.h"
#include "queue/QueueFilterBar.h"
#include "reports/ReportView.h"
#include "workflow/CaseWorkflow.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <algorithm>
#include <functional>
#include <memory>

using namespace redress;
using namespace redress::test;

namespace {

// What a screen reader announces for the widget: its accessible name, else its label
// buddy's text, else its own text.
QString spokenName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// On Linux a combo box's accessible name falls back to its current choice, which says
// nothing about what is being chosen: a combo needs its own name or a label.
bool comboNamedByItsChoiceOnly(QWidget* widget)
{
    if (!qobject_cast<QComboBox*>(widget) || !widget->accessibleName().trimmed().isEmpty())
        return false;
    const auto labels = widget->window()->findChildren<QLabel*>();
    return std::none_of(labels.cbegin(), labels.cend(),
                        [widget](const QLabel* label) { return label->buddy() == widget; });
}

// The part of a compound control (a spin box's or combo's own line edit, a date edit's
// calendar button) that the control itself names.
bool isPartOfCompound(const QWidget* widget)
{
    const QObject* parent = widget->parent();
    return qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent);
}

// Every control Tab or a click can reach, visible or not (other tabs, other kinds' forms).
QStringList unnamedControls(QWidget* top)
{
    QStringList offenders;
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || isPartOfCompound(widget))
            continue;
        if (widget->window() != top)
            continue; // in a window of its own, e.g. a combo's popup list
        if (spokenName(widget).isEmpty() || comboNamedByItsChoiceOnly(widget))
            offenders << QStringLiteral("%1 (%2, in %3)")
                             .arg(widget->objectName(),
                                  QLatin1String(widget->metaObject()->className()),
                                  widget->parentWidget()
                                      ? widget->parentWidget()->objectName() + u':' +
                                            QLatin1String(
                                                widget->parentWidget()->metaObject()->className())
                                      : QString());
    }
    return offenders;
}

using Opener = std::function<std::unique_ptr<QWidget>(Session&, qint64 caseId)>;

} // namespace

Q_DECLARE_METATYPE(Opener)

class TestAccessibility : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:

    void everyControlHasAName_data()
    {
        QTest::addColumn<Opener>("open");
        QTest::addRow("main window with queue and filter bar") << Opener(
            [](Session& session, qint64) { return std::make_unique<MainWindow>(session); });
        QTest::addRow("main window with a case and the reports open")
            << Opener([](Session& session, qint64 caseId) {
                   auto window = std::make_unique<MainWindow>(session);
                   window->openCase(caseId);
                   window->openReports();
                   return window;
               });
        QTest::addRow("case view") << Opener([](Session& session, qint64 caseId) {
            auto view = std::make_unique<CaseView>(session);
            (void)view->load(caseId);
            return view;
        });
        QTest::addRow("new case dialog") << Opener(
            [](Session& session, qint64) { return std::make_unique<NewCaseDialog>(session); });
        QTest::addRow("administration dialog") << Opener([](Session& session, qint64) {
            return std::make_unique<AdministrationDialog>(session);
        });
        QTest::addRow("import wizard") << Opener(
            [](Session& session, qint64) { return std::make_unique<ImportWizard>(session); });
        QTest::addRow("report view") << Opener(
            [](Session& session, qint64) { return std::make_unique<ReportView>(session); });
    }

    // Every focusable control, shown or not, has a name a screen reader can speak: its
    // accessible name, a label whose buddy it is, or its own text.
    void everyControlHasAName()
    {
        QFETCH(Opener, open);
        FixedToday today(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 2, 1));
        QVERIFY(record.id != 0);

        std::unique_ptr<QWidget> top = open(*session, record.id);
        top->show();
        QVERIFY(QTest::qWaitForWindowExposed(top.get()));
        const QStringList offenders = unnamedControls(top.get());
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("No accessible name:\n  ") +
                                                 offenders.join(QStringLiteral("\n  "))));
    }

    // The check can fail: an unnamed control among named ones is found.
    void anUnnamedControlIsFound()
    {
        QWidget top;
        top.setObjectName(QStringLiteral("top"));
        auto* named = new QComboBox(&top);
        named->setAccessibleName(QStringLiteral("Named"));
        auto* unnamed = new QComboBox(&top);
        unnamed->setObjectName(QStringLiteral("unnamedCombo"));
        unnamed->addItem(QStringLiteral("A choice is not a name"));
        auto* labelled = new QComboBox(&top);
        labelled->addItem(QStringLiteral("Choice"));
        (new QLabel(QStringLiteral("&Labelled:"), &top))->setBuddy(labelled);
        const QStringList offenders = unnamedControls(&top);
        QCOMPARE(offenders.size(), 1);
        QVERIFY(offenders.first().startsWith(QStringLiteral("unnamedCombo (QComboBox")));
    }

    // Tab goes through the queue's filters left to right, from the view picker to the search.
    void tabFollowsTheFilterBar()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = test::sessionOn(*db);
        QVERIFY(session);
        MainWindow window(*session);
        auto* bar = window.findChild<QueueFilterBar*>(QStringLiteral("queueFilterBar"));
        QVERIFY(bar);
        QStringList order;
        QWidget* widget = bar->viewPicker();
        for (int step = 0; step < 40 && widget; ++step) {
            if (bar->isAncestorOf(widget) && !widget->objectName().isEmpty() &&
                (widget->focusPolicy() & Qt::TabFocus) && !isPartOfCompound(widget) &&
                !order.contains(widget->objectName()))
                order << widget->objectName();
            widget = widget->nextInFocusChain();
        }
        QCOMPARE(
            order,
            (QStringList{QStringLiteral("queueViewPicker"), QStringLiteral("queueKindFilter"),
                         QStringLiteral("queueProcedureFilter"), QStringLiteral("queueStageFilter"),
                         QStringLiteral("queueAreaFilter"), QStringLiteral("queueOfficerFilter"),
                         QStringLiteral("queueReceivedFrom"), QStringLiteral("queueReceivedTo"),
                         QStringLiteral("queueDueFrom"), QStringLiteral("queueDueTo"),
                         QStringLiteral("queueSearch")}));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
