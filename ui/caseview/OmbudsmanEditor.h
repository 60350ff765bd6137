#pragma once

#include "domain/Case.h"
#include "storage/ReferenceData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace redress {

class CaseLabels;
class DateEdit;
class RecommendationsEditor;

// What the Ombudsman decided on an enquiry (its reference, the decision from the dated list,
// when, fault and injustice found, whether the council had already remedied it) and the
// recommendations, with their due and complied dates: what the reports count as Ombudsman
// decisions, compensation recommended and compliance.
class OmbudsmanEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OmbudsmanEditor(QWidget* parent = nullptr);

    // Shows the enquiry's decision, discarding any edits; `decisions` is the "lgsco_decision"
    // list, of which those no longer in use are offered only when the case has one;
    // `remedyTypes` the "ombudsman_remedy_type" list its recommendations' types come from.
    void setCase(const Case& record, const QList<TaxonomyTerm>& decisions,
                 const QList<TaxonomyTerm>& remedyTypes, const CaseLabels& labels);
    OmbudsmanDecision decision() const;
    bool isModified() const;
    void discardEdits();
    // Empty when it may be saved; otherwise what is wrong and where.
    QString problem() const;

signals:
    void modifiedChanged(bool modified);

private:
    void noteEdit();

    OmbudsmanDecision m_stored;
    bool m_modified = false;
    bool m_filling = false;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_decision = nullptr;
    QLineEdit* m_wording = nullptr; // the decision as a council's log worded it
    DateEdit* m_decidedOn = nullptr;
    QCheckBox* m_fault = nullptr;
    QCheckBox* m_injustice = nullptr;
    QCheckBox* m_alreadyRemedied = nullptr;
    RecommendationsEditor* m_recommendations = nullptr;
};

} // namespace redress
