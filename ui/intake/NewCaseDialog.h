#pragma once

#include "domain/Case.h"
#include "domain/CaseKind.h"
#include "intake/IntakeContext.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QStackedWidget;

namespace redress {

class Session;
class IntakeForm;

// Logs a new case of any kind: the officer chooses the kind, fills in the form that fits it,
// and saves through the workflow. A save that fails says why and keeps everything typed, and
// the message goes as soon as the officer puts it right; closing with unsaved input asks
// first. It never opens taller than the screen: the form scrolls, the buttons stay in view.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCaseDialog(Session& session, QWidget* parent = nullptr);

    IntakeForm* currentForm() const;
    void setKind(CaseKind kind);
    bool hasUnsavedInput() const;
    // Checks and logs the case; false (with the reason shown) if it was not saved.
    bool save();

    void reject() override;

signals:
    void caseLogged(qint64 caseId);

private:
    void addForm(CaseKind kind);
    void fillKinds();
    // The kinds offered as Administration now has them, the one chosen kept.
    void refreshKinds();
    void showError(const QString& message);
    // The case the current form gives, ready to log, or what the officer must correct first.
    Result<Case> checkedCase() const;
    // After an edit: hides the error once it is put right, or shows what is wrong now.
    void recheck();

    Session& m_session;
    IntakeContext m_context;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<int, IntakeForm*> m_forms; // by CaseKind
    QHash<int, QWidget*> m_scrolls;  // the page that holds each form
    bool m_saved = false;
};

} // namespace redress
