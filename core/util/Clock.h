#pragma once

#include <QDate>
#include <QDateTime>
#include <memory>

namespace redress {

// The only way core learns the time. Tests install a clock they can move, so deadlines,
// overdue flags and audit timestamps are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    static QDate today();

    // Takes ownership; nullptr restores the system clock.
    static void setInstance(std::unique_ptr<Clock> clock);

protected:
    virtual QDateTime nowUtc() const;
};

// A clock that stands still until told to move: for tests and for reproducible demo data.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}

    void setNow(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace redress
