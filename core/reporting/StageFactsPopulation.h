#pragma once

// The complaint stages the working-day measures read, loaded once per report: the tables that
// measure stages concluded, received or ongoing in the period or the one compared take them
// from here rather than each loading its own with loadStageFacts().

#include "reporting/StageTimings.h"

#include <QList>
#include <memory>

namespace redress::reporting {

class StageFactsPopulation
{
public:
    // Every complaint stage received, concluded or worked on in the span of the report's
    // period and its comparison, with its facts, shared by every table of the report.
    static Result<std::shared_ptr<const StageFactsPopulation>> of(const Context& context);

    // What loadStageFacts(on(complaintStages(context), basis, period)) gives, in its order
    // (by case, then stage): the stages of the population on `basis` in `period`, read again
    // when the period lies outside the span.
    static Result<QList<StageFacts>> on(const Context& context, Basis basis, const Period& period);

private:
    Period m_span;
    QList<StageFacts> m_stages;
};

} // namespace redress::reporting
