#include "IntegrityCheck.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QCoreApplication>
#include <QHash>

namespace redress::cli {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

constexpr int chunkSize = 1000;

} // namespace

Result<QList<Problem>> IntegrityCheck::run()
{
    QList<Problem> problems;
    m_casesChecked = 0;
    if (Status storage = checkStorage(problems); !storage)
        return Error{storage.error()};
    if (Status cases = checkCases(problems); !cases)
        return Error{cases.error()};
    return problems;
}

Status IntegrityCheck::checkStorage(QList<Problem>& problems)
{
    // The audit trail's chain: the first entry changed or removed behind Redress's back.
    auto broken = AuditLog(m_database).verifyChain();
    if (!broken)
        return Error{broken.error()};
    if (broken->has_value())
        problems.append({Text::tr("audit trail"), broken->value().reason});
    // PostgreSQL enforces its foreign keys and checks its own pages; SQLite is asked.
    if (!m_database.isSqlite())
        return checkDerivedData(problems);
    const QString database = Text::tr("database");
    auto integrity = sql::exec(m_database.sql(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Error{integrity.error()};
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != u"ok")
            problems.append({database, line});
    }
    auto keys = sql::exec(m_database.sql(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return Error{keys.error()};
    while (keys->next())
        problems.append({database, Text::tr("row %1 of %2 refers to a %3 row that is not there")
                                       .arg(keys->value(1).toString(), keys->value(0).toString(),
                                            keys->value(2).toString())});
    return {};
}

// PostgreSQL: the search document and the queue's sort names each case should have, as the
// triggers derive them. A transaction that turned the insert triggers off
// (`redress.bulk_load`, 0024) and never brought its cases up to date leaves them stale.
Status IntegrityCheck::checkDerivedData(QList<Problem>& problems)
{
    auto stale = sql::exec(
        m_database.sql(),
        QStringLiteral(
            "SELECT c.reference, s.document IS DISTINCT FROM redress_case_search_document(c.id), "
            "c.sort_complainant <> COALESCE(p.full_name, '') OR c.sort_team <> "
            "COALESCE(o.name, '') OR c.sort_service_area <> COALESCE(CASE WHEN o.level = "
            "'team' THEN u.name ELSE o.name END, '') OR c.sort_child_status <> COALESCE(("
            "SELECT COALESCE(t.label, cc.status) FROM case_child cc LEFT JOIN taxonomy_term t "
            "ON t.taxonomy = 'child_status' AND t.code = cc.status WHERE cc.case_id = c.id "
            "ORDER BY cc.id LIMIT 1), '') "
            "FROM cases c LEFT JOIN case_search s ON s.case_id = c.id "
            "LEFT JOIN person p ON p.id = c.complainant_id "
            "LEFT JOIN org_unit o ON o.id = c.team_id "
            "LEFT JOIN org_unit u ON u.id = o.parent_id ORDER BY c.id"));
    if (!stale)
        return Error{stale.error()};
    while (stale->next()) {
        const QString reference = stale->value(0).toString();
        if (stale->value(1).toBool())
            problems.append({reference, Text::tr("its entry in the search index is out of date")});
        if (stale->value(2).toBool())
            problems.append(
                {reference, Text::tr("the names the queue sorts it by are out of date")});
    }
    return {};
}

Status IntegrityCheck::checkCases(QList<Problem>& problems)
{
    ReferenceData reference(m_database);
    auto calendar = reference.calendar();
    if (!calendar)
        return Error{calendar.error()};
    auto procedures = reference.procedures();
    if (!procedures)
        return Error{procedures.error()};
    const CaseWorkflow::Rules rules(calendar.value(), procedures.value());
    const QDate today = Clock::today();
    const QSqlDatabase& db = m_database.sql();

    for (qint64 after = 0;;) {
        auto cases =
            sql::exec(db,
                      QStringLiteral("SELECT id, reference, kind, procedure, state, current_stage, "
                                     "received_on, closed_on, due_on FROM cases WHERE id > ? "
                                     "ORDER BY id LIMIT ?"),
                      {after, chunkSize});
        if (!cases)
            return Error{cases.error()};
        QList<Case> chunk;
        QHash<qint64, qsizetype> index;
        QHash<qint64, int> currentStage;
        int rowsRead = 0;
        const qint64 first = after + 1;
        while (cases->next()) {
            ++rowsRead;
            Case record;
            record.id = cases->value(0).toLongLong();
            record.reference = cases->value(1).toString();
            after = record.id;
            const auto kind = caseKindFromCode(cases->value(2).toString());
            const auto procedure = procedureFromCode(cases->value(3).toString());
            const auto state = caseStateFromCode(cases->value(4).toString());
            if (!kind || !procedure || !state) {
                problems.append({record.reference,
                                 Text::tr("has an unknown kind, procedure or state (%1, %2, %3)")
                                     .arg(cases->value(2).toString(), cases->value(3).toString(),
                                          cases->value(4).toString())});
                continue;
            }
            record.kind = *kind;
            record.procedure = *procedure;
            record.state = *state;
            record.receivedOn = sql::toDate(cases->value(6));
            record.closedOn = sql::toDate(cases->value(7));
            record.dueOn = sql::toDate(cases->value(8));
            currentStage.insert(record.id, cases->value(5).toInt());
            index.insert(record.id, chunk.size());
            chunk.append(record);
        }
        cases->finish();
        if (rowsRead == 0)
            return {};

        auto stages = sql::exec(
            db,
            QStringLiteral("SELECT id, case_id, number, profile_code, profile_effective_from, "
                           "requested_on, acknowledged_on, io_appointed_on, ip_appointed_on, "
                           "statement_agreed_on, report_received_on, panel_held_on, "
                           "panel_report_on, responded_on, extended_to_days, due_on "
                           "FROM stage WHERE case_id BETWEEN ? AND ? ORDER BY case_id, number"),
            {first, after});
        if (!stages)
            return Error{stages.error()};
        QHash<qint64, std::pair<qsizetype, qsizetype>>
            stageAt; // stage id -> (case index, stage index)
        while (stages->next()) {
            const auto it = index.constFind(stages->value(1).toLongLong());
            if (it == index.cend())
                continue;
            Stage stage;
            stage.id = stages->value(0).toLongLong();
            stage.number = stages->value(2).toInt();
            stage.profileCode = stages->value(3).toString();
            stage.profileEffectiveFrom = sql::toDate(stages->value(4));
            stage.requestedOn = sql::toDate(stages->value(5));
            stage.acknowledgedOn = sql::toDate(stages->value(6));
            stage.investigatingOfficerAppointedOn = sql::toDate(stages->value(7));
            stage.independentPersonAppointedOn = sql::toDate(stages->value(8));
            stage.statementAgreedOn = sql::toDate(stages->value(9));
            stage.reportReceivedOn = sql::toDate(stages->value(10));
            stage.panelHeldOn = sql::toDate(stages->value(11));
            stage.panelReportOn = sql::toDate(stages->value(12));
            stage.respondedOn = sql::toDate(stages->value(13));
            stage.extendedToDays = stages->value(14).toInt();
            stage.dueOn = sql::toDate(stages->value(15));
            QList<Stage>& list = chunk[*it].stages;
            stageAt.insert(stage.id, {*it, list.size()});
            list.append(stage);
        }
        stages->finish();

        auto suspensions =
            sql::exec(db,
                      QStringLiteral("SELECT su.stage_id, su.from_date, su.until_date, su.reason "
                                     "FROM suspension su JOIN stage s ON s.id = su.stage_id "
                                     "WHERE s.case_id BETWEEN ? AND ? ORDER BY su.stage_id, "
                                     "su.from_date, su.id"),
                      {first, after});
        if (!suspensions)
            return Error{suspensions.error()};
        while (suspensions->next()) {
            const auto it = stageAt.constFind(suspensions->value(0).toLongLong());
            if (it == stageAt.cend())
                continue;
            chunk[it->first].stages[it->second].suspensions.append(
                {0, sql::toDate(suspensions->value(1)), sql::toDate(suspensions->value(2)),
                 suspensions->value(3).toString()});
        }
        suspensions->finish();

        for (const Case& record : chunk) {
            QStringList messages = problemsOf(record, rules, today);
            const int stored = currentStage.value(record.id);
            if (!record.stages.isEmpty() && stored != record.stages.constLast().number)
                messages << Text::tr("its current stage is recorded as %1 but its last stage is %2")
                                .arg(stored)
                                .arg(record.stages.constLast().number);
            for (const QString& message : messages)
                problems.append({record.reference, message});
        }
        m_casesChecked += rowsRead;
        if (rowsRead < chunkSize)
            return {};
    }
}

} // namespace redress::cli
