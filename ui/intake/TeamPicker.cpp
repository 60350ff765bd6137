#include "TeamPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QWidget>

namespace redress {

TeamPicker::TeamPicker(const QList<OrgUnit>& units, QFormLayout* form, QWidget* parent)
    : QObject(parent), m_units(units)
{
    m_service = new QComboBox(parent);
    m_service->setObjectName(QStringLiteral("serviceArea"));
    m_service->setAccessibleName(tr("Service area"));
    m_service->setAccessibleDescription(tr("The service the case is about; it narrows the teams"));
    m_service->addItem(tr("Choose a service area…"), qint64(0));
    for (const OrgUnit& service : m_units) {
        if (service.level != u"service")
            continue;
        QString portfolio;
        for (const OrgUnit& parentUnit : m_units)
            if (parentUnit.id == service.parentId)
                portfolio = parentUnit.name;
        m_service->addItem(portfolio.isEmpty() ? service.name
                                               : tr("%1 (%2)").arg(service.name, portfolio),
                           service.id);
    }
    m_team = new QComboBox(parent);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setAccessibleDescription(tr("The team within the chosen service area"));
    form->addRow(tr("Ser&vice area"), m_service);
    form->addRow(tr("&Team"), m_team);
    fillTeams();
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        fillTeams();
        emit changed();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, &TeamPicker::changed);
}

void TeamPicker::fillTeams()
{
    const qint64 service = m_service->currentData().toLongLong();
    const QSignalBlocker quiet(m_team);
    m_team->clear();
    m_team->addItem(service ? tr("The service as a whole") : tr("Choose a service area first"),
                    qint64(0));
    for (const OrgUnit& team : m_units)
        if (service && team.parentId == service && team.level == u"team")
            m_team->addItem(team.name, team.id);
    if (service == 0) {
        m_team->setEnabled(false);
        return;
    }
    bool separated = false;
    for (const OrgUnit& team : m_units) {
        if (team.parentId == service || team.level != u"team")
            continue;
        if (!separated)
            m_team->insertSeparator(m_team->count());
        separated = true;
        QString parentName;
        for (const OrgUnit& parentUnit : m_units)
            if (parentUnit.id == team.parentId)
                parentName = parentUnit.name;
        m_team->addItem(parentName.isEmpty() ? team.name : tr("%1 (%2)").arg(team.name, parentName),
                        team.id);
    }
    m_team->setEnabled(true);
}

qint64 TeamPicker::unitId() const
{
    const qint64 team = m_team->currentData().toLongLong();
    return team ? team : m_service->currentData().toLongLong();
}

qint64 TeamPicker::serviceAreaId() const
{
    return m_service->currentData().toLongLong();
}

bool TeamPicker::hasInput() const
{
    return m_service->currentIndex() > 0;
}

void TeamPicker::select(qint64 unitId, qint64 serviceAreaId)
{
    select(unitId);
    if (serviceAreaId == 0 || serviceAreaId == m_service->currentData().toLongLong())
        return;
    m_service->setCurrentIndex(qMax(0, m_service->findData(serviceAreaId)));
    m_team->setCurrentIndex(qMax(0, m_team->findData(unitId)));
}

void TeamPicker::select(qint64 unitId)
{
    for (const OrgUnit& unit : m_units) {
        if (unit.id != unitId)
            continue;
        const qint64 service = unit.level == u"team" ? unit.parentId : unit.id;
        m_service->setCurrentIndex(qMax(0, m_service->findData(service)));
        m_team->setCurrentIndex(qMax(0, m_team->findData(unitId)));
    }
}

} // namespace redress
