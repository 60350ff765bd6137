#pragma once

#include "intake/IntakeForm.h"
#include "intake/ProcedureSuggestion.h"
#include "intake/TimeLimitCheck.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace redress {

class ChildrenEditor;
class DateEdit;
class PersonPicker;
class PointsEditor;
class TeamPicker;

// A complaint: complainant (known people offered), role, children, channel, service and team,
// points with categories, summary, advocacy, the time limit, and the procedure the officer
// confirms from a suggestion.
class ComplaintForm : public IntakeForm
{
    Q_OBJECT

public:
    explicit ComplaintForm(const IntakeContext& context, QWidget* parent = nullptr);

    Result<Case> buildCase() const override;
    ProcedureSuggestion::Suggestion suggestion() const;
    TimeLimitStanding timeLimit() const;

private:
    Procedure chosenProcedure() const;
    QDate matterArose() const;
    void updateSuggestion();
    void updateTimeLimit();

    ProcedureSuggestion m_suggester;
    TimeLimitCheck m_timeLimit;
    DateEdit* m_receivedOn = nullptr;
    PersonPicker* m_complainant = nullptr;
    QComboBox* m_role = nullptr;
    ChildrenEditor* m_children = nullptr;
    TeamPicker* m_team = nullptr;
    PointsEditor* m_points = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QCheckBox* m_advocacyOffered = nullptr;
    QLineEdit* m_advocateProvidedBy = nullptr;
    DateEdit* m_matterArose = nullptr;
    QLabel* m_timeLimitStatus = nullptr;
    QLineEdit* m_waiver = nullptr;
    QLabel* m_suggestionText = nullptr;
    QPushButton* m_useSuggestion = nullptr;
    QComboBox* m_procedure = nullptr;
};

} // namespace redress
