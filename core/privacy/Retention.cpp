#include "privacy/Retention.h"

#include "privacy/RetentionErasure.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace redress {

namespace {

// A run's counts as the audit trail records them: kind code -> count. Case references are
// the council's own numbers, not personal data, so the entry lists what went.
QJsonObject countsJson(const QMap<CaseKind, int>& counts)
{
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(caseKindCode(it.key()), it.value());
    return object;
}

} // namespace

QString RetentionCandidate::reason() const
{
    return Retention::tr("kept %n year(s) after closure, to %1", nullptr, rule.years)
        .arg(ukDate(dueOn));
}

QString RetentionCandidate::shownReference() const
{
    return restricted ? Retention::tr("%1 (restricted case: details not shown)").arg(reference)
                      : reference;
}

int RetentionOutcome::total() const
{
    int sum = 0;
    for (int count : anonymised)
        sum += count;
    for (int count : deleted)
        sum += count;
    return sum;
}

namespace {

// A case read as (id, reference, kind, closed on, documents), past retention on `today` by
// `rules`, or nothing.
std::optional<RetentionCandidate>
dueCandidate(const QSqlQuery& row, const QHash<CaseKind, RetentionRule>& rules, QDate today)
{
    const auto kind = caseKindFromCode(row.value(2).toString());
    if (!kind || !rules.contains(*kind))
        return std::nullopt;
    RetentionCandidate candidate;
    candidate.caseId = row.value(0).toLongLong();
    candidate.reference = row.value(1).toString();
    candidate.kind = *kind;
    candidate.closedOn = sql::toDate(row.value(3));
    candidate.documents = row.value(4).toInt();
    candidate.rule = rules.value(*kind);
    candidate.dueOn = candidate.closedOn.addYears(candidate.rule.years);
    if (candidate.dueOn > today)
        return std::nullopt;
    return candidate;
}

} // namespace

Result<QList<RetentionCandidate>> Retention::review() const
{
    Database& database = m_session.database();
    auto schedule = RetentionSchedule(database).effectiveRules();
    if (!schedule)
        return Error{schedule.error()};
    QHash<CaseKind, RetentionRule> rules;
    for (const RetentionRule& rule : schedule.value())
        rules.insert(rule.kind, rule);
    auto query = sql::exec(
        database.sql(),
        QStringLiteral("SELECT id, reference, kind, closed_on, (SELECT COUNT(*) FROM attachment "
                       "WHERE attachment.case_id = cases.id) FROM cases WHERE closed_on IS NOT "
                       "NULL AND anonymised_on IS NULL AND state IN ('closed', 'withdrawn') "
                       "ORDER BY closed_on, id"));
    if (!query)
        return Error{query.error()};
    const QDate today = Clock::today();
    QList<RetentionCandidate> candidates;
    while (query->next())
        if (auto candidate = dueCandidate(query.value(), rules, today))
            candidates.append(*candidate);
    auto restricted = restrictedDue(rules, today);
    if (!restricted)
        return Error{restricted.error()};
    if (restricted->isEmpty())
        return candidates;
    candidates += restricted.value();
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const RetentionCandidate& a, const RetentionCandidate& b) {
                         return std::pair(a.closedOn, a.caseId) < std::pair(b.closedOn, b.caseId);
                     });
    return candidates;
}

// Row-level security keeps them out of the query above; the server lists them (schema 28)
// to an administrator only, and only those due by its own reading of the schedule, so a case
// is listed when both agree.
Result<QList<RetentionCandidate>>
Retention::restrictedDue(const QHash<CaseKind, RetentionRule>& rules, QDate today) const
{
    Database& database = m_session.database();
    if (database.isSqlite() || !m_session.isAdministrator())
        return QList<RetentionCandidate>();
    auto query = sql::exec(database.sql(),
                           QStringLiteral("SELECT case_id, reference, kind, closed_on, documents "
                                          "FROM redress_hidden_cases_past_retention()"));
    if (!query)
        return Error{query.error()};
    QList<RetentionCandidate> candidates;
    while (query->next())
        if (auto candidate = dueCandidate(query.value(), rules, today)) {
            candidate->restricted = true;
            candidates.append(*candidate);
        }
    return candidates;
}

