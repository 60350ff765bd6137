#pragma once

#include "reporting/CodeReportChecklist.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace redress {

class Database;
class Session;

// Keeps each year's Complaint Handling Code self-assessment and the governing body's
// response. Everyone signed in reads them; only a lead or an administrator changes them, and
// every change is audited as the person signed in (on PostgreSQL the server's grants enforce
// the same).
class CodeAssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(CodeAssessmentStore)

public:
    CodeAssessmentStore(Database& database, QString actor);
    // Bound to the session's database and person; refuses changes to an officer.
    static CodeAssessmentStore forSession(Session& session);

    // Every save is refused from now on, with this message.
    void refuseChanges(QString why) { m_refusal = std::move(why); }
    bool canChange() const { return m_refusal.isEmpty(); }

    // The year's assessment as saved; nothing answered when it has never been saved.
    Result<CodeAssessment> load(int financialYear) const;
    // Replaces the year's assessment whole. An unknown item or a year out of range changes
    // nothing; saving what is there already writes nothing and audits nothing.
    Status save(const CodeAssessment& assessment);

private:
    Database& m_database;
    QString m_actor;
    QString m_refusal;
};

} // namespace redress
