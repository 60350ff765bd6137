#include "CodeReportAssessment.h"

#include "domain/Period.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonObject>

namespace redress {

namespace {

// The years a financial year label can name without a typing mistake being likely.
constexpr int earliestYear = 2000;
constexpr int latestYear = 2099;

QJsonObject auditJson(const CodeAssessment& assessment)
{
    QJsonObject json;
    for (auto answer = assessment.answers.constBegin(); answer != assessment.answers.constEnd();
         ++answer)
        json.insert(
            answer.key(),
            QJsonObject{{QStringLiteral("compliance"), codeComplianceCode(answer->compliance)},
                        {QStringLiteral("explanation"), answer->explanation}});
    json.insert(QStringLiteral("governingBodyResponse"), assessment.governingBodyResponse);
    return json;
}

} // namespace

CodeAssessmentStore::CodeAssessmentStore(Database& database, QString actor)
    : m_database(database), m_actor(std::move(actor))
{}

CodeAssessmentStore CodeAssessmentStore::forSession(Session& session)
{
    CodeAssessmentStore store(session.database(), session.actor());
    if (session.role() == Session::Role::Officer)
        store.refuseChanges(
            tr("Only a lead officer or an administrator can change the Complaint Handling Code "
               "self-assessment; %1 is signed in as an officer. Nothing was changed.")
                .arg(session.actor()));
    return store;
}

Result<CodeAssessment> CodeAssessmentStore::load(int financialYear) const
{
    CodeAssessment assessment;
    assessment.financialYear = financialYear;
    auto rows =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT item, compliance, explanation FROM code_assessment "
                                 "WHERE financial_year = ? ORDER BY item"),
                  {financialYear});
    if (!rows)
        return Error{rows.error()};
    while (rows->next()) {
        const std::optional<CodeCompliance> compliance =
            codeComplianceFromCode(rows->value(1).toString());
        // The table's check allows only the known codes; an item no longer on the checklist
        // is kept in the database but not shown.
        if (!compliance || !codeItem(rows->value(0).toString()))
            continue;
        assessment.answers.insert(rows->value(0).toString(),
                                  {*compliance, rows->value(2).toString()});
    }
    auto response = sql::scalar(
        m_database.sql(),
        QStringLiteral("SELECT response FROM code_assessment_response WHERE financial_year = ?"),
        {financialYear}, QString());
    if (!response)
        return Error{response.error()};
    assessment.governingBodyResponse = response->toString();
    return assessment;
}

Status CodeAssessmentStore::save(const CodeAssessment& assessment)
{
    if (!m_refusal.isEmpty())
        return fail(m_refusal);
    if (assessment.financialYear < earliestYear || assessment.financialYear > latestYear)
        return fail(tr("There is no financial year %1 to assess: choose one from %2 to %3. "
                       "Nothing was changed.")
                        .arg(assessment.financialYear)
                        .arg(financialYearLabel(earliestYear), financialYearLabel(latestYear)));
    for (auto answer = assessment.answers.constBegin(); answer != assessment.answers.constEnd();
         ++answer)
        if (!codeItem(answer.key()))
            return fail(tr("The Complaint Handling Code self-assessment has no item \"%1\". "
                           "Nothing was changed.")
                            .arg(answer.key()));
    auto stored = load(assessment.financialYear);
    if (!stored)
        return Error{stored.error()};
    if (stored->answers == assessment.answers &&
        stored->governingBodyResponse == assessment.governingBodyResponse)
        return {};
    const int year = assessment.financialYear;
    return m_database.transaction([&]() -> Status {
        for (const auto& [statement, values] : QList<std::pair<QString, QVariantList>>{
                 {QStringLiteral("DELETE FROM code_assessment WHERE financial_year = ?"), {year}},
                 {QStringLiteral("DELETE FROM code_assessment_response WHERE financial_year = ?"),
                  {year}},
                 {QStringLiteral("INSERT INTO code_assessment_response (financial_year, "
                                 "response) VALUES (?, ?)"),
                  {year, assessment.governingBodyResponse}}})
            if (auto done = sql::exec(m_database.sql(), statement, values); !done)
                return Error{done.error()};
        for (auto answer = assessment.answers.constBegin(); answer != assessment.answers.constEnd();
             ++answer)
            if (auto done = sql::exec(m_database.sql(),
                                      QStringLiteral("INSERT INTO code_assessment (financial_year, "
                                                     "item, compliance, explanation) VALUES (?, "
                                                     "?, ?, ?)"),
                                      {year, answer.key(), codeComplianceCode(answer->compliance),
                                       answer->explanation});
                !done)
                return Error{done.error()};
        const auto [before, after] = AuditLog::changes(auditJson(*stored), auditJson(assessment));
        AuditEntry entry;
        entry.actor = m_actor.isEmpty() ? QStringLiteral("unknown") : m_actor;
        entry.action = QStringLiteral("code_assessment");
        entry.detail = tr("Complaint Handling Code self-assessment for %1 saved")
                           .arg(financialYearLabel(year));
        entry.before = before;
        entry.after = after;
        return AuditLog(m_database).append(entry);
    });
}

} // namespace redress
