#pragma once

#include "reporting/ReportTable.h"

class QChart;

namespace redress::reportcharts {

// A new on-screen chart of the table (the caller owns it), or nullptr when the table has
// none. What each chart shows is decided once, in charts::chartOf, for the screen and for the
// printed document alike.
QChart* build(const ReportTable& table);

} // namespace redress::reportcharts
