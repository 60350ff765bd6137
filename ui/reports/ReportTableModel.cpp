#include "ReportTableModel.h"

#include <QFont>

namespace redress {

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows().size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns().size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ReportRow& row = m_table.rows().at(index.row());
    const ReportColumn& column = m_table.columns().at(index.column());
    const QVariant value = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = ReportTable::format(value, column.kind);
        if (index.column() == 0 && row.level > 0)
            text.prepend(QStringLiteral("    "));
        return text;
    }
    case Qt::TextAlignmentRole:
        return column.kind == ColumnKind::Label || column.kind == ColumnKind::Text
                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                   : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.isTotal()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        const Basis basis = column.basis.value_or(row.basis.value_or(m_table.basis()));
        QString tip = basisLabel(basis) + QStringLiteral(": ") + basisDefinition(basis);
        if (column.kind == ColumnKind::Count && !value.isNull())
            tip +=
                u'\n' + tr("Double-click, or press Enter, to list the cases behind this figure.");
        return tip;
    }
    case RowKeyRole:
        return row.key;
    case ColumnIdRole:
        return column.id;
    case IsCountRole:
        return column.kind == ColumnKind::Count && !value.isNull();
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns().at(section).label;
    return {};
}

} // namespace redress
