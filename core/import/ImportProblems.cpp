#include "ImportProblems.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace redress::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

ProblemCollector::ProblemCollector(QList<ImportProblem>& listed, qint64& count)
    : m_listed(listed), m_count(count)
{}

// Keeps the first ProblemCap::perKind problems of each kind, and ProblemCap::total in all;
// counts the rest.
void ProblemCollector::add(QList<ImportProblem>& problems)
{
    for (ImportProblem& problem : problems) {
        ++m_count;
        const QString kind = problem.column + u'\x1f' + problem.message;
        auto it = m_kinds.find(kind);
        if (it == m_kinds.end()) {
            if (m_listed.size() >= ProblemCap::total) {
                ++m_unlisted;
                continue;
            }
            it = m_kinds.insert(kind, {});
        }
        if (it->kept < ProblemCap::perKind) {
            ++it->kept;
            ++m_kept;
            m_listed.append(std::move(problem));
            continue;
        }
        if (it->more++ == 0)
            it->firstRow = problem.row;
        it->lastRow = problem.row;
    }
}

// After each kind's last listed problem, a line that counts those of its kind left out; and
// one at the end for the kinds found after the list was full.
void ProblemCollector::finish()
{
    if (m_unlisted == 0 && std::none_of(m_kinds.cbegin(), m_kinds.cend(),
                                        [](const Omitted& omitted) { return omitted.more > 0; }))
        return;
    QList<ImportProblem> listed = std::exchange(m_listed, {});
    QHash<QString, qint64> seen;
    for (ImportProblem& problem : listed) {
        const QString kind = problem.column + u'\x1f' + problem.message;
        const Omitted omitted = m_kinds.value(kind);
        const bool last = ++seen[kind] == omitted.kept;
        ImportProblem more = problem;
        m_listed.append(std::move(problem));
        if (!last || omitted.more == 0)
            continue;
        more.row = omitted.firstRow;
        more.message =
            omitted.more == 1
                ? Text::tr("…and the same problem in row %1").arg(omitted.firstRow)
                : Text::tr("…and the same problem in %1 more rows, from row %2 to row %3")
                      .arg(omitted.more)
                      .arg(omitted.firstRow)
                      .arg(omitted.lastRow);
        m_listed.append(std::move(more));
    }
    if (m_unlisted > 0)
        m_listed.append(
            {0, QString(), QString(), QString(),
             m_unlisted == 1
                 ? Text::tr("…and one more problem of another kind, not listed; fix those "
                            "above and check again to see it")
                 : Text::tr("…and %1 more problems of other kinds, not listed; fix those "
                            "above and check again to see them")
                       .arg(m_unlisted)});
}

} // namespace redress::import
