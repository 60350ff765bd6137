#pragma once

#include <QString>

namespace redress::spreadsheet::detail {

// FreeXL 1.0 trusts some sizes an Excel 97–2003 file declares and reads past its buffers when
// they are wrong (tests/fuzz/README.md). This reads the same structures first, checking each
// size against what is really there: the compound file's directory entries FreeXL looks at,
// and the workbook's table of shared text (its SST record and the CONTINUE records after it).
// Empty when FreeXL may be given the file; otherwise what is wrong, for the user. A file that
// is not a compound file at all is left for FreeXL to refuse.
QString xlsStructureProblem(const QString& path);

} // namespace redress::spreadsheet::detail
