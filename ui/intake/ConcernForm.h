#pragma once

#include "intake/IntakeForm.h"

class QComboBox;
class QPlainTextEdit;

namespace redress {

class ChildrenEditor;
class PersonPicker;
class TeamPicker;

// A concern (informal, resolved quickly) or a comment: who raised it, about whom and which
// team, what it is about and its category.
class ConcernForm : public IntakeForm
{
    Q_OBJECT

public:
    // `kind` is Concern or Comment.
    ConcernForm(const IntakeContext& context, CaseKind kind, QWidget* parent = nullptr);

    Result<Case> buildCase() const override;

private:
    PersonPicker* m_person = nullptr;
    QComboBox* m_role = nullptr;
    ChildrenEditor* m_children = nullptr;
    TeamPicker* m_team = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QComboBox* m_category = nullptr;
};

} // namespace redress
