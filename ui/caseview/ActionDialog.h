#pragma once

#include "domain/Case.h"
#include "procedure/ProcedureProfile.h"
#include "workflow/Action.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace redress {

// Asks exactly what one workflow action needs, and nothing else.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString code;
        QString label;
    };

    // `stageRule` bounds the extension; `outcomes` fills the outcome list.
    ActionDialog(Action action, const Case& record, const StageRule* stageRule,
                 const QList<Choice>& outcomes, QWidget* parent = nullptr);

    Action action() const { return m_action; }
    ActionRequest request() const;

private:
    QDateEdit* addDate(QFormLayout* form, const QString& label, const QString& name);

    Action m_action;
    QDateEdit* m_on = nullptr;
    QDateEdit* m_agreedOn = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QSpinBox* m_extendTo = nullptr;
    QCheckBox* m_ombudsmanDetails = nullptr;
    QLineEdit* m_officer = nullptr;
    QLineEdit* m_manager = nullptr;
    QLineEdit* m_investigator = nullptr;
    QLineEdit* m_independent = nullptr;
    QComboBox* m_milestone = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_lgscoReference = nullptr;
};

} // namespace redress
