#include "StageFactsPopulation.h"

#include "StagePopulation.h"

namespace redress::reporting {

Result<std::shared_ptr<const StageFactsPopulation>> StageFactsPopulation::of(const Context& context)
{
    const QString key = QStringLiteral("complaint stage facts");
    if (auto cached = context.cached(key))
        return std::static_pointer_cast<const StageFactsPopulation>(cached);
    auto population = std::make_shared<StageFactsPopulation>();
    QList<Period> periods{context.period()};
    if (context.comparison())
        periods << *context.comparison();
    population->m_span = spanOf(periods);
    auto facts = loadStageFacts(context, spanning(complaintStages(context), population->m_span));
    if (!facts)
        return Error{facts.error()};
    population->m_stages = std::move(facts).value();
    context.cache(key, population);
    return std::shared_ptr<const StageFactsPopulation>(population);
}

Result<QList<StageFacts>> StageFactsPopulation::on(const Context& context, Basis basis,
                                                   const Period& period)
{
    auto population = of(context);
    if (!population)
        return Error{population.error()};
    const StageFactsPopulation& read = *population.value();
    if (period.first < read.m_span.first || period.last > read.m_span.last)
        return loadStageFacts(context, reporting::on(complaintStages(context), basis, period));
    QList<StageFacts> stages;
    for (const StageFacts& facts : read.m_stages) {
        // The dates the bases compare, as StagePopulation holds them (0: not recorded).
        PopulationStage dates;
        dates.started =
            facts.stage.requestedOn.isValid() ? qint32(facts.stage.requestedOn.toJulianDay()) : 0;
        dates.ended = facts.ended.isValid() ? qint32(facts.ended.toJulianDay()) : 0;
        if (StagePopulation::in(dates, basis, period))
            stages.append(facts);
    }
    return stages;
}

} // namespace redress::reporting