Result<RetentionOutcome> Retention::apply(const QList<qint64>& caseIds, const Progress& progress)
{
    if (Status allowed = m_session.requireAdministrator(tr("cases past retention")); !allowed)
        return Error{allowed.error()};
    Database& database = m_session.database();
    // SQLite leaves a deleted or rewritten row's bytes (and a deleted file's pages) in the
    // file's free space unless told to overwrite them: anonymised should mean gone from the
    // file too.
    if (database.isSqlite())
        if (auto zeroed = sql::exec(database.sql(), QStringLiteral("PRAGMA secure_delete = ON"));
            !zeroed)
            return Error{zeroed.error()};
    RetentionOutcome outcome;
    Status done = database.transaction([&]() -> Status {
        outcome = {};
        // Read again under the transaction: only what is still due goes, whatever was listed.
        auto due = review();
        if (!due)
            return Error{due.error()};
        const QSet<qint64> asked(caseIds.begin(), caseIds.end());
        QList<RetentionCandidate> chosen;
        QList<qint64> removing;
        for (const RetentionCandidate& candidate : std::as_const(due.value()))
            if (asked.contains(candidate.caseId)) {
                chosen.append(candidate);
                removing.append(candidate.caseId);
            }
        if (chosen.isEmpty())
            return {};
        if (Status locked = AuditLog(database).lockChain(); !locked)
            return locked;
        RetentionErasure erasure(database);
        QStringList anonymised;
        QStringList deleted;
        for (int i = 0; i < chosen.size(); ++i) {
            const RetentionCandidate& candidate = chosen.at(i);
            const bool remove = candidate.rule.action == RetentionAction::Delete;
            if (Status s = candidate.restricted
                               ? erasure.onServer(candidate.caseId, removing,
                                                  remove ? tr("A restricted case past retention "
                                                              "deleted")
                                                         : tr("A restricted case past retention "
                                                              "anonymised"))
                           : remove ? erasure.remove(candidate.caseId)
                                    : erasure.anonymise(candidate.caseId, removing, Clock::today());
                !s)
                return s;
            (remove ? outcome.deleted : outcome.anonymised)[candidate.kind] += 1;
            (remove ? deleted : anonymised).append(candidate.reference);
            if (progress && !progress(i + 1, int(chosen.size()))) {
                return fail(tr("Cancelled; nothing was changed"));
            }
        }
        AuditLog audit(database);
        auto redacted = audit.redactCases(
            removing, m_session.actor(),
            tr("Personal data removed from the audit trail of %n case(s) past retention", nullptr,
               int(removing.size())));
        if (!redacted)
            return Error{redacted.error()};
        outcome.auditEntriesRedacted = redacted.value();
        outcome.documentsRemoved = erasure.documentsRemoved();
        // SQLite's search index keeps a changed row's old words until its segments are
        // merged: merged now, so no name stays behind in it.
        if (database.isSqlite())
            if (auto merged = sql::exec(database.sql(),
                                        QStringLiteral("INSERT INTO case_search (case_search) "
                                                       "VALUES ('optimize')"));
                !merged)
                return Error{merged.error()};
        AuditEntry entry;
        entry.actor = m_session.actor();
        entry.action = QStringLiteral("retention");
        entry.detail = tr("Retention schedule applied: %n case(s) anonymised", nullptr,
                          int(anonymised.size())) +
                       tr(", %n deleted", nullptr, int(deleted.size())) +
                       tr(", %n document(s) removed", nullptr, int(outcome.documentsRemoved));
        entry.after =
            QJsonObject{{QStringLiteral("anonymised"), countsJson(outcome.anonymised)},
                        {QStringLiteral("deleted"), countsJson(outcome.deleted)},
                        {QStringLiteral("anonymisedCases"), QJsonArray::fromStringList(anonymised)},
                        {QStringLiteral("deletedCases"), QJsonArray::fromStringList(deleted)},
                        {QStringLiteral("auditEntriesRedacted"), outcome.auditEntriesRedacted},
                        {QStringLiteral("documentsRemoved"), outcome.documentsRemoved}};
        return audit.append(entry);
    });
    if (!done)
        return Error{done.error()};
    // The write-ahead log beside the file can still hold the old pages (a file attached a
    // while ago, say) until it is next checkpointed: copied back and emptied now. Should
    // another program be reading, the next checkpoint does it; the run itself is done.
    if (database.isSqlite() && outcome.total() > 0)
        (void)sql::exec(database.sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (outcome.total() > 0)
        m_session.notifyCasesChanged();
    return outcome;
}

QStringList Retention::countsByKind(const QList<RetentionCandidate>& candidates)
{
    QMap<CaseKind, int> counts;
    for (const RetentionCandidate& candidate : candidates)
        counts[candidate.kind] += 1;
    QStringList lines;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        lines << tr("%1: %n case(s)", nullptr, it.value()).arg(caseKindLabel(it.key()));
    return lines;
}

QString Retention::documentsSummary(const QList<RetentionCandidate>& candidates)
{
    int documents = 0;
    for (const RetentionCandidate& candidate : candidates)
        documents += candidate.documents;
    return tr("%n document(s) kept with these cases will be removed.", nullptr, documents);
}

} // namespace redress
