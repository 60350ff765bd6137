#pragma once

#include <QDate>
#include <QString>

namespace redress {

// Dates as people in the UK read them: 07/01/2021. Empty for no date.
QString ukDate(QDate date);
// Money from pence: £1,234.50
QString ukMoney(qint64 pence);

} // namespace redress
