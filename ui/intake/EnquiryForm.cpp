#include "EnquiryForm.h"

#include "intake/IntakeWidgets.h"
#include "intake/PersonPicker.h"
#include "intake/TeamPicker.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace redress {

EnquiryForm::EnquiryForm(const IntakeContext& context, CaseKind kind, QWidget* parent)
    : IntakeForm(context, kind, parent)
{
    setObjectName(QStringLiteral("enquiryForm"));
    const QString who = kind == CaseKind::MpEnquiry           ? tr("MP")
                        : kind == CaseKind::CouncillorEnquiry ? tr("Councillor")
                                                              : tr("Enquirer");
    addReceivedOn();
    addChannel();
    m_enquirer =
        new PersonPicker(*context.session, QStringLiteral("complainant"), who, form(), this);
    if (kind == CaseKind::GeneralEnquiry) {
        m_role = intake::termCombo(this, QStringLiteral("complainantRole"), tr("Their role"),
                                   tr("Who is asking: parent, professional, member of the "
                                      "public…"),
                                   context.complainantRoles, tr("Choose their role…"));
        form()->addRow(tr("Their r&ole"), m_role);
    }
    m_onBehalfOf = intake::lineEdit(this, QStringLiteral("onBehalfOf"), tr("On whose behalf"),
                                    tr("The constituent or family the enquiry is for, if any"));
    form()->addRow(tr("On whose &behalf"), m_onBehalfOf);
    m_team = new TeamPicker(context.units, form(), this);
    m_about = intake::textEdit(this, QStringLiteral("summary"), tr("What it is about"),
                               tr("The enquiry in a sentence or two"));
    form()->addRow(tr("&What it is about"), m_about);
    watchForInput();
}

QString EnquiryForm::roleCode() const
{
    switch (kind()) {
    case CaseKind::MpEnquiry:
        return QStringLiteral("mp");
    case CaseKind::CouncillorEnquiry:
        return QStringLiteral("councillor");
    default:
        return m_role ? m_role->currentData().toString() : QString();
    }
}

Result<Case> EnquiryForm::buildCase() const
{
    Case record = newCase();
    record.complainant = m_enquirer->person();
    record.complainantRoleCode = roleCode();
    if (record.complainant.fullName.isEmpty() && kind() != CaseKind::GeneralEnquiry)
        return fail(tr("Give the name of the %1")
                        .arg(kind() == CaseKind::MpEnquiry ? tr("MP") : tr("councillor")));
    record.teamId = m_team->unitId();
    record.serviceAreaId = m_team->serviceAreaId();
    record.summary = m_about->toPlainText().trimmed();
    if (record.summary.isEmpty())
        return fail(tr("Say what the enquiry is about"));
    // The case holds one person; whom an MP or councillor writes for is kept as a note.
    if (const QString behalf = m_onBehalfOf->text().trimmed(); !behalf.isEmpty()) {
        Note note;
        note.createdAtUtc = Clock::currentDateTimeUtc();
        note.text = tr("On behalf of %1").arg(behalf);
        record.notes.append(note);
    }
    return record;
}

} // namespace redress
