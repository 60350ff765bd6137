#pragma once

#include "domain/Case.h"
#include "procedure/ProcedureProfile.h"
#include "storage/ReferenceData.h"
#include "util/Result.h"
#include "workflow/Action.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace redress {

class DateEdit;

// Asks exactly what one workflow action needs, and nothing else. Pressing its button checks
// what was typed (a date that is no date, a missing reason, an officer who is not a user) and
// then hands the request to the workflow; anything refused is shown beside the field, or
// above the buttons for the workflow's own refusals, and the dialog stays open with
// everything typed still there. It closes only when the action is done.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString code;
        QString label;
    };
    // Carries the request out; an error keeps the dialog open with the reason shown.
    using Submit = std::function<Status(const ActionRequest&)>;

    // `stageRule` bounds the extension; `outcomes` fills the outcome list; `officers` (user
    // name as code, display name as label) are who a case can be allocated to, and when the
    // list is empty any name is taken.
    ActionDialog(Action action, const Case& record, const StageRule* stageRule,
                 const QList<Choice>& outcomes, const QList<Choice>& officers = {},
                 QWidget* parent = nullptr);

    // Who a case can be allocated to: the active users (and those in `alsoKnown`, such as the
    // officer it has now), so that a mistyped name cannot take a case out of everyone's
    // "My cases". Empty when no users are set up: then there is no list to check against.
    static QList<Choice> officersFrom(const QList<User>& users, const QStringList& alsoKnown);

    Action action() const { return m_action; }
    ActionRequest request() const;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    // Checks the fields, then submits; true (and the dialog accepted) when the action is done.
    bool submit();

private:
    DateEdit* addDate(QFormLayout* form, const QString& label, const QString& name);
    // Adds a row whose field has a message line under it, for what is wrong with the field
    // until it is changed.
    void addRow(QFormLayout* form, const QString& label, QWidget* field);
    void showProblem(QWidget* field, const QString& message);
    void clearProblems();
    // What is wrong with each field, by field, as far as the dialog itself can tell.
    QList<QPair<QWidget*, QString>> problems() const;
    QString officerCode() const;

    Action m_action;
    Submit m_submit;
    QList<Choice> m_officers;
    QHash<QWidget*, QLabel*> m_problemLabels;
    QLabel* m_refusal = nullptr;
    DateEdit* m_on = nullptr;
    DateEdit* m_agreedOn = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QSpinBox* m_extendTo = nullptr;
    QCheckBox* m_ombudsmanDetails = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_manager = nullptr;
    QLineEdit* m_investigator = nullptr;
    QLineEdit* m_independent = nullptr;
    QComboBox* m_milestone = nullptr;
    QComboBox* m_outcome = nullptr;
    QString m_derivedOutcome; // what the findings give, for an outcome chosen otherwise
    QLineEdit* m_lgscoReference = nullptr;
};

} // namespace redress
