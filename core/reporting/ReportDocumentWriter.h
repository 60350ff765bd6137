#pragma once

#include "reporting/Report.h"
#include "util/Result.h"

#include <QString>
#include <functional>

namespace redress {

// Writes a report as a printed-page document (format "pdf" or "odt") with its charts. Those
// need Qt's drawing and chart libraries, which core does not use: the program that has them
// (the desktop build of redress-cli) hands one of these to the report commands.
using ReportDocumentWriter =
    std::function<Status(const Report& report, const QString& format, const QString& path)>;

} // namespace redress
