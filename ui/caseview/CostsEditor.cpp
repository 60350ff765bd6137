#include "CostsEditor.h"

#include "caseview/CaseLabels.h"
#include "common/DateEdit.h"
#include "util/UkFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace redress {

CostsEditor::CostsEditor(QWidget* parent)
    : PartListEditor(QStringLiteral("caseCosts"), tr("Costs"),
                     {tr("Stage"), tr("For"), tr("Amount"), tr("Incurred"), tr("Note")},
                     tr("Ne&w cost"), tr("Remove cost"), parent)
{
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("costStage"));
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("Stage 2"), 2);
    m_stage->addItem(tr("Stage 3"), 3);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("costKind"));
    m_kind->setAccessibleName(tr("What the cost was for"));
    for (const char* code : {"investigating_officer", "independent_person", "panel", "other"})
        m_kind->addItem(CaseLabels::costKind(QLatin1String(code)), QLatin1String(code));
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("costAmount"));
    m_amount->setAccessibleName(tr("Amount in pounds"));
    m_amount->setPrefix(QStringLiteral("£"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, 1000000);
    m_amount->setGroupSeparatorShown(true);
    m_incurred = new DateEdit(this);
    m_incurred->setObjectName(QStringLiteral("costIncurred"));
    m_incurred->setAccessibleName(tr("Incurred on"));
    m_incurred->setOptional(tr("Not known"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("costNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(tr("e.g. the invoice number"));
    form()->addRow(tr("Sta&ge:"), m_stage);
    form()->addRow(tr("&Kind of cost:"), m_kind);
    form()->addRow(tr("Amount:"), m_amount);
    form()->addRow(tr("Incurred on:"), m_incurred);
    form()->addRow(tr("Note:"), m_note);

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        change([&](Cost& cost) { cost.stageNumber = m_stage->currentData().toInt(); });
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { change([&](Cost& cost) { cost.kind = m_kind->currentData().toString(); }); });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this](double pounds) {
        change([&](Cost& cost) { cost.amountPence = qRound64(pounds * 100); });
    });
    connect(m_incurred, &DateEdit::dateChanged, this,
            [this](QDate date) { change([&](Cost& cost) { cost.incurredOn = date; }); });
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString& text) {
        change([&](Cost& cost) { cost.note = text.trimmed(); });
    });
}

void CostsEditor::setCase(const Case& record)
{
    m_costs = record.costs;
    // A cost added belongs to the independent stage the case is at, or stage 2 before that.
    m_defaultStage = record.currentStageNumber() == 3 ? 3 : 2;
    reset();
}

void CostsEditor::change(const std::function<void(Cost&)>& apply)
{
    const int row = currentRow();
    if (filling() || row < 0)
        return;
    apply(m_costs[row]);
    edited();
}

QStringList CostsEditor::cells(int row) const
{
    const Cost& cost = m_costs.at(row);
    return {QString::number(cost.stageNumber), CaseLabels::costKind(cost.kind),
            ukMoney(cost.amountPence), ukDate(cost.incurredOn), cost.note};
}

void CostsEditor::fillForm(int row)
{
    const Cost& cost = m_costs.at(row);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(cost.stageNumber)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(cost.kind)));
    m_amount->setValue(double(cost.amountPence) / 100.0);
    m_incurred->setDate(cost.incurredOn);
    m_note->setText(cost.note);
}

void CostsEditor::appendNew()
{
    Cost cost;
    cost.stageNumber = m_defaultStage;
    cost.kind = QStringLiteral("investigating_officer");
    m_costs.append(cost);
}

void CostsEditor::removeAt(int row)
{
    m_costs.removeAt(row);
}

QWidget* CostsEditor::firstField() const
{
    return m_kind;
}

QString CostsEditor::problem() const
{
    if (currentRow() >= 0)
        if (const QString problem = m_incurred->problem(tr("Incurred on")); !problem.isEmpty())
            return tr("Cost %1: %2").arg(currentRow() + 1).arg(problem);
    for (qsizetype i = 0; i < m_costs.size(); ++i)
        if (m_costs.at(i).amountPence <= 0)
            return tr("Cost %1 has no amount: type it in pounds and pence, or remove the cost.")
                .arg(i + 1);
    return {};
}

} // namespace redress
