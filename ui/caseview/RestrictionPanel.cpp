#include "RestrictionPanel.h"

#include "privacy/CaseRestriction.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress {

RestrictionPanel::RestrictionPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("caseRestriction"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_button = new QPushButton(tr("Restrict…"), this);
    m_button->setObjectName(QStringLiteral("restrictCase"));
    m_button->setToolTip(tr("Choose who may see this case (from the keyboard: Actions, Alt+A, "
                            "then C)"));
    m_menuAction = new QAction(tr("Restri&ct…"), this);
    m_menuAction->setObjectName(QStringLiteral("menu_restrict"));
    m_menuAction->setVisible(false);
    connect(m_menuAction, &QAction::triggered, this, [this] { startChange(); });
    layout->addWidget(m_label, 1);
    // Its own width, not the row's, when there is no restriction to show beside it.
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    connect(m_button, &QPushButton::clicked, this, [this] { startChange(); });
}

void RestrictionPanel::setCase(const Case& record)
{
    m_case = record;
    auto people = CaseRestriction(m_session).peopleFor(record.id);
    if (!people)
        emit failed(people.error());
    m_restrictedTo = people ? people.value() : QStringList();
    m_label->setText(m_restrictedTo.isEmpty()
                         ? QString()
                         : tr("Restricted: only %1 may see this case")
                               .arg(m_restrictedTo.join(QStringLiteral(", "))));
    m_label->setVisible(!m_restrictedTo.isEmpty());
    const bool mayChange = CaseRestriction(m_session).mayChange();
    m_button->setVisible(mayChange);
    m_button->setText(m_restrictedTo.isEmpty() ? tr("Restrict…") : tr("Change restriction…"));
    m_menuAction->setVisible(mayChange);
    m_menuAction->setText(m_restrictedTo.isEmpty() ? tr("Restri&ct…") : tr("Change restri&ction…"));
    setVisible(m_label->isVisibleTo(this) || m_button->isVisibleTo(this));
}

QDialog* RestrictionPanel::startChange()
{
    if (!CaseRestriction(m_session).mayChange())
        return nullptr;
    auto users = m_session.referenceData().users();
    if (!users) {
        emit failed(users.error());
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("restrictDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Who may see %1").arg(m_case.reference));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(tr("Only the people ticked may see this case, anywhere in Redress. "
                                "You are always among them. Report counts still include it, "
                                "without names."),
                             dialog);
    intro->setWordWrap(true);
    auto* list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("restrictPeople"));
    list->setAccessibleName(tr("People who may see the case"));
    intro->setBuddy(list);
    for (const User& user : users.value()) {
        if (!user.active || user.username == m_session.actor())
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(user.displayName, user.username), list);
        item->setData(Qt::UserRole, user.username);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_restrictedTo.contains(user.username) ? Qt::Checked : Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* restrict = buttons->addButton(tr("&Restrict"), QDialogButtonBox::AcceptRole);
    restrict->setObjectName(QStringLiteral("restrictApply"));
    QPushButton* lift = buttons->addButton(tr("&Lift restriction"), QDialogButtonBox::ActionRole);
    lift->setObjectName(QStringLiteral("restrictLift"));
    lift->setEnabled(!m_restrictedTo.isEmpty());
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(restrict, &QPushButton::clicked, dialog, [this, dialog, list] {
        QStringList logins;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->checkState() == Qt::Checked)
                logins << list->item(row)->data(Qt::UserRole).toString();
        dialog->accept();
        apply(logins, false);
    });
    connect(lift, &QPushButton::clicked, dialog, [this, dialog] {
        dialog->accept();
        apply({}, true);
    });
    dialog->open();
    return dialog;
}

void RestrictionPanel::apply(const QStringList& logins, bool lift)
{
    CaseRestriction restriction(m_session);
    const Status done = lift ? restriction.lift(m_case) : restriction.restrictTo(m_case, logins);
    if (!done)
        emit failed(done.error());
    setCase(m_case);
}

} // namespace redress
