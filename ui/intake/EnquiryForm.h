#pragma once

#include "intake/IntakeForm.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace redress {

class PersonPicker;
class TeamPicker;

// An MP, councillor or general enquiry: who made it, on whose behalf, and what it is about.
class EnquiryForm : public IntakeForm
{
    Q_OBJECT

public:
    // `kind` is MpEnquiry, CouncillorEnquiry or GeneralEnquiry.
    EnquiryForm(const IntakeContext& context, CaseKind kind, QWidget* parent = nullptr);

    Result<Case> buildCase() const override;

private:
    QString roleCode() const;

    PersonPicker* m_enquirer = nullptr;
    QComboBox* m_role = nullptr; // general enquiries only: MPs and councillors have theirs
    QLineEdit* m_onBehalfOf = nullptr;
    TeamPicker* m_team = nullptr;
    QPlainTextEdit* m_about = nullptr;
};

} // namespace redress
