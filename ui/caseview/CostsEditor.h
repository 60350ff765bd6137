#pragma once

#include "caseview/PartListEditor.h"
#include "domain/Case.h"

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace redress {

class DateEdit;

// What the independent stages of a case cost: each cost with its stage (2 or 3), what it was
// for (investigating officer, independent person, review panel, other), its amount in pounds
// and pence, when it was incurred and a note.
class CostsEditor : public PartListEditor
{
    Q_OBJECT

public:
    explicit CostsEditor(QWidget* parent = nullptr);

    // Shows the case's costs, discarding any edits.
    void setCase(const Case& record);
    QList<Cost> costs() const { return m_costs; }
    // Empty when the costs may be saved; otherwise what is wrong and where.
    QString problem() const;

protected:
    int count() const override { return int(m_costs.size()); }
    QStringList cells(int row) const override;
    void fillForm(int row) override;
    void appendNew() override;
    void removeAt(int row) override;
    QWidget* firstField() const override;

private:
    void change(const std::function<void(Cost&)>& apply);

    QList<Cost> m_costs;
    int m_defaultStage = 2;
    QComboBox* m_stage = nullptr;
    QComboBox* m_kind = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    DateEdit* m_incurred = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace redress
