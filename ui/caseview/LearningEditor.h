#pragma once

#include "caseview/PartListEditor.h"
#include "domain/Case.h"
#include "storage/ReferenceData.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace redress {

class CaseLabels;
class DateEdit;

// The learning a case gave rise to: each action with what is to change, its theme, who owns
// it, when it is due, where it stands, and, when it was not implemented, why not.
class LearningEditor : public PartListEditor
{
    Q_OBJECT

public:
    explicit LearningEditor(QWidget* parent = nullptr);

    // Shows the case's learning actions, discarding any edits; `themes` is the
    // administrator's list.
    void setCase(const Case& record, const QList<TaxonomyTerm>& themes, const CaseLabels& labels);
    QList<LearningAction> actions() const { return m_actions; }
    // Empty when the actions may be saved; otherwise what is wrong and where.
    QString problem() const;

protected:
    int count() const override { return int(m_actions.size()); }
    QStringList cells(int row) const override;
    void fillForm(int row) override;
    void appendNew() override;
    void removeAt(int row) override;
    QWidget* firstField() const override;

private:
    void change(const std::function<void(LearningAction&)>& apply);

    QList<LearningAction> m_actions;
    const CaseLabels* m_labels = nullptr;
    QLineEdit* m_description = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_owner = nullptr;
    DateEdit* m_due = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_reason = nullptr;
    DateEdit* m_completed = nullptr;
};

} // namespace redress
