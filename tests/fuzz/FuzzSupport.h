#pragma once

// What every fuzz target shares: the input written to a file (the readers take paths, as the
// app gives them), and limits small enough that one input cannot take the fuzzer's time or
// memory by being legitimately large.

#include "spreadsheet/Workbook.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

namespace redress::fuzz {

// The input as a file with the given suffix, rewritten for each input.
inline QString inputFile(const uint8_t* data, size_t size, const char* suffix)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("input") + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort();
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

inline spreadsheet::ReadLimits fuzzLimits()
{
    spreadsheet::ReadLimits limits;
    limits.maxUncompressedBytes = 32 * 1024 * 1024;
    limits.maxSharedTextBytes = 16 * 1024 * 1024;
    limits.maxRows = 100'000;
    return limits;
}

// Every row of every sheet (at most a few), each cell looked at, as the importer would.
inline void readEverything(const spreadsheet::Workbook& book)
{
    const int sheets = int(qMin<qsizetype>(book.sheetNames().size(), 4));
    for (int sheet = 0; sheet < sheets; ++sheet) {
        (void)book.readRows(sheet, [](const spreadsheet::SheetRow& row, double fraction) {
            if (fraction < 0 || fraction > 1 || row.number < 1)
                abort(); // the readers promise both
            for (const QVariant& cell : row.cells)
                (void)cell.toString();
            return true;
        });
    }
    (void)book.notes();
}

} // namespace redress::fuzz
