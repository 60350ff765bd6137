#include "TimeLimitCheck.h"

#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress {

namespace {
// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimeLimitCheck)
};
} // namespace

QString TimeLimitStanding::describe() const
{
    switch (kind) {
    case Kind::NotKnown:
        return Text::tr("Give the date the matter arose to check the time limit");
    case Kind::Within:
        return Text::tr("Within the %1-month time limit (last day %2)")
            .arg(months)
            .arg(ukDate(lastDay));
    case Kind::Late:
        return Text::tr(
                   "Late by %n day(s): the %1-month time limit ended on %2. Give the reason it is "
                   "accepted.",
                   nullptr, daysLate)
            .arg(months)
            .arg(ukDate(lastDay));
    case Kind::AfterReceipt:
        return Text::tr("The matter cannot have arisen after the complaint was received");
    }
    return {};
}

TimeLimitCheck::TimeLimitCheck(ProcedureCatalog procedures) : m_procedures(std::move(procedures)) {}

int TimeLimitCheck::monthsFor(Procedure procedure, QDate receivedOn) const
{
    if (procedure == Procedure::None)
        return defaultMonths;
    auto profile = m_procedures.profileFor(procedureCode(procedure), receivedOn);
    return profile && profile->timeLimitMonths > 0 ? profile->timeLimitMonths : defaultMonths;
}

TimeLimitStanding TimeLimitCheck::standing(int months, QDate matterArose, QDate receivedOn)
{
    TimeLimitStanding result;
    result.months = months;
    if (!matterArose.isValid() || !receivedOn.isValid())
        return result;
    // QDate::addMonths keeps the day where it can and otherwise takes the month's last day,
    // as CaseWorkflow does: 29/02/2020 + 12 months = 28/02/2021.
    result.lastDay = matterArose.addMonths(months);
    if (matterArose > receivedOn) {
        result.kind = TimeLimitStanding::Kind::AfterReceipt;
    } else if (receivedOn > result.lastDay) {
        result.kind = TimeLimitStanding::Kind::Late;
        result.daysLate = int(result.lastDay.daysTo(receivedOn));
    } else {
        result.kind = TimeLimitStanding::Kind::Within;
    }
    return result;
}

TimeLimitStanding TimeLimitCheck::check(Procedure procedure, QDate matterArose,
                                        QDate receivedOn) const
{
    return standing(monthsFor(procedure, receivedOn), matterArose, receivedOn);
}

Status TimeLimitCheck::accept(const TimeLimitStanding& standing, const QString& waiverReason) const
{
    if (standing.kind == TimeLimitStanding::Kind::AfterReceipt)
        return fail(standing.describe());
    if (standing.needsWaiver() && waiverReason.trimmed().isEmpty())
        return fail(
            Text::tr("This complaint is late by %n day(s) for the %1-month time limit. Record "
                     "why it is accepted anyway.",
                     nullptr, standing.daysLate)
                .arg(standing.months));
    return {};
}

} // namespace redress
