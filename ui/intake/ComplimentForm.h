#pragma once

#include "intake/IntakeForm.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace redress {

class PersonPicker;
class TeamPicker;

// A compliment: who sent it and in what role, which team it is about, what it was about (its
// theme), what they said, and whether it may be published.
class ComplimentForm : public IntakeForm
{
    Q_OBJECT

public:
    explicit ComplimentForm(const IntakeContext& context, QWidget* parent = nullptr);

    Result<Case> buildCase() const override;

private:
    PersonPicker* m_sender = nullptr;
    QComboBox* m_from = nullptr;
    QComboBox* m_theme = nullptr;
    TeamPicker* m_team = nullptr;
    QPlainTextEdit* m_said = nullptr;
    QCheckBox* m_publishable = nullptr;
};

} // namespace redress
