#include "CaseWorkflow.h"

#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"
#include "util/UkFormat.h"
#include "workflow/CaseWriter.h"

#include <QCoreApplication>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
};

// The outcome as a person reads it ("Partially upheld"), for the history: a code that is no
// longer in the list shows as itself.
QString outcomeLabel(Database& database, const QString& code)
{
    if (auto terms = ReferenceData(database).terms(QStringLiteral("outcome")))
        for (const TaxonomyTerm& term : terms.value())
            if (term.code == code)
                return term.label;
    return code;
}

QString describe(Database& database, const Case& after, const ActionRequest& request)
{
    const Stage* stage = after.currentStage();
    const int number = stage ? stage->number : 1;
    const QString on = request.on.toString(QStringLiteral("dd/MM/yyyy"));
    switch (request.action) {
    case Action::Extend:
        return Text::tr("Stage %1 extended to %2 working days (agreed %3): %4")
            .arg(number)
            .arg(request.extendToDays)
            .arg(request.agreedOn.toString(QStringLiteral("dd/MM/yyyy")), request.reason);
    case Action::Suspend:
        return Text::tr("Suspended from %1: %2").arg(on, request.reason);
    case Action::Escalate:
        return Text::tr("Escalated to stage %1, requested %2").arg(number).arg(on);
    case Action::Withdraw:
    case Action::Reopen:
        return Text::tr("%1 on %2: %3").arg(actionLabel(request.action), on, request.reason);
    case Action::RecordOutcome: {
        const QString outcome =
            Text::tr("Stage %1 outcome: %2")
                .arg(number)
                .arg(stage ? outcomeLabel(database, stage->outcomeCode) : QString());
        // Why the officer chose an outcome other than the one the findings give.
        return request.reason.isEmpty()
                   ? outcome
                   : Text::tr("%1 (not as the findings give: %2)").arg(outcome, request.reason);
    }
    case Action::Allocate:
        return actionLabel(request.action);
    default:
        return Text::tr("%1 on %2").arg(actionLabel(request.action), on);
    }
}

} // namespace

Result<CaseWorkflow> CaseWorkflow::forDatabase(Database& database, QString actor)
{
    ReferenceData reference(database);
    auto calendar = reference.calendar();
    if (!calendar)
        return Error{calendar.error()};
    auto procedures = reference.procedures();
    if (!procedures)
        return Error{procedures.error()};
    return CaseWorkflow(database, Rules(calendar.value(), procedures.value()), std::move(actor));
}

CaseWorkflow::CaseWorkflow(Database& database, Rules rules, QString actor)
    : m_database(database), m_rules(std::move(rules)), m_actor(std::move(actor))
{}

Status CaseWorkflow::log(Case& record)
{
    auto prepared = m_rules.prepareNew(record);
    if (!prepared)
        return Error{prepared.error()};
    Case saved = prepared.value();
    Status done = m_database.transaction([&]() -> Status {
        return CaseWriter(m_database, m_actor)
            .insert(saved, QStringLiteral("log"),
                    Text::tr("Logged %1 received %2")
                        .arg(caseKindLabel(saved.kind).toLower(), ukDate(saved.receivedOn)));
    });
    if (!done)
        return done;
    record = saved;
    return {};
}

Status CaseWorkflow::perform(Case& record, const ActionRequest& request)
{
    auto applied = m_rules.apply(record, request);
    if (!applied)
        return Error{applied.error()};
    Case after = applied.value();
    Status done = m_database.transaction([&]() -> Status {
        if (request.action == Action::ReferToOmbudsman) {
            Case enquiry;
            enquiry.kind = CaseKind::OmbudsmanEnquiry;
            enquiry.receivedOn = request.on;
            enquiry.summary = Text::tr("Ombudsman enquiry about %1").arg(record.reference);
            enquiry.complainant = record.complainant;
            enquiry.complainantRoleCode = record.complainantRoleCode;
            enquiry.teamId = record.teamId;
            enquiry.officer = record.officer;
            enquiry.ombudsman.lgscoReference = request.lgscoReference;
            enquiry.links.append({record.id, record.reference, QStringLiteral("lgsco_enquiry_of")});
            if (Status logged = log(enquiry); !logged)
                return logged;
            after.links.append(
                {enquiry.id, enquiry.reference, QStringLiteral("referred_to_lgsco")});
        }
        return CaseWriter(m_database, m_actor)
            .update(record, after, actionCode(request.action),
                    describe(m_database, after, request));
    });
    if (!done)
        return done;
    record = after;
    return {};
}

Status CaseWorkflow::saveDetails(Case& record, const QString& what)
{
    auto before = CaseRepository(m_database).load(record.id);
    if (!before)
        return Error{before.error()};
    Case after = m_rules.withDeadlines(record, Clock::today());
    Status done = m_database.transaction([&]() -> Status {
        return CaseWriter(m_database, m_actor)
            .update(before.value(), after, QStringLiteral("edit"), what);
    });
    if (!done)
        return done;
    record = after;
    return {};
}

Result<bool> CaseWorkflow::refreshDeadlines(Case& record, const QString& why)
{
    Case after = m_rules.withDeadlines(record, Clock::today());
    bool moved = after.dueOn != record.dueOn;
    for (qsizetype i = 0; i < after.stages.size(); ++i)
        moved = moved || after.stages.at(i).dueOn != record.stages.at(i).dueOn;
    if (!moved)
        return false;
    Status done = m_database.transaction([&]() -> Status {
        return CaseWriter(m_database, m_actor)
            .update(
                record, after, QStringLiteral("recompute_deadlines"),
                Text::tr("Deadline recomputed (%1): %2 instead of %3")
                    .arg(why, after.dueOn.isValid() ? ukDate(after.dueOn) : Text::tr("no deadline"),
                         record.dueOn.isValid() ? ukDate(record.dueOn) : Text::tr("no deadline")));
    });
    if (!done)
        return Error{done.error()};
    record = after;
    return true;
}

} // namespace redress
