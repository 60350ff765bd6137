#include "ReportChecks.h"

#include <QHash>
#include <algorithm>

namespace redress::test::reports {

const ReportTable& tableOf(const Report& report, const char* id)
{
    static const ReportTable none;
    const ReportTable* table = report.table(QString::fromLatin1(id));
    return table ? *table : none;
}

qint64 count(const Report& report, const char* table, const char* row, const char* column)
{
    return tableOf(report, table)
        .cell(QString::fromLatin1(row), QString::fromLatin1(column))
        .toLongLong();
}

QVariant value(const Report& report, const char* table, const char* row, const char* column)
{
    return tableOf(report, table).cell(QString::fromLatin1(row), QString::fromLatin1(column));
}

double percent(const Report& report, const char* table, const char* row, const char* column)
{
    return value(report, table, row, column).toDouble();
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString checkSums(const ReportTable& table)
{
    for (int c = 0; c < table.columns().size(); ++c) {
        const ReportColumn& column = table.columns().at(c);
        const bool summed = (column.kind == ColumnKind::Count && column.additive) ||
                            column.kind == ColumnKind::Money;
        if (!summed)
            continue;
        QHash<int, qint64> sums;
        QHash<int, const ReportRow*> totals;
        const ReportRow* parent = nullptr;
        qint64 parts = 0;
        bool hasParts = false;
        auto closeParent = [&]() -> QString {
            if (parent && hasParts && parts != parent->cells.at(c).toLongLong())
                return QStringLiteral("%1: the rows under %2 add up to %3, not %4 (column %5)")
                    .arg(table.id(), parent->key)
                    .arg(parts)
                    .arg(parent->cells.at(c).toLongLong())
                    .arg(column.id);
            parent = nullptr;
            parts = 0;
            hasParts = false;
            return {};
        };
        for (const ReportRow& row : table.rows()) {
            if (row.level > 0) {
                parts += row.cells.at(c).toLongLong();
                hasParts = true;
                continue;
            }
            if (QString error = closeParent(); !error.isEmpty())
                return error;
            if (row.role == RowRole::Item) {
                sums[row.section] += row.cells.at(c).toLongLong();
                parent = &row;
            } else if (row.isTotal()) {
                totals.insert(row.section, &row);
            }
        }
        if (QString error = closeParent(); !error.isEmpty())
            return error;
        for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
            const QVariant total = it.value()->cells.at(c);
            if (total.isNull())
                continue;
            if (sums.value(it.key()) != total.toLongLong())
                return QStringLiteral("%1: column %2 adds up to %3 in section %4, but its total "
                                      "row %5 says %6")
                    .arg(table.id(), column.id)
                    .arg(sums.value(it.key()))
                    .arg(it.key())
                    .arg(it.value()->key)
                    .arg(total.toLongLong());
        }
    }
    return {};
}

QString checkDrillDown(const ReportTable& table, const ReportEngine::CellCases& cells)
{
    for (const ReportColumn& column : table.columns()) {
        if (column.kind != ColumnKind::Count)
            continue;
        for (const ReportRow& row : table.rows()) {
            const QVariant cell = table.cell(row.key, column.id);
            if (cell.isNull())
                continue;
            auto found = cells.constFind({row.key, column.id});
            if (found == cells.constEnd())
                return QStringLiteral("%1: no cases behind row %2, column %3")
                    .arg(table.id(), row.key, column.id);
            const qint64 ids = found.value().size();
            const bool right = column.unit == u"cases" ? ids == cell.toLongLong()
                                                       : (ids <= cell.toLongLong() &&
                                                          (ids > 0) == (cell.toLongLong() > 0));
            if (!right)
                return QStringLiteral("%1: row %2, column %3 counts %4 but %5 cases are behind it")
                    .arg(table.id(), row.key, column.id)
                    .arg(cell.toLongLong())
                    .arg(ids);
        }
    }
    return {};
}

QString checkReport(ReportEngine& engine, const Report& report)
{
    auto inScope = engine.tableIds(report.scope());
    if (!inScope)
        return inScope.error();
    const QStringList expected = inScope.value();
    QStringList ids;
    for (const ReportTable& table : report.tables())
        ids << table.id();
    if (ids != expected)
        return QStringLiteral("tables %1, expected %2").arg(ids.join(u','), expected.join(u','));
    for (const ReportTable& table : report.tables()) {
        if (table.title().isEmpty() || table.note().isEmpty())
            return QStringLiteral("%1 has no title or no note").arg(table.id());
        if (QString sums = checkSums(table); !sums.isEmpty())
            return sums;
        auto cells = engine.casesBehindAll(table.id(), report.scope());
        if (!cells)
            return cells.error();
        if (QString drill = checkDrillDown(table, cells.value()); !drill.isEmpty())
            return drill;
    }
    return {};
}

} // namespace redress::test::reports
