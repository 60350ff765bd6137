#include "ChildrenEditor.h"

#include "intake/IntakeWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress {

ChildrenEditor::ChildrenEditor(const QList<TaxonomyTerm>& statuses, QWidget* parent)
    : QGroupBox(tr("Child(ren) concerned"), parent), m_statuses(statuses)
{
    setObjectName(QStringLiteral("childrenConcerned"));
    setAccessibleName(tr("Children concerned"));
    auto* layout = new QVBoxLayout(this);
    auto* entry = new QFormLayout;
    layout->addLayout(entry);
    m_name = intake::lineEdit(this, QStringLiteral("childName"), tr("Child's name"),
                              tr("The child's name; press Enter or Add child to add them"));
    m_reference =
        intake::lineEdit(this, QStringLiteral("childReference"), tr("Social care reference"),
                         tr("The child's id in the social care system, if known"));
    m_status = intake::termCombo(this, QStringLiteral("childStatus"), tr("Child's status"),
                                 tr("The child's status when the case came in"), statuses,
                                 tr("Status not recorded"));
    entry->addRow(tr("Child's na&me"), m_name);
    entry->addRow(tr("Social care reference"), m_reference);
    entry->addRow(tr("Stat&us"), m_status);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add child"), this);
    m_add->setObjectName(QStringLiteral("addChild"));
    m_add->setAccessibleName(tr("Add child"));
    m_add->setAccessibleDescription(tr("Adds the child typed above to the list"));
    m_remove = new QPushButton(tr("Remove child"), this);
    m_remove->setObjectName(QStringLiteral("removeChild"));
    m_remove->setAccessibleName(tr("Remove child"));
    m_remove->setAccessibleDescription(tr("Removes the child selected in the list"));
    for (QPushButton* button : {m_add, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("children"));
    m_list->setAccessibleName(tr("Children added"));
    m_list->setAccessibleDescription(tr("The children this case is about; Delete removes one"));
    m_list->setMaximumHeight(80);
    layout->addWidget(m_list);
    setTabOrder(m_status, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_remove);

    connect(m_add, &QPushButton::clicked, this, &ChildrenEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &ChildrenEditor::remove);
    connect(m_name, &QLineEdit::returnPressed, this, &ChildrenEditor::add);
    connect(m_reference, &QLineEdit::returnPressed, this, &ChildrenEditor::add);
    connect(m_name, &QLineEdit::textEdited, this, &ChildrenEditor::changed);
    connect(m_reference, &QLineEdit::textEdited, this, &ChildrenEditor::changed);
    m_remove->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

ChildConcerned ChildrenEditor::typed() const
{
    ChildConcerned child;
    child.name = m_name->text().trimmed();
    child.socialCareReference = m_reference->text().trimmed();
    child.statusCode = m_status->currentData().toString();
    return child;
}

void ChildrenEditor::add()
{
    const ChildConcerned child = typed();
    if (child.name.isEmpty() && child.socialCareReference.isEmpty())
        return;
    m_children.append(child);
    QString text = child.name.isEmpty() ? tr("(no name)") : child.name;
    if (!child.socialCareReference.isEmpty())
        text += tr(" — ref. %1").arg(child.socialCareReference);
    if (!child.statusCode.isEmpty())
        text += tr(" — %1").arg(intake::termLabel(m_statuses, child.statusCode));
    m_list->addItem(text);
    m_name->clear();
    m_reference->clear();
    m_status->setCurrentIndex(0);
    m_name->setFocus();
    emit changed();
}

void ChildrenEditor::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_children.size())
        return;
    m_children.removeAt(row);
    delete m_list->takeItem(row);
    emit changed();
}

QList<ChildConcerned> ChildrenEditor::children() const
{
    QList<ChildConcerned> result = m_children;
    const ChildConcerned pending = typed();
    if (!pending.name.isEmpty() || !pending.socialCareReference.isEmpty())
        result.append(pending);
    return result;
}

bool ChildrenEditor::hasInput() const
{
    return !children().isEmpty();
}

} // namespace redress
