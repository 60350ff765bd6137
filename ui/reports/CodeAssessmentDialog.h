#pragma once

#include "reporting/CodeReportChecklist.h"
#include "util/Result.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace redress {

class Session;

// A year's self-assessment against the Ombudsman's Complaint Handling Code, as the
// complaints manager keeps it: for each item of the checklist whether the council complies
// and why, and the governing body's response to the year's report. Leads and administrators
// save it (audited); anyone else reads it.
class CodeAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    CodeAssessmentDialog(Session& session, int financialYear, QWidget* parent = nullptr);

    // The assessment as the form now stands.
    CodeAssessment assessment() const;
    // Saves it; on failure the message shows in the dialog, which stays open.
    Status save();

private:
    void load();

    Session& m_session;
    int m_financialYear;
    QMap<QString, QComboBox*> m_compliance; // by item code
    QMap<QString, QLineEdit*> m_explanation;
    QPlainTextEdit* m_response = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace redress
