// The rules a saved case must keep: what IntegrityCheck reports, one case at a time.
#include "IntegrityCheck.h"
#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress::cli {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

bool hasRunningSuspension(const Stage& stage)
{
    for (const Suspension& suspension : stage.suspensions)
        if (!suspension.until.isValid())
            return true;
    return false;
}

void checkStageDates(const Stage& stage, QDate today, QStringList& messages)
{
    const QList<std::pair<QDate, const char*>> dates{
        {stage.acknowledgedOn, QT_TRANSLATE_NOOP("IntegrityCheck", "acknowledged")},
        {stage.investigatingOfficerAppointedOn,
         QT_TRANSLATE_NOOP("IntegrityCheck", "given an investigating officer")},
        {stage.independentPersonAppointedOn,
         QT_TRANSLATE_NOOP("IntegrityCheck", "given an independent person")},
        {stage.statementAgreedOn, QT_TRANSLATE_NOOP("IntegrityCheck", "given an agreed statement")},
        {stage.reportReceivedOn,
         QT_TRANSLATE_NOOP("IntegrityCheck", "given the investigator's report")},
        {stage.panelHeldOn, QT_TRANSLATE_NOOP("IntegrityCheck", "heard by a panel")},
        {stage.panelReportOn, QT_TRANSLATE_NOOP("IntegrityCheck", "given the panel's report")},
        {stage.respondedOn, QT_TRANSLATE_NOOP("IntegrityCheck", "responded to")},
    };
    if (!stage.requestedOn.isValid()) {
        messages << Text::tr("stage %1 has no requested date").arg(stage.number);
        return;
    }
    for (const auto& [date, what] : dates) {
        if (!date.isValid())
            continue;
        if (date < stage.requestedOn)
            messages << Text::tr("stage %1 was %2 (%3) before it was requested (%4)")
                            .arg(stage.number)
                            .arg(Text::tr(what), ukDate(date), ukDate(stage.requestedOn));
        if (date > today)
            messages << Text::tr("stage %1 was %2 on %3, which is in the future")
                            .arg(stage.number)
                            .arg(Text::tr(what), ukDate(date));
    }
    if (stage.panelReportOn.isValid() && stage.panelHeldOn.isValid() &&
        stage.panelReportOn < stage.panelHeldOn)
        messages << Text::tr("stage %1's panel report (%2) is before the panel (%3)")
                        .arg(stage.number)
                        .arg(ukDate(stage.panelReportOn), ukDate(stage.panelHeldOn));
    for (const Suspension& suspension : stage.suspensions) {
        if (suspension.until.isValid() && suspension.until < suspension.from)
            messages << Text::tr("stage %1 has a suspension that ends (%2) before it starts (%3)")
                            .arg(stage.number)
                            .arg(ukDate(suspension.until), ukDate(suspension.from));
    }
}

} // namespace

