#include "StageDatesEditor.h"

#include "common/DateEdit.h"
#include "intake/IntakeWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace redress {

namespace {

using DateField = QDate StageDates::*;

const DateField fields[] = {&StageDates::acknowledgedOn,   &StageDates::statementAgreedOn,
                            &StageDates::reportReceivedOn, &StageDates::panelHeldOn,
                            &StageDates::panelReportOn,    &StageDates::respondedOn};

} // namespace

StageDatesEditor::StageDatesEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stageDates"));
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageDatesStage"));
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->setAccessibleDescription(tr("The stage whose dates to correct"));
    connect(m_stage, &QComboBox::currentIndexChanged, this, &StageDatesEditor::showStage);
    m_form->addRow(tr("Stage"), m_stage);
    m_none = new QLabel(tr("No step of this stage has a date recorded yet."), this);
    m_none->setObjectName(QStringLiteral("stageDatesNone"));
    m_form->addRow(m_none);
    const struct
    {
        const char* name;
        QString label;
        QString description;
    } boxes[] = {
        {"stageAcknowledgedOn", tr("Acknowledged on"), tr("The date the stage was acknowledged")},
        {"stageStatementAgreedOn", tr("Statement agreed on"),
         tr("The date the statement of complaint was agreed; stage 2's clock starts here")},
        {"stageReportReceivedOn", tr("Report received on"),
         tr("The date the investigating officer's report was received")},
        {"stagePanelHeldOn", tr("Panel held on"), tr("The date the review panel met")},
        {"stagePanelReportOn", tr("Panel report on"), tr("The date of the panel's report")},
        {"stageRespondedOn", tr("Responded on"), tr("The date the response was sent")},
    };
    for (const auto& box : boxes) {
        DateEdit* date = intake::dateEdit(this, QLatin1String(box.name), box.label,
                                          box.description + tr(" (dd/mm/yyyy)"), QDate());
        connect(date, &DateEdit::dateChanged, this, &StageDatesEditor::noteEdit);
        m_form->addRow(box.label, date);
        m_dates.append(date);
    }
    m_reason = intake::lineEdit(this, QStringLiteral("stageDatesReason"), tr("Reason"),
                                tr("Why the dates are corrected (kept in the case's history)"));
    m_reason->setMinimumWidth(m_reason->fontMetrics().averageCharWidth() * 50);
    connect(m_reason, &QLineEdit::textChanged, this, &StageDatesEditor::noteEdit);
    m_form->addRow(tr("Reason for the correction"), m_reason);
}

void StageDatesEditor::setCase(const Case& record)
{
    const int shown = stageNumber();
    m_case = record;
    m_filling = true;
    m_stage->clear();
    for (const Stage& stage : record.stages)
        m_stage->addItem(tr("Stage %1").arg(stage.number), stage.number);
    int index = m_stage->findData(shown);
    if (index < 0)
        index = m_stage->findData(record.currentStageNumber());
    m_stage->setCurrentIndex(std::max(index, 0));
    m_filling = false;
    showStage();
}

int StageDatesEditor::stageNumber() const
{
    return m_stage->currentData().toInt();
}

void StageDatesEditor::showStage()
{
    if (m_filling)
        return;
    m_filling = true;
    StageDates recorded;
    for (const Stage& stage : m_case.stages)
        if (stage.number == stageNumber())
            recorded = StageDates::of(stage);
    bool any = false;
    for (qsizetype i = 0; i < m_dates.size(); ++i) {
        const QDate date = recorded.*fields[i];
        m_dates.at(i)->setDate(date);
        m_form->setRowVisible(m_dates.at(i), date.isValid());
        any = any || date.isValid();
    }
    m_form->setRowVisible(m_none, !any);
    m_form->setRowVisible(m_reason, any);
    m_reason->clear();
    m_filling = false;
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
    m_stage->setEnabled(true);
}

StageDates StageDatesEditor::dates() const
{
    StageDates dates;
    for (qsizetype i = 0; i < m_dates.size(); ++i)
        dates.*fields[i] = m_dates.at(i)->date();
    return dates;
}

QString StageDatesEditor::reason() const
{
    return m_reason->text().trimmed();
}

void StageDatesEditor::discardEdits()
{
    showStage();
}

QString StageDatesEditor::problem() const
{
    for (DateEdit* date : m_dates)
        if (m_form->isRowVisible(date))
            if (QString wrong = date->problem(date->accessibleName()); !wrong.isEmpty())
                return wrong;
    return {};
}

void StageDatesEditor::noteEdit()
{
    if (m_filling)
        return;
    StageDates recorded;
    for (const Stage& stage : m_case.stages)
        if (stage.number == stageNumber())
            recorded = StageDates::of(stage);
    const bool modified = !(dates() == recorded) || !reason().isEmpty();
    // Another stage's dates are shown only once these are saved or discarded.
    m_stage->setEnabled(!modified);
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace redress
