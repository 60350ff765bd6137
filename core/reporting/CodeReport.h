#pragma once

#include "reporting/CodeReportChecklist.h"
#include "reporting/Report.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace redress {

class Database;

// The annual complaints performance and service improvement report the Ombudsman's
// Complaint Handling Code asks each council to publish from 2026/27: each stage's figures,
// the Ombudsman's decisions and the council's compliance with its recommendations, the
// service improvements made from complaints, the year's self-assessment against the Code and
// the governing body's response. Its figures are the report engine's own tables (or built
// from them), so they always agree with the annual report.
class CodeReport
{
    Q_DECLARE_TR_FUNCTIONS(CodeReport)

public:
    // The report for a financial year (2026 = 2026/27), with the year's self-assessment as
    // saved.
    static Result<CodeReport> produce(Database& database, int financialYear);

    // The tables it has, in order.
    static QStringList tableIds();

    const Report& report() const { return m_report; }
    const CodeAssessment& assessment() const { return m_assessment; }

    // The report's JSON (docs/reports.md) with "report": "code" and the self-assessment by
    // its codes under "selfAssessment".
    QJsonObject toJson() const;

private:
    CodeReport() = default;

    Report m_report;
    CodeAssessment m_assessment;
};

} // namespace redress
