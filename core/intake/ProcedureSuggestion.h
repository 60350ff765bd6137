#pragma once

#include "domain/CaseKind.h"
#include "storage/ReferenceData.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace redress {

// Suggests the procedure a new complaint follows, from who is complaining and which team it is
// about, with a one-line reason the intake form shows. The officer confirms or changes it.
//
// The children's statutory procedure (Children Act 1989 s.26, Representations Procedure
// (England) Regulations 2006) hears complaints by or on behalf of a child in need, a looked
// after child or a care leaver, about the council's children's social care functions. Everything
// else (a professional complaining, a service outside social care such as SEND transport) goes
// through the corporate procedure.
class ProcedureSuggestion
{
public:
    // The rule as data, so a council can widen or narrow it without code.
    struct Table
    {
        // complainant role code → may they use the statutory procedure?
        QHash<QString, bool> statutoryRoles;
        // org unit codes (portfolio, service or team) whose work is children's social care;
        // a team under one of them is in scope.
        QSet<QString> socialCareUnits;
    };

    struct Suggestion
    {
        Procedure procedure = Procedure::None; // None: not enough known yet
        QString reason;
    };

    static Table defaultTable();

    explicit ProcedureSuggestion(QList<OrgUnit> units, Table table = defaultTable());

    Suggestion suggest(const QString& roleCode, qint64 teamId) const;

private:
    bool isSocialCare(qint64 teamId) const;
    const OrgUnit* unit(qint64 id) const;

    QList<OrgUnit> m_units;
    Table m_table;
};

} // namespace redress
