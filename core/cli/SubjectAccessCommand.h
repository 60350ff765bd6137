#pragma once

#include "cli/Command.h"
#include "privacy/SubjectAccess.h"

#include <QCoreApplication>

namespace redress::cli {

// Everything held about one person, as a zip of JSON and a readable PDF, for a subject
// access request. The person is given by number, or as the complainant of a case.
class SubjectAccessCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessCommand)

public:
    SubjectAccessCommand();
    int execute(const QStringList& arguments) override;
    // Where the program can draw: the readable document as a PDF (else it goes as HTML).
    void setPdfRenderer(PdfRenderer renderer) { m_pdf = std::move(renderer); }

private:
    PdfRenderer m_pdf;
};

} // namespace redress::cli
