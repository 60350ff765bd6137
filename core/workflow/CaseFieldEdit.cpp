#include "CaseFieldEdit.h"

#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseFieldEdit)
};

} // namespace

bool CaseFieldEdit::changesDates(const Case& before, const Case& after)
{
    return before.receivedOn != after.receivedOn || before.matterArose != after.matterArose;
}

bool CaseFieldEdit::needsReasonForDates(const Case& before)
{
    return before.state == CaseState::Closed || before.state == CaseState::Withdrawn;
}

Result<Case> CaseFieldEdit::apply(const Case& before, Case after, const QString& reason)
{
    if (!after.receivedOn.isValid())
        return fail(Text::tr("Give the date the case was received"));
    if (after.receivedOn > Clock::today())
        return fail(
            Text::tr("The received date %1 is in the future").arg(ukDate(after.receivedOn)));
    if (after.matterArose.isValid() && after.matterArose > after.receivedOn)
        return fail(Text::tr("The matter cannot have arisen (%1) after the case was received (%2)")
                        .arg(ukDate(after.matterArose), ukDate(after.receivedOn)));
    if (!after.stages.isEmpty()) {
        // Stage 1 was requested when the case came in: its clock moves with the received date.
        Stage& first = after.stages.first();
        const QDate acknowledged = first.acknowledgedOn;
        if (acknowledged.isValid() && after.receivedOn > acknowledged)
            return fail(Text::tr("The received date %1 is after stage 1 was acknowledged (%2)")
                            .arg(ukDate(after.receivedOn), ukDate(acknowledged)));
        if (first.requestedOn == before.receivedOn)
            first.requestedOn = after.receivedOn;
    }
    if (changesDates(before, after) && needsReasonForDates(before) && reason.trimmed().isEmpty())
        return fail(Text::tr("This case is closed: give the reason for changing its dates"));
    return after;
}

QString CaseFieldEdit::describe(const QString& reason)
{
    const QString trimmed = reason.trimmed();
    return trimmed.isEmpty() ? Text::tr("Case details changed")
                             : Text::tr("Case details changed. Reason: %1").arg(trimmed);
}

} // namespace redress
