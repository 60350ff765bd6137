#pragma once

// Checks every report test shares: reading a table's cells, and that a table adds up and
// drills down to exactly its cases.

#include "reporting/ReportEngine.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace redress::test::reports {

const ReportTable& tableOf(const Report& report, const char* id);
qint64 count(const Report& report, const char* table, const char* row, const char* column);
QVariant value(const Report& report, const char* table, const char* row, const char* column);
double percent(const Report& report, const char* table, const char* row, const char* column);
QList<qint64> sorted(QList<qint64> ids);

// Within each section the level-0 items of every additive count (and money) column add up to
// the total, and level-1 rows add up to the level-0 row above them. Empty when they do.
QString checkSums(const ReportTable& table);
// Every count has its cases: exactly as many as counted where the column counts cases.
QString checkDrillDown(const ReportTable& table, const ReportEngine::CellCases& cells);
// Every table of the report is the one expected, titled, explained, adds up and drills down
// to exactly its cases. Empty when so; else what is wrong.
QString checkReport(ReportEngine& engine, const Report& report);

} // namespace redress::test::reports

// In a test function: fails the test with the first inconsistency checkReport() finds.
#define REDRESS_VERIFY_REPORT(engine, report)                                                      \
    do {                                                                                           \
        const QString problem = redress::test::reports::checkReport(engine, report);               \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)
