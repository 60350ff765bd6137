#include "OmbudsmanEditor.h"

#include "caseview/CaseLabels.h"
#include "caseview/RecommendationsEditor.h"
#include "common/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace redress {

OmbudsmanEditor::OmbudsmanEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("caseOmbudsman"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* decisionBox = new QGroupBox(tr("Decision"), this);
    auto* form = new QFormLayout(decisionBox);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("lgscoReference"));
    m_reference->setAccessibleName(tr("LGSCO reference"));
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("lgscoDecision"));
    m_decision->setAccessibleName(tr("Ombudsman's decision"));
    m_wording = new QLineEdit(this);
    m_wording->setObjectName(QStringLiteral("lgscoDecisionWording"));
    m_wording->setAccessibleName(tr("Decision as worded"));
    m_wording->setAccessibleDescription(
        tr("The decision in the words of the log it was imported from, or of the Ombudsman's "
           "letter; reports count the decision chosen above"));
    m_decidedOn = new DateEdit(this);
    m_decidedOn->setObjectName(QStringLiteral("lgscoDecidedOn"));
    m_decidedOn->setAccessibleName(tr("Decided on"));
    m_decidedOn->setAccessibleDescription(tr("The date of the Ombudsman's decision (dd/mm/yyyy)"));
    m_decidedOn->setOptional(tr("Not decided yet"));
    m_decidedOn->setNotAfterToday();
    m_fault = new QCheckBox(tr("Fault found"), this);
    m_fault->setObjectName(QStringLiteral("lgscoFault"));
    m_injustice = new QCheckBox(tr("In&justice found"), this);
    m_injustice->setObjectName(QStringLiteral("lgscoInjustice"));
    m_alreadyRemedied =
        new QCheckBox(tr("The council had already provided a satisfactory remedy"), this);
    m_alreadyRemedied->setObjectName(QStringLiteral("lgscoAlreadyRemedied"));
    form->addRow(tr("L&GSCO reference:"), m_reference);
    form->addRow(tr("De&cision:"), m_decision);
    form->addRow(tr("As worded:"), m_wording);
    form->addRow(tr("Decided on:"), m_decidedOn);
    form->addRow(QString(), m_fault);
    form->addRow(QString(), m_injustice);
    form->addRow(QString(), m_alreadyRemedied);
    layout->addWidget(decisionBox);
    auto* recommendationsBox = new QGroupBox(tr("Recommendations"), this);
    m_recommendations = new RecommendationsEditor(recommendationsBox);
    (new QVBoxLayout(recommendationsBox))->addWidget(m_recommendations);
    layout->addWidget(recommendationsBox, 1);

    connect(m_reference, &QLineEdit::textEdited, this, &OmbudsmanEditor::noteEdit);
    connect(m_wording, &QLineEdit::textEdited, this, &OmbudsmanEditor::noteEdit);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &OmbudsmanEditor::noteEdit);
    connect(m_decidedOn, &DateEdit::dateChanged, this, &OmbudsmanEditor::noteEdit);
    for (QCheckBox* box : {m_fault, m_injustice, m_alreadyRemedied})
        connect(box, &QCheckBox::toggled, this, &OmbudsmanEditor::noteEdit);
    connect(m_recommendations, &PartListEditor::modifiedChanged, this, &OmbudsmanEditor::noteEdit);
}

void OmbudsmanEditor::setCase(const Case& record, const QList<TaxonomyTerm>& decisions,
                              const QList<TaxonomyTerm>& remedyTypes, const CaseLabels& labels)
{
    m_filling = true;
    m_stored = record.ombudsman;
    m_reference->setText(m_stored.lgscoReference);
    m_decision->clear();
    m_decision->addItem(tr("Not decided yet"), QString());
    for (const TaxonomyTerm& term : decisions)
        if (!term.validTo.isValid() || term.code == m_stored.decisionCode)
            m_decision->addItem(term.label, term.code);
    if (m_decision->findData(m_stored.decisionCode) < 0)
        m_decision->addItem(labels.label(QStringLiteral("lgsco_decision"), m_stored.decisionCode),
                            m_stored.decisionCode);
    m_decision->setCurrentIndex(m_decision->findData(m_stored.decisionCode));
    m_wording->setText(m_stored.decisionWording);
    m_decidedOn->setDate(m_stored.decidedOn);
    m_fault->setChecked(m_stored.faultFound);
    m_injustice->setChecked(m_stored.injusticeFound);
    m_alreadyRemedied->setChecked(m_stored.satisfactoryRemedyAlreadyProvided);
    m_recommendations->setRecommendations(m_stored.recommendations, remedyTypes, labels);
    m_filling = false;
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
}

OmbudsmanDecision OmbudsmanEditor::decision() const
{
    OmbudsmanDecision decision;
    decision.lgscoReference = m_reference->text().trimmed();
    decision.decisionCode = m_decision->currentData().toString();
    decision.decisionWording = m_wording->text().trimmed();
    decision.decidedOn = m_decidedOn->date();
    decision.faultFound = m_fault->isChecked();
    decision.injusticeFound = m_injustice->isChecked();
    decision.satisfactoryRemedyAlreadyProvided = m_alreadyRemedied->isChecked();
    decision.recommendations = m_recommendations->recommendations();
    return decision;
}

bool OmbudsmanEditor::isModified() const
{
    return m_modified;
}

void OmbudsmanEditor::noteEdit()
{
    if (m_filling)
        return;
    const OmbudsmanDecision now = decision();
    const bool modified =
        m_recommendations->isModified() || now.lgscoReference != m_stored.lgscoReference ||
        now.decisionCode != m_stored.decisionCode || now.decidedOn != m_stored.decidedOn ||
        now.faultFound != m_stored.faultFound || now.injusticeFound != m_stored.injusticeFound ||
        now.satisfactoryRemedyAlreadyProvided != m_stored.satisfactoryRemedyAlreadyProvided;
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void OmbudsmanEditor::discardEdits()
{
    m_recommendations->discardEdits();
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
}

QString OmbudsmanEditor::problem() const
{
    if (QString wrong = m_decidedOn->problem(tr("Decided on")); !wrong.isEmpty())
        return wrong;
    const OmbudsmanDecision now = decision();
    if (!now.decisionCode.isEmpty() && !now.decidedOn.isValid())
        return tr("Give the date of the Ombudsman's decision: the reports count it from then.");
    if (now.decisionCode.isEmpty() && now.decidedOn.isValid())
        return tr("Choose the Ombudsman's decision, or clear its date.");
    return m_recommendations->problem();
}

} // namespace redress
