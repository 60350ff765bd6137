#include "UkFormat.h"

#include <QLocale>

namespace redress {

QString ukDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString ukMoney(qint64 pence)
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return uk.toCurrencyString(double(pence) / 100.0, QStringLiteral("£"), 2);
}

} // namespace redress
