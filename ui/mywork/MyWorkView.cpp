#include "MyWorkView.h"

#include "mywork/MyWorkLists.h"
#include "queue/CaseQueueModel.h"
#include "session/Session.h"
#include "storage/LastLooked.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redress {

MyWorkView::MyWorkView(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("myWork"));
    // Changes since the previous start are the ones to show; this start is the next one's.
    LastLooked lastLooked(m_session.database());
    auto since = lastLooked.of(m_session.actor());
    m_sinceUtc = since ? since.value() : QDateTime();
    const Status looked = since ? lastLooked.set(m_session.actor(), Clock::currentDateTimeUtc())
                                : Status(Error{since.error()});

    auto* layout = new QVBoxLayout(this);
    m_reminder = new QLabel(this);
    m_reminder->setObjectName(QStringLiteral("myWorkReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setTextFormat(Qt::PlainText);
    m_reminder->setAccessibleName(tr("Reminder"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("myWorkError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    m_error->hide();
    auto* controls = new QHBoxLayout;
    auto* daysLabel = new QLabel(tr("Remind me this many working days before a deadline:"), this);
    m_reminderDays = new QSpinBox(this);
    m_reminderDays->setObjectName(QStringLiteral("myWorkReminderDays"));
    m_reminderDays->setAccessibleName(tr("Reminder, in working days before a deadline"));
    m_reminderDays->setRange(0, 30);
    m_reminderDays->setValue(CaseQueueModel::savedDueSoonWorkingDays());
    daysLabel->setBuddy(m_reminderDays);
    m_markSeen = new QPushButton(tr("Mark changes as seen"), this);
    m_markSeen->setObjectName(QStringLiteral("myWorkMarkSeen"));
    m_markSeen->setAccessibleDescription(
        tr("Empties the list of changes by others until someone changes one of your cases"));
    controls->addWidget(daysLabel);
    controls->addWidget(m_reminderDays);
    controls->addStretch();
    controls->addWidget(m_markSeen);
    m_lists = new QTreeWidget(this);
    m_lists->setObjectName(QStringLiteral("myWorkLists"));
    m_lists->setAccessibleName(tr("My work"));
    m_lists->setAccessibleDescription(tr("Your cases by what they need; Enter opens one"));
    m_lists->setHeaderLabels({tr("Case"), tr("Deadline"), tr("Why it is here"), tr("Complainant")});
    m_lists->setRootIsDecorated(true);
    m_lists->setUniformRowHeights(true);
    m_lists->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_reminder);
    layout->addWidget(m_error);
    layout->addLayout(controls);
    layout->addWidget(m_lists, 1);

    connect(m_lists, &QTreeWidget::itemActivated, this, &MyWorkView::open);
    connect(m_reminderDays, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(CaseQueueModel::dueSoonSettingsKey(), days);
        reload();
        emit reminderDaysChanged(days);
    });
    connect(m_markSeen, &QPushButton::clicked, this, &MyWorkView::markSeen);
    connect(&m_session, &Session::casesChanged, this, &MyWorkView::reload);
    connect(&m_session, &Session::rulesChanged, this, &MyWorkView::reload);
    reload();
    if (!looked) {
        m_error->setText(looked.error());
        m_error->show();
    }
}

int MyWorkView::reminderDays() const
{
    return m_reminderDays->value();
}

void MyWorkView::markSeen()
{
    m_sinceUtc = Clock::currentDateTimeUtc();
    const Status looked = LastLooked(m_session.database()).set(m_session.actor(), m_sinceUtc);
    reload();
    if (!looked) {
        m_error->setText(looked.error());
        m_error->show();
    }
}

void MyWorkView::reload()
{
    auto loaded = MyWorkLists::load(m_session, reminderDays(), m_sinceUtc);
    m_error->setVisible(!loaded);
    if (!loaded) {
        m_error->setText(loaded.error());
        return;
    }
    m_lists->clear();
    const int days = reminderDays();
    for (MyWorkLists::List list : MyWorkLists::allLists()) {
        const auto& items = loaded->items(list);
        auto* group = new QTreeWidgetItem(
            m_lists, {tr("%1 (%2)").arg(MyWorkLists::title(list)).arg(items.size())});
        group->setFirstColumnSpanned(true);
        group->setData(0, Qt::UserRole, qint64(0));
        for (const MyWorkLists::Item& item : items) {
            auto* row = new QTreeWidgetItem(group, {item.row.reference, ukDate(item.row.dueOn),
                                                    item.detail, item.row.complainantName});
            row->setData(0, Qt::UserRole, item.row.id);
            row->setIcon(1, CaseQueueModel::urgencyIcon(item.standing, days));
        }
        group->setExpanded(!items.isEmpty());
    }
    const auto& reminders = loaded->items(MyWorkLists::List::Reminders);
    const qsizetype overdue = loaded->items(MyWorkLists::List::Overdue).size();
    QStringList references;
    for (const MyWorkLists::Item& item : reminders)
        references << item.row.reference;
    QString text = reminders.isEmpty()
                       ? tr("Reminder: none of your deadlines falls within your reminder window.")
                       : tr("Reminder: %1 due within your reminder window.")
                             .arg(references.join(QStringLiteral(", ")));
    if (overdue > 0)
        text += u' ' + tr("Overdue cases of yours: %1.").arg(overdue);
    m_reminder->setText(text);
}

void MyWorkView::open(QTreeWidgetItem* item)
{
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (id > 0)
        emit openCaseRequested(id);
}

} // namespace redress
