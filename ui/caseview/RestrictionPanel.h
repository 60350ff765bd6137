#pragma once

#include "domain/Case.h"

#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QPushButton;

namespace redress {

class Session;

// The case view's line about who may see the case: "Restricted to …" when it is restricted
// (shown only to the people named, who alone can open it), and for a lead or an
// administrator a button to restrict the case to chosen users, change who they are, or lift
// the restriction. Every change is audited (CaseRestriction). The same change is an item of the
// case's Actions menu (menuAction()), which is how the keyboard reaches it: every letter a
// case window could give its button is already another control's Alt+letter.
class RestrictionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RestrictionPanel(Session& session, QWidget* parent = nullptr);

    // Reads who may see `record` and shows it.
    void setCase(const Case& record);
    // Opens the window-modal dialog choosing who may see the case (for tests and screen
    // readers to drive); nullptr for someone who may not restrict cases.
    QDialog* startChange();
    // "Restri&ct…" or "Change restri&ction…", shown only to whoever may restrict the case.
    QAction* menuAction() const { return m_menuAction; }

signals:
    void failed(const QString& message);

private:
    // Restricts to `logins` and the person signed in, or lifts the restriction.
    void apply(const QStringList& logins, bool lift);

    Session& m_session;
    Case m_case;
    QStringList m_restrictedTo;
    QLabel* m_label = nullptr;
    QPushButton* m_button = nullptr;
    QAction* m_menuAction = nullptr;
};

} // namespace redress
