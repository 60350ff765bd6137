#include "ImportValidator.h"

#include "ImportValidator_p.h"
#include "import/CaseDetailsJson.h"
#include "import/CellValue.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress::import {

QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString ImportProblem::describe() const
{
    QString text = heading.isEmpty() ? message : heading + QStringLiteral(": ") + message;
    if (!advice.isEmpty())
        text += QStringLiteral(": ") + advice;
    return text;
}

QString ImportProblem::toText(const QString& fileName) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(row).arg(column, describe());
}

ImportValidator::ImportValidator(ImportMapping mapping, ImportVocabulary vocabulary,
                                 CaseWorkflow::Rules rules)
    : m_mapping(std::move(mapping)), m_vocabulary(std::move(vocabulary)), m_rules(std::move(rules))
{}

QList<ImportProblem> ImportValidator::setHeadings(const QVariantList& headings, qint64 rowNumber)
{
    QList<ImportProblem> problems;
    m_columns.clear();
    m_headings.clear();
    for (int i = 0; i < headings.size(); ++i)
        m_headings.insert(i, cell::text(headings.at(i)));
    for (auto it = m_mapping.columns.begin(); it != m_mapping.columns.end(); ++it) {
        int found = -1;
        for (int i = 0; i < headings.size() && found < 0; ++i)
            if (normalisedHeading(m_headings.value(i)) == normalisedHeading(it.value()))
                found = i;
        if (found >= 0) {
            m_columns.insert(it.key(), found);
            continue;
        }
        // An export's optional columns may be left out; a legacy mapping's may not.
        if (m_mapping.name == ImportMapping::redressExport().name)
            continue;
        problems.append(
            sheetProblem(rowNumber, it.key(),
                         Text::tr("the mapping expects a column headed \"%1\" for %2, and row %3 "
                                  "has none")
                             .arg(it.value(), fieldHeader(it.key()))
                             .arg(rowNumber)));
    }
    // A column a condition names fills, on the rows the condition holds for, only the fields
    // the condition gives it.
    m_conditionColumns.clear();
    m_conditionFields.clear();
    auto find = [&](const QString& heading) {
        for (int i = 0; i < headings.size(); ++i)
            if (normalisedHeading(m_headings.value(i)) == normalisedHeading(heading))
                return i;
        return -1;
    };
    for (const ImportCondition& condition : std::as_const(m_mapping.when)) {
        const int tested = find(condition.column);
        if (tested < 0)
            problems.append(sheetProblem(
                rowNumber, QString(),
                Text::tr("the mapping's \"when\" tests a column headed \"%1\", and row %2 has none")
                    .arg(condition.column)
                    .arg(rowNumber)));
        m_conditionColumns.append(tested);
        QHash<QString, int> fields = m_columns;
        QList<int> claimed;
        for (auto it = condition.columns.begin(); it != condition.columns.end(); ++it) {
            const int found = find(it.value());
            if (found < 0) {
                problems.append(sheetProblem(
                    rowNumber, it.key(),
                    Text::tr("the mapping expects a column headed \"%1\" for %2, and row %3 has "
                             "none")
                        .arg(it.value(), fieldHeader(it.key()))
                        .arg(rowNumber)));
                continue;
            }
            claimed.append(found);
        }
        for (auto it = fields.begin(); it != fields.end();)
            it = claimed.contains(it.value()) ? fields.erase(it) : std::next(it);
        for (auto it = condition.columns.begin(); it != condition.columns.end(); ++it)
            if (const int found = find(it.value()); found >= 0)
                fields.insert(it.key(), found);
        m_conditionFields.append(fields);
    }
    for (const char* required : {"received_on", "kind"}) {
        const QString code = QString::fromLatin1(required);
        if (!m_columns.contains(code) && !m_mapping.defaults.contains(code))
            problems.append(
                sheetProblem(rowNumber, code,
                             Text::tr("no column is mapped to %1, and the mapping gives no default")
                                 .arg(fieldHeader(code))));
    }
    if (!m_columns.contains(QStringLiteral("reference")) &&
        !m_columns.contains(QStringLiteral("source_reference")))
        problems.append(sheetProblem(
            rowNumber, QStringLiteral("source_reference"),
            Text::tr(
                "no column is mapped to the source reference (or the reference), which re-imports "
                "are matched on")));
    return problems;
}

