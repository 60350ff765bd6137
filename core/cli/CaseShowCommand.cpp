#include "CaseShowCommand.h"

#include "cli/CaseText.h"
#include "privacy/CaseRestriction.h"
#include "procedure/DeadlineStanding.h"
#include "storage/CaseLinks.h"
#include "storage/CaseRepository.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace redress::cli {

CaseShowCommand::CaseShowCommand()
    : Command(QStringLiteral("case show"), tr("Show one case in full, with its deadlines"))
{}

int CaseShowCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("JSON instead of text."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("REF"),
                                 tr("The case's reference, e.g. CP-2020-00042."));
    if (auto stop = parse(parser, arguments, {QStringLiteral("REF")}))
        return *stop;
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    auto record = session->cases().loadByReference(parser.positionalArguments().constFirst());
    if (!record)
        return failure(record.error());
    // Shown with the links other cases made to it (an Ombudsman enquiry logged on its own
    // links to its complaint only); only shown, never saved back.
    auto links = session->linkedCases(record->id);
    if (!links)
        return failure(links.error());
    record->links = links.value();
    auto restrictedTo = CaseRestriction(*session).peopleFor(record->id);
    if (!restrictedTo)
        return failure(restrictedTo.error());
    auto text = CaseText::load(session->database());
    if (!text)
        return failure(text.error());
    if (parser.isSet(jsonOption)) {
        QJsonObject json = text->toJson(record.value(), Clock::today());
        json.insert(QStringLiteral("restricted_to"),
                    QJsonArray::fromStringList(restrictedTo.value()));
        out() << QString::fromUtf8(QJsonDocument(json).toJson());
        out().flush();
        return ExitSuccess;
    }
    printText(record.value(), text.value(), restrictedTo.value());
    return ExitSuccess;
}

