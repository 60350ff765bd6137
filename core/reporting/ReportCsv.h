#pragma once

#include "reporting/Report.h"
#include "util/Result.h"

#include <QIODevice>
#include <QList>

namespace redress {

struct CaseSummary;

// Tables and case lists as CSV a team lead opens in Excel (see CsvWriter): figures are
// written plainly (1234, 54.2, 12.50) so that a spreadsheet reads them as numbers.
namespace reportcsv {

// One table: a title line, the basis, a header row, then a line per row.
Status writeTable(const ReportTable& table, QIODevice& device);
// Every table of a report, one after another, each under its title.
Status writeReport(const Report& report, QIODevice& device);
// The cases behind a figure: reference, kind, procedure, stage, state, received, due,
// complainant, team and officer.
Status writeCases(const QList<CaseSummary>& cases, QIODevice& device);

// A cell as CSV text.
QString plainValue(const QVariant& value, ColumnKind kind);

} // namespace reportcsv

} // namespace redress
