#include "ActionDialog.h"

#include "common/DateEdit.h"
#include "util/Clock.h"
#include "workflow/CaseWorkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace redress {

namespace {

const QString problemStyle = QStringLiteral("QLabel { color: #b00020; }");

// The actions the workflow refuses without a reason.
bool needsReason(Action action)
{
    return action == Action::Extend || action == Action::Suspend || action == Action::Reopen;
}

} // namespace

ActionDialog::ActionDialog(Action action, const Case& record, const StageRule* stageRule,
                           const QList<Choice>& outcomes, const QList<Choice>& officers,
                           QWidget* parent)
    : QDialog(parent), m_action(action), m_officers(officers)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("%1 — %2").arg(actionLabel(action), record.reference));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const Stage* stage = record.currentStage();

    auto addReason = [&](const QString& label) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        m_reason->setAccessibleName(QString(label).remove(u'&'));
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(90);
        addRow(form, label, m_reason);
    };
    auto addLine = [&](QLineEdit*& edit, const QString& label, const QString& name,
                       const QString& value) {
        edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setAccessibleName(QString(label).remove(u'&'));
        addRow(form, label, edit);
    };

    switch (action) {
    case Action::Allocate: {
        m_officer = new QComboBox(this);
        m_officer->setObjectName(QStringLiteral("officer"));
        m_officer->setAccessibleName(tr("Complaints officer"));
        m_officer->setAccessibleDescription(
            tr("Type part of a name to narrow the list; only users of Redress can be chosen"));
        m_officer->setEditable(true);
        m_officer->setInsertPolicy(QComboBox::NoInsert);
        for (const Choice& officer : m_officers)
            m_officer->addItem(officer.label, officer.code);
        m_officer->completer()->setFilterMode(Qt::MatchContains);
        m_officer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_officer->completer()->setCompletionMode(QCompleter::PopupCompletion);
        const int current = m_officer->findData(record.officer);
        if (current >= 0)
            m_officer->setCurrentIndex(current);
        else
            m_officer->setEditText(record.officer);
        addRow(form, tr("Complaints &officer"), m_officer);
        addLine(m_manager, tr("&Responding manager"), QStringLiteral("respondingManager"),
                stage ? stage->respondingManager : QString());
        if (stage && stage->number >= 2) {
            addLine(m_investigator, tr("&Investigating officer"),
                    QStringLiteral("investigatingOfficer"), stage->investigatingOfficer);
            addLine(m_independent, tr("Independent &person"), QStringLiteral("independentPerson"),
                    stage->independentPerson);
        }
        break;
    }
    case Action::Extend: {
        m_extendTo = new QSpinBox(this);
        m_extendTo->setObjectName(QStringLiteral("extendToDays"));
        m_extendTo->setAccessibleName(tr("New total in working days"));
        const int current = stage && stage->extendedToDays > 0 ? stage->extendedToDays
                            : stageRule                        ? stageRule->responseDays
                                                               : 0;
        // The range stops at the profile's maximum, but the workflow still checks it.
        m_extendTo->setRange(current + 1,
                             stageRule ? qMax(stageRule->maxResponseDays, current + 1) : 365);
        m_extendTo->setValue(stageRule ? stageRule->maxResponseDays : current + 1);
        m_extendTo->setSuffix(tr(" working days"));
        addRow(form, tr("Extend the response time to"), m_extendTo);
        m_agreedOn = addDate(form, tr("Date the complainant &agreed or was told"),
                             QStringLiteral("agreedOn"));
        addReason(tr("&Reason"));
        if (record.procedure == Procedure::Corporate) {
            m_ombudsmanDetails =
                new QCheckBox(tr("The complainant was given the &Ombudsman's details"), this);
            m_ombudsmanDetails->setObjectName(QStringLiteral("ombudsmanDetailsGiven"));
            form->addRow(QString(), m_ombudsmanDetails);
        }
        break;
    }
    case Action::RecordOutcome: {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("outcome"));
        m_outcome->setAccessibleName(tr("Outcome"));
        m_outcome->addItem(tr("Derive from the findings on the points"), QString());
        for (const Choice& choice : outcomes)
            m_outcome->addItem(choice.label, choice.code);
        addRow(form, tr("&Outcome"), m_outcome);
        // Choosing an outcome other than the findings' overrides them, which needs a reason.
        m_derivedOutcome =
            stage ? CaseWorkflow::Rules::derivedOutcome(record, stage->number) : QString();
        if (!m_derivedOutcome.isEmpty()) {
            const auto derived =
                std::find_if(outcomes.cbegin(), outcomes.cend(), [this](const Choice& choice) {
                    return choice.code == m_derivedOutcome;
                });
            auto* note = new QLabel(
                tr("The findings on the points give \"%1\". To record another outcome, say why.")
                    .arg(derived != outcomes.cend() ? derived->label : m_derivedOutcome),
                this);
            note->setObjectName(QStringLiteral("derivedOutcome"));
            note->setWordWrap(true);
            form->addRow(note);
            addReason(tr("&Reason for another outcome"));
        }
        break;
    }
    case Action::RecordMilestone: {
        m_milestone = new QComboBox(this);
        m_milestone->setObjectName(QStringLiteral("milestone"));
        m_milestone->setAccessibleName(tr("Milestone"));
        const bool panel = stageRule && stageRule->hasPanel();
        if (panel) {
            m_milestone->addItem(tr("Review panel held"), int(Milestone2or3::PanelHeld));
            m_milestone->addItem(tr("Panel's report received"), int(Milestone2or3::PanelReport));
            m_milestone->addItem(tr("Independent person appointed"),
                                 int(Milestone2or3::IndependentPersonAppointed));
        } else {
            m_milestone->addItem(tr("Investigating officer appointed"),
                                 int(Milestone2or3::InvestigatingOfficerAppointed));
            m_milestone->addItem(tr("Independent person appointed"),
                                 int(Milestone2or3::IndependentPersonAppointed));
            m_milestone->addItem(tr("Statement of complaint agreed"),
                                 int(Milestone2or3::StatementAgreed));
            m_milestone->addItem(tr("Investigator's report received"),
                                 int(Milestone2or3::ReportReceived));
        }
        addRow(form, tr("&Milestone"), m_milestone);
        m_on = addDate(form, tr("&Date"), QStringLiteral("on"));
        break;
    }
    default:
        m_on = addDate(form, tr("&Date"), QStringLiteral("on"));
        break;
    }

    switch (action) {
    case Action::Suspend:
        addReason(tr("&Reason (court proceedings, police investigation, consent…)"));
        break;
    case Action::Withdraw:
    case Action::Reopen:
        addReason(tr("&Reason"));
        break;
    case Action::Escalate:
        addReason(tr("If the request is late, why it is &accepted"));
        break;
    case Action::ReferToOmbudsman:
        addLine(m_lgscoReference, tr("LGSCO &reference"), QStringLiteral("lgscoReference"),
                QString());
        break;
    default:
        break;
    }

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setAccessibleName(tr("Why the action was not done"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_refusal->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    m_refusal->hide();
    layout->addWidget(m_refusal);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(actionLabel(action));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<ActionDialog::Choice> ActionDialog::officersFrom(const QList<User>& users,
                                                       const QStringList& alsoKnown)
{
    QList<Choice> officers;
    if (users.isEmpty())
        return officers;
    for (const User& user : users)
        if (user.active || alsoKnown.contains(user.username))
            officers.append(
                {user.username, user.displayName.isEmpty()
                                    ? user.username
                                    : tr("%1 (%2)").arg(user.displayName, user.username)});
    for (const QString& known : alsoKnown) {
        const bool listed =
            std::any_of(officers.cbegin(), officers.cend(),
                        [&](const Choice& officer) { return officer.code == known; });
        if (!known.isEmpty() && !listed)
            officers.append({known, known});
    }
    return officers;
}

void ActionDialog::addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    field->setParent(cell);
    column->addWidget(field);
    auto* problem = new QLabel(cell);
    problem->setObjectName(field->objectName() + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(problemStyle);
    problem->hide();
    column->addWidget(problem);
    m_problemLabels.insert(field, problem);
    // A message about a field goes as soon as the officer changes that field.
    if (auto* line = qobject_cast<QLineEdit*>(field))
        connect(line, &QLineEdit::textEdited, problem, &QWidget::hide);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, problem, &QWidget::hide);
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::editTextChanged, problem, &QWidget::hide);
    form->addRow(label, cell);
    // The label's mnemonic must reach the field, not the cell around it.
    if (auto* labelWidget = qobject_cast<QLabel*>(form->labelForField(cell)))
        labelWidget->setBuddy(field);
}

