#pragma once

#include "domain/Case.h"
#include "storage/ReferenceData.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace redress {

// The points of a complaint, each with its category, added and removed from the keyboard
// (Enter in the text adds the point).
class PointsEditor : public QGroupBox
{
    Q_OBJECT

public:
    PointsEditor(const QList<TaxonomyTerm>& categories, QWidget* parent = nullptr);

    // The added points, plus one still being typed (so nothing typed is lost).
    QList<ComplaintPoint> points() const;
    bool hasInput() const;

signals:
    void changed();

private:
    ComplaintPoint typed() const;
    void add();
    void remove();

    QList<TaxonomyTerm> m_categories;
    QLineEdit* m_text = nullptr;
    QComboBox* m_category = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QList<ComplaintPoint> m_points;
};

} // namespace redress
