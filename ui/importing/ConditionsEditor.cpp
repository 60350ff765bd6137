#include "ConditionsEditor.h"

#include "import/ImportField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

namespace {

enum RuleColumn
{
    Tested,
    Values,
    Column,
    Field,
    RuleColumns
};

QComboBox* headingChoice(const QStringList& headings, const QString& current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const QString& heading : headings)
        if (!heading.trimmed().isEmpty())
            box->addItem(heading, heading);
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(current, current); // a heading the log lacks: the check says so
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}

QComboBox* fieldChoice(const QString& current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const import::ImportField& field : import::importFields())
        box->addItem(field.header, field.code);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}

QStringList splitValues(const QString& text)
{
    QStringList values;
    for (const QString& value : text.split(u';', Qt::SkipEmptyParts))
        if (!value.trimmed().isEmpty())
            values << value.trimmed();
    return values;
}

} // namespace

ConditionsEditor::ConditionsEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* caption = new QLabel(tr("Only on some &rows (one column, two meanings):"), this);
    m_table = new QTableWidget(0, RuleColumns, this);
    m_table->setObjectName(QStringLiteral("mappingConditions"));
    m_table->setAccessibleName(tr("Columns that fill another field on some rows"));
    m_table->setHorizontalHeaderLabels(
        {tr("When the column"), tr("is (values separated by ;)"), tr("the column"), tr("fills")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    caption->setBuddy(m_table);
    auto* add = new QPushButton(tr("&Add a rule"), this);
    add->setObjectName(QStringLiteral("addCondition"));
    auto* remove = new QPushButton(tr("Re&move the rule"), this);
    remove->setObjectName(QStringLiteral("removeCondition"));
    header->addWidget(caption);
    header->addStretch();
    header->addWidget(add);
    header->addWidget(remove);
    layout->addLayout(header);
    layout->addWidget(m_table);
    connect(add, &QPushButton::clicked, this, [this] {
        addRule(m_headings.value(0), {}, m_headings.value(0), QString());
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
}

void ConditionsEditor::setConditions(const QList<import::ImportCondition>& conditions,
                                     const QStringList& headings)
{
    m_headings = headings;
    m_loaded = conditions;
    m_table->setRowCount(0);
    for (const import::ImportCondition& condition : conditions)
        for (auto it = condition.columns.begin(); it != condition.columns.end(); ++it)
            addRule(condition.column, condition.is, it.value(), it.key());
}

void ConditionsEditor::addRule(const QString& tested, const QStringList& is, const QString& column,
                               const QString& fieldCode)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* testedBox = headingChoice(m_headings, tested, m_table);
    testedBox->setAccessibleName(tr("Rule %1: the column tested").arg(row + 1));
    auto* values = new QLineEdit(is.join(QStringLiteral("; ")), m_table);
    values->setAccessibleName(tr("Rule %1: its values, separated by ;").arg(row + 1));
    auto* columnBox = headingChoice(m_headings, column, m_table);
    columnBox->setAccessibleName(tr("Rule %1: the column that fills another field").arg(row + 1));
    auto* fieldBox = fieldChoice(fieldCode, m_table);
    fieldBox->setAccessibleName(tr("Rule %1: the field it fills").arg(row + 1));
    m_table->setCellWidget(row, Tested, testedBox);
    m_table->setCellWidget(row, Values, values);
    m_table->setCellWidget(row, Column, columnBox);
    m_table->setCellWidget(row, Field, fieldBox);
    for (QComboBox* box : {testedBox, columnBox, fieldBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ConditionsEditor::changed);
    connect(values, &QLineEdit::editingFinished, this, &ConditionsEditor::changed);
}

QList<import::ImportCondition> ConditionsEditor::conditions() const
{
    QList<import::ImportCondition> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* tested = qobject_cast<QComboBox*>(m_table->cellWidget(row, Tested));
        const auto* values = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Values));
        const auto* column = qobject_cast<QComboBox*>(m_table->cellWidget(row, Column));
        const auto* field = qobject_cast<QComboBox*>(m_table->cellWidget(row, Field));
        const QStringList is = splitValues(values->text());
        if (is.isEmpty() || tested->currentData().toString().isEmpty())
            continue; // a rule still being written
        auto same = [&](const import::ImportCondition& c) {
            return c.column == tested->currentData().toString() && c.is == is;
        };
        auto found = std::find_if(result.begin(), result.end(), same);
        if (found == result.end()) {
            import::ImportCondition condition;
            condition.column = tested->currentData().toString();
            condition.is = is;
            const auto loaded = std::find_if(m_loaded.cbegin(), m_loaded.cend(), same);
            if (loaded != m_loaded.cend())
                condition.values = loaded->values;
            result.append(condition);
            found = std::prev(result.end());
        }
        found->columns.insert(field->currentData().toString(), column->currentData().toString());
    }
    return result;
}

} // namespace redress
