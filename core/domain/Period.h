#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace redress {

// A reporting period: a financial year (1 April - 31 March) or one of its quarters
// (Q1 April-June … Q4 January-March).
struct Period
{
    QDate first;
    QDate last;

    static Period financialYear(int startYear);        // 2020 -> 2020/21
    static Period quarter(int startYear, int quarter); // quarter 1..4
    // A week, Monday to Sunday, holding `day`; a calendar month (1..12). For lists of open
    // cases a team works from, shorter than any reporting period.
    static Period week(QDate day);
    static Period month(int year, int month);
    // "2020/21" or "2020-21" or "2020"
    static Result<int> parseFinancialYear(const QString& text);

    bool contains(QDate date) const { return date.isValid() && first <= date && date <= last; }
    // "2020/21", or "2020/21 Q3"; any other span "30/11/2026 to 06/12/2026".
    QString label() const;
    // A whole financial year, or one of its quarters.
    bool isYearOrQuarter() const;
};

int financialYearOf(QDate date); // the year the financial year containing `date` starts in
QString financialYearLabel(int startYear); // 2020 -> "2020/21"

} // namespace redress
