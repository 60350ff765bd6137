#include "LgscoEnquiryForm.h"

#include "intake/IntakeWidgets.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>

namespace redress {

namespace {
constexpr int referenceRole = Qt::UserRole + 1;
} // namespace

LgscoEnquiryForm::LgscoEnquiryForm(const IntakeContext& context, QWidget* parent)
    : IntakeForm(context, CaseKind::OmbudsmanEnquiry, parent)
{
    setObjectName(QStringLiteral("lgscoEnquiryForm"));
    addReceivedOn();
    m_complaint = intake::lineEdit(
        this, QStringLiteral("complaintReference"), tr("Complaint reference"),
        tr("The reference of the complaint the Ombudsman is asking about; matching complaints "
           "are offered as you type"));
    form()->addRow(tr("&Complaint reference"), m_complaint);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("complaintFound"));
    m_found->setAccessibleName(tr("The complaint chosen"));
    m_found->setWordWrap(true);
    form()->addRow(QString(), m_found);
    m_lgscoReference =
        intake::lineEdit(this, QStringLiteral("lgscoReference"), tr("LGSCO reference"),
                         tr("The Ombudsman's own reference, e.g. 20 012 345"));
    form()->addRow(tr("&LGSCO reference"), m_lgscoReference);
    m_summary = intake::textEdit(this, QStringLiteral("summary"), tr("What the Ombudsman asks"),
                                 tr("What the enquiry asks for; left empty, it says which "
                                    "complaint it is about"));
    form()->addRow(tr("What the Ombudsman &asks"), m_summary);

    m_offers = new QStandardItemModel(this);
    m_completer = new QCompleter(m_offers, this);
    m_completer->setObjectName(QStringLiteral("complaintCompleter"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(referenceRole);
    m_completer->popup()->setObjectName(QStringLiteral("complaintOffers"));
    m_completer->popup()->setAccessibleName(tr("Complaints with this reference"));
    m_complaint->setCompleter(m_completer);
    connect(m_complaint, &QLineEdit::textEdited, this, &LgscoEnquiryForm::offerComplaints);
    connect(m_complaint, &QLineEdit::textChanged, this, &LgscoEnquiryForm::showComplaint);
    showComplaint();
    watchForInput();
}

void LgscoEnquiryForm::offerComplaints(const QString& text)
{
    m_offers->clear();
    auto found = m_context.session->complaints().find(text);
    if (!found)
        return; // nothing offered; the reference can still be typed in full
    for (const ComplaintRef& complaint : found.value()) {
        auto* item = new QStandardItem(tr("%1 — %2 — %3")
                                           .arg(complaint.reference,
                                                complaint.complainantName.isEmpty()
                                                    ? tr("no complainant")
                                                    : complaint.complainantName,
                                                complaint.summary.left(60)));
        item->setData(complaint.reference, referenceRole);
        m_offers->appendRow(item);
    }
}

void LgscoEnquiryForm::showComplaint()
{
    const QString reference = m_complaint->text().trimmed();
    if (reference.isEmpty()) {
        m_found->setText(tr("No complaint chosen yet"));
        return;
    }
    auto complaint = m_context.session->complaints().byReference(reference);
    m_found->setText(
        complaint ? tr("%1: %2").arg(complaint->reference, complaint->complainantName.isEmpty()
                                                               ? complaint->summary
                                                               : complaint->complainantName)
                  : complaint.error());
}

Result<Case> LgscoEnquiryForm::buildCase() const
{
    if (m_complaint->text().trimmed().isEmpty())
        return fail(tr("Give the reference of the complaint the Ombudsman is asking about"));
    auto found = m_context.session->complaints().byReference(m_complaint->text());
    if (!found)
        return Error{found.error()};
    auto complaint = m_context.session->cases().load(found->id);
    if (!complaint)
        return Error{complaint.error()};
    Case record = newCase();
    record.complainant = complaint->complainant;
    record.complainantRoleCode = complaint->complainantRoleCode;
    record.teamId = complaint->teamId;
    record.ombudsman.lgscoReference = m_lgscoReference->text().trimmed();
    record.summary = m_summary->toPlainText().trimmed();
    if (record.summary.isEmpty())
        record.summary = tr("Ombudsman enquiry about %1").arg(complaint->reference);
    record.links.append({complaint->id, complaint->reference, QStringLiteral("lgsco_enquiry_of")});
    return record;
}

} // namespace redress