const ImportCondition* ImportValidator::conditionFor(const spreadsheet::SheetRow& row) const
{
    for (qsizetype i = 0; i < m_conditionColumns.size(); ++i) {
        const int column = m_conditionColumns.at(i);
        if (column >= 0 && m_mapping.when.at(i).holdsFor(cell::text(row.cells.value(column))))
            return &m_mapping.when.at(i);
    }
    return nullptr;
}

int ImportValidator::columnOf(const QString& code, const ImportCondition* condition) const
{
    const QHash<QString, int>& fields =
        condition ? m_conditionFields.at(condition - m_mapping.when.constData()) : m_columns;
    return fields.value(code, -1);
}

std::optional<ImportCandidate> ImportValidator::check(const spreadsheet::SheetRow& row,
                                                      QList<ImportProblem>& problems,
                                                      const FoldedRow* folded)
{
    RowReader reader(*this, row, problems, folded);
    ImportCandidate candidate;
    candidate.row = row.number;
    assemble(reader, candidate);
    if (folded && !folded->complaintReference.isEmpty())
        candidate.sourceLinks.append(
            {QStringLiteral("lgsco_enquiry_of"), folded->complaintReference});
    if (!candidate.matchKey.isEmpty()) {
        const auto seen = m_seenKeys.constFind(candidate.matchKey);
        if (seen != m_seenKeys.cend())
            reader.problem(
                candidate.record.sourceReference.isEmpty() ? QStringLiteral("reference")
                                                           : QStringLiteral("source_reference"),
                Text::tr("the reference %1 is also on row %2; each case must be on one row")
                    .arg(candidate.matchKey)
                    .arg(*seen));
        else
            m_seenKeys.insert(candidate.matchKey, row.number);
    }
    if (reader.failed())
        return std::nullopt;
    return candidate;
}

