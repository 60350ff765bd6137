#pragma once

#include "storage/ReferenceData.h"

#include <QList>
#include <QObject>

class QComboBox;
class QFormLayout;
class QWidget;

namespace redress {

// Service area, then a team within it: the team list shows the chosen service's own teams
// first, then every other team, for a team that also serves this service area.
class TeamPicker : public QObject
{
    Q_OBJECT

public:
    TeamPicker(const QList<OrgUnit>& units, QFormLayout* form, QWidget* parent);

    // The team, else the service as a whole, else 0.
    qint64 unitId() const;
    // The service area chosen, which the case counts under; 0 when none.
    qint64 serviceAreaId() const;
    bool hasInput() const;
    QComboBox* serviceCombo() const { return m_service; }
    QComboBox* teamCombo() const { return m_team; }
    void select(qint64 unitId);
    // A team counted under a service area other than its own (0: the team's own).
    void select(qint64 unitId, qint64 serviceAreaId);

signals:
    void changed();

private:
    void fillTeams();

    QList<OrgUnit> m_units;
    QComboBox* m_service = nullptr;
    QComboBox* m_team = nullptr;
};

} // namespace redress
