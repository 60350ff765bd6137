#include "ImportSession.h"

#include "import/CellValue.h"
#include "import/ImportField.h"
#include "session/Session.h"
#include "util/SafeOutput.h"

#include <QFileInfo>
#include <QSet>

namespace redress {

QString ImportSession::basis() const
{
    return sheetName() + u'|' + QString::number(headerRow);
}

QStringList ImportSession::headings() const
{
    QStringList result;
    for (const spreadsheet::SheetRow& row : leadingRows) {
        if (row.number != headerRow)
            continue;
        for (const QVariant& cell : row.cells)
            result << import::cell::text(cell);
    }
    return result;
}

QList<QVariantList> ImportSession::rowsBelowHeadings() const
{
    QList<QVariantList> result;
    for (const spreadsheet::SheetRow& row : leadingRows)
        if (row.number > headerRow)
            result << row.cells;
    return result;
}

QStringList ImportSession::unknownValues(const import::ImportProblem& problem,
                                         const QString& cellText) const
{
    const import::ImportField* field = import::importField(problem.field);
    if (!field || cellText.trimmed().isEmpty())
        return {};
    if (field->type != import::FieldType::Code && field->type != import::FieldType::CodeList &&
        field->type != import::FieldType::Team)
        return {};
    const QStringList parts = field->type == import::FieldType::CodeList
                                  ? cellText.split(u';', Qt::SkipEmptyParts)
                                  : QStringList{cellText};
    QStringList result;
    for (const QString& part : parts) {
        const QString value = part.trimmed();
        const QString mapped = mapping.mappedValue(field->code, value);
        if (!vocabulary.resolve(*field, mapped.isEmpty() ? value : mapped) &&
            !result.contains(value))
            result << value;
    }
    return result;
}

import::ImportMapping ImportSession::mappingToRun() const {import::ImportMapping run = mapping;
run.encoding = encoding;
return run;
} // namespace redress

Status
ImportSession::saveChosenFile(const QString& target,
                              const std::function<Status(const QString& temporary)>& write) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    safeoutput::Rules rules;
    if (application)
        rules.databaseFiles = application->location().sqliteFiles();
    if (!path.isEmpty())
        rules.inputFiles << path;
    rules.overwrite = true;
    if (Status allowed = safeoutput::checkTarget(absolute, rules); !allowed)
        return allowed;
    return safeoutput::writeThrough(absolute, true, write);
}

Result<QList<spreadsheet::SheetRow>> readLeadingRows(const QString& path, int sheet, int limit,
                                                     const QString& encoding)
{
    auto workbook = spreadsheet::Workbook::open(path, {}, encoding);
    if (!workbook)
        return Error{workbook.error()};
    QList<spreadsheet::SheetRow> rows;
    const Status read =
        workbook.value()->readRows(sheet, [&](const spreadsheet::SheetRow& row, double) {
            rows.append(row);
            return rows.size() < limit;
        });
    // Stopping early on purpose makes the read "fail" as cancelled: that is not an error.
    if (!read && rows.size() < limit)
        return Error{read.error()};
    return rows;
}

Result<QHash<QPair<qint64, int>, QString>> readCells(const QString& path, int sheet,
                                                     const QList<QPair<qint64, int>>& wanted,
                                                     const QString& encoding)
{
    QHash<QPair<qint64, int>, QString> result;
    if (wanted.isEmpty())
        return result;
    QSet<qint64> rows;
    qint64 lastRow = 0;
    for (const auto& [row, column] : wanted) {
        rows.insert(row);
        lastRow = qMax(lastRow, row);
    }
    auto workbook = spreadsheet::Workbook::open(path, {}, encoding);
    if (!workbook)
        return Error{workbook.error()};
    bool finished = false;
    const Status read = workbook.value()->readRows(sheet, [&](const spreadsheet::SheetRow& row,
                                                              double) {
        if (rows.contains(row.number))
            for (const auto& [wantedRow, column] : wanted)
                if (wantedRow == row.number)
                    result.insert({wantedRow, column}, import::cell::text(row.cells.value(column)));
        finished = row.number >= lastRow;
        return !finished;
    });
    if (!read && !finished)
        return Error{read.error()};
    return result;
}

int columnIndex(const QString& letters)
{
    if (letters.isEmpty())
        return -1;
    int index = 0;
    for (const QChar c : letters) {
        if (c < u'A' || c > u'Z')
            return -1;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

} // namespace redress
