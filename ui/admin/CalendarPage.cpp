#include "CalendarPage.h"

#include "common/DateEdit.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redress {

namespace {
constexpr int DateRole = Qt::UserRole;
}

CalendarPage::CalendarPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("calendarPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = named(new QSpinBox(this), QStringLiteral("calendarYear"), tr("Calendar year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::today().year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    layout->addLayout(top);

    auto* lists = new QGridLayout;
    m_bankHolidays = named(new QListWidget(this), QStringLiteral("bankHolidays"),
                           tr("Bank holidays of the year"));
    m_closures =
        named(new QListWidget(this), QStringLiteral("closureDays"), tr("Closure days of the year"));
    auto* bankLabel = new QLabel(tr("&Bank holidays (England and Wales):"), this);
    bankLabel->setBuddy(m_bankHolidays);
    auto* closureLabel = new QLabel(tr("C&losure days:"), this);
    closureLabel->setBuddy(m_closures);
    lists->addWidget(bankLabel, 0, 0);
    lists->addWidget(closureLabel, 0, 1);
    lists->addWidget(m_bankHolidays, 1, 0);
    lists->addWidget(m_closures, 1, 1);
    layout->addLayout(lists, 1);

    auto* note = new QLabel(tr("Closure days stop the clock only for the procedures whose "
                               "timescales say so (see Timescales); the statutory children's "
                               "procedure counts them as working days."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* form = new QFormLayout;
    m_closureDate = named(new DateEdit(Clock::today(), this), QStringLiteral("closureDate"),
                          tr("Date of the closure day or bank holiday to add"));
    m_closureTitle = named(new QLineEdit(this), QStringLiteral("closureTitle"),
                           tr("What the closure day or bank holiday is"));
    m_closureTitle->setPlaceholderText(tr("Council closure"));
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_closureDate);
    auto* titleLabel = new QLabel(tr("&Reason:"), this);
    titleLabel->setBuddy(m_closureTitle);
    form->addRow(dateLabel, m_closureDate);
    form->addRow(titleLabel, m_closureTitle);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add = named(new QPushButton(tr("&Add closure day"), this),
                      QStringLiteral("addClosureDay"), tr("Add closure day"));
    auto* remove = named(new QPushButton(tr("Re&move selected closure day"), this),
                         QStringLiteral("removeClosureDay"), tr("Remove selected closure day"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    // The list of bank holidays follows the rules and gov.uk's one-off days; a new one-off
    // day (or a moved one) is entered here with the same date and reason.
    auto* holidayButtons = new QHBoxLayout;
    auto* addHoliday =
        named(new QPushButton(tr("Add bank &holiday"), this), QStringLiteral("addBankHoliday"),
              tr("Add the date above as a bank holiday"));
    auto* removeHoliday = named(new QPushButton(tr("Remove selected ban&k holiday"), this),
                                QStringLiteral("removeBankHoliday"),
                                tr("Take the selected day off the bank holidays"));
    holidayButtons->addWidget(addHoliday);
    holidayButtons->addWidget(removeHoliday);
    holidayButtons->addStretch();
    layout->addLayout(holidayButtons);
    layout->addWidget(messageLine());

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::reload);
    connect(add, &QPushButton::clicked, this, &CalendarPage::addClosureDay);
    connect(remove, &QPushButton::clicked, this, &CalendarPage::removeClosureDay);
    connect(addHoliday, &QPushButton::clicked, this, &CalendarPage::addBankHoliday);
    connect(removeHoliday, &QPushButton::clicked, this, &CalendarPage::removeBankHoliday);
    reload();
}

void CalendarPage::reload()
{
    const int year = m_year->value();
    m_bankHolidays->clear();
    m_closures->clear();
    auto calendar = reference().calendar();
    if (!calendar) {
        showError(calendar.error());
        return;
    }
    for (const CalendarDay& day : calendar->bankHolidays().holidaysIn(year)) {
        auto* item = new QListWidgetItem(tr("%1  %2").arg(adminDate(day.date), day.title));
        item->setData(DateRole, day.date);
        m_bankHolidays->addItem(item);
    }
    auto closures = reference().closureDays();
    if (!closures) {
        showError(closures.error());
        return;
    }
    for (const CalendarDay& day : closures.value()) {
        if (day.date.year() != year)
            continue;
        auto* item = new QListWidgetItem(tr("%1  %2").arg(adminDate(day.date), day.title));
        item->setData(DateRole, day.date);
        m_closures->addItem(item);
    }
}

void CalendarPage::addClosureDay()
{
    if (const QString problem = m_closureDate->problem(tr("Date")); !problem.isEmpty()) {
        showError(problem);
        m_closureDate->setFocus();
        return;
    }
    const QDate day = m_closureDate->date();
    QString title = m_closureTitle->text().trimmed();
    if (title.isEmpty())
        title = m_closureTitle->placeholderText();
    const auto moved = changeDeadlineRules(tr("closure day %1 added").arg(adminDate(day)),
                                           [&] { return reference().addClosureDay(day, title); });
    if (!moved)
        return;
    m_closureTitle->clear();
    if (m_year->value() != day.year())
        m_year->setValue(day.year()); // reloads
    else
        reload();
    showDone(tr("%1 added as a closure day. %2").arg(adminDate(day), *moved));
}

void CalendarPage::removeClosureDay()
{
    QListWidgetItem* item = m_closures->currentItem();
    if (!item) {
        showError(tr("Select the closure day to remove."));
        return;
    }
    const QDate day = item->data(DateRole).toDate();
    const auto moved = changeDeadlineRules(tr("closure day %1 removed").arg(adminDate(day)),
                                           [&] { return reference().removeClosureDay(day); });
    if (!moved)
        return;
    reload();
    showDone(tr("%1 is no longer a closure day. %2").arg(adminDate(day), *moved));
}

void CalendarPage::addBankHoliday()
{
    if (const QString problem = m_closureDate->problem(tr("Date")); !problem.isEmpty()) {
        showError(problem);
        m_closureDate->setFocus();
        return;
    }
    const QDate day = m_closureDate->date();
    const QString title = m_closureTitle->text().trimmed();
    if (title.isEmpty()) {
        showError(tr("Say what the bank holiday is in Reason, e.g. \"Coronation of King Charles "
                     "III\"."));
        m_closureTitle->setFocus();
        return;
    }
    const auto moved = changeDeadlineRules(tr("bank holiday %1 added").arg(adminDate(day)),
                                           [&] { return reference().addBankHoliday(day, title); });
    if (!moved)
        return;
    m_closureTitle->clear();
    if (m_year->value() != day.year())
        m_year->setValue(day.year()); // reloads
    else
        reload();
    showDone(tr("%1 added as a bank holiday. %2").arg(adminDate(day), *moved));
}

void CalendarPage::removeBankHoliday()
{
    QListWidgetItem* item = m_bankHolidays->currentItem();
    if (!item) {
        showError(tr("Select the bank holiday to remove."));
        return;
    }
    const QDate day = item->data(DateRole).toDate();
    const auto moved = changeDeadlineRules(tr("bank holiday %1 removed").arg(adminDate(day)),
                                           [&] { return reference().removeBankHoliday(day); });
    if (!moved)
        return;
    reload();
    showDone(tr("%1 is no longer a bank holiday. %2").arg(adminDate(day), *moved));
}

} // namespace redress
