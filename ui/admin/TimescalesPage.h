#pragma once

#include "admin/AdminPage.h"
#include "procedure/ProcedureProfile.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace redress {

class DateEdit;
class Session;

// A procedure's timescales: working days to respond and the extension maximum of each stage,
// how many stages the corporate procedure has, whether closure days stop the clock, and where a
// clock started on a non-working day counts from. Saving makes a new version dated from when it
// takes effect, so cases already under way keep the timescales they started with.
class TimescalesPage : public AdminPage
{
    Q_OBJECT

public:
    explicit TimescalesPage(Session& session, QWidget* parent = nullptr);

private:
    void loadCatalog();
    void showProfile();
    void showStages();
    void readStageDays();
    void changeStageCount(int count);
    void save();

    ProcedureCatalog m_catalog;
    ProcedureProfile m_profile; // the version in force today, which the fields start from
    ProcedureProfile m_draft;   // what saving would store, with the stages shown
    QList<QSpinBox*> m_responseDays;
    QList<QSpinBox*> m_maxResponseDays;
    QComboBox* m_picker = nullptr;
    QLabel* m_versions = nullptr;
    QTableWidget* m_stages = nullptr;
    QSpinBox* m_stageCount = nullptr;
    QCheckBox* m_closures = nullptr;
    QComboBox* m_receiptDay = nullptr;
    DateEdit* m_effectiveFrom = nullptr;
};

} // namespace redress
