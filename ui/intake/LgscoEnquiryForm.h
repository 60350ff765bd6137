#pragma once

#include "intake/ComplaintLookup.h"
#include "intake/IntakeForm.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

namespace redress {

// An Ombudsman (LGSCO) enquiry, linked to the complaint it is about: the complaint is chosen
// by its reference (offered as the officer types), and its complainant and team carry over.
class LgscoEnquiryForm : public IntakeForm
{
    Q_OBJECT

public:
    explicit LgscoEnquiryForm(const IntakeContext& context, QWidget* parent = nullptr);

    Result<Case> buildCase() const override;
    QCompleter* completer() const { return m_completer; }

private:
    void offerComplaints(const QString& text);
    void showComplaint();

    QLineEdit* m_complaint = nullptr;
    QLabel* m_found = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_offers = nullptr;
    QLineEdit* m_lgscoReference = nullptr;
    QPlainTextEdit* m_summary = nullptr;
};

} // namespace redress
