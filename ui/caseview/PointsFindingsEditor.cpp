#include "PointsFindingsEditor.h"

#include "caseview/CaseLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>
#include <utility>

namespace redress {

namespace {

// The outcomes a single point can have; the others (withdrawn, outside remit…) are about a
// whole stage.
bool isPointFinding(const QString& code)
{
    return code == u"upheld" || code == u"partially_upheld" || code == u"not_upheld" ||
           code == u"no_finding";
}

void selectCode(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PointsFindingsEditor::PointsFindingsEditor(QWidget* parent)
    : PartListEditor(QStringLiteral("casePoints"), tr("Points of complaint and findings"),
                     {tr("Point"), tr("Category"), tr("Findings")}, tr("Ne&w point"),
                     tr("Remove point"), parent)
{
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("pointDescription"));
    m_description->setAccessibleName(tr("Point of complaint"));
    m_description->setAccessibleDescription(tr("One thing the complainant is unhappy about"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("pointCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setAccessibleDescription(tr("The category of this point, for the annual report"));
    form()->addRow(tr("Point of &complaint:"), m_description);
    form()->addRow(tr("Cate&gory:"), m_category);
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const int row = currentRow(); row >= 0 && !filling()) {
            m_points[row].description = text.trimmed();
            edited();
        }
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        if (const int row = currentRow(); row >= 0 && !filling()) {
            m_points[row].categoryCode = m_category->currentData().toString();
            edited();
        }
    });
}

void PointsFindingsEditor::setCase(const Case& record, const QList<TaxonomyTerm>& categories,
                                   const QList<TaxonomyTerm>& outcomes, const CaseLabels& labels)
{
    m_labels = &labels;
    m_points = record.points;
    {
        const QSignalBlocker quiet(m_category);
        m_category->clear();
        m_category->addItem(tr("Not categorised"), QString());
        for (const TaxonomyTerm& term : categories)
            m_category->addItem(term.label, term.code);
    }
    m_outcomes.clear();
    for (const TaxonomyTerm& term : outcomes)
        if (isPointFinding(term.code))
            m_outcomes.append(term);

    // One finding per stage the case has had, rebuilt as stages are added.
    while (form()->rowCount() > 2)
        form()->removeRow(2);
    m_findings.clear();
    m_stageNumbers.clear();
    for (const Stage& stage : record.stages) {
        const int number = stage.number;
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("finding%1").arg(number));
        combo->setAccessibleName(tr("Finding at stage %1").arg(number));
        combo->setAccessibleDescription(
            tr("What the stage %1 response found on this point").arg(number));
        combo->addItem(tr("Not yet recorded"), QString());
        for (const TaxonomyTerm& term : std::as_const(m_outcomes))
            combo->addItem(term.label, term.code);
        form()->addRow(tr("Finding at stage &%1:").arg(number), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, number] {
            if (!filling())
                setFinding(number, combo->currentData().toString());
        });
        m_findings.append(combo);
        m_stageNumbers.append(number);
    }
    reset();
}

QStringList PointsFindingsEditor::cells(int row) const
{
    const ComplaintPoint& point = m_points.at(row);
    QStringList findings;
    for (const PointFinding& finding : point.findings)
        findings << tr("stage %1: %2")
                        .arg(finding.stageNumber)
                        .arg(m_labels->label(QStringLiteral("outcome"), finding.findingCode));
    return {point.description,
            point.categoryCode.isEmpty()
                ? QString()
                : m_labels->label(QStringLiteral("category"), point.categoryCode),
            findings.join(QStringLiteral("; "))};
}

void PointsFindingsEditor::fillForm(int row)
{
    const ComplaintPoint& point = m_points.at(row);
    m_description->setText(point.description);
    selectCode(m_category, point.categoryCode);
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        QString code;
        for (const PointFinding& finding : point.findings)
            if (finding.stageNumber == m_stageNumbers.at(i))
                code = finding.findingCode;
        // A finding recorded under a code no longer offered is shown, not lost.
        if (!code.isEmpty() && m_findings.at(i)->findData(code) < 0)
            m_findings.at(i)->addItem(m_labels->label(QStringLiteral("outcome"), code), code);
        selectCode(m_findings.at(i), code);
    }
}

void PointsFindingsEditor::setFinding(int stageNumber, const QString& code)
{
    const int row = currentRow();
    if (row < 0)
        return;
    QList<PointFinding>& findings = m_points[row].findings;
    findings.removeIf(
        [stageNumber](const PointFinding& finding) { return finding.stageNumber == stageNumber; });
    if (!code.isEmpty()) {
        findings.append({stageNumber, code});
        std::sort(findings.begin(), findings.end(),
                  [](const auto& a, const auto& b) { return a.stageNumber < b.stageNumber; });
    }
    edited();
}

void PointsFindingsEditor::appendNew()
{
    m_points.append(ComplaintPoint{});
}

void PointsFindingsEditor::removeAt(int row)
{
    m_points.removeAt(row);
}

QWidget* PointsFindingsEditor::firstField() const
{
    return m_description;
}

QString PointsFindingsEditor::problem() const
{
    for (qsizetype i = 0; i < m_points.size(); ++i)
        if (m_points.at(i).description.trimmed().isEmpty())
            return tr("Point %1 has no description: type what the complainant is unhappy about, "
                      "or remove the point.")
                .arg(i + 1);
    return {};
}

} // namespace redress
