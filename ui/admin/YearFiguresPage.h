#pragma once

#include "admin/AdminPage.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;
class QTableWidget;

namespace redress {

class Session;

// Each financial year's context figures, which the annual report divides by: children in the
// area, open cases and children in care, and each service area's open cases and contacts; and
// the Ombudsman's national uphold rate, which it sets the council's own beside. A figure not
// yet known is left blank. Below them, the council's defaults for what its reports count, and
// the trigger point for staff named in complaints.
class YearFiguresPage : public AdminPage
{
    Q_OBJECT

public:
    explicit YearFiguresPage(Session& session, QWidget* parent = nullptr);

private:
    void load();
    void save();
    QGroupBox* reportDefaults();
    QGroupBox* serviceFigures();
    void loadServiceFigures(int financialYear);
    Status saveServiceFigures(int financialYear);
    void loadReportDefaults();
    void saveReportDefaults();
    void saveStaffThreshold();

    QComboBox* m_year = nullptr;
    QSpinBox* m_childrenInArea = nullptr;
    QSpinBox* m_openCases = nullptr;
    QSpinBox* m_childrenInCare = nullptr;
    QDoubleSpinBox* m_nationalUphold = nullptr;
    QComboBox* m_categoryBasis = nullptr;
    QSpinBox* m_staffThreshold = nullptr;
    // A row per service area (its org unit id on the first column's item): open cases and
    // contacts for the year.
    QTableWidget* m_serviceFigures = nullptr;
};

} // namespace redress
