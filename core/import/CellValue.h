#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace redress::import {

// Which way round a log writes 03/04/2021: the UK's 3 April, or the US's 4 March.
enum class DateOrder
{
    DayFirst,
    MonthFirst,
};

// Reading one cell as the type a field needs. Errors quote the value and say what was
// expected, without the row and column, which the caller adds.
namespace cell {

bool isEmpty(const QVariant& value);
// Text as a person would see it; numbers without a trailing ".0".
QString text(const QVariant& value);
// A date cell, or text as dd/mm/yyyy, d/m/yy, d-MMM-yy, d MMMM yyyy or ISO yyyy-mm-dd.
Result<QDate> date(const QVariant& value, DateOrder order);
Result<int> wholeNumber(const QVariant& value);
// "£1,234.50", "1234.5" or a number → pence.
Result<qint64> pence(const QVariant& value);

} // namespace cell

} // namespace redress::import
