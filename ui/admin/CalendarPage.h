#pragma once

#include "admin/AdminPage.h"

class QLineEdit;
class QListWidget;
class QSpinBox;

namespace redress {

class DateEdit;
class Session;

// The working-day calendar of a year: its bank holidays (from the rules and the dated
// adjustments, read-only here) and the council's closure days, which can be added and removed.
class CalendarPage : public AdminPage
{
    Q_OBJECT

public:
    explicit CalendarPage(Session& session, QWidget* parent = nullptr);

private:
    void reload();
    void addClosureDay();
    void removeClosureDay();
    void addBankHoliday();
    void removeBankHoliday();

    QSpinBox* m_year = nullptr;
    QListWidget* m_bankHolidays = nullptr;
    QListWidget* m_closures = nullptr;
    DateEdit* m_closureDate = nullptr;
    QLineEdit* m_closureTitle = nullptr;
};

} // namespace redress
