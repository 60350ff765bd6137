// Reads every row of a spreadsheet's first sheet through the readers of core/spreadsheet, as
// the importer does, and nothing else: the reader's own cost, apart from the import's.
//
//   bench_read FILE...
//
// Prints, for each file, its rows and cells and the CPU time the read took; run under GNU
// time for the peak memory (tests/bench/bench_import.sh does). Without files (as `./dev.sh
// bench` runs every benchmark) it prints nothing: bench_import.sh gives it its logs.

#include "spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QTextStream>
#include <ctime>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() < 2)
        QTextStream(stderr) << "bench_read FILE...: run by tests/bench/bench_import.sh" << Qt::endl;
    int status = 0;
    for (const QString& path : app.arguments().mid(1)) {
        const std::clock_t start = std::clock();
        auto book = redress::spreadsheet::Workbook::open(path);
        if (!book) {
            out << book.error() << Qt::endl;
            status = 1;
            continue;
        }
        qint64 rows = 0;
        qint64 cells = 0;
        const auto read =
            book.value()->readRows(0, [&](const redress::spreadsheet::SheetRow& row, double) {
                ++rows;
                for (const QVariant& cell : row.cells)
                    cells += cell.isNull() ? 0 : 1;
                return true;
            });
        if (!read) {
            out << read.error() << Qt::endl;
            status = 1;
            continue;
        }
        const double cpuSeconds = double(std::clock() - start) / CLOCKS_PER_SEC;
        out << path << ": " << rows << " rows, " << cells << " cells, "
            << QString::number(cpuSeconds, 'f', 2) << " s of CPU" << Qt::endl;
    }
    return status;
}
