#pragma once

#include "import/ImportValidator.h"

#include <QHash>
#include <QList>
#include <QString>

namespace redress::import {

// How many problems an import keeps to show, so that a file whose one bad row repeats a
// million times is reported in a few lines and held in a few kilobytes.
struct ProblemCap
{
    static constexpr int perKind = 10;
    static constexpr int total = 1000;
};

// Collects an import's problems into the list it shows: the first ProblemCap::perKind of each
// kind (the same column and message) and ProblemCap::total in all; the rest are counted, and
// finish() adds after each kind's last listed problem a line that counts those left out.
class ProblemCollector
{
public:
    ProblemCollector(QList<ImportProblem>& listed, qint64& count);

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

    QList<ImportProblem>& m_listed;
    qint64& m_count;                 // every problem, listed or not
    QHash<QString, Omitted> m_kinds; // column + message -> how many were kept and left out
    qint64 m_unlisted = 0;           // new kinds found once ProblemCap::total were kept
    qint64 m_kept = 0;
};

} // namespace redress::import
