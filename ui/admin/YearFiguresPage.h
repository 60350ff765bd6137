#pragma once

#include "admin/AdminPage.h"

class QComboBox;
class QSpinBox;

namespace redress {

class Session;

// Each financial year's context figures, which the annual report divides by: children in the
// area, open cases and children in care. A figure not yet known is left blank.
class YearFiguresPage : public AdminPage
{
    Q_OBJECT

public:
    explicit YearFiguresPage(Session& session, QWidget* parent = nullptr);

private:
    void load();
    void save();

    QComboBox* m_year = nullptr;
    QSpinBox* m_childrenInArea = nullptr;
    QSpinBox* m_openCases = nullptr;
    QSpinBox* m_childrenInCare = nullptr;
};

} // namespace redress
