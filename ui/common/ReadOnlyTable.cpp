#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace redress {

QTableWidget* makeReadOnlyTable(const QString& objectName, const QStringList& headers,
                                QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillReadOnlyTable(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    // Every heading whole, and each column as wide as what it holds, up to a limit that
    // keeps a long text (a summary, a note) from pushing the others out of sight.
    table->resizeColumnsToContents();
    const int widest = table->fontMetrics().averageCharWidth() * 48;
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->setColumnWidth(column, qMax(qMin(table->columnWidth(column), widest),
                                           table->horizontalHeader()->sectionSizeHint(column)));
}

} // namespace redress
