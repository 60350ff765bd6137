#include "ComplaintForm.h"

#include "common/DateEdit.h"
#include "intake/ChildrenEditor.h"
#include "intake/IntakeWidgets.h"
#include "intake/PersonPicker.h"
#include "intake/PointsEditor.h"
#include "intake/TeamPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace redress {

ComplaintForm::ComplaintForm(const IntakeContext& context, QWidget* parent)
    : IntakeForm(context, CaseKind::Complaint, parent), m_suggester(context.units),
      m_timeLimit(context.procedures)
{
    setObjectName(QStringLiteral("complaintForm"));
    m_receivedOn = addReceivedOn();
    addChannel();
    m_complainant = new PersonPicker(*context.session, QStringLiteral("complainant"),
                                     tr("Complainant"), form(), this);
    m_role = intake::termCombo(this, QStringLiteral("complainantRole"), tr("Complainant's role"),
                               tr("Who is complaining: it decides which procedure applies"),
                               context.complainantRoles, tr("Choose the complainant's role…"));
    form()->addRow(tr("Complainant's r&ole"), m_role);
    m_children = new ChildrenEditor(context.childStatuses, this);
    form()->addRow(m_children);
    m_team = new TeamPicker(context.units, form(), this);
    m_points = new PointsEditor(context.categories, this);
    form()->addRow(m_points);
    m_summary =
        intake::textEdit(this, QStringLiteral("summary"), tr("Summary"),
                         tr("The complaint in a sentence or two, as the queue will show it"));
    form()->addRow(tr("Summar&y"), m_summary);
    m_advocacyOffered =
        intake::checkBox(this, QStringLiteral("advocacyOffered"), tr("Advocacy o&ffered"),
                         tr("Whether an advocate was offered to the child or young person"));
    form()->addRow(QString(), m_advocacyOffered);
    m_advocateProvidedBy =
        intake::lineEdit(this, QStringLiteral("advocateProvidedBy"), tr("Advocate provided by"),
                         tr("Who provided an advocate, e.g. NYAS; empty if none"));
    form()->addRow(tr("Advocate provided &by"), m_advocateProvidedBy);

    m_matterArose = intake::dateEdit(this, QStringLiteral("matterArose"), tr("Matter arose on"),
                                     tr("When the complainant became aware of the matter; the "
                                        "12-month time limit runs from it"),
                                     QDate());
    m_matterArose->setOptional(tr("Not known"));
    form()->addRow(tr("Matt&er arose on"), m_matterArose);
    m_timeLimitStatus = new QLabel(this);
    m_timeLimitStatus->setObjectName(QStringLiteral("timeLimitStatus"));
    m_timeLimitStatus->setAccessibleName(tr("Time limit"));
    m_timeLimitStatus->setWordWrap(true);
    form()->addRow(QString(), m_timeLimitStatus);
    m_waiver = intake::lineEdit(this, QStringLiteral("timeLimitWaiver"),
                                tr("Reason a late complaint is accepted"),
                                tr("Needed when the complaint is outside the time limit"));
    form()->addRow(tr("&Why a late complaint is accepted"), m_waiver);

    m_suggestionText = new QLabel(this);
    m_suggestionText->setObjectName(QStringLiteral("procedureSuggestion"));
    m_suggestionText->setAccessibleName(tr("Suggested procedure"));
    m_suggestionText->setWordWrap(true);
    form()->addRow(tr("Suggested"), m_suggestionText);
    m_useSuggestion = new QPushButton(tr("Use the suggested procedure"), this);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    m_useSuggestion->setAccessibleName(tr("Use the suggested procedure"));
    m_useSuggestion->setAccessibleDescription(tr("Confirms the suggested procedure"));
    m_useSuggestion->setAutoDefault(false);
    form()->addRow(QString(), m_useSuggestion);
    m_procedure = new QComboBox(this);
    m_procedure->setObjectName(QStringLiteral("procedure"));
    m_procedure->setAccessibleName(tr("Procedure"));
    m_procedure->setAccessibleDescription(
        tr("The procedure this complaint follows, confirmed by the officer"));
    m_procedure->addItem(tr("Not confirmed yet"), int(Procedure::None));
    for (Procedure procedure : {Procedure::Statutory, Procedure::Corporate})
        m_procedure->addItem(procedureLabel(procedure), int(procedure));
    form()->addRow(tr("&Procedure"), m_procedure);

    connect(m_role, &QComboBox::currentIndexChanged, this, &ComplaintForm::updateSuggestion);
    connect(m_team, &TeamPicker::changed, this, &ComplaintForm::updateSuggestion);
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        m_procedure->setCurrentIndex(m_procedure->findData(int(suggestion().procedure)));
        m_procedure->setFocus();
    });
    connect(m_receivedOn, &DateEdit::dateChanged, this, &ComplaintForm::updateTimeLimit);
    connect(m_matterArose, &DateEdit::dateChanged, this, &ComplaintForm::updateTimeLimit);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, &ComplaintForm::updateTimeLimit);
    updateSuggestion();
    updateTimeLimit();
    watchForInput();
}