DateEdit* ActionDialog::addDate(QFormLayout* form, const QString& label, const QString& name)
{
    auto* edit = new DateEdit(Clock::today(), this);
    edit->setObjectName(name);
    edit->setAccessibleName(QString(label).remove(u'&'));
    addRow(form, label, edit);
    return edit;
}

void ActionDialog::showProblem(QWidget* field, const QString& message)
{
    if (QLabel* label = m_problemLabels.value(field)) {
        label->setText(message);
        label->show();
    }
    field->setAccessibleDescription(message);
}

void ActionDialog::clearProblems()
{
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        it.value()->hide();
        it.key()->setAccessibleDescription(QString());
    }
    m_refusal->hide();
}

QString ActionDialog::officerCode() const
{
    if (!m_officer)
        return {};
    const QString typed = m_officer->currentText().trimmed();
    if (typed.isEmpty())
        return {};
    // The list shows "Jo Smith (jsmith)"; the name alone, or the user name, is as good.
    for (const Choice& officer : m_officers) {
        const QString name = officer.label.section(QStringLiteral(" ("), 0, 0);
        for (const QString& known : {officer.label, officer.code, name})
            if (typed.compare(known, Qt::CaseInsensitive) == 0)
                return officer.code;
    }
    // With no users list to choose from, the name is taken as typed.
    return m_officers.isEmpty() ? typed : QString();
}

