#pragma once

#include "admin/AdminPage.h"
#include "domain/CaseKind.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace redress {

// The kinds of feedback: the built-in ones, which cannot change, and the council's own, which
// an administrator adds (name, reference prefix, response clock, where reports count it),
// changes (prefix, clock and extension, report group, retention), renames and retires (no longer
// offered for new cases; still shown and counted).
class KindsPage : public AdminPage
{
    Q_OBJECT

public:
    explicit KindsPage(Session& session, QWidget* parent = nullptr);

private:
    void reload();
    void showKind(int row);
    void addKind();
    void renameKind();
    void saveSettings();
    void toggleRetired();
    std::optional<CouncilKind> selectedCouncilKind() const;

    QList<CaseKind> m_kinds; // the table's rows
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_prefix = nullptr;
    QSpinBox* m_days = nullptr;
    QSpinBox* m_extended = nullptr;
    QSpinBox* m_retention = nullptr;
    QComboBox* m_group = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_retire = nullptr;
};

} // namespace redress
