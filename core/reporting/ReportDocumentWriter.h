#pragma once

#include "reporting/Report.h"
#include "util/Result.h"

#include <QString>
#include <functional>

namespace redress {

// Writes a report as a printed-page document (format "pdf" or "odt", in any case) with its
// charts. Those need QtGui, which core and the commands do not use: redress-cli hands the
// report commands ReportDocument::write from redress_documents.
using ReportDocumentWriter =
    std::function<Status(const Report& report, const QString& format, const QString& path)>;

} // namespace redress
