#pragma once

#include <QString>
#include <QVariant>

namespace redress::spreadsheet::detail {

// What a cell's number format makes of the number under it.
enum class NumberKind
{
    Number,
    Date,
    DateTime,
    Time,
};

// Excel's built-in format ids (14–22, 45–47 and the East Asian date ids) and custom codes
// such as "dd/mm/yyyy hh:mm" or "[$-809]d mmmm yyyy". Elapsed times ("[h]:mm:ss") are Number:
// they are durations, not moments.
NumberKind numberKindForBuiltin(int id);
NumberKind numberKindForCode(const QString& code);

// A serial day number as the cell shows it: QDate, QDateTime (UTC), QTime, or the number
// itself when it is no real date (Excel's 29 February 1900, negative serials).
QVariant serialToVariant(double serial, NumberKind kind, bool date1904);

} // namespace redress::spreadsheet::detail