void ImportValidator::assemble(RowReader& row, ImportCandidate& candidate) const
{
    Case c;
    c.reference = row.text(QStringLiteral("reference")).toUpper();
    c.sourceReference = row.text(QStringLiteral("source_reference"));
    candidate.matchKey = c.sourceReference.isEmpty() ? c.reference : c.sourceReference;
    if (candidate.matchKey.isEmpty())
        row.problem(QStringLiteral("source_reference"),
                    Text::tr("give the case's reference: re-imports are matched on it"));

    // Stages are built on the kind, procedure and date; every other column is checked whatever
    // they hold, so that one pass lists every problem of the row.
    const qsizetype basics = row.mark();
    const QString kind = row.code(QStringLiteral("kind"));
    if (kind.isEmpty() && !row.has(QStringLiteral("kind")))
        row.problem(QStringLiteral("kind"),
                    Text::tr("give the kind (complaint, concern, compliment…)"));
    c.kind = caseKindFromCode(kind).value_or(CaseKind::Complaint);
    if (c.kind == CaseKind::Complaint) {
        const QString procedure = row.code(QStringLiteral("procedure"));
        if (procedure.isEmpty() && !row.has(QStringLiteral("procedure")))
            row.problem(QStringLiteral("procedure"),
                        Text::tr("give the procedure of this complaint: statutory or corporate"));
        c.procedure = procedureFromCode(procedure).value_or(Procedure::None);
    } else if (!cell::isEmpty(row.raw(QStringLiteral("procedure"))) &&
               !row.code(QStringLiteral("procedure")).isEmpty()) {
        // A log may give every row its procedure; only complaints follow one.
        c.procedure = Procedure::None;
    }
    c.receivedOn = row.date(QStringLiteral("received_on"));
    if (!c.receivedOn.isValid() && !row.failedSince(basics))
        row.problem(QStringLiteral("received_on"), Text::tr("give the date the case was received"));
    const bool grounded = c.receivedOn.isValid() && !row.failedSince(basics);
    c.matterArose = row.date(QStringLiteral("matter_arose"));
    c.summary = row.text(QStringLiteral("summary"));
    c.channelCode = row.code(QStringLiteral("channel"));
    c.teamId = row.team(QStringLiteral("team"));
    candidate.complainantKey = row.text(QStringLiteral("complainant_key"));
    Person& p = c.complainant;
    p.fullName = row.text(QStringLiteral("complainant_name"));
    p.email = row.text(QStringLiteral("complainant_email"));
    p.phone = row.text(QStringLiteral("complainant_phone"));
    p.address = row.text(QStringLiteral("complainant_address"));
    p.postcode = row.text(QStringLiteral("complainant_postcode"));
    p.ward = row.text(QStringLiteral("complainant_ward"));
    p.ageBand = row.text(QStringLiteral("complainant_age_band"));
    p.ethnicity = row.text(QStringLiteral("complainant_ethnicity"));
    p.disability = row.text(QStringLiteral("complainant_disability"));
    p.anonymous = row.flag(QStringLiteral("complainant_anonymous"));
    if (candidate.complainantKey.isEmpty() && !p.fullName.isEmpty())
        candidate.complainantKey = p.fullName.simplified().toLower();
    c.complainantRoleCode = row.code(QStringLiteral("complainant_role"));
    c.advocacyOffered = row.flag(QStringLiteral("advocacy_offered"));
    c.advocateProvidedBy = row.text(QStringLiteral("advocate_provided_by"));
    c.officer = row.text(QStringLiteral("officer"));
    c.timeLimitWaiverReason = row.text(QStringLiteral("time_limit_waiver_reason"));
    c.publishable = row.flag(QStringLiteral("publishable"));
    c.complimentThemeCode = row.code(QStringLiteral("compliment_theme"));

    bool staged = false;
    if (grounded) {
        auto prepared = m_rules.prepareNew(c);
        if (prepared) {
            c = prepared.value();
            staged = true;
        } else {
            row.problem(QStringLiteral("received_on"), prepared.error());
        }
    }
    if (staged) {
        assembleStage(row, c, 1);
        if (row.firstStageBeforeLog()) {
            // Only that it was answered is known: by the time stage 2 was asked for.
            Stage before;
            before.number = 1;
            before.profileCode = c.stages.first().profileCode;
            before.profileEffectiveFrom = c.stages.first().profileEffectiveFrom;
            before.requestedOn = before.respondedOn = c.receivedOn;
            before.beforeLog = true;
            c.stages.first() = before;
            // A stage 3 that follows a case in Redress: its stage 2 was before the log too.
            for (int number = 2; number < row.firstStageInLog(); ++number) {
                before.number = number;
                c.stages.append(before);
            }
        }
        for (int number = 2; number <= 3; ++number)
            assembleStage(row, c, number);
    } else {
        checkStageCells(row); // no profile to build stages on, but their cells can be read
    }

    // The simple columns a legacy log has, unless the export's full lists are there.
    const QString pointsJson = row.text(QStringLiteral("points_json"));
    if (pointsJson.isEmpty()) {
        for (const QString& category : row.codes(QStringLiteral("categories")))
            c.points.append({0, QString(), category, 0, {}});
    }
    if (row.text(QStringLiteral("children_json")).isEmpty() &&
        (row.has(QStringLiteral("child_reference")) || row.has(QStringLiteral("child_status")))) {
        ChildConcerned child;
        child.socialCareReference = row.text(QStringLiteral("child_reference"));
        child.statusCode = row.code(QStringLiteral("child_status"));
        c.children.append(child);
    }
    if (row.text(QStringLiteral("remedies_json")).isEmpty()) {
        int remedyStage = 1;
        QDate remedyOn;
        for (const Stage& stage : c.stages)
            if (stage.respondedOn.isValid()) {
                remedyStage = stage.number;
                remedyOn = stage.respondedOn;
            }
        const qint64 compensation = row.money(QStringLiteral("compensation"));
        bool paid = false;
        for (const QString& type : row.codes(QStringLiteral("remedies"))) {
            Remedy remedy{0, remedyStage, type, QString(), 0, remedyOn, {}};
            if (type == u"financial") {
                remedy.amountPence = compensation;
                paid = true;
            }
            c.remedies.append(remedy);
        }
        if (compensation > 0 && !paid)
            c.remedies.append({0,
                               remedyStage,
                               QStringLiteral("financial"),
                               QString(),
                               compensation,
                               remedyOn,
                               {}});
    }
    c.ombudsman.lgscoReference = row.text(QStringLiteral("lgsco_reference"));
    c.ombudsman.decisionCode = row.code(QStringLiteral("lgsco_decision"));
    c.ombudsman.decidedOn = row.date(QStringLiteral("lgsco_decided_on"));
    c.ombudsman.faultFound = row.flag(QStringLiteral("lgsco_fault"));
    c.ombudsman.injusticeFound = row.flag(QStringLiteral("lgsco_injustice"));
    c.ombudsman.satisfactoryRemedyAlreadyProvided =
        row.flag(QStringLiteral("lgsco_remedy_already_provided"));

    for (const ImportField& field : importFields()) {
        if (field.type != FieldType::Json || !staged)
            continue;
        const QString json = row.text(field.code);
        if (json.isEmpty())
            continue;
        if (Status s = details::apply(field.code, json, c, m_vocabulary); !s)
            row.problem(field.code, s.error());
    }

    assembleLogFields(row, c);

    for (const QString& link : row.text(QStringLiteral("links")).split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = link.indexOf(u':');
        if (colon <= 0) {
            row.problem(
                QStringLiteral("links"),
                Text::tr("\"%1\" is not a link (expected kind:REFERENCE)").arg(link.trimmed()));
            continue;
        }
        candidate.links.append({link.left(colon).trimmed(), link.mid(colon + 1).trimmed()});
    }

    if (!staged)
        return;
    deriveState(row, c);
    checkDateOrder(row, c);
    candidate.record = m_rules.withDeadlines(c, Clock::today());
}

