#pragma once

#include "cli/Command.h"
#include "privacy/SubjectAccess.h"

#include <QCoreApplication>

namespace redress::cli {

// "letter --case REF --template NAME --format odt|pdf --out FILE": a letter filled from one of
// the team's templates, kept with the case as a PDF and recorded in its audit trail.
class LetterCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommand)

public:
    LetterCommand();
    int execute(const QStringList& arguments) override;
    // Where the program can draw: letters as PDF (without it only ODT can be written).
    void setPdfRenderer(PdfRenderer renderer) { m_pdf = std::move(renderer); }

private:
    PdfRenderer m_pdf;
};

} // namespace redress::cli
