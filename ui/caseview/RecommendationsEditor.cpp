#include "RecommendationsEditor.h"

#include "caseview/CaseLabels.h"
#include "common/DateEdit.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>

namespace redress {

RecommendationsEditor::RecommendationsEditor(QWidget* parent)
    : PartListEditor(QStringLiteral("caseRecommendations"), tr("Ombudsman's recommendations"),
                     {tr("Recommendation"), tr("Type"), tr("Amount"), tr("Due"),
                      tr("Complied with"), tr("Compliance")},
                     tr("Ne&w recommendation"), tr("Remove recommendation"), parent)
{
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("recommendationDescription"));
    m_description->setAccessibleName(tr("Recommendation"));
    m_description->setAccessibleDescription(tr("What the Ombudsman asked the council to do"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("recommendationType"));
    m_type->setAccessibleName(tr("Type of remedy"));
    m_type->setAccessibleDescription(
        tr("The kind of remedy recommended, as the annual report counts them"));
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("recommendationAmount"));
    m_amount->setAccessibleName(tr("Amount in pounds"));
    m_amount->setAccessibleDescription(tr("A sum to pay, if the recommendation has one"));
    m_amount->setPrefix(QStringLiteral("£"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, 1000000);
    m_amount->setGroupSeparatorShown(true);
    m_due = new DateEdit(this);
    m_due->setObjectName(QStringLiteral("recommendationDue"));
    m_due->setAccessibleName(tr("Due on"));
    m_due->setAccessibleDescription(tr("When the Ombudsman asked for it to be done (dd/mm/yyyy)"));
    m_complied = new DateEdit(this);
    m_complied->setObjectName(QStringLiteral("recommendationComplied"));
    m_complied->setAccessibleName(tr("Complied with on"));
    m_complied->setAccessibleDescription(tr("When the council did it; empty until then"));
    m_complied->setOptional(tr("Not yet"));
    m_complied->setNotAfterToday();
    form()->addRow(tr("Recommendation:"), m_description);
    form()->addRow(tr("Type of remedy:"), m_type);
    form()->addRow(tr("Amount:"), m_amount);
    form()->addRow(tr("Due on:"), m_due);
    form()->addRow(tr("Complied with on:"), m_complied);
    showWholeRows(4);

    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        change([&](OmbudsmanRecommendation& r) { r.description = text.trimmed(); });
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString code = m_type->itemData(index).toString();
        change([&](OmbudsmanRecommendation& r) { r.remedyTypeCode = code; });
    });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this](double pounds) {
        change([&](OmbudsmanRecommendation& r) { r.amountPence = qRound64(pounds * 100); });
    });
    connect(m_due, &DateEdit::dateChanged, this,
            [this](QDate date) { change([&](OmbudsmanRecommendation& r) { r.dueOn = date; }); });
    connect(m_complied, &DateEdit::dateChanged, this, [this](QDate date) {
        change([&](OmbudsmanRecommendation& r) { r.compliedOn = date; });
    });
}

void RecommendationsEditor::setRecommendations(
    const QList<OmbudsmanRecommendation>& recommendations, const QList<TaxonomyTerm>& types,
    const CaseLabels& labels)
{
    m_recommendations = recommendations;
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("Not recorded"), QString());
    for (const TaxonomyTerm& term : types)
        m_type->addItem(term.label, term.code);
    for (const OmbudsmanRecommendation& r : m_recommendations)
        if (m_type->findData(r.remedyTypeCode) < 0)
            m_type->addItem(labels.label(QStringLiteral("ombudsman_remedy_type"), r.remedyTypeCode),
                            r.remedyTypeCode);
    reset();
}

void RecommendationsEditor::change(const std::function<void(OmbudsmanRecommendation&)>& apply)
{
    const int row = currentRow();
    if (filling() || row < 0)
        return;
    apply(m_recommendations[row]);
    edited();
}

QString RecommendationsEditor::compliance(const OmbudsmanRecommendation& recommendation)
{
    if (recommendation.compliedOn.isValid())
        return recommendation.dueOn.isValid() && recommendation.compliedOn > recommendation.dueOn
                   ? tr("Complied with late")
                   : tr("Complied with on time");
    if (recommendation.dueOn.isValid() && recommendation.dueOn < Clock::today())
        return tr("Overdue");
    return tr("Not yet due");
}

QStringList RecommendationsEditor::cells(int row) const
{
    const OmbudsmanRecommendation& r = m_recommendations.at(row);
    const int type = m_type->findData(r.remedyTypeCode);
    return {r.description,
            type > 0 ? m_type->itemText(type) : QString(),
            r.amountPence ? ukMoney(r.amountPence) : QString(),
            ukDate(r.dueOn),
            r.compliedOn.isValid() ? ukDate(r.compliedOn) : tr("Not yet"),
            compliance(r)};
}

void RecommendationsEditor::fillForm(int row)
{
    const OmbudsmanRecommendation& r = m_recommendations.at(row);
    m_description->setText(r.description);
    m_type->setCurrentIndex(qMax(0, m_type->findData(r.remedyTypeCode)));
    m_amount->setValue(double(r.amountPence) / 100.0);
    m_due->setDate(r.dueOn);
    m_complied->setDate(r.compliedOn);
}

void RecommendationsEditor::appendNew()
{
    m_recommendations.append(OmbudsmanRecommendation{});
}

void RecommendationsEditor::removeAt(int row)
{
    m_recommendations.removeAt(row);
}

QWidget* RecommendationsEditor::firstField() const
{
    return m_description;
}

QString RecommendationsEditor::problem() const
{
    if (currentRow() >= 0)
        for (const DateEdit* date : {m_due, m_complied})
            if (QString problem = date->problem(date->accessibleName()); !problem.isEmpty())
                return tr("Recommendation %1: %2").arg(currentRow() + 1).arg(problem);
    for (qsizetype i = 0; i < m_recommendations.size(); ++i) {
        const OmbudsmanRecommendation& r = m_recommendations.at(i);
        if (r.description.isEmpty())
            return tr("Recommendation %1 says nothing: describe it, or remove it.").arg(i + 1);
        if (!r.dueOn.isValid())
            return tr("Recommendation %1 has no due date: the report counts compliance from it.")
                .arg(i + 1);
    }
    return {};
}

} // namespace redress
