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

QString ImportProblemGroup::rowsText() const
{
    if (count == 1 && !rows.isEmpty())
        return Text::tr("row %1").arg(rows.constFirst());
    QStringList numbers;
    for (qint64 row : rows)
        numbers << QString::number(row);
    if (count > rows.size())
        numbers << QStringLiteral("…");
    return Text::tr("%1 rows (%2)").arg(count).arg(numbers.join(QStringLiteral(", ")));
}

QString ImportProblemGroup::toText() const
{
    QString text = first.heading.isEmpty() ? first.message
                                           : first.heading + QStringLiteral(": ") + first.message;
    if (first.row > 0)
        text += QStringLiteral(" — ") + rowsText();
    if (!first.advice.isEmpty())
        text += QStringLiteral(": ") + first.advice;
    return text;
}

ProblemCollector::ProblemCollector(QList<ImportProblem>& listed, QList<ImportProblemGroup>& groups,
                                   qint64& count, Each each)
    : m_listed(listed), m_groups(groups), m_each(std::move(each)), m_count(count)
{}

void ProblemCollector::group(const ImportProblem& problem, const QString& kind)
{
    auto it = m_groupOf.constFind(kind);
    if (it == m_groupOf.cend()) {
        if (m_groups.size() >= ProblemCap::total) {
            ++m_ungrouped;
            return;
        }
        it = m_groupOf.insert(kind, m_groups.size());
        m_groups.append({problem, 0, {}});
    }
    ImportProblemGroup& g = m_groups[*it];
    ++g.count;
    if (g.rows.size() < ProblemCap::groupRows && problem.row > 0 &&
        (g.rows.isEmpty() || g.rows.constLast() != problem.row))
        g.rows.append(problem.row);
}

// Keeps the first ProblemCap::perKind problems of each kind, and ProblemCap::total in all;
// counts the rest.
void ProblemCollector::add(QList<ImportProblem>& problems)
{
    for (ImportProblem& problem : problems) {
        ++m_count;
        if (m_each)
            m_each(problem);
        const QString kind = problem.column + u'\x1f' + problem.message;
        group(problem, problem.field + u'\x1f' + kind);
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
    if (m_ungrouped > 0) {
        ImportProblemGroup rest;
        rest.count = m_ungrouped;
        rest.first.message =
            m_ungrouped == 1
                ? Text::tr("…and one more problem of another kind, not grouped; fix those above "
                           "and check again to see it")
                : Text::tr("…and %1 more problems of other kinds, not grouped; fix those above "
                           "and check again to see them")
                      .arg(m_ungrouped);
        m_groups.append(rest);
    }
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
        m_listed.append(sheetProblem(
            0, QString(),
            m_unlisted == 1
                ? Text::tr("…and one more problem of another kind, not listed; fix those "
                           "above and check again to see it")
                : Text::tr("…and %1 more problems of other kinds, not listed; fix those "
                           "above and check again to see them")
                      .arg(m_unlisted)));
}

} // namespace redress::import
