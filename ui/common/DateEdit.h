#pragma once

#include <QDate>
#include <QLineEdit>

class QAction;
class QCalendarWidget;

namespace redress {

// The one box for typing a date, in every form and dialog. It takes the date as an officer
// types it (31/01/2021, 31/1/21, 31-Jan-21, 31 Jan 2021: see dateFromTypedText) and shows it
// back as dd/MM/yyyy when they leave; it is one tab stop; its calendar (the button at its end,
// F4 or Alt+Down) opens at the date shown or, when there is none, at today; Up and Down step
// a day. An optional date
// is simply left empty, showing what an empty box means ("Not known").
class DateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);
    DateEdit(QDate date, QWidget* parent);

    // The date typed, or an invalid date when the box is empty or holds no date in range.
    QDate date() const;
    void setDate(QDate date);

    // Empty means "no date" (shown as `emptyText`) instead of a date still to give.
    void setOptional(const QString& emptyText);
    bool isOptional() const { return m_optional; }

    void setMinimumDate(QDate date);
    void setMaximumDate(QDate date);
    // No date after today, today being read from Clock each time the box is checked: a
    // window left open past midnight takes the new day's date.
    void setNotAfterToday();
    QDate minimumDate() const { return m_minimum; }
    // The latest date taken now: the fixed maximum or, when earlier, today.
    QDate maximumDate() const;

    // Empty when the box holds a date in range, or is empty and optional; otherwise what is
    // wrong, naming the field as `fieldName`.
    QString problem(const QString& fieldName) const;

    // The calendar, created when first opened (for tests and screen readers to reach).
    QCalendarWidget* calendar() const { return m_calendar; }
    void showCalendar();

signals:
    // The date typed or chosen changed (invalid when the box no longer holds a date).
    void dateChanged(QDate date);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QDate parsed() const;
    bool inRange(QDate date) const;
    void noteChange();
    void tidy();
    void showValidity();

    QAction* m_calendarAction = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_minimum;
    QDate m_maximum;
    QDate m_last;
    bool m_optional = false;
    bool m_notAfterToday = false;
};

} // namespace redress
