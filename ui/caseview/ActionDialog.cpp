#include "ActionDialog.h"

#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redress {

ActionDialog::ActionDialog(Action action, const Case& record, const StageRule* stageRule,
                           const QList<Choice>& outcomes, QWidget* parent)
    : QDialog(parent), m_action(action)
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
        m_reason->setAccessibleName(label);
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(90);
        form->addRow(label, m_reason);
    };
    auto addLine = [&](QLineEdit*& edit, const QString& label, const QString& name,
                       const QString& value) {
        edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        form->addRow(label, edit);
    };

    switch (action) {
    case Action::Allocate:
        addLine(m_officer, tr("Complaints &officer"), QStringLiteral("officer"), record.officer);
        addLine(m_manager, tr("&Responding manager"), QStringLiteral("respondingManager"),
                stage ? stage->respondingManager : QString());
        if (stage && stage->number >= 2) {
            addLine(m_investigator, tr("&Investigating officer"),
                    QStringLiteral("investigatingOfficer"), stage->investigatingOfficer);
            addLine(m_independent, tr("Independent &person"), QStringLiteral("independentPerson"),
                    stage->independentPerson);
        }
        break;
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
        form->addRow(tr("Extend the response time to"), m_extendTo);
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
        form->addRow(tr("&Outcome"), m_outcome);
        break;
    }
    case Action::RecordMilestone: {
        m_on = addDate(form, tr("&Date"), QStringLiteral("on"));
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
        form->insertRow(0, tr("&Milestone"), m_milestone);
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(actionLabel(action));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDateEdit* ActionDialog::addDate(QFormLayout* form, const QString& label, const QString& name)
{
    auto* edit = new QDateEdit(Clock::today(), this);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(QString(label).remove(u'&'));
    form->addRow(label, edit);
    return edit;
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
        request.officer = m_officer->text().trimmed();
    if (m_manager)
        request.respondingManager = m_manager->text().trimmed();
    if (m_investigator)
        request.investigatingOfficer = m_investigator->text().trimmed();
    if (m_independent)
        request.independentPerson = m_independent->text().trimmed();
    if (m_milestone)
        request.milestone = Milestone2or3(m_milestone->currentData().toInt());
    if (m_outcome)
        request.outcomeCode = m_outcome->currentData().toString();
    if (m_lgscoReference)
        request.lgscoReference = m_lgscoReference->text().trimmed();
    return request;
}

} // namespace redress
