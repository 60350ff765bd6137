#include "Clock.h"

#include <QTimeZone>

namespace redress {

namespace {
std::unique_ptr<Clock>& installedClock()
{
    static std::unique_ptr<Clock> clock = std::make_unique<Clock>();
    return clock;
}
} // namespace

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDateTime Clock::currentDateTimeUtc()
{
    return installedClock()->nowUtc();
}

QDate Clock::today()
{
    // Deadlines are in UK working days, so "today" is the date in the UK, whatever the PC says.
    static const QTimeZone london(QByteArrayLiteral("Europe/London"));
    const QDateTime now = currentDateTimeUtc();
    return london.isValid() ? now.toTimeZone(london).date() : now.toLocalTime().date();
}

void Clock::setInstance(std::unique_ptr<Clock> clock)
{
    installedClock() = clock ? std::move(clock) : std::make_unique<Clock>();
}

} // namespace redress
