#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

class Database;

// One service area's own figures for a financial year: the cases it had open and the contacts
// (referrals) it took, which the reports divide its complaints by. Null until known.
struct ServiceYearFigures
{
    qint64 orgUnitId = 0;
    std::optional<int> openCases;
    std::optional<int> contacts;
};

// Each service area's year figures (Administration › Year figures), beside the council's own
// (ReferenceData::yearContext). Saving is an administrator's change, audited as `actor` in
// the same transaction.
class ServiceFigures
{
    Q_DECLARE_TR_FUNCTIONS(ServiceFigures)

public:
    explicit ServiceFigures(Database& database, QString actor = {})
        : m_database(database), m_actor(std::move(actor))
    {}

    // Every save is refused with `reason` from now on (the person may not change them).
    void refuseChanges(QString reason) { m_refusal = std::move(reason); }

    // The figures entered for the year, by service area; areas with none are left out.
    Result<QList<ServiceYearFigures>> forYear(int financialYear) const;
    // Replaces the year's figures with these (an area with neither figure is removed).
    Status save(int financialYear, const QList<ServiceYearFigures>& figures);

private:
    Database& m_database;
    QString m_actor;
    QString m_refusal;
};

} // namespace redress
