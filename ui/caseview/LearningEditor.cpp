#include "LearningEditor.h"

#include "caseview/CaseLabels.h"
#include "common/DateEdit.h"
#include "util/UkFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace redress {

namespace {

const QString notImplemented = QStringLiteral("not_implemented");

} // namespace

LearningEditor::LearningEditor(QWidget* parent)
    : PartListEditor(
          QStringLiteral("caseLearning"), tr("Learning actions"),
          {tr("Action"), tr("Theme"), tr("Owner"), tr("Due"), tr("Status"), tr("Completed")},
          tr("New learning action"), tr("Remove learning action"), parent)
{
    showWholeRows(3);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("learningDescription"));
    m_description->setAccessibleName(tr("Learning action"));
    m_description->setAccessibleDescription(tr("What is to change because of this case"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("learningTheme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("learningOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setAccessibleDescription(tr("Who will see the action done"));
    m_due = new DateEdit(this);
    m_due->setObjectName(QStringLiteral("learningDue"));
    m_due->setAccessibleName(tr("Due on"));
    m_due->setOptional(tr("No date set"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("learningStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const char* code : {"proposed", "in_progress", "implemented", "not_implemented"})
        m_status->addItem(CaseLabels::learningStatus(QLatin1String(code)), QLatin1String(code));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("learningReason"));
    m_reason->setAccessibleName(tr("Why not implemented"));
    m_reason->setAccessibleDescription(tr("Required when the action was not implemented"));
    m_completed = new DateEdit(this);
    m_completed->setObjectName(QStringLiteral("learningCompleted"));
    m_completed->setAccessibleName(tr("Completed on"));
    m_completed->setOptional(tr("Not completed yet"));
    form()->addRow(tr("What to change:"), m_description);
    form()->addRow(tr("Theme:"), m_theme);
    form()->addRow(tr("Owned by:"), m_owner);
    form()->addRow(tr("Due on:"), m_due);
    form()->addRow(tr("Status:"), m_status);
    form()->addRow(tr("Why not implemented:"), m_reason);
    form()->addRow(tr("Done on:"), m_completed);

    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        change([&](LearningAction& action) { action.description = text.trimmed(); });
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        change(
            [&](LearningAction& action) { action.themeCode = m_theme->currentData().toString(); });
    });
    connect(m_owner, &QLineEdit::textEdited, this, [this](const QString& text) {
        change([&](LearningAction& action) { action.owner = text.trimmed(); });
    });
    connect(m_due, &DateEdit::dateChanged, this,
            [this](QDate date) { change([&](LearningAction& action) { action.dueOn = date; }); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_status->currentData().toString();
        m_reason->setEnabled(code == notImplemented);
        change([&](LearningAction& action) {
            action.status = code;
            if (code != notImplemented)
                action.notImplementedReason.clear();
        });
    });
    connect(m_reason, &QLineEdit::textEdited, this, [this](const QString& text) {
        change([&](LearningAction& action) { action.notImplementedReason = text.trimmed(); });
    });
    connect(m_completed, &DateEdit::dateChanged, this, [this](QDate date) {
        change([&](LearningAction& action) { action.completedOn = date; });
    });
}

void LearningEditor::setCase(const Case& record, const QList<TaxonomyTerm>& themes,
                             const CaseLabels& labels)
{
    m_labels = &labels;
    m_actions = record.learningActions;
    {
        const QSignalBlocker quiet(m_theme);
        m_theme->clear();
        m_theme->addItem(tr("No theme"), QString());
        for (const TaxonomyTerm& term : themes)
            m_theme->addItem(term.label, term.code);
    }
    reset();
}

void LearningEditor::change(const std::function<void(LearningAction&)>& apply)
{
    const int row = currentRow();
    if (filling() || row < 0)
        return;
    apply(m_actions[row]);
    edited();
}

QStringList LearningEditor::cells(int row) const
{
    const LearningAction& action = m_actions.at(row);
    return {action.description,
            action.themeCode.isEmpty()
                ? QString()
                : m_labels->label(QStringLiteral("learning_theme"), action.themeCode),
            action.owner,
            ukDate(action.dueOn),
            CaseLabels::learningStatus(action.status),
            ukDate(action.completedOn)};
}

void LearningEditor::fillForm(int row)
{
    const LearningAction& action = m_actions.at(row);
    m_description->setText(action.description);
    int index = m_theme->findData(action.themeCode);
    if (index < 0) { // a theme no longer offered is shown, not lost
        m_theme->addItem(m_labels->label(QStringLiteral("learning_theme"), action.themeCode),
                         action.themeCode);
        index = m_theme->count() - 1;
    }
    m_theme->setCurrentIndex(index);
    m_owner->setText(action.owner);
    m_due->setDate(action.dueOn);
    m_status->setCurrentIndex(qMax(0, m_status->findData(action.status)));
    m_reason->setEnabled(action.status == notImplemented);
    m_reason->setText(action.notImplementedReason);
    m_completed->setDate(action.completedOn);
}

void LearningEditor::appendNew()
{
    m_actions.append(LearningAction{});
}

void LearningEditor::removeAt(int row)
{
    m_actions.removeAt(row);
}

QWidget* LearningEditor::firstField() const
{
    return m_description;
}

QString LearningEditor::problem() const
{
    if (currentRow() >= 0)
        for (const QString& problem :
             {m_due->problem(tr("Due on")), m_completed->problem(tr("Completed on"))})
            if (!problem.isEmpty())
                return tr("Learning action %1: %2").arg(currentRow() + 1).arg(problem);
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const LearningAction& action = m_actions.at(i);
        if (action.description.isEmpty())
            return tr("Learning action %1 says nothing: type what is to change, or remove it.")
                .arg(i + 1);
        if (action.status == notImplemented && action.notImplementedReason.isEmpty())
            return tr("Learning action %1 was not implemented: say why in \"Why not "
                      "implemented\".")
                .arg(i + 1);
    }
    return {};
}

} // namespace redress
