#pragma once

#include "caseview/PartListEditor.h"
#include "domain/Case.h"
#include "storage/ReferenceData.h"

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace redress {

class CaseLabels;
class DateEdit;

// The remedies a case agreed: each with its type, what it is, an amount in pounds and pence
// when it is financial, and when it was agreed and completed. A remedy added belongs to the
// case's current stage.
class RemediesEditor : public PartListEditor
{
    Q_OBJECT

public:
    explicit RemediesEditor(QWidget* parent = nullptr);

    // Shows the case's remedies, discarding any edits; `types` is the administrator's list.
    void setCase(const Case& record, const QList<TaxonomyTerm>& types, const CaseLabels& labels);
    QList<Remedy> remedies() const { return m_remedies; }
    // Empty when the remedies may be saved; otherwise what is wrong and where.
    QString problem() const;

protected:
    int count() const override { return int(m_remedies.size()); }
    QStringList cells(int row) const override;
    void fillForm(int row) override;
    void appendNew() override;
    void removeAt(int row) override;
    QWidget* firstField() const override;

private:
    // Applies `change` to the chosen remedy, unless the form is being filled.
    void change(const std::function<void(Remedy&)>& apply);

    QList<Remedy> m_remedies;
    int m_currentStage = 1;
    const CaseLabels* m_labels = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_description = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    DateEdit* m_agreed = nullptr;
    DateEdit* m_completed = nullptr;
};

} // namespace redress
