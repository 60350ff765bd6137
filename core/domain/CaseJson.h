#pragma once

#include "domain/Case.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace redress {

// A case as JSON, in one vocabulary wherever Redress writes one: codes as stored, dates as
// ISO 8601 under names ending "On", money in pence. The audit trail's snapshots,
// `redress-cli case show --json` and the export's list columns (which import back) are all
// written here, so a field has one name everywhere.
class CaseJson
{
public:
    // The lists a case holds, each written as an array of objects.
    enum class Part
    {
        Points,
        Children,
        Suspensions,
        Remedies,
        Learning,
        StaffNamed,
        Costs,
        Reopenings,
        Notes,
        OmbudsmanRecommendations,
    };

    // How a team id is written: its code for an export, its id (the default) elsewhere.
    using UnitName = std::function<QJsonValue(qint64 unitId)>;

    // The whole case, its stages and its lists nested.
    static QJsonObject toJson(const Case& record, const UnitName& unit = {});
    static QJsonObject stageToJson(const Stage& stage);
    static QJsonArray part(Part part, const Case& record, const UnitName& unit = {});

    // The case flattened for the audit trail, where each entry keeps only the keys that
    // changed: the case's own fields, each stage's as "stage2.respondedOn", and each list
    // whole ("points", "remedies"…), so an edit of a list shows it before and after. Notes
    // are left out: each is its own dated, signed record, only ever added.
    static QJsonObject auditSnapshot(const Case& record);
    // The same snapshot as compact JSON text (UTF-8), byte for byte what compacting
    // auditSnapshot() gives, written without building it: what a new case's audit entry stores.
    // Both are written from one list of fields (CaseFields.h), so a field added there is in
    // both; TestCaseAuditText checks they give the same bytes.
    static QByteArray auditSnapshotText(const Case& record);

    static QJsonValue date(QDate date);
};

} // namespace redress
