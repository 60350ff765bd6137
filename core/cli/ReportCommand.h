#pragma once

#include "cli/Command.h"
#include "domain/Period.h"
#include "reporting/ReportDocumentWriter.h"

#include <QCoreApplication>

namespace redress::cli {

// `report annual` and `report quarterly`: the statutory annual report or the quarterly
// summary, as JSON, CSV or HTML from core, or as PDF or ODT through a ReportDocumentWriter.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    enum class Kind
    {
        Annual,
        Quarterly
    };
    explicit ReportCommand(Kind kind);

    void setDocumentWriter(ReportDocumentWriter writer) { m_documentWriter = std::move(writer); }
    int execute(const QStringList& arguments) override;

private:
    // The week or month of --week DAY or --month YYYY-MM; refused with --year or --quarter.
    static Result<Period> shortPeriod(bool week, const QString& day, bool month,
                                      const QString& monthText, bool quarterChosen);
    int writeFigureCases(Database& database, const Report& report, const QString& figure,
                         const QString& outPath);
    int writeText(const QByteArray& bytes, const QString& outPath);

    Kind m_kind;
    ReportDocumentWriter m_documentWriter;
    bool m_overwrite = false; // --force: the --out file may be replaced
};

} // namespace redress::cli
