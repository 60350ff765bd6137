#include "ComplimentForm.h"

#include "intake/IntakeWidgets.h"
#include "intake/PersonPicker.h"
#include "intake/TeamPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace redress {

ComplimentForm::ComplimentForm(const IntakeContext& context, QWidget* parent)
    : IntakeForm(context, CaseKind::Compliment, parent)
{
    setObjectName(QStringLiteral("complimentForm"));
    addReceivedOn();
    addChannel();
    m_sender = new PersonPicker(*context.session, QStringLiteral("complainant"), tr("Sender"),
                                form(), this);
    m_from = intake::termCombo(this, QStringLiteral("complimentFrom"), tr("Who sent it"),
                               tr("The sender's role, as the annual report counts compliments"),
                               context.complimentFrom, tr("Choose who sent it…"));
    form()->addRow(tr("&Who sent it"), m_from);
    m_team = new TeamPicker(context.units, form(), this);
    m_theme = intake::termCombo(this, QStringLiteral("complimentTheme"), tr("Theme"),
                                tr("What the compliment was about, as the annual report "
                                   "counts compliments"),
                                context.complimentThemes, tr("Choose a theme…"));
    form()->addRow(tr("Th&eme"), m_theme);
    m_said = intake::textEdit(this, QStringLiteral("summary"), tr("What they said"),
                              tr("The compliment, in their words where possible"));
    form()->addRow(tr("What they s&aid"), m_said);
    m_publishable =
        intake::checkBox(this, QStringLiteral("publishable"), tr("May be &published"),
                         tr("The sender agreed that the compliment may be quoted, e.g. in the "
                            "annual report"));
    form()->addRow(QString(), m_publishable);
    watchForInput();
}

Result<Case> ComplimentForm::buildCase() const
{
    Case record = newCase();
    record.complainant = m_sender->person();
    record.complainantRoleCode = m_from->currentData().toString();
    record.complimentThemeCode = m_theme->currentData().toString();
    record.teamId = m_team->unitId();
    record.serviceAreaId = m_team->serviceAreaId();
    record.summary = m_said->toPlainText().trimmed();
    record.publishable = m_publishable->isChecked();
    if (record.summary.isEmpty())
        return fail(tr("Record what they said"));
    return record;
}

} // namespace redress
