#include "SignInDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress {

SignInDialog::SignInDialog(const SignInQuestion& question, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the team server"));
    auto* layout = new QVBoxLayout(this);

    auto* server = new QLabel(tr("Sign in to %1 with your own login.").arg(question.server), this);
    server->setObjectName(QStringLiteral("signInServer"));
    server->setWordWrap(true);
    layout->addWidget(server);

    auto* problem = new QLabel(question.problem, this);
    problem->setObjectName(QStringLiteral("signInProblem"));
    problem->setAccessibleName(tr("Why you are asked again"));
    problem->setWordWrap(true);
    problem->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    problem->setVisible(!question.problem.isEmpty());
    layout->addWidget(problem);

    auto* form = new QFormLayout;
    m_login = new QLineEdit(question.login, this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    form->addRow(tr("&Login:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember the password on this computer"), this);
    m_remember->setObjectName(QStringLiteral("signInRemember"));
    m_remember->setToolTip(
        tr("Kept in the system's credential store (on Windows, the Credential "
           "Manager), never in a file. Leave it unticked on a shared computer."));
    m_remember->setEnabled(question.canRemember);
    layout->addWidget(m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("signInButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Straight to what is missing: after a refusal that is the password, typed afresh.
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

SignInAnswer SignInDialog::answer() const
{
    return SignInAnswer{m_login->text().trimmed(), m_password->text(),
                        m_remember->isEnabled() && m_remember->isChecked()};
}

AskSignIn SignInDialog::asker(QWidget* parent)
{
    return [parent](const SignInQuestion& question) -> std::optional<SignInAnswer> {
        SignInDialog dialog(question, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.answer();
    };
}

} // namespace redress
