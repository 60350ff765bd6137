#include "PointsEditor.h"

#include "intake/IntakeWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress {

PointsEditor::PointsEditor(const QList<TaxonomyTerm>& categories, QWidget* parent)
    : QGroupBox(tr("Points of complaint"), parent), m_categories(categories)
{
    setObjectName(QStringLiteral("pointsOfComplaint"));
    setAccessibleName(tr("Points of complaint"));
    auto* layout = new QVBoxLayout(this);
    auto* entry = new QFormLayout;
    layout->addLayout(entry);
    m_text = intake::lineEdit(this, QStringLiteral("pointText"), tr("Point of complaint"),
                              tr("One thing the complainant is unhappy about; press Enter or Add "
                                 "point to add it"));
    m_category = intake::termCombo(this, QStringLiteral("pointCategory"), tr("Category"),
                                   tr("The category of this point, for the annual report"),
                                   categories, tr("Choose a category…"));
    entry->addRow(tr("Po&int"), m_text);
    entry->addRow(tr("Cate&gory"), m_category);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("A&dd point"), this);
    m_add->setObjectName(QStringLiteral("addPoint"));
    m_add->setAccessibleName(tr("Add point"));
    m_add->setAccessibleDescription(tr("Adds the point typed above to the list"));
    m_remove = new QPushButton(tr("Remove point"), this);
    m_remove->setObjectName(QStringLiteral("removePoint"));
    m_remove->setAccessibleName(tr("Remove point"));
    m_remove->setAccessibleDescription(tr("Removes the point selected in the list"));
    for (QPushButton* button : {m_add, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("points"));
    m_list->setAccessibleName(tr("Points added"));
    m_list->setAccessibleDescription(tr("The points of this complaint with their categories"));
    m_list->setMaximumHeight(90);
    layout->addWidget(m_list);
    setTabOrder(m_category, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_remove);

    connect(m_add, &QPushButton::clicked, this, &PointsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &PointsEditor::remove);
    connect(m_text, &QLineEdit::returnPressed, this, &PointsEditor::add);
    connect(m_text, &QLineEdit::textEdited, this, &PointsEditor::changed);
    m_remove->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

ComplaintPoint PointsEditor::typed() const
{
    ComplaintPoint point;
    point.description = m_text->text().trimmed();
    point.categoryCode = m_category->currentData().toString();
    return point;
}

void PointsEditor::add()
{
    const ComplaintPoint point = typed();
    if (point.description.isEmpty())
        return;
    m_points.append(point);
    m_list->addItem(point.categoryCode.isEmpty()
                        ? point.description
                        : tr("%1 — %2").arg(point.description,
                                            intake::termLabel(m_categories, point.categoryCode)));
    m_text->clear();
    m_category->setCurrentIndex(0);
    m_text->setFocus();
    emit changed();
}

void PointsEditor::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_points.size())
        return;
    m_points.removeAt(row);
    delete m_list->takeItem(row);
    emit changed();
}

QList<ComplaintPoint> PointsEditor::points() const
{
    QList<ComplaintPoint> result = m_points;
    if (const ComplaintPoint pending = typed(); !pending.description.isEmpty())
        result.append(pending);
    return result;
}

bool PointsEditor::hasInput() const
{
    return !points().isEmpty();
}

} // namespace redress