QStringList IntegrityCheck::problemsOf(const Case& record, const CaseWorkflow::Rules& rules,
                                       QDate today)
{
    QStringList messages;
    if (!record.receivedOn.isValid())
        messages << Text::tr("has no received date");
    else if (record.receivedOn > today)
        messages << Text::tr("was received on %1, which is in the future")
                        .arg(ukDate(record.receivedOn));
    if ((record.kind == CaseKind::Complaint) != (record.procedure != Procedure::None))
        messages << (record.kind == CaseKind::Complaint
                         ? Text::tr("is a complaint with no procedure (statutory or corporate)")
                         : Text::tr("is not a complaint but follows the %1 procedure")
                               .arg(procedureCode(record.procedure)));

    const bool finished = record.state == CaseState::Closed || record.state == CaseState::Withdrawn;
    if (finished && !record.closedOn.isValid())
        messages
            << Text::tr("is %1 but has no closed date").arg(caseStateLabel(record.state).toLower());
    if (!finished && record.closedOn.isValid())
        messages << Text::tr("is %1 but has a closed date (%2)")
                        .arg(caseStateLabel(record.state).toLower(), ukDate(record.closedOn));
    if (record.closedOn.isValid() && record.receivedOn.isValid() &&
        record.closedOn < record.receivedOn)
        messages << Text::tr("was closed (%1) before it was received (%2)")
                        .arg(ukDate(record.closedOn), ukDate(record.receivedOn));

    if (record.stages.isEmpty()) {
        messages << Text::tr("has no stage");
        return messages;
    }
    for (qsizetype i = 0; i < record.stages.size(); ++i) {
        const Stage& stage = record.stages.at(i);
        if (stage.number != i + 1) {
            QStringList numbers;
            for (const Stage& s : record.stages)
                numbers << QString::number(s.number);
            messages << Text::tr("has stages %1: they should run 1, 2, 3 without a gap")
                            .arg(numbers.join(u", "));
            break;
        }
    }
    const Stage& first = record.stages.constFirst();
    if (first.requestedOn.isValid() && record.receivedOn.isValid() &&
        first.requestedOn < record.receivedOn)
        messages << Text::tr("stage 1 was requested (%1) before the case was received (%2)")
                        .arg(ukDate(first.requestedOn), ukDate(record.receivedOn));
    for (qsizetype i = 0; i < record.stages.size(); ++i) {
        const Stage& stage = record.stages.at(i);
        checkStageDates(stage, today, messages);
        if (i + 1 < record.stages.size() && hasRunningSuspension(stage))
            messages << Text::tr("stage %1 is still suspended although stage %2 has started")
                            .arg(stage.number)
                            .arg(stage.number + 1);
        if (i == 0)
            continue;
        const Stage& previous = record.stages.at(i - 1);
        if (!previous.respondedOn.isValid())
            messages << Text::tr("stage %1 was requested but stage %2 has no response")
                            .arg(stage.number)
                            .arg(previous.number);
        else if (stage.requestedOn.isValid() && stage.requestedOn < previous.respondedOn)
            messages << Text::tr("stage %1 was requested (%2) before the stage %3 response (%4)")
                            .arg(stage.number)
                            .arg(ukDate(stage.requestedOn))
                            .arg(previous.number)
                            .arg(ukDate(previous.respondedOn));
    }

    const Stage& current = record.stages.constLast();
    const QString state = caseStateLabel(record.state).toLower();
    const bool feedback = record.kind == CaseKind::Compliment || record.kind == CaseKind::Comment;
    switch (record.state) {
    case CaseState::Received:
    case CaseState::Open:
    case CaseState::Suspended:
        if (current.respondedOn.isValid())
            messages << Text::tr("is %1 but stage %2 has been responded to")
                            .arg(state)
                            .arg(current.number);
        if (record.state == CaseState::Received && current.acknowledgedOn.isValid())
            messages << Text::tr("is waiting for acknowledgement but stage %1 was acknowledged")
                            .arg(current.number);
        if (record.state == CaseState::Open && !current.acknowledgedOn.isValid())
            messages << Text::tr("is open but stage %1 was never acknowledged").arg(current.number);
        break;
    case CaseState::Responded:
        if (!current.respondedOn.isValid())
            messages
                << Text::tr("is responded but stage %1 has no response date").arg(current.number);
        break;
    case CaseState::Closed:
        if (!feedback && !current.respondedOn.isValid())
            messages << Text::tr("is closed but stage %1 has no response").arg(current.number);
        break;
    case CaseState::Withdrawn:
        break;
    }
    if ((record.state == CaseState::Suspended) != hasRunningSuspension(current))
        messages << (record.state == CaseState::Suspended
                         ? Text::tr("is suspended but stage %1 has no running suspension")
                               .arg(current.number)
                         : Text::tr("is %1 but stage %2 has a suspension with no end")
                               .arg(state)
                               .arg(current.number));

    // Stored deadlines must be what the rules give. A running suspension moves the deadline
    // every working day, so those stages are not compared.
    for (const Stage& stage : record.stages) {
        if (!rules.profileFor(record, stage))
            messages
                << Text::tr(
                       "stage %1 follows the procedure profile \"%2\", which the database does "
                       "not have")
                       .arg(stage.number)
                       .arg(stage.profileCode);
    }
    if (hasRunningSuspension(current))
        return messages;
    const Case recomputed = rules.withDeadlines(record, today);
    for (qsizetype i = 0; i < record.stages.size(); ++i) {
        const QDate stored = record.stages.at(i).dueOn;
        const QDate expected = recomputed.stages.at(i).dueOn;
        if (stored != expected && !hasRunningSuspension(record.stages.at(i)))
            messages << Text::tr("stage %1 is due %2 but the rules give %3")
                            .arg(record.stages.at(i).number)
                            .arg(stored.isValid() ? ukDate(stored) : Text::tr("(no date)"),
                                 expected.isValid() ? ukDate(expected) : Text::tr("(no date)"));
    }
    if (record.dueOn != recomputed.dueOn)
        messages << Text::tr("its next deadline is %1 but the rules give %2")
                        .arg(record.dueOn.isValid() ? ukDate(record.dueOn) : Text::tr("(no date)"),
                             recomputed.dueOn.isValid() ? ukDate(recomputed.dueOn)
                                                        : Text::tr("(no date)"));
    return messages;
}

} // namespace redress::cli
