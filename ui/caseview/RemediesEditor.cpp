#include "RemediesEditor.h"

#include "caseview/CaseLabels.h"
#include "common/DateEdit.h"
#include "util/UkFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace redress {

namespace {

bool isFinancial(const QString& typeCode)
{
    return typeCode == u"financial";
}

} // namespace

RemediesEditor::RemediesEditor(QWidget* parent)
    : PartListEditor(
          QStringLiteral("caseRemedies"), tr("Remedies"),
          {tr("Stage"), tr("Type"), tr("Description"), tr("Amount"), tr("Agreed"), tr("Completed")},
          tr("Ne&w remedy"), tr("Remove remedy"), parent)
{
    showWholeRows(3);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("remedyType"));
    m_type->setAccessibleName(tr("Type of remedy"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("remedyDescription"));
    m_description->setAccessibleName(tr("Remedy"));
    m_description->setAccessibleDescription(tr("What was agreed, e.g. a letter of apology"));
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("remedyAmount"));
    m_amount->setAccessibleName(tr("Amount in pounds"));
    m_amount->setAccessibleDescription(tr("For a financial remedy, in pounds and pence"));
    m_amount->setPrefix(QStringLiteral("£"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, 1000000);
    m_amount->setGroupSeparatorShown(true);
    m_agreed = new DateEdit(this);
    m_agreed->setObjectName(QStringLiteral("remedyAgreed"));
    m_agreed->setAccessibleName(tr("Agreed on"));
    m_agreed->setOptional(tr("Not agreed yet"));
    m_completed = new DateEdit(this);
    m_completed->setObjectName(QStringLiteral("remedyCompleted"));
    m_completed->setAccessibleName(tr("Completed on"));
    m_completed->setOptional(tr("Not completed yet"));
    form()->addRow(tr("&Kind of remedy:"), m_type);
    form()->addRow(tr("Des&cription:"), m_description);
    form()->addRow(tr("Amount:"), m_amount);
    form()->addRow(tr("A&greed on:"), m_agreed);
    form()->addRow(tr("Completed on:"), m_completed);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_type->currentData().toString();
        m_amount->setEnabled(isFinancial(code));
        change([&](Remedy& remedy) {
            remedy.typeCode = code;
            if (!isFinancial(code))
                remedy.amountPence = 0;
        });
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        change([&](Remedy& remedy) { remedy.description = text.trimmed(); });
    });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this](double pounds) {
        change([&](Remedy& remedy) { remedy.amountPence = qRound64(pounds * 100); });
    });
    connect(m_agreed, &DateEdit::dateChanged, this,
            [this](QDate date) { change([&](Remedy& remedy) { remedy.agreedOn = date; }); });
    connect(m_completed, &DateEdit::dateChanged, this,
            [this](QDate date) { change([&](Remedy& remedy) { remedy.completedOn = date; }); });
}

void RemediesEditor::setCase(const Case& record, const QList<TaxonomyTerm>& types,
                             const CaseLabels& labels)
{
    m_labels = &labels;
    m_remedies = record.remedies;
    m_currentStage = qMax(1, record.currentStageNumber());
    {
        const QSignalBlocker quiet(m_type);
        m_type->clear();
        m_type->addItem(tr("Choose a type…"), QString());
        for (const TaxonomyTerm& term : types)
            m_type->addItem(term.label, term.code);
    }
    reset();
}

void RemediesEditor::change(const std::function<void(Remedy&)>& apply)
{
    const int row = currentRow();
    if (filling() || row < 0)
        return;
    apply(m_remedies[row]);
    edited();
}

QStringList RemediesEditor::cells(int row) const
{
    const Remedy& remedy = m_remedies.at(row);
    return {QString::number(remedy.stageNumber),
            remedy.typeCode.isEmpty()
                ? QString()
                : m_labels->label(QStringLiteral("remedy_type"), remedy.typeCode),
            remedy.description,
            remedy.amountPence ? ukMoney(remedy.amountPence) : QString(),
            ukDate(remedy.agreedOn),
            ukDate(remedy.completedOn)};
}

void RemediesEditor::fillForm(int row)
{
    const Remedy& remedy = m_remedies.at(row);
    int index = m_type->findData(remedy.typeCode);
    if (index < 0) { // a type no longer offered is shown, not lost
        m_type->addItem(m_labels->label(QStringLiteral("remedy_type"), remedy.typeCode),
                        remedy.typeCode);
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(index);
    m_amount->setEnabled(isFinancial(remedy.typeCode));
    m_description->setText(remedy.description);
    m_amount->setValue(double(remedy.amountPence) / 100.0);
    m_agreed->setDate(remedy.agreedOn);
    m_completed->setDate(remedy.completedOn);
}

void RemediesEditor::appendNew()
{
    Remedy remedy;
    remedy.stageNumber = m_currentStage;
    m_remedies.append(remedy);
}

void RemediesEditor::removeAt(int row)
{
    m_remedies.removeAt(row);
}

QWidget* RemediesEditor::firstField() const
{
    return m_type;
}

QString RemediesEditor::problem() const
{
    // A date box holding text that is no date: only the chosen remedy's are shown.
    if (currentRow() >= 0)
        for (const QString& problem :
             {m_agreed->problem(tr("Agreed on")), m_completed->problem(tr("Completed on"))})
            if (!problem.isEmpty())
                return tr("Remedy %1: %2").arg(currentRow() + 1).arg(problem);
    for (qsizetype i = 0; i < m_remedies.size(); ++i) {
        const Remedy& remedy = m_remedies.at(i);
        if (remedy.typeCode.isEmpty())
            return tr("Remedy %1 has no type: choose one, or remove the remedy.").arg(i + 1);
        if (isFinancial(remedy.typeCode) && remedy.amountPence <= 0)
            return tr("Remedy %1 is financial but has no amount: type it in pounds and pence.")
                .arg(i + 1);
        if (remedy.agreedOn.isValid() && remedy.completedOn.isValid() &&
            remedy.completedOn < remedy.agreedOn)
            return tr("Remedy %1 was completed before it was agreed: check the dates.").arg(i + 1);
    }
    return {};
}

} // namespace redress
