#pragma once

#include "domain/Case.h"
#include "procedure/DeadlineCalculator.h"
#include "storage/ReferenceData.h"
#include "storage/ReferenceLabels.h"
#include "workflow/CaseWorkflow.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace redress::cli {

// What `case show` needs beyond the case: the labels of the codes it holds, team names, and
// the rules that turn its dates into deadlines.
class CaseText
{
public:
    static Result<CaseText> load(Database& database);

    QString label(const QString& taxonomy, const QString& code) const
    {
        return m_labels.label(taxonomy, code);
    }
    QString teamName(qint64 id) const { return m_labels.teamName(id); }
    const CaseWorkflow::Rules& rules() const { return m_rules; }
    // The stage's deadline arithmetic, or nullopt when its profile is unknown.
    std::optional<DeadlineCalculator> calculator(const Case& record, const Stage& stage) const;

    // The whole case as JSON: dates ISO 8601, codes as stored, deadlines as of `asOf`.
    QJsonObject toJson(const Case& record, QDate asOf) const;

private:
    CaseText(CaseWorkflow::Rules rules, ReferenceLabels labels)
        : m_rules(std::move(rules)), m_labels(std::move(labels))
    {}

    CaseWorkflow::Rules m_rules;
    ReferenceLabels m_labels;
};

} // namespace redress::cli
