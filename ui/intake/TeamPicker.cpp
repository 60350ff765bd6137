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
    m_team->setEnabled(service != 0);
}

qint64 TeamPicker::unitId() const
{
    const qint64 team = m_team->currentData().toLongLong();
    return team ? team : m_service->currentData().toLongLong();
}

bool TeamPicker::hasInput() const
{
    return m_service->currentIndex() > 0;
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