void ImportValidator::assembleStage(RowReader& row, Case& record, int number) const
{
    const QString prefix = QStringLiteral("stage%1.").arg(number);
    auto key = [&](const char* name) -> QString {
        return prefix + QLatin1String(name);
    };
    if (number > 1) {
        bool any = false;
        for (const ImportField& field : importFields())
            if (field.stage == number && row.has(field.code))
                any = true;
        if (!any)
            return;
        if (record.kind != CaseKind::Complaint) {
            row.problem(key("requested_on"),
                        Text::tr("only a complaint has a stage %1; a %2 has one stage")
                            .arg(number)
                            .arg(caseKindLabel(record.kind).toLower()));
            return;
        }
        const qsizetype before = row.mark();
        const QDate requested = row.date(key("requested_on"));
        if (!requested.isValid()) {
            if (!row.failedSince(before))
                row.problem(
                    key("requested_on"),
                    Text::tr("stage %1 has details but no date it was requested").arg(number));
            checkStageCells(row, number);
            return;
        }
        if (record.stages.size() != number - 1) {
            row.problem(
                key("requested_on"),
                Text::tr("stage %1 is given, but not stage %2").arg(number).arg(number - 1));
            checkStageCells(row, number);
            return;
        }
        auto profile =
            m_rules.procedures().profileFor(record.stages.first().profileCode, requested);
        if (!profile) {
            row.problem(key("requested_on"), profile.error());
            checkStageCells(row, number);
            return;
        }
        Stage next;
        next.number = number;
        next.profileCode = profile->code;
        next.profileEffectiveFrom = profile->effectiveFrom;
        next.requestedOn = requested;
        record.stages.append(next);
    }
    Stage& stage = record.stages.last();
    auto profile = m_rules.profileFor(record, stage);
    const StageRule* rule = profile ? profile->stage(number) : nullptr;
    if (!rule) {
        row.problem(key("requested_on"), Text::tr("the procedure has no stage %1").arg(number));
        return;
    }
    stage.acknowledgedOn = row.date(key("acknowledged_on"));
    stage.investigatingOfficerAppointedOn = row.date(key("io_appointed_on"));
    stage.independentPersonAppointedOn = row.date(key("ip_appointed_on"));
    stage.statementAgreedOn = row.date(key("statement_agreed_on"));
    stage.reportReceivedOn = row.date(key("report_received_on"));
    stage.panelHeldOn = row.date(key("panel_held_on"));
    stage.panelReportOn = row.date(key("panel_report_on"));
    stage.respondedOn = row.date(key("responded_on"));

    const bool extended = row.flag(key("extended"));
    int days = row.number(key("extended_to_days"));
    if (extended && days == 0)
        days = rule->maxResponseDays; // a log that says only "extended: Y" meant the full extension
    if (days > 0) {
        if (!rule->isExtendable())
            row.problem(
                row.has(key("extended_to_days")) ? key("extended_to_days") : key("extended"),
                Text::tr("stage %1 of the %2 cannot be extended").arg(number).arg(profile->name));
        else if (days <= rule->responseDays || days > rule->maxResponseDays)
            row.problem(
                key("extended_to_days"),
                Text::tr("an extension of stage %1 of the %2 allows more than %3 and at most %4 "
                         "working days in total, not %5")
                    .arg(number)
                    .arg(profile->name)
                    .arg(rule->responseDays)
                    .arg(rule->maxResponseDays)
                    .arg(days));
        stage.extendedToDays = days;
    }
    stage.extensionAgreedOn = row.date(key("extension_agreed_on"));
    stage.extensionReason = row.text(key("extension_reason"));
    stage.ombudsmanDetailsGiven = row.flag(key("ombudsman_details_given"));
    stage.outcomeCode = row.code(key("outcome"));
    stage.outcomeOverridden = row.flag(key("outcome_overridden"));
    stage.respondingManager = row.text(key("responding_manager"));
    stage.investigatingOfficer = row.text(key("investigating_officer"));
    stage.independentPerson = row.text(key("independent_person"));
    stage.panelChair = row.text(key("panel_chair"));
    stage.escalationWaiverReason = row.text(key("escalation_waiver_reason"));
    stage.beforeLog = stage.beforeLog || row.flag(key("before_log"));
}

