#pragma once

#include "reporting/ReportTable.h"

#include <QImage>
#include <QSize>
#include <QStringList>

class QChart;

namespace redress::reportcharts {

// The tables that have a chart: complaints by service area, outcomes by stage, timescale
// bands, the quarterly trend and channels.
QStringList chartedTables();

// A new chart of the table (the caller owns it), or nullptr when the table has none.
QChart* build(const ReportTable& table);

// The chart drawn as a picture, for print, PDF and the editable document; a null image when
// the table has none. Needs a QApplication (charts are graphics widgets).
QImage render(const ReportTable& table, QSize size = QSize(1000, 560));

} // namespace redress::reportcharts
