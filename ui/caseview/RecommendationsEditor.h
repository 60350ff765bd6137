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

// The Ombudsman's recommendations on an enquiry: what the council is to do, any sum it is to
// pay, when it is due and when it was complied with; the list says whether each was complied
// with on time, late, or not yet.
class RecommendationsEditor : public PartListEditor
{
    Q_OBJECT

public:
    explicit RecommendationsEditor(QWidget* parent = nullptr);

    // Shows the recommendations, discarding any edits; `types` is the "ombudsman_remedy_type"
    // list, and a type the list no longer holds is shown by its label.
    void setRecommendations(const QList<OmbudsmanRecommendation>& recommendations,
                            const QList<TaxonomyTerm>& types, const CaseLabels& labels);
    QList<OmbudsmanRecommendation> recommendations() const { return m_recommendations; }
    // Empty when they may be saved; otherwise what is wrong and where.
    QString problem() const;
    // "Complied with on time", "Complied with late", "Overdue" or "Not yet due", as of today.
    static QString compliance(const OmbudsmanRecommendation& recommendation);

protected:
    int count() const override { return int(m_recommendations.size()); }
    QStringList cells(int row) const override;
    void fillForm(int row) override;
    void appendNew() override;
    void removeAt(int row) override;
    QWidget* firstField() const override;

private:
    void change(const std::function<void(OmbudsmanRecommendation&)>& apply);

    QList<OmbudsmanRecommendation> m_recommendations;
    QLineEdit* m_description = nullptr;
    QComboBox* m_type = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    DateEdit* m_due = nullptr;
    DateEdit* m_complied = nullptr;
};

} // namespace redress