QList<QPair<QWidget*, QString>> ActionDialog::problems() const
{
    QList<QPair<QWidget*, QString>> found;
    for (DateEdit* date : {m_on, m_agreedOn})
        if (date)
            if (QString problem = date->problem(date->accessibleName()); !problem.isEmpty())
                found.append({date, problem});
    if (m_reason && needsReason(m_action) && m_reason->toPlainText().trimmed().isEmpty())
        found.append({m_reason, m_action == Action::Extend ? tr("Give the reason for the extension")
                                : m_action == Action::Suspend
                                    ? tr("Give the reason for the suspension")
                                    : tr("Give the reason for reopening")});
    if (m_outcome && m_reason && m_reason->toPlainText().trimmed().isEmpty()) {
        const QString chosen = m_outcome->currentData().toString();
        if (!chosen.isEmpty() && chosen != m_derivedOutcome)
            found.append({m_reason, tr("Give the reason for recording \"%1\" when the findings "
                                       "give another outcome")
                                        .arg(m_outcome->currentText())});
    }
    if (m_officer && !m_officer->currentText().trimmed().isEmpty() && officerCode().isEmpty())
        found.append({m_officer, tr("\"%1\" is not a user of Redress: choose the officer from the "
                                    "list (type part of their name to find them), or ask an "
                                    "administrator to add them under Tools › Administration › "
                                    "Users")
                                     .arg(m_officer->currentText().trimmed())});
    return found;
}

bool ActionDialog::submit()
{
    clearProblems();
    const auto found = problems();
    for (const auto& [field, message] : found)
        showProblem(field, message);
    if (!found.isEmpty()) {
        found.first().first->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_submit) {
        if (const Status done = m_submit(request()); !done) {
            m_refusal->setText(done.error());
            m_refusal->show();
            return false;
        }
    }
    accept();
    return true;
}

ActionRequest ActionDialog::request() const
{
    ActionRequest request;
    request.action = m_action;
    if (m_on)
        request.on = m_on->date();
    if (m_reason) {
        request.reason = m_reason->toPlainText().trimmed();
        request.waiverReason = request.reason;
    }
    if (m_extendTo)
        request.extendToDays = m_extendTo->value();
    if (m_agreedOn)
        request.agreedOn = m_agreedOn->date();
    if (m_ombudsmanDetails)
        request.ombudsmanDetailsGiven = m_ombudsmanDetails->isChecked();
    if (m_officer)
        request.officer = officerCode();
    if (m_manager)
        request.respondingManager = m_manager->text().trimmed();
    if (m_investigator)
        request.investigatingOfficer = m_investigator->text().trimmed();
    if (m_independent)
        request.independentPerson = m_independent->text().trimmed();
    if (m_milestone)
        request.milestone = Milestone2or3(m_milestone->currentData().toInt());
    if (m_outcome) {
        request.outcomeCode = m_outcome->currentData().toString();
        // A reason goes with an outcome that overrides the findings, and only then.
        if (request.outcomeCode.isEmpty() || request.outcomeCode == m_derivedOutcome)
            request.reason.clear();
    }
    if (m_lgscoReference)
        request.lgscoReference = m_lgscoReference->text().trimmed();
    return request;
}

} // namespace redress
