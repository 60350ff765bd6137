#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <functional>
#include <memory>

namespace redress::spreadsheet {

// What a file holds, told from its first bytes rather than its name.
enum class Format
{
    Csv,
    Xlsx,
    Ods,
    Xls
};

QString formatName(Format format); // "CSV", "XLSX"…

// What the file at `path` holds, from its first bytes (and, for a zip, the names inside it).
// Fails with a message naming the file when it is empty, unreadable, or none of the formats.
Result<Format> detectFormat(const QString& path);

// The encodings a CSV file can be told to be read in, as a mapping names them: "UTF-8",
// "Windows-1252", "UTF-16LE", "UTF-16BE".
QStringList textEncodingNames();
// The canonical name for `name` (case and a missing hyphen forgiven: "utf8", "cp1252"), or
// an empty string when it is none of them.
QString textEncodingName(const QString& name);

// Limits that keep a hostile or broken file from exhausting the machine: a file that breaks
// one is refused with a message naming the limit, never half-read.
struct ReadLimits
{
    // Zip members: in all as declared, and each as actually inflated while it is read.
    qint64 maxUncompressedBytes = qint64(2) * 1024 * 1024 * 1024;
    // An XLSX's shared-string table, the one part held in memory (as UTF-8, with an index).
    qint64 maxSharedTextBytes = qint64(256) * 1024 * 1024;
    int maxColumns = 1024;
    qint64 maxRows = 5'000'000;
    qint64 maxCellChars = 100'000;
};

// One row of a sheet as the file typed it. Cells are:
//   null QVariant    empty
//   QString          text (rich text flattened, line breaks kept as \n)
//   double           a number
//   bool             a boolean
//   QDate            a number the file formats as a date (1900 or 1904 system resolved)
//   QDateTime        a number the file formats as a date and time (Qt::UTC spec, no zone)
//   QTime            a number under one day the file formats as a time of day only
// Elapsed-time formats ([h]:mm:ss) stay numbers (days). The 1900 system's serial 60, Excel's
// non-existent 29 February 1900, stays a number, as do dates before 1900.
// Text that looks like a date stays text: the importer decides what a column means.
struct SheetRow
{
    qint64 number = 0;  // 1-based row number in the sheet, as a spreadsheet shows it
    QVariantList cells; // cells[0] is column A; trailing empty cells may be absent
};

// Called for each non-empty row in order; `fraction` is how far through the file (0..1).
// Returning false cancels the read, which then fails with "cancelled".
using RowCallback = std::function<bool(const SheetRow& row, double fraction)>;

// A spreadsheet or CSV file opened for reading. Sheets are read one at a time, streamed
// row by row, so a million-row log does not have to fit in memory twice.
class Workbook
{
public:
    // Fails with a message naming the file when it cannot be read, is not a spreadsheet,
    // is truncated or corrupt, or breaks a limit.
    // `textEncoding` (one of textEncodingNames()) is how a CSV file is decoded; empty works it
    // out, and says so in notes() when it is not UTF-8 throughout.
    static Result<std::unique_ptr<Workbook>> open(const QString& path, ReadLimits limits = {},
                                                  const QString& textEncoding = {});
    virtual ~Workbook() = default;

    virtual Format format() const = 0;
    QString path() const { return m_path; }
    // A CSV file has one sheet, named after the file.
    virtual QStringList sheetNames() const = 0;
    // Every non-empty row of the sheet, in order. Errors name the file, sheet and row.
    // Rows are streamed, so a limit or a fault found part-way fails the read after earlier
    // rows were delivered: on failure the caller discards what it was given.
    virtual Status readRows(int sheet, const RowCallback& onRow) const = 0;
    // What the reader decided that the user should be told (a CSV read as Windows-1252 because
    // it is not valid UTF-8, and which rows were not), one sentence each.
    virtual QStringList notes() const { return {}; }

protected:
    explicit Workbook(QString path, ReadLimits limits) : m_path(std::move(path)), m_limits(limits)
    {}
    const ReadLimits& limits() const { return m_limits; }

private:
    QString m_path;
    ReadLimits m_limits;
};

} // namespace redress::spreadsheet