void CaseShowCommand::printText(const Case& record, const CaseText& text,
                                const QStringList& restrictedTo)
{
    const QDate today = Clock::today();
    // Nothing is running once the case has been responded to, closed or withdrawn.
    const bool finished = !DeadlineStanding::clockRuns(record.state);
    auto field = [this](const QString& label, const QString& value, int indent = 0) {
        if (!value.isEmpty())
            out() << QString(indent, u' ') << label.leftJustified(26 - indent) << value << u'\n';
    };
    // Each milestone still to do is overdue by the one definition the queue uses: only while
    // the case's clock runs, so a step a responded or finished case skipped is history.
    auto dueNote = [&](QDate due, QDate done) {
        if (!due.isValid())
            return QString();
        if (!done.isValid() &&
            DeadlineStanding::of(record.state, due, today, text.rules().calendar()).isOverdue())
            return tr("%1, overdue").arg(ukDate(due));
        return ukDate(due);
    };

    QString heading = record.reference + QStringLiteral("  ") + caseKindLabel(record.kind);
    if (record.procedure != Procedure::None)
        heading += QStringLiteral(", ") + procedureLabel(record.procedure);
    out() << heading << QStringLiteral("  [") << caseStateLabel(record.state) << u']' << u'\n';
    field(tr("Restricted to"), restrictedTo.join(QStringLiteral(", ")));
    field(tr("Received"), ukDate(record.receivedOn));
    field(tr("Matter arose"), ukDate(record.matterArose));
    field(tr("Next deadline"), ukDate(record.dueOn));
    field(tr("Closed"), ukDate(record.closedOn));
    const QString who =
        record.complainant.anonymous ? tr("(anonymous)") : record.complainant.fullName;
    field(tr("Complainant"),
          record.complainantRoleCode.isEmpty()
              ? who
              : tr("%1 (%2)").arg(who, text.label(QStringLiteral("complainant_role"),
                                                  record.complainantRoleCode)));
    if (record.complainant.id != 0)
        field(tr("Person number"), QString::number(record.complainant.id));
    field(tr("Channel"), text.label(QStringLiteral("channel"), record.channelCode));
    field(tr("Team"), text.teamName(record.teamId));
    if (record.serviceAreaId != 0)
        field(tr("Service area"), text.teamName(record.serviceAreaId));
    if (record.previousComplaint)
        field(tr("Complained before"), tr("yes"));
    if (record.timesReopened() > 0)
        field(tr("Times re-opened"), QString::number(record.timesReopened()));
    field(tr("Officer"), record.officer);
    field(tr("Summary"), record.summary);
    if (!record.complimentThemeCode.isEmpty())
        field(tr("Theme"),
              text.label(QStringLiteral("compliment_theme"), record.complimentThemeCode));
    for (const ChildConcerned& child : record.children) {
        QString line = tr("%1 %2, %3")
                           .arg(child.socialCareReference, child.name,
                                text.label(QStringLiteral("child_status"), child.statusCode));
        if (child.advocateOffered)
            line += child.advocateProvider.isEmpty()
                        ? tr(", advocate offered")
                        : tr(", advocate offered (%1)").arg(child.advocateProvider);
        field(tr("Child"), line);
    }

    for (const Stage& stage : record.stages) {
        const auto calc = text.calculator(record, stage);
        const StageRule* rule = calc ? calc->profile().stage(stage.number) : nullptr;
        out() << u'\n' << tr("Stage %1").arg(stage.number);
        if (rule)
            out() << QStringLiteral(": ") << rule->name;
        out() << u'\n';
        QList<Milestone> milestones = calc ? calc->milestones(stage, today) : QList<Milestone>();
        auto milestoneDue = [&](Milestone::Kind kind) {
            for (const Milestone& m : milestones)
                if (m.kind == kind)
                    return dueNote(m.due, m.done);
            return QString();
        };
        auto dated = [&](QDate date, const QString& note) {
            if (!date.isValid() && finished)
                return note.isEmpty() ? QString() : tr("not recorded (was due %1)").arg(note);
            if (!date.isValid())
                return note.isEmpty() ? QString() : tr("not yet (due %1)").arg(note);
            return note.isEmpty() ? ukDate(date) : tr("%1 (due %2)").arg(ukDate(date), note);
        };
        field(tr("Requested"), ukDate(stage.requestedOn), 2);
        field(tr("Acknowledged"),
              dated(stage.acknowledgedOn, milestoneDue(Milestone::Kind::Acknowledgement)), 2);
        field(tr("Investigator appointed"), ukDate(stage.investigatingOfficerAppointedOn), 2);
        field(tr("Independent person"), ukDate(stage.independentPersonAppointedOn), 2);
        field(tr("Statement agreed"), ukDate(stage.statementAgreedOn), 2);
        field(tr("Report received"), ukDate(stage.reportReceivedOn), 2);
        if (rule && rule->hasPanel()) {
            field(tr("Panel held"), dated(stage.panelHeldOn, milestoneDue(Milestone::Kind::Panel)),
                  2);
            field(tr("Panel report"),
                  dated(stage.panelReportOn, milestoneDue(Milestone::Kind::PanelReport)), 2);
        }
        if (stage.extendedToDays > 0)
            field(tr("Extension"),
                  tr("to %1 working days, agreed %2: %3")
                      .arg(stage.extendedToDays)
                      .arg(ukDate(stage.extensionAgreedOn), stage.extensionReason),
                  2);
        for (const Suspension& suspension : stage.suspensions)
            field(
                tr("Suspended"),
                suspension.until.isValid()
                    ? tr("%1 to %2: %3")
                          .arg(ukDate(suspension.from), ukDate(suspension.until), suspension.reason)
                    : tr("since %1: %2").arg(ukDate(suspension.from), suspension.reason),
                2);
        if (calc && rule && rule->responseDays > 0) {
            const QDate due = calc->responseDue(stage, today);
            field(tr("Response due"),
                  due.isValid() ? dueNote(due, stage.respondedOn) : tr("not yet known"), 2);
            if (rule->isExtendable() && stage.extendedToDays < rule->maxResponseDays &&
                !stage.respondedOn.isValid())
                field(tr("Longest extension"), ukDate(calc->maximumResponseDue(stage, today)), 2);
        }
        if (stage.respondedOn.isValid()) {
            const auto taken = calc ? calc->workingDaysToRespond(stage) : std::nullopt;
            field(tr("Responded"),
                  taken
                      ? tr("%1 (working days taken: %2)").arg(ukDate(stage.respondedOn)).arg(*taken)
                      : ukDate(stage.respondedOn),
                  2);
        }
        field(tr("Outcome"), text.label(QStringLiteral("outcome"), stage.outcomeCode), 2);
        field(tr("Responding manager"), stage.respondingManager, 2);
        field(tr("Investigating officer"), stage.investigatingOfficer, 2);
        field(tr("Independent person"), stage.independentPerson, 2);
        field(tr("Panel chair"), stage.panelChair, 2);
        if (!finished)
            field(tr("Next deadline"), ukDate(stage.dueOn), 2);
    }

    if (!record.points.isEmpty())
        out() << u'\n' << tr("Points") << u'\n';
    for (qsizetype i = 0; i < record.points.size(); ++i) {
        const ComplaintPoint& point = record.points.at(i);
        out() << QStringLiteral("  %1. ").arg(i + 1)
              << text.label(QStringLiteral("category"), point.categoryCode) << QStringLiteral(": ")
              << point.description << u'\n';
        for (const PointFinding& finding : point.findings)
            out() << QStringLiteral("     ")
                  << tr("stage %1: %2")
                         .arg(finding.stageNumber)
                         .arg(text.label(QStringLiteral("outcome"), finding.findingCode))
                  << u'\n';
    }
    if (!record.remedies.isEmpty())
        out() << u'\n' << tr("Remedies") << u'\n';
    for (const Remedy& remedy : record.remedies) {
        QString line = tr("stage %1, %2: %3")
                           .arg(remedy.stageNumber)
                           .arg(text.label(QStringLiteral("remedy_type"), remedy.typeCode),
                                remedy.description);
        if (remedy.amountPence > 0)
            line += QStringLiteral(", ") + ukMoney(remedy.amountPence);
        out() << QStringLiteral("  ") << line << u'\n';
    }
    if (!record.learningActions.isEmpty())
        out() << u'\n' << tr("Learning") << u'\n';
    for (const LearningAction& action : record.learningActions)
        out() << QStringLiteral("  ")
              << tr("%1 (%2, due %3, %4)")
                     .arg(action.description, action.owner, ukDate(action.dueOn), action.status)
              << u'\n';
    if (!record.costs.isEmpty())
        out() << u'\n' << tr("Costs") << u'\n';
    for (const Cost& cost : record.costs) {
        const QString kind = cost.kind == u"investigating_officer" ? tr("Investigating officer")
                             : cost.kind == u"independent_person"  ? tr("Independent person")
                             : cost.kind == u"panel"               ? tr("Review panel")
                                                                   : tr("Other");
        out() << QStringLiteral("  ")
              << tr("stage %1, %2: %3").arg(cost.stageNumber).arg(kind, ukMoney(cost.amountPence))
              << u'\n';
    }
    if (!record.reopenings.isEmpty())
        out() << u'\n' << tr("Reopened") << u'\n';
    for (const Reopening& reopening : record.reopenings)
        out() << QStringLiteral("  ")
              << tr("%1: %2").arg(ukDate(reopening.reopenedOn), reopening.reason) << u'\n';
    if (record.kind == CaseKind::OmbudsmanEnquiry) {
        const OmbudsmanDecision& decision = record.ombudsman;
        out() << u'\n' << tr("Ombudsman") << u'\n';
        field(tr("LGSCO reference"), decision.lgscoReference, 2);
        field(tr("Decision"),
              decision.decisionCode.isEmpty()
                  ? tr("not yet")
                  : tr("%1, %2").arg(
                        text.label(QStringLiteral("lgsco_decision"), decision.decisionCode),
                        ukDate(decision.decidedOn)),
              2);
        for (const OmbudsmanRecommendation& r : decision.recommendations) {
            const QString complied = r.compliedOn.isValid()
                                         ? tr("complied %1").arg(ukDate(r.compliedOn))
                                         : tr("not complied yet");
            const QString line =
                r.remedyTypeCode.isEmpty()
                    ? tr("%1, due %2, %3").arg(r.description, ukDate(r.dueOn), complied)
                    : tr("%1 (%2), due %3, %4")
                          .arg(
                              r.description,
                              text.label(QStringLiteral("ombudsman_remedy_type"), r.remedyTypeCode),
                              ukDate(r.dueOn), complied);
            field(tr("Recommendation"), line, 2);
        }
    }
    if (!record.links.isEmpty())
        out() << u'\n' << tr("Links") << u'\n';
    for (const CaseLink& link : record.links) {
        const QString kind = link.kind == u"lgsco_enquiry_of" ? tr("Ombudsman enquiry about")
                             : link.kind == u"referred_to_lgsco"
                                 ? tr("Referred to the Ombudsman as")
                                 : link.kind;
        out() << QStringLiteral("  ") << kind << u' ' << link.otherReference << u'\n';
    }
    out().flush();
}

} // namespace redress::cli