// Reads a stage's cells (every stage's when `only` is 0) for their own problems, when there is
// no stage to build from them; a single stage's request date has been read already.
void ImportValidator::checkStageCells(RowReader& row, int only) const
{
    for (const ImportField& field : importFields()) {
        if (field.stage == 0 ||
            (only != 0 && (field.stage != only || field.stageKey == u"requested_on")))
            continue;
        switch (field.type) {
        case FieldType::Date:
            row.date(field.code);
            break;
        case FieldType::Flag:
            row.flag(field.code);
            break;
        case FieldType::Number:
            row.number(field.code);
            break;
        case FieldType::Code:
            row.code(field.code);
            break;
        case FieldType::CodeList:
            row.codes(field.code);
            break;
        default:
            break;
        }
    }
}

void ImportValidator::deriveState(RowReader& row, Case& record) const
{
    deriveStateOnly(row, record);
    checkOutcomes(row, record);
}

// A stage answered before the case moved on, or before it closed, has its outcome by then; the
// last stage of a case still open may be answered with its outcome still to record.
void ImportValidator::checkOutcomes(RowReader& row, const Case& record) const
{
    const bool needsOutcome = record.kind == CaseKind::Complaint ||
                              record.kind == CaseKind::Concern ||
                              record.kind == CaseKind::OmbudsmanEnquiry;
    if (!needsOutcome)
        return;
    const bool ended = record.state == CaseState::Closed || record.state == CaseState::Withdrawn;
    for (const Stage& stage : record.stages) {
        const bool settled = ended || stage.number < record.stages.last().number;
        if (stage.beforeLog)
            continue;
        const QString outcome = QStringLiteral("stage%1.outcome").arg(stage.number);
        // An outcome given but not known is a problem already; this is for one not given.
        if (stage.respondedOn.isValid() && stage.outcomeCode.isEmpty() && settled &&
            !row.has(outcome))
            row.problem(outcome,
                        Text::tr("stage %1 was responded to but has no outcome; give one, or a "
                                 "default for the column in the mapping")
                            .arg(stage.number));
    }
}

