#pragma once

#include <QDate>
#include <QString>

namespace redress {

// Reads a date as an officer types it: day first, then month (a number or an English name,
// full or short), then year (two or four digits), separated by "/", "-", "." or spaces —
// 31/01/2021, 31/1/21, 31-Jan-21, 31 Jan 2021 — or as six or eight digits (310121,
// 31012021), or year first as a spreadsheet writes it (2021-01-31). A two-digit year is in this
// century unless that would put it more than ten years after `today`'s, so "85" is 1985 and "21" is
// 2021. Gives an invalid date when the text is not a date (31/02/2021 included).
QDate dateFromTypedText(const QString& text, QDate today);

} // namespace redress
