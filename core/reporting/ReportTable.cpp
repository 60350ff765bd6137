#include "ReportTable.h"

#include "util/CodeTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <array>

namespace redress {

namespace {

using B = Coded<Basis>;
constexpr CodeTable bases(
    "Basis",
    std::array{
        B{Basis::Received, "received", QT_TRANSLATE_NOOP("Basis", "Received in the period"),
          QT_TRANSLATE_NOOP("Basis", "Complaint stages requested, or other cases received, "
                                     "between the first and the last day of the period.")},
        B{Basis::Concluded, "concluded", QT_TRANSLATE_NOOP("Basis", "Concluded in the period"),
          QT_TRANSLATE_NOOP("Basis", "Responded to in the period, or withdrawn or closed in "
                                     "the period without a response.")},
        B{Basis::WorkedOn, "worked_on", QT_TRANSLATE_NOOP("Basis", "Worked on in the period"),
          QT_TRANSLATE_NOOP("Basis", "Open at any time in the period: started by its last "
                                     "day and not concluded before its first day (carried "
                                     "forward plus received; concluded plus ongoing).")},
        B{Basis::CarriedForward, "carried_forward",
          QT_TRANSLATE_NOOP("Basis", "Carried forward into the period"),
          QT_TRANSLATE_NOOP("Basis", "Started before the period and not concluded when it "
                                     "began.")},
        B{Basis::Ongoing, "ongoing", QT_TRANSLATE_NOOP("Basis", "Ongoing at the period end"),
          QT_TRANSLATE_NOOP("Basis", "Started by the last day of the period and not "
                                     "concluded by then.")},
        B{Basis::Due, "due", QT_TRANSLATE_NOOP("Basis", "Due in the period"),
          QT_TRANSLATE_NOOP("Basis", "Whose deadline fell between the first and the last "
                                     "day of the period.")},
        B{Basis::Mixed, "mixed", QT_TRANSLATE_NOOP("Basis", "Stated on each row or column"),
          QT_TRANSLATE_NOOP("Basis", "The rows or columns count on different bases; each "
                                     "says which.")},
        B{Basis::Figures, "figures", QT_TRANSLATE_NOOP("Basis", "Figures for the year"),
          QT_TRANSLATE_NOOP("Basis", "Figures an administrator entered for the financial "
                                     "year, beside counts of cases received.")},
    });

QString rowRoleCode(RowRole role)
{
    switch (role) {
    case RowRole::Item:
        return QStringLiteral("item");
    case RowRole::Total:
        return QStringLiteral("total");
    case RowRole::Memo:
        return QStringLiteral("memo");
    }
    return {};
}

QJsonValue jsonCell(const QVariant& value, ColumnKind kind)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case ColumnKind::Count:
    case ColumnKind::Money:
    case ColumnKind::Figure:
        return QJsonValue(value.toLongLong());
    case ColumnKind::Days:
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            return QJsonValue(value.toLongLong());
        return QJsonValue(value.toDouble());
    case ColumnKind::Percent:
    case ColumnKind::Rate:
        return QJsonValue(value.toDouble());
    case ColumnKind::Date:
        return QJsonValue(value.toDate().toString(Qt::ISODate));
    case ColumnKind::Label:
    case ColumnKind::Change:
    case ColumnKind::Text:
        break;
    }
    return QJsonValue(value.toString());
}

} // namespace

QList<Basis> allBases()
{
    return bases.values();
}

QString basisCode(Basis basis)
{
    return bases.code(basis);
}

std::optional<Basis> basisFromCode(QStringView code)
{
    return bases.fromCode(code);
}

QString basisLabel(Basis basis)
{
    return bases.label(basis);
}

QString basisDefinition(Basis basis)
{
    return bases.definition(basis);
}

