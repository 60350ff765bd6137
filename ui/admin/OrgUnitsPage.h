#pragma once

#include "admin/AdminPage.h"
#include "storage/ReferenceData.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace redress {

class Session;

// Service areas and teams as a tree, portfolio > service > team: add, rename, deactivate, and
// move a service area to another portfolio (the reports count by portfolio).
// Units are never deleted, since cases point at them.
class OrgUnitsPage : public AdminPage
{
    Q_OBJECT

public:
    explicit OrgUnitsPage(Session& session, QWidget* parent = nullptr);

    void reload(qint64 selectId = 0);

private:
    std::optional<OrgUnit> selectedUnit() const;
    void updateButtons();
    void addPortfolio();
    void addBelowSelected();
    void renameSelected();
    void toggleSelected();
    void moveSelected();
    void save(const OrgUnit& unit, const QString& done);

    QList<OrgUnit> m_units;
    QStandardItemModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_addBelow = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_toggle = nullptr;
    QComboBox* m_portfolio = nullptr; // where "Move" puts the selected service area
    QPushButton* m_move = nullptr;
};

} // namespace redress
