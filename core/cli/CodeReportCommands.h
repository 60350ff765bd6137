#pragma once

#include "cli/Command.h"
#include "reporting/ReportDocumentWriter.h"

#include <QCoreApplication>

namespace redress::cli {

// `report code`: the Complaint Handling Code's annual complaints performance and service
// improvement report for a financial year, as JSON or HTML from core, or as PDF or ODT
// through a ReportDocumentWriter.
class CodeReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CodeReportCommand)

public:
    CodeReportCommand();

    void setDocumentWriter(ReportDocumentWriter writer) { m_documentWriter = std::move(writer); }
    int execute(const QStringList& arguments) override;

private:
    ReportDocumentWriter m_documentWriter;
};

// `code-assessment show` and `code-assessment set`: a year's self-assessment against the
// Code and the governing body's response, read by anyone, changed by a lead or an
// administrator.
class CodeAssessmentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CodeAssessmentCommand)

public:
    enum class Kind
    {
        Show,
        Set
    };
    explicit CodeAssessmentCommand(Kind kind);

    int execute(const QStringList& arguments) override;

private:
    Kind m_kind;
};

} // namespace redress::cli
