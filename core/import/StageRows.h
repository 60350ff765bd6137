#pragma once

#include "import/ImportValidator.h"
#include "spreadsheet/Workbook.h"

#include <QList>
#include <QString>

namespace redress::import {

// A council's log of one row per stage (a stage 2 is its own row) folded into cases. The rows
// of one complaint are found by the column naming the earlier row's reference, by the
// complaint's reference with a stage suffix ("2020/014/S2"), or by the same reference with
// another stage, in any order. Rows are kept until the whole sheet is read, since a stage 2
// may come before its stage 1.
class StageRows
{
public:
    explicit StageRows(const ImportValidator& validator);

    void add(const spreadsheet::SheetRow& row) { m_rows.append(row); }

    // One complaint (or Ombudsman enquiry) read as one row: the row its case is read from, and
    // the cells it takes from the rows of its later stages.
    struct Case
    {
        spreadsheet::SheetRow row;
        FoldedRow folded;
        // A complaint whose stage 1 is not in the file: the log's reference of that stage 1,
        // when the rows say it.
        QString earlierReference;
    };

    // The cases in the order of their first rows; a problem for each row that cannot be
    // placed (an unknown stage, two rows of one stage of a complaint).
    QList<Case> fold(QList<ImportProblem>& problems) const;

private:
    struct Row;

    Row read(qsizetype index, QList<ImportProblem>& problems) const;
    Case foldComplaint(const QList<const Row*>& rows) const;

    const ImportValidator& m_validator;
    QList<spreadsheet::SheetRow> m_rows;
};

} // namespace redress::import