ProcedureSuggestion::Suggestion ComplaintForm::suggestion() const
{
    return m_suggester.suggest(m_role->currentData().toString(), m_team->unitId());
}

void ComplaintForm::updateSuggestion()
{
    const auto suggested = suggestion();
    m_suggestionText->setText(suggested.reason);
    m_suggestionText->setAccessibleDescription(suggested.reason);
    m_useSuggestion->setEnabled(suggested.procedure != Procedure::None);
    updateTimeLimit();
}

Procedure ComplaintForm::chosenProcedure() const
{
    return Procedure(m_procedure->currentData().toInt());
}

QDate ComplaintForm::matterArose() const
{
    return m_matterArose->date();
}

TimeLimitStanding ComplaintForm::timeLimit() const
{
    // Until the procedure is confirmed, check against the suggested one's limit.
    const Procedure procedure =
        chosenProcedure() != Procedure::None ? chosenProcedure() : suggestion().procedure;
    return m_timeLimit.check(procedure, matterArose(), m_receivedOn->date());
}

void ComplaintForm::updateTimeLimit()
{
    const TimeLimitStanding standing = timeLimit();
    m_timeLimitStatus->setText(standing.describe());
    m_timeLimitStatus->setAccessibleDescription(standing.describe());
    m_waiver->setEnabled(standing.needsWaiver());
}

Result<Case> ComplaintForm::buildCase() const
{
    Case record = newCase();
    record.complainantRoleCode = m_role->currentData().toString();
    record.complainant = m_complainant->person();
    if (record.complainantRoleCode == u"anonymous") {
        record.complainant = Person{};
        record.complainant.anonymous = true;
    } else if (record.complainant.fullName.isEmpty()) {
        return fail(tr("Give the complainant's name, or choose Anonymous as their role"));
    }
    record.teamId = m_team->unitId();
    record.serviceAreaId = m_team->serviceAreaId();
    record.points = m_points->points();
    record.summary = m_summary->toPlainText().trimmed();
    if (record.summary.isEmpty() && !record.points.isEmpty())
        record.summary = record.points.first().description;
    if (record.summary.isEmpty())
        return fail(tr("Say what the complaint is about: a summary or at least one point"));
    record.advocacyOffered = m_advocacyOffered->isChecked();
    record.advocateProvidedBy = m_advocateProvidedBy->text().trimmed();
    record.children = m_children->children();
    for (ChildConcerned& child : record.children) {
        child.advocateOffered = record.advocacyOffered;
        child.advocateProvider = record.advocateProvidedBy;
    }
    record.matterArose = matterArose();
    record.procedure = chosenProcedure();
    if (record.procedure == Procedure::None)
        return fail(tr("Confirm the procedure (children's statutory or corporate). %1")
                        .arg(suggestion().reason));
    const TimeLimitStanding standing = timeLimit();
    if (Status accepted = m_timeLimit.accept(standing, m_waiver->text()); !accepted)
        return Error{accepted.error()};
    if (standing.needsWaiver())
        record.timeLimitWaiverReason = m_waiver->text().trimmed();
    return record;
}

} // namespace redress
