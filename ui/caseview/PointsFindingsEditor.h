#pragma once

#include "caseview/PartListEditor.h"
#include "domain/Case.h"
#include "storage/ReferenceData.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace redress {

class CaseLabels;

// The points of complaint of a case, each with its description, category and a finding at
// each stage the case has had (upheld, partially upheld, not upheld, no finding, or none yet).
class PointsFindingsEditor : public PartListEditor
{
    Q_OBJECT

public:
    explicit PointsFindingsEditor(QWidget* parent = nullptr);

    // Shows the case's points, discarding any edits; `categories` and `outcomes` are the
    // administrator's lists, `labels` name codes no longer in them.
    void setCase(const Case& record, const QList<TaxonomyTerm>& categories,
                 const QList<TaxonomyTerm>& outcomes, const CaseLabels& labels);
    QList<ComplaintPoint> points() const { return m_points; }
    // Empty when the points may be saved; otherwise what is missing and where.
    QString problem() const;

protected:
    int count() const override { return int(m_points.size()); }
    QStringList cells(int row) const override;
    void fillForm(int row) override;
    void appendNew() override;
    void removeAt(int row) override;
    QWidget* firstField() const override;

private:
    void setFinding(int stageNumber, const QString& code);

    QList<ComplaintPoint> m_points;
    QList<int> m_stageNumbers;
    const CaseLabels* m_labels = nullptr;
    QLineEdit* m_description = nullptr;
    QComboBox* m_category = nullptr;
    QList<QComboBox*> m_findings; // one per stage, in m_stageNumbers' order
    QList<TaxonomyTerm> m_outcomes;
};

} // namespace redress
