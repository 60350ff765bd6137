#pragma once

#include "domain/Case.h"
#include "procedure/DeadlineCalculator.h"
#include "storage/ReferenceData.h"
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

    QString label(const QString& taxonomy, const QString& code) const;
    QString teamName(qint64 id) const { return m_teams.value(id); }
    const CaseWorkflow::Rules& rules() const { return m_rules; }
    // The stage's deadline arithmetic, or nullopt when its profile is unknown.
    std::optional<DeadlineCalculator> calculator(const Case& record, const Stage& stage) const;

    // The whole case as JSON: dates ISO 8601, codes as stored, deadlines as of `asOf`.
    QJsonObject toJson(const Case& record, QDate asOf) const;

private:
    explicit CaseText(CaseWorkflow::Rules rules) : m_rules(std::move(rules)) {}

    CaseWorkflow::Rules m_rules;
    QHash<QString, QString> m_labels; // "taxonomy/code" -> label
    QHash<qint64, QString> m_teams;
};

} // namespace redress::cli
