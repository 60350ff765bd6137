#pragma once

#include "session/ServerSignIn.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace redress {

// Asks a person for their login and password on the team server, with why they are asked
// again (a refused password) and whether to remember the password on this computer, in the
// system's credential store. It only asks: ServerSignIn tries the answer.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const SignInQuestion& question, QWidget* parent = nullptr);

    SignInAnswer answer() const;

    // Asks each question in a dialog of its own, modal over `parent`.
    static AskSignIn asker(QWidget* parent);

private:
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

} // namespace redress
