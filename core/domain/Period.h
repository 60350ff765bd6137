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
    // "2020/21" or "2020-21" or "2020"
    static Result<int> parseFinancialYear(const QString& text);

    bool contains(QDate date) const { return date.isValid() && first <= date && date <= last; }
    QString label() const; // "2020/21", or "2020/21 Q3"
};

int financialYearOf(QDate date); // the year the financial year containing `date` starts in
QString financialYearLabel(int startYear); // 2020 -> "2020/21"

} // namespace redress
