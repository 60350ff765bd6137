#include "CaseText.h"

#include "domain/CaseJson.h"

#include <QJsonArray>

namespace redress::cli {

namespace {

QString milestoneCode(Milestone::Kind kind)
{
    switch (kind) {
    case Milestone::Kind::Acknowledgement:
        return QStringLiteral("acknowledgement");
    case Milestone::Kind::Panel:
        return QStringLiteral("panel");
    case Milestone::Kind::PanelReport:
        return QStringLiteral("panel_report");
    case Milestone::Kind::Response:
        return QStringLiteral("response");
    }
    return {};
}

} // namespace

Result<CaseText> CaseText::load(Database& database)
{
    ReferenceData reference(database);
    auto calendar = reference.calendar();
    if (!calendar)
        return Error{calendar.error()};
    auto procedures = reference.procedures();
    if (!procedures)
        return Error{procedures.error()};
    auto labels = ReferenceLabels::load(database);
    if (!labels)
        return Error{labels.error()};
    return CaseText(CaseWorkflow::Rules(calendar.value(), procedures.value()),
                    std::move(labels.value()));
}

std::optional<DeadlineCalculator> CaseText::calculator(const Case& record, const Stage& stage) const
{
    auto profile = m_rules.profileFor(record, stage);
    if (!profile)
        return std::nullopt;
    return DeadlineCalculator(m_rules.calendar(), profile.value());
}

QJsonObject CaseText::toJson(const Case& record, QDate asOf) const
{
    QJsonObject object =
        CaseJson::toJson(record, [this](qint64 unitId) -> QJsonValue { return teamName(unitId); });
    // What the stored dates mean as of `asOf`: each stage's milestones and deadlines.
    QJsonArray stages = object.value(QStringLiteral("stages")).toArray();
    for (qsizetype i = 0; i < record.stages.size() && i < stages.size(); ++i) {
        const Stage& stage = record.stages.at(i);
        const auto calc = calculator(record, stage);
        if (!calc)
            continue;
        QJsonObject shown = stages.at(i).toObject();
        QJsonArray milestones;
        for (const Milestone& milestone : calc->milestones(stage, asOf))
            milestones.append(
                QJsonObject{{QStringLiteral("kind"), milestoneCode(milestone.kind)},
                            {QStringLiteral("dueOn"), CaseJson::date(milestone.due)},
                            {QStringLiteral("doneOn"), CaseJson::date(milestone.done)}});
        shown.insert(QStringLiteral("milestones"), milestones);
        shown.insert(QStringLiteral("responseDueOn"),
                     CaseJson::date(calc->responseDue(stage, asOf)));
        shown.insert(QStringLiteral("longestResponseDueOn"),
                     CaseJson::date(calc->maximumResponseDue(stage, asOf)));
        const auto taken = calc->workingDaysToRespond(stage);
        shown.insert(QStringLiteral("workingDaysToRespond"),
                     taken ? QJsonValue(*taken) : QJsonValue());
        stages.replace(i, shown);
    }
    object.insert(QStringLiteral("stages"), stages);
    return object;
}

} // namespace redress::cli
