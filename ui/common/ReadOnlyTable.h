#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace redress {

// A table of text a user reads but does not edit (a case's stages, people, remedies…):
// whole rows selected, no row numbers, the last column stretched.
QTableWidget* makeReadOnlyTable(const QString& objectName, const QStringList& headers,
                                QWidget* parent);
// Replaces the table's rows with `rows`, a list of cells each.
void fillReadOnlyTable(QTableWidget* table, const QList<QStringList>& rows);

} // namespace redress
