#include "DateEdit.h"

#include "common/TypedDate.h"
#include "util/Clock.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace redress {

namespace {

const QString ukFormat = QStringLiteral("dd/MM/yyyy");

// A small calendar page in the text colour: the styles offer no calendar icon of their own.
QIcon calendarIcon(const QPalette& palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 3, ink);
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < 3; ++column)
            painter.fillRect(3 + column * 4, 7 + row * 4, 2, 2, ink);
    return QIcon(pixmap);
}

} // namespace

DateEdit::DateEdit(QWidget* parent) : DateEdit(QDate(), parent) {}

DateEdit::DateEdit(QDate date, QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setMaxLength(30);
    // Wide enough for "31/12/2021" and the calendar button, and no wider.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000000")) + 40);
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    m_calendarAction->setObjectName(QStringLiteral("openCalendar"));
    m_calendarAction->setText(tr("Choose from a calendar"));
    m_calendarAction->setToolTip(tr("Choose from a calendar (F4)"));
    connect(m_calendarAction, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::textChanged, this, &DateEdit::noteChange);
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::tidy);
    setDate(date);
}

QDate DateEdit::parsed() const
{
    return dateFromTypedText(text(), Clock::today());
}

bool DateEdit::inRange(QDate date) const
{
    const QDate maximum = maximumDate();
    return date.isValid() && (!m_minimum.isValid() || date >= m_minimum) &&
           (!maximum.isValid() || date <= maximum);
}

QDate DateEdit::date() const
{
    const QDate date = parsed();
    return inRange(date) ? date : QDate();
}

void DateEdit::setDate(QDate date)
{
    setText(date.isValid() ? date.toString(ukFormat) : QString());
    showValidity();
}

void DateEdit::setOptional(const QString& emptyText)
{
    m_optional = true;
    setPlaceholderText(emptyText);
    setClearButtonEnabled(true);
}

void DateEdit::setMinimumDate(QDate date)
{
    m_minimum = date;
    noteChange();
}

void DateEdit::setMaximumDate(QDate date)
{
    m_maximum = date;
    noteChange();
}

void DateEdit::setNotAfterToday()
{
    m_notAfterToday = true;
    noteChange();
}

QDate DateEdit::maximumDate() const
{
    if (!m_notAfterToday)
        return m_maximum;
    const QDate today = Clock::today();
    return m_maximum.isValid() && m_maximum < today ? m_maximum : today;
}

QString DateEdit::problem(const QString& fieldName) const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return m_optional ? QString()
                          : tr("Give the date in \"%1\" (e.g. 31/01/2021)").arg(fieldName);
    const QDate date = parsed();
    const QDate maximum = maximumDate();
    if (!date.isValid())
        return tr("\"%1\" in \"%2\" is not a date: type it as 31/01/2021, 31/1/21 or 31-Jan-21")
            .arg(typed, fieldName);
    if (maximum.isValid() && date > maximum)
        return tr("The date in \"%1\" (%2) is after %3")
            .arg(fieldName, date.toString(ukFormat), maximum.toString(ukFormat));
    if (m_minimum.isValid() && date < m_minimum)
        return tr("The date in \"%1\" (%2) is before %3")
            .arg(fieldName, date.toString(ukFormat), m_minimum.toString(ukFormat));
    return {};
}

void DateEdit::noteChange()
{
    const QDate now = date();
    if (now != m_last) {
        m_last = now;
        emit dateChanged(now);
    }
    // A box marked wrong is cleared as soon as it is put right; a half-typed date is not
    // marked until the officer leaves it.
    if (property("invalid").toBool())
        showValidity();
}

void DateEdit::tidy()
{
    // What was typed is kept as typed when it is no date, so the officer can correct it.
    if (const QDate date = parsed(); date.isValid() && text() != date.toString(ukFormat))
        setText(date.toString(ukFormat));
    showValidity();
}

void DateEdit::showValidity()
{
    const bool wrong = !text().trimmed().isEmpty() && !date().isValid();
    if (property("invalid").toBool() == wrong)
        return;
    setProperty("invalid", wrong);
    setStyleSheet(wrong ? QStringLiteral("QLineEdit { border: 2px solid #b00020; }") : QString());
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_calendar || !m_calendar->window()->isVisible())
        tidy();
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool open = event->key() == Qt::Key_F4 ||
                      (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier);
    if (open && !isReadOnly()) {
        showCalendar();
        return;
    }
    // Up and Down step a day, as they did in the spin box this replaces; an empty box starts
    // at today.
    const bool step = (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) &&
                      !(event->modifiers() & Qt::AltModifier);
    if (step && !isReadOnly()) {
        const QDate shown = date();
        QDate next = !shown.isValid()             ? Clock::today()
                     : event->key() == Qt::Key_Up ? shown.addDays(1)
                                                  : shown.addDays(-1);
        if (inRange(next) || !next.isValid())
            setDate(next);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::showCalendar()
{
    if (!m_calendar) {
        auto* popup = new QWidget(this, Qt::Popup);
        popup->setObjectName(QStringLiteral("calendarPopup"));
        auto* layout = new QVBoxLayout(popup);
        layout->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setAccessibleName(tr("Calendar for %1").arg(accessibleName()));
        m_calendar->setGridVisible(true);
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, [this, popup](QDate chosen) {
            popup->hide();
            setDate(chosen);
            setFocus(Qt::PopupFocusReason);
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    if (m_minimum.isValid())
        m_calendar->setMinimumDate(m_minimum);
    const QDate maximum = maximumDate();
    m_calendar->setMaximumDate(maximum.isValid() ? maximum : QDate(9999, 12, 31));
    // An empty or unreadable box opens at today, never at the calendar's first year.
    QDate start = date().isValid() ? date() : Clock::today();
    if (maximum.isValid() && start > maximum)
        start = maximum;
    if (m_minimum.isValid() && start < m_minimum)
        start = m_minimum;
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    QWidget* popup = m_calendar->window();
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

} // namespace redress
