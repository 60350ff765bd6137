#pragma once

#include "reporting/ReportTable.h"

#include <QAbstractTableModel>

namespace redress {

// One report table for a QTableView: figures formatted the UK way, totals in bold, each count
// cell carrying its row key and column id (CellKeyRole) so a double-click can list its cases.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RowKeyRole = Qt::UserRole + 1,
        ColumnIdRole,
        IsCountRole
    };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace redress
