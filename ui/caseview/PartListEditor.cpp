#include "PartListEditor.h"

#include "common/ReadOnlyTable.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

PartListEditor::PartListEditor(const QString& objectName, const QString& accessibleName,
                               const QStringList& headings, const QString& addText,
                               const QString& removeText, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName + QStringLiteral("Editor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = makeReadOnlyTable(objectName, headings, this);
    m_table->setAccessibleName(accessibleName);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(addText, this);
    m_add->setObjectName(QStringLiteral("add_") + objectName);
    m_remove = new QPushButton(removeText, this);
    m_remove->setObjectName(QStringLiteral("remove_") + objectName);
    m_remove->setAccessibleDescription(tr("Removes the entry chosen in the list above"));
    for (QPushButton* button : {m_add, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_formArea = new QWidget(this);
    m_form = new QFormLayout(m_formArea);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formArea);

    connect(m_add, &QPushButton::clicked, this, &PartListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &PartListEditor::remove);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_filling = true;
        m_formArea->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
        if (row >= 0)
            fillForm(row);
        m_filling = false;
    });
}

int PartListEditor::currentRow() const
{
    return m_table->currentRow();
}

void PartListEditor::reset()
{
    setModified(false);
    fillTable();
    choose(count() > 0 ? 0 : -1);
    m_formArea->setEnabled(count() > 0);
    m_remove->setEnabled(count() > 0);
}

void PartListEditor::fillTable()
{
    QList<QStringList> rows;
    for (int row = 0; row < count(); ++row)
        rows.append(cells(row));
    const QSignalBlocker quiet(m_table);
    fillReadOnlyTable(m_table, rows);
}

void PartListEditor::choose(int row)
{
    m_table->setCurrentCell(-1, -1);
    if (row >= 0)
        m_table->setCurrentCell(row, 0);
}

void PartListEditor::edited()
{
    if (m_filling)
        return;
    const int row = currentRow();
    if (row < 0)
        return;
    const QStringList shown = cells(row);
    for (int column = 0; column < shown.size(); ++column)
        if (QTableWidgetItem* item = m_table->item(row, column))
            item->setText(shown.at(column));
    setModified(true);
}

void PartListEditor::add()
{
    appendNew();
    fillTable();
    choose(count() - 1);
    m_formArea->setEnabled(true);
    firstField()->setFocus();
    setModified(true);
}

void PartListEditor::remove()
{
    const int row = currentRow();
    if (row < 0)
        return;
    removeAt(row);
    fillTable();
    choose(qMin(row, count() - 1));
    m_formArea->setEnabled(count() > 0);
    m_remove->setEnabled(count() > 0);
    setModified(true);
}

void PartListEditor::setModified(bool modified)
{
    m_modified = modified;
    emit modifiedChanged(modified);
}

void PartListEditor::showWholeRows(int rows)
{
    // As tall as its heading and `rows` rows, the list never cuts one; the narrow columns fit
    // beside the stretched last one, so no horizontal scroll bar takes a row's room.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());
}

} // namespace redress
