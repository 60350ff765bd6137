#include "privacy/Retention.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/CodeTable.h"

#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace redress {

namespace {

using A = Coded<RetentionAction>;
constexpr CodeTable actions("RetentionAction",
                            std::array{A{RetentionAction::Anonymise, "anonymise",
                                         QT_TRANSLATE_NOOP("RetentionAction", "Anonymise")},
                                       A{RetentionAction::Delete, "delete",
                                         QT_TRANSLATE_NOOP("RetentionAction", "Delete")}});

// The schedule as the audit trail records it: kind code -> "6 years, anonymise".
QJsonObject toJson(const QList<RetentionRule>& rules)
{
    QJsonObject object;
    for (const RetentionRule& rule : rules)
        object.insert(
            caseKindCode(rule.kind),
            QStringLiteral("%1 years, %2").arg(rule.years).arg(retentionActionCode(rule.action)));
    return object;
}

} // namespace

QList<RetentionAction> allRetentionActions()
{
    return actions.values();
}

QString retentionActionCode(RetentionAction action)
{
    return actions.code(action);
}

std::optional<RetentionAction> retentionActionFromCode(QStringView code)
{
    return actions.fromCode(code);
}

QString retentionActionLabel(RetentionAction action)
{
    return actions.label(action);
}

QString RetentionRule::describe() const
{
    return action == RetentionAction::Delete
               ? RetentionSchedule::tr("%1: delete %n year(s) after closure", nullptr, years)
                     .arg(caseKindLabel(kind))
               : RetentionSchedule::tr("%1: anonymise %n year(s) after closure", nullptr, years)
                     .arg(caseKindLabel(kind));
}

Result<QList<RetentionRule>> RetentionSchedule::rules() const
{
    auto query =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT kind, years, action FROM retention_rule ORDER BY kind"));
    if (!query)
        return Error{query.error()};
    QList<RetentionRule> rules;
    while (query->next()) {
        const auto kind = caseKindFromCode(query->value(0).toString());
        const auto action = retentionActionFromCode(query->value(2).toString());
        // A kind this version does not know is left alone: kept, never acted on.
        if (!kind || !action)
            continue;
        rules.append({*kind, query->value(1).toInt(), *action});
    }
    std::sort(rules.begin(), rules.end(), [](const RetentionRule& a, const RetentionRule& b) {
        return allCaseKinds().indexOf(a.kind) < allCaseKinds().indexOf(b.kind);
    });
    return rules;
}

CaseKind RetentionSchedule::followedKind(KindReportGroup group)
{
    return group == KindReportGroup::Enquiry ? CaseKind::GeneralEnquiry : CaseKind::Comment;
}

Result<QList<RetentionRule>> RetentionSchedule::effectiveRules() const
{
    auto stored = rules();
    if (!stored)
        return stored;
    QList<RetentionRule> all = stored.value();
    for (const CouncilKind& council : councilKinds()) {
        const CaseKind followed = followedKind(council.reportGroup);
        const auto line = std::find_if(stored->cbegin(), stored->cend(),
                                       [&](const RetentionRule& r) { return r.kind == followed; });
        RetentionRule rule;
        rule.kind = *caseKindFromCode(council.code);
        if (line != stored->cend()) {
            rule.years = line->years;
            rule.action = line->action;
        } else if (council.retentionYears == 0) {
            continue; // kept for ever, as the kind it follows
        }
        if (council.retentionYears > 0)
            rule.years = council.retentionYears;
        all.append(rule);
    }
    return all;
}

Status RetentionSchedule::save(const QList<RetentionRule>& rules, const QString& actor)
{
    QSet<CaseKind> seen;
    for (const RetentionRule& rule : rules) {
        if (seen.contains(rule.kind))
            return fail(tr("The retention schedule has two lines for %1; keep one. Nothing was "
                           "changed.")
                            .arg(caseKindLabel(rule.kind)));
        seen.insert(rule.kind);
        if (rule.years < 1 || rule.years > maximumYears)
            return fail(tr("%1 cannot be kept for %2 years: give 1 to %3. Nothing was changed.")
                            .arg(caseKindLabel(rule.kind))
                            .arg(rule.years)
                            .arg(maximumYears));
    }
    auto before = this->rules();
    if (!before)
        return Error{before.error()};
    if (before.value() == rules)
        return {};
    return m_database.transaction([&]() -> Status {
        if (auto cleared =
                sql::exec(m_database.sql(), QStringLiteral("DELETE FROM retention_rule"));
            !cleared)
            return Error{cleared.error()};
        for (const RetentionRule& rule : rules)
            if (auto inserted = sql::exec(
                    m_database.sql(),
                    QStringLiteral(
                        "INSERT INTO retention_rule (kind, years, action) VALUES (?, ?, ?)"),
                    {caseKindCode(rule.kind), rule.years, retentionActionCode(rule.action)});
                !inserted)
                return Error{inserted.error()};
        AuditEntry entry;
        entry.actor = actor;
        entry.action = QStringLiteral("retention_schedule");
        entry.detail = tr("Retention schedule changed");
        entry.before = toJson(before.value());
        entry.after = toJson(rules);
        return AuditLog(m_database).append(entry);
    });
}

} // namespace redress
