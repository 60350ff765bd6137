#pragma once

#include "domain/Case.h"
#include "storage/ReferenceData.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace redress {

// The children a case is about: name, social-care reference and status, added and removed
// from the keyboard (Enter in the name or reference adds the child).
class ChildrenEditor : public QGroupBox
{
    Q_OBJECT

public:
    ChildrenEditor(const QList<TaxonomyTerm>& statuses, QWidget* parent = nullptr);

    // The added children, plus one still being typed (so nothing typed is lost).
    QList<ChildConcerned> children() const;
    bool hasInput() const;

signals:
    void changed();

private:
    ChildConcerned typed() const;
    void add();
    void remove();

    QList<TaxonomyTerm> m_statuses;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QList<ChildConcerned> m_children;
};

} // namespace redress