QString columnKindCode(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Label:
        return QStringLiteral("label");
    case ColumnKind::Count:
        return QStringLiteral("count");
    case ColumnKind::Percent:
        return QStringLiteral("percent");
    case ColumnKind::Days:
        return QStringLiteral("days");
    case ColumnKind::Money:
        return QStringLiteral("money");
    case ColumnKind::Change:
        return QStringLiteral("change");
    case ColumnKind::Rate:
        return QStringLiteral("rate");
    case ColumnKind::Figure:
        return QStringLiteral("figure");
    case ColumnKind::Date:
        return QStringLiteral("date");
    case ColumnKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

ReportTable::ReportTable(QString id, QString title, Basis basis)
    : m_id(std::move(id)), m_title(std::move(title)), m_basis(basis)
{}

ReportColumn& ReportTable::addColumn(ReportColumn column)
{
    m_columns.append(std::move(column));
    for (ReportRow& row : m_rows)
        row.cells.append(QVariant());
    return m_columns.last();
}

ReportColumn& ReportTable::addColumn(const QString& id, const QString& label, ColumnKind kind)
{
    ReportColumn column;
    column.id = id;
    column.label = label;
    column.kind = kind;
    if (kind != ColumnKind::Count)
        column.unit.clear();
    if (kind == ColumnKind::Days || kind == ColumnKind::Rate || kind == ColumnKind::Figure)
        column.additive = false;
    return addColumn(std::move(column));
}

int ReportTable::columnIndex(QStringView id) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).id == id)
            return i;
    return -1;
}

const ReportColumn* ReportTable::column(QStringView id) const
{
    const int index = columnIndex(id);
    return index < 0 ? nullptr : &m_columns.at(index);
}

ReportColumn* ReportTable::column(QStringView id)
{
    const int index = columnIndex(id);
    return index < 0 ? nullptr : &m_columns[index];
}

ReportRow& ReportTable::addRow(const QString& key, const QString& label, RowRole role, int level)
{
    ReportRow row;
    row.key = key;
    row.role = role;
    row.level = level;
    row.section = m_section;
    row.cells.resize(m_columns.size());
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).kind == ColumnKind::Label) {
            row.cells[i] = label;
            break;
        }
    }
    m_rows.append(std::move(row));
    return m_rows.last();
}

int ReportTable::rowIndex(QStringView key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

const ReportRow* ReportTable::row(QStringView key) const
{
    const int index = rowIndex(key);
    return index < 0 ? nullptr : &m_rows.at(index);
}

ReportRow* ReportTable::row(QStringView key)
{
    const int index = rowIndex(key);
    return index < 0 ? nullptr : &m_rows[index];
}

const ReportRow* ReportTable::sectionTotal(const ReportRow& row) const
{
    for (const ReportRow& candidate : m_rows)
        if (candidate.section == row.section && candidate.isTotal())
            return &candidate;
    return nullptr;
}

void ReportTable::setCell(QStringView rowKey, QStringView columnId, const QVariant& value)
{
    const int r = rowIndex(rowKey);
    const int c = columnIndex(columnId);
    if (r >= 0 && c >= 0)
        m_rows[r].cells[c] = value;
}

QVariant ReportTable::cell(QStringView rowKey, QStringView columnId) const
{
    const int r = rowIndex(rowKey);
    const int c = columnIndex(columnId);
    if (r < 0 || c < 0)
        return {};
    return m_rows.at(r).cells.at(c);
}

void ReportTable::fillPercent(QStringView countColumn, QStringView percentColumn)
{
    const int from = columnIndex(countColumn);
    const int to = columnIndex(percentColumn);
    if (from < 0 || to < 0)
        return;
    for (ReportRow& row : m_rows) {
        const ReportRow* total = sectionTotal(row);
        const QVariant count = row.cells.at(from);
        if (!total || count.isNull() || total->cells.at(from).isNull())
            continue;
        row.cells[to] = percent(count.toLongLong(), total->cells.at(from).toLongLong());
    }
}

void ReportTable::fillChange(QStringView currentColumn, QStringView previousColumn,
                             QStringView arrowColumn, QStringView percentColumn)
{
    const int current = columnIndex(currentColumn);
    const int previous = columnIndex(previousColumn);
    const int arrowAt = columnIndex(arrowColumn);
    const int percentAt = columnIndex(percentColumn);
    if (current < 0 || previous < 0)
        return;
    for (ReportRow& row : m_rows) {
        const QVariant now = row.cells.at(current);
        const QVariant before = row.cells.at(previous);
        if (now.isNull() || before.isNull())
            continue;
        if (arrowAt >= 0)
            row.cells[arrowAt] = arrow(now.toLongLong(), before.toLongLong());
        if (percentAt >= 0)
            row.cells[percentAt] = changePercent(now.toLongLong(), before.toLongLong());
    }
}

QJsonObject ReportTable::toJson() const
{
    QJsonArray columns;
    for (const ReportColumn& column : m_columns) {
        QJsonObject object{{QStringLiteral("id"), column.id},
                           {QStringLiteral("label"), column.label},
                           {QStringLiteral("kind"), columnKindCode(column.kind)}};
        if (column.basis)
            object.insert(QStringLiteral("basis"), basisCode(*column.basis));
        if (column.kind == ColumnKind::Count) {
            object.insert(QStringLiteral("unit"), column.unit);
            object.insert(QStringLiteral("additive"), column.additive);
        }
        columns.append(object);
    }
    QJsonArray rows;
    for (const ReportRow& row : m_rows) {
        QJsonObject cells;
        for (int i = 0; i < m_columns.size(); ++i)
            cells.insert(m_columns.at(i).id, jsonCell(row.cells.at(i), m_columns.at(i).kind));
        QJsonObject object{{QStringLiteral("key"), row.key},
                           {QStringLiteral("role"), rowRoleCode(row.role)},
                           {QStringLiteral("level"), row.level},
                           {QStringLiteral("section"), row.section},
                           {QStringLiteral("cells"), cells}};
        if (row.basis)
            object.insert(QStringLiteral("basis"), basisCode(*row.basis));
        rows.append(object);
    }
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("title"), m_title},
            {QStringLiteral("basis"), basisCode(m_basis)},
            {QStringLiteral("basisLabel"), basisLabel(m_basis)},
            {QStringLiteral("note"), m_note},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows}};
}

