#include "UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

namespace {

QString roleLabel(const QString& role)
{
    if (role == u"lead")
        return UsersPage::tr("Lead");
    if (role == u"admin")
        return UsersPage::tr("Administrator");
    return UsersPage::tr("Officer");
}

} // namespace

UsersPage::UsersPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("usersPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    m_table = named(new QTableWidget(0, 5, this), QStringLiteral("userList"), tr("Users"));
    m_table->setHorizontalHeaderLabels(
        {tr("Username"), tr("Name"), tr("Role"), tr("Team"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    m_username =
        named(new QLineEdit(this), QStringLiteral("userName"), tr("Username (the sign-in name)"));
    m_displayName =
        named(new QLineEdit(this), QStringLiteral("userDisplayName"), tr("Display name"));
    m_role = named(new QComboBox(this), QStringLiteral("userRole"), tr("Role"));
    for (const QString& role :
         {QStringLiteral("officer"), QStringLiteral("lead"), QStringLiteral("admin")})
        m_role->addItem(roleLabel(role), role);
    m_team = named(new QComboBox(this), QStringLiteral("userTeam"), tr("Team"));
    m_active = named(new QCheckBox(tr("A&ctive"), this), QStringLiteral("userActive"),
                     tr("Can use Redress"));
    addRow(tr("&Username:"), m_username);
    addRow(tr("&Display name:"), m_displayName);
    addRow(tr("&Role:"), m_role);
    addRow(tr("&Team:"), m_team);
    form->addRow(QString(), m_active);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add =
        named(new QPushButton(tr("&New user"), this), QStringLiteral("newUser"), tr("New user"));
    auto* save =
        named(new QPushButton(tr("&Save user"), this), QStringLiteral("saveUser"), tr("Save user"));
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(messageLine());

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showUser(row); });
    connect(add, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(save, &QPushButton::clicked, this, &UsersPage::saveUser);
    refreshChoices();
    reload();
    newUser();
}

void UsersPage::refreshChoices()
{
    auto units = reference().orgUnits();
    if (!units) {
        showError(units.error());
        return;
    }
    m_units = units.value();
    const QVariant current = m_team->currentData();
    m_team->clear();
    m_team->addItem(tr("No team"), qint64(0));
    for (const OrgUnit& unit : std::as_const(m_units)) {
        if (unit.level == u"team")
            m_team->addItem(unit.active ? unit.name : tr("%1 (inactive)").arg(unit.name), unit.id);
    }
    m_team->setCurrentIndex(qMax(0, m_team->findData(current)));
}

void UsersPage::reload()
{
    auto users = reference().users();
    if (!users) {
        showError(users.error());
        return;
    }
    m_users = users.value();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User& user = m_users.at(row);
        QString team;
        for (const OrgUnit& unit : std::as_const(m_units)) {
            if (unit.id == user.teamId)
                team = unit.name;
        }
        const QStringList cells{user.username, user.displayName, roleLabel(user.role), team,
                                user.active ? tr("Yes") : tr("No")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void UsersPage::showUser(int row)
{
    if (row < 0 || row >= m_users.size())
        return;
    const User& user = m_users.at(row);
    m_editingId = user.id;
    m_username->setText(user.username);
    m_displayName->setText(user.displayName);
    m_role->setCurrentIndex(qMax(0, m_role->findData(user.role)));
    m_team->setCurrentIndex(qMax(0, m_team->findData(user.teamId)));
    m_active->setChecked(user.active);
}

void UsersPage::newUser()
{
    m_editingId = 0;
    m_table->setCurrentCell(-1, -1);
    m_username->clear();
    m_displayName->clear();
    m_role->setCurrentIndex(0);
    m_team->setCurrentIndex(0);
    m_active->setChecked(true);
}

void UsersPage::saveUser()
{
    User user;
    user.id = m_editingId;
    user.username = m_username->text();
    user.displayName = m_displayName->text();
    user.role = m_role->currentData().toString();
    user.teamId = m_team->currentData().toLongLong();
    user.active = m_active->isChecked();
    auto saved = reference().saveUser(user);
    if (!saved) {
        showError(saved.error());
        return;
    }
    reload();
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == saved.value())
            m_table->setCurrentCell(row, 0);
    }
    showDone(user.id == 0 ? tr("%1 added.").arg(user.displayName.trimmed())
                          : tr("%1 saved.").arg(user.displayName.trimmed()));
}

} // namespace redress
