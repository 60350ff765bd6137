#pragma once

#include "admin/AdminPage.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

namespace redress {

class Session;

// Each financial year's context figures, which the annual report divides by: children in the
// area, open cases and children in care; and the Ombudsman's national uphold rate, which it sets
// the council's own beside. A figure not yet known is left blank. Below them, the council's
// defaults for what its reports count.
class YearFiguresPage : public AdminPage
{
    Q_OBJECT

public:
    explicit YearFiguresPage(Session& session, QWidget* parent = nullptr);

private:
    void load();
    void save();
    QGroupBox* reportDefaults();
    void loadReportDefaults();
    void saveReportDefaults();

    QComboBox* m_year = nullptr;
    QSpinBox* m_childrenInArea = nullptr;
    QSpinBox* m_openCases = nullptr;
    QSpinBox* m_childrenInCare = nullptr;
    QDoubleSpinBox* m_nationalUphold = nullptr;
    QComboBox* m_categoryBasis = nullptr;
};

} // namespace redress