void ImportValidator::deriveStateOnly(RowReader& row, Case& record) const
{
    const Stage& last = record.stages.last();
    const QDate closed = row.date(QStringLiteral("closed_on"));
    const QString given = row.code(QStringLiteral("state"));
    if (!given.isEmpty()) {
        record.state = caseStateFromCode(given).value_or(CaseState::Received);
        record.closedOn = closed;
        if ((record.state == CaseState::Closed || record.state == CaseState::Withdrawn) &&
            !closed.isValid())
            row.problem(QStringLiteral("closed_on"),
                        Text::tr("the case is %1 but has no closed date")
                            .arg(caseStateLabel(record.state).toLower()));
        suspendAsLogged(record);
        return;
    }
    record.closedOn = closed;
    const bool feedback = record.kind == CaseKind::Compliment || record.kind == CaseKind::Comment;
    if (last.outcomeCode == u"withdrawn") {
        record.state = CaseState::Withdrawn;
        if (!closed.isValid())
            record.closedOn = last.respondedOn;
        if (!record.closedOn.isValid())
            row.problem(QStringLiteral("closed_on"),
                        Text::tr("the case was withdrawn: give the date in the closed column"));
    } else if (closed.isValid()) {
        record.state = CaseState::Closed;
    } else if (last.respondedOn.isValid()) {
        record.state = m_mapping.closeResponded ? CaseState::Closed : CaseState::Responded;
        if (m_mapping.closeResponded)
            record.closedOn = last.respondedOn;
    } else if (last.isSuspended()) {
        record.state = CaseState::Suspended;
    } else if (feedback && m_mapping.closeResponded) {
        record.state = CaseState::Closed;
        record.closedOn = last.acknowledgedOn.isValid() ? last.acknowledgedOn : record.receivedOn;
    } else {
        record.state = last.acknowledgedOn.isValid() ? CaseState::Open : CaseState::Received;
    }
}

void ImportValidator::checkDateOrder(RowReader& row, const Case& record) const
{
    // `later` must not come before `earlier`; the problem is put on the later field's column.
    auto order = [&](QDate earlier, const QString& earlierWhat, QDate later,
                     const QString& laterCode) {
        if (earlier.isValid() && later.isValid() && later < earlier)
            row.problem(laterCode, Text::tr("%1 (%2) is before %3 (%4)")
                                       .arg(fieldHeader(laterCode), ukDate(later), earlierWhat,
                                            ukDate(earlier)));
    };
    const QString received = Text::tr("the date received");
    for (const Stage& stage : record.stages) {
        const QString prefix = QStringLiteral("stage%1.").arg(stage.number);
        const QString requested =
            stage.number == 1 ? received : Text::tr("the stage %1 request").arg(stage.number);
        order(stage.requestedOn, requested, stage.acknowledgedOn, prefix + u"acknowledged_on");
        order(stage.requestedOn, requested, stage.investigatingOfficerAppointedOn,
              prefix + u"io_appointed_on");
        order(stage.requestedOn, requested, stage.independentPersonAppointedOn,
              prefix + u"ip_appointed_on");
        order(stage.requestedOn, requested, stage.statementAgreedOn,
              prefix + u"statement_agreed_on");
        order(stage.requestedOn, requested, stage.reportReceivedOn, prefix + u"report_received_on");
        order(stage.requestedOn, requested, stage.panelHeldOn, prefix + u"panel_held_on");
        order(stage.panelHeldOn, Text::tr("the panel"), stage.panelReportOn,
              prefix + u"panel_report_on");
        order(stage.requestedOn, requested, stage.extensionAgreedOn,
              prefix + u"extension_agreed_on");
        order(stage.requestedOn, requested, stage.respondedOn, prefix + u"responded_on");
        if (stage.number > 1) {
            const Stage& previous = record.stages.at(stage.number - 2);
            if (!previous.respondedOn.isValid())
                row.problem(prefix + u"requested_on",
                            Text::tr("stage %1 was requested, but stage %2 has no response date")
                                .arg(stage.number)
                                .arg(previous.number));
            order(previous.respondedOn, Text::tr("the stage %1 response").arg(previous.number),
                  stage.requestedOn, prefix + u"requested_on");
        }
    }
    const Stage& last = record.stages.last();
    order(record.receivedOn, received, record.closedOn, QStringLiteral("closed_on"));
    if (row.has(QStringLiteral("closed_on")))
        order(last.respondedOn, Text::tr("the stage %1 response").arg(last.number), record.closedOn,
              QStringLiteral("closed_on"));
    order(record.receivedOn, received, record.ombudsman.decidedOn,
          QStringLiteral("lgsco_decided_on"));
}

} // namespace redress::import
