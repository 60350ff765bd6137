#pragma once

// What the spreadsheet reader tests share: where their files are, reading a workbook back,
// writing test files, and building small zips by hand.

#include "TestSupport.h"
#include "spreadsheet/Workbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace redress::test::workbook {

using namespace redress::spreadsheet;

// One expected cell: sheet index, row as shown (1-based), column letter(s), value.
struct CellCheck
{
    int sheet;
    qint64 row;
    int column;
    QVariant value;
};
using CellChecks = QList<CellCheck>;
using RowCounts = QList<qint64>;

enum Column
{
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H
};

inline QString data(const QString& name)
{
    return test::sharedTestData(QStringLiteral("spreadsheets/") + name);
}

inline QString complaints(const QString& name)
{
    return test::sharedTestData(QStringLiteral("complaints/") + name);
}

// The repository's own spreadsheets (tests/data/spreadsheets, written by make-spreadsheets.py).
inline QString own(const QString& name)
{
    return test::ownTestData(QStringLiteral("spreadsheets/") + name);
}

inline bool isShared(const QString& file)
{
    return QFileInfo(file).absolutePath() ==
           QFileInfo(test::sharedTestData(QStringLiteral("spreadsheets"))).absoluteFilePath();
}

inline QDateTime utc(int y, int m, int d, int h, int min, int s)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

// Every row of every sheet, keyed by sheet and row number.
struct ReadBack
{
    QHash<QPair<int, qint64>, QVariantList> rows;
    RowCounts counts;
    QString error;
};

inline ReadBack readAll(const Workbook& book)
{
    ReadBack result;
    for (int sheet = 0; sheet < book.sheetNames().size(); ++sheet) {
        qint64 rows = 0;
        const Status read = book.readRows(sheet, [&](const SheetRow& row, double fraction) {
            if (fraction < 0 || fraction > 1)
                return false;
            ++rows;
            result.rows.insert({sheet, row.number}, row.cells);
            return true;
        });
        if (!read) {
            result.error = read.error();
            return result;
        }
        result.counts.append(rows);
    }
    return result;
}

// Reads the only sheet of a file and gives back its rows, or the error.
inline Result<QList<SheetRow>> readRows(const QString& path, ReadLimits limits = {})
{
    auto book = Workbook::open(path, limits);
    if (!book)
        return Error{book.error()};
    QList<SheetRow> rows;
    const Status read = book.value()->readRows(0, [&](const SheetRow& row, double) {
        rows.append(row);
        return true;
    });
    if (!read)
        return Error{read.error()};
    return rows;
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A zip of one deflated member, built with qCompress (zlib: strip its 4-byte length, 2-byte
// header and 4-byte checksum to get raw deflate). The CRC is left 0: it is refused before any
// member is unpacked.
inline QByteArray zipOf(const QString& name, const QByteArray& content)
{
    const QByteArray zlib = qCompress(content, 9);
    const QByteArray deflated = zlib.mid(6, zlib.size() - 10);
    const QByteArray nameBytes = name.toUtf8();
    auto le16 = [](QByteArray& out, quint16 v) {
        out.append(char(v & 0xFF)).append(char(v >> 8));
    };
    auto le32 = [&](QByteArray& out, quint32 v) {
        le16(out, quint16(v & 0xFFFF));
        le16(out, quint16(v >> 16));
    };
    QByteArray zip;
    le32(zip, 0x04034b50);
    le16(zip, 20), le16(zip, 0), le16(zip, 8), le16(zip, 0), le16(zip, 0);
    le32(zip, 0), le32(zip, quint32(deflated.size())), le32(zip, quint32(content.size()));
    le16(zip, quint16(nameBytes.size())), le16(zip, 0);
    zip += nameBytes + deflated;
    const auto directoryAt = quint32(zip.size());
    le32(zip, 0x02014b50);
    le16(zip, 20), le16(zip, 20), le16(zip, 0), le16(zip, 8), le16(zip, 0), le16(zip, 0);
    le32(zip, 0), le32(zip, quint32(deflated.size())), le32(zip, quint32(content.size()));
    le16(zip, quint16(nameBytes.size())), le16(zip, 0), le16(zip, 0), le16(zip, 0), le16(zip, 0);
    le32(zip, 0), le32(zip, 0);
    zip += nameBytes;
    const auto directorySize = quint32(zip.size()) - directoryAt;
    le32(zip, 0x06054b50);
    le16(zip, 0), le16(zip, 0), le16(zip, 1), le16(zip, 1);
    le32(zip, directorySize), le32(zip, directoryAt), le16(zip, 0);
    return zip;
}

} // namespace redress::test::workbook

Q_DECLARE_METATYPE(redress::test::workbook::CellCheck)
