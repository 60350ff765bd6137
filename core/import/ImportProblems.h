#pragma once

#include "import/ImportValidator.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace redress::import {

// How many problems an import keeps to show, so that a file whose one bad row repeats a
// million times is reported in a few lines and held in a few kilobytes.
struct ProblemCap
{
    static constexpr int perKind = 10;
    static constexpr int total = 1000;
    static constexpr int groupRows = 10; // the row numbers a group keeps to show
};

// Every problem of one kind — the same column, value and message — as one line a person can
// act on: how many rows have it, and the first of them. Holds ProblemCap::groupRows row
// numbers however many rows there are.
struct ImportProblemGroup
{
    ImportProblem first; // the first row's problem: its column, heading, field, value and advice
    qint64 count = 0;
    QList<qint64> rows; // the first ProblemCap::groupRows rows, in the order found

    // "3 rows (2, 3, 4)" or "304 rows (2, 3, 4, …)" or "row 7"
    QString rowsText() const;
    // "Service Area: "CASS" is not a known team — 304 rows (2, 3, 4, …): advice"
    QString toText() const;
};

// Collects an import's problems into the list it shows: the first ProblemCap::perKind of each
// kind (the same column and message) and ProblemCap::total in all; the rest are counted, and
// finish() adds after each kind's last listed problem a line that counts those left out.
// Every problem also goes into its group (at most ProblemCap::total groups; problems of kinds
// found after that are counted in a last group), and to `each`, when given, as it is found.
class ProblemCollector
{
public:
    using Each = std::function<void(const ImportProblem&)>;
    ProblemCollector(QList<ImportProblem>& listed, QList<ImportProblemGroup>& groups, qint64& count,
                     Each each = {});

    void add(QList<ImportProblem>& problems);
    void finish();
    // How many of the problems are listed, not counting the lines finish() adds.
    qint64 listedCount() const { return m_kept; }

private:
    struct Omitted
    {
        qint64 kept = 0;
        qint64 more = 0;
        qint64 firstRow = 0;
        qint64 lastRow = 0;
    };

    void group(const ImportProblem& problem, const QString& kind);

    QList<ImportProblem>& m_listed;
    QList<ImportProblemGroup>& m_groups;
    Each m_each;
    QHash<QString, qsizetype> m_groupOf; // column + message -> index in m_groups
    qint64 m_ungrouped = 0;              // problems of kinds found once the groups were full
    qint64& m_count;                     // every problem, listed or not
    QHash<QString, Omitted> m_kinds;     // column + message -> how many were kept and left out
    qint64 m_unlisted = 0;               // new kinds found once ProblemCap::total were kept
    qint64 m_kept = 0;
};

} // namespace redress::import
