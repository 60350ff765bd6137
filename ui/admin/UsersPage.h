#pragma once

#include "admin/AdminPage.h"
#include "storage/ReferenceData.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace redress {

class Session;

// The people who use Redress: username, display name, role, team and whether they are active.
class UsersPage : public AdminPage
{
    Q_OBJECT

public:
    explicit UsersPage(Session& session, QWidget* parent = nullptr);

    void refreshChoices() override;

private:
    void reload();
    void showUser(int row);
    void newUser();
    void saveUser();

    QList<User> m_users;
    QList<OrgUnit> m_units;
    qint64 m_editingId = 0;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_team = nullptr;
    QCheckBox* m_active = nullptr;
};

} // namespace redress