qint64 ReportTable::roundedTenths(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return 0;
    const bool negative = (numerator < 0) != (denominator < 0);
    const qint64 n = numerator < 0 ? -numerator : numerator;
    const qint64 d = denominator < 0 ? -denominator : denominator;
    // floor(10n/d + 1/2) without leaving integers, so 26/118 is exactly 22.0 and 1/8 is 12.5
    const qint64 tenths = (20 * n + d) / (2 * d);
    return negative ? -tenths : tenths;
}

QVariant ReportTable::percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    return roundedTenths(100 * part, whole) / 10.0;
}

QString ReportTable::arrow(qint64 current, qint64 previous)
{
    if (current > previous)
        return QStringLiteral("↑");
    if (current < previous)
        return QStringLiteral("↓");
    return QStringLiteral("↔");
}

QVariant ReportTable::changePercent(qint64 current, qint64 previous)
{
    if (previous == 0)
        return {};
    return roundedTenths(100 * (current - previous), previous) / 10.0;
}

QVariant ReportTable::average(qint64 sum, qint64 count)
{
    if (count == 0)
        return {};
    return roundedTenths(sum, count) / 10.0;
}

QVariant ReportTable::rate(qint64 count, qint64 base, qint64 per)
{
    if (base == 0)
        return {};
    return roundedTenths(count * per, base) / 10.0;
}

QString ReportTable::format(const QVariant& value, ColumnKind kind)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QLocale locale;
    switch (kind) {
    case ColumnKind::Count:
    case ColumnKind::Figure:
        return locale.toString(value.toLongLong());
    case ColumnKind::Days:
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            return locale.toString(value.toLongLong()); // one stage's days, not an average
        return locale.toString(value.toDouble(), 'f', 1);
    case ColumnKind::Percent:
    case ColumnKind::Rate:
        return locale.toString(value.toDouble(), 'f', 1);
    case ColumnKind::Money: {
        const qint64 pence = value.toLongLong();
        return QCoreApplication::translate("ReportTable", "£%1")
            .arg(locale.toString(double(pence) / 100.0, 'f', 2));
    }
    case ColumnKind::Date:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case ColumnKind::Label:
    case ColumnKind::Change:
    case ColumnKind::Text:
        break;
    }
    return value.toString();
}

} // namespace redress
