// Working-day measures: timescales by stage, average days to respond, and the overdue list.
// The counting of days is the calendar's and DeadlineCalculator's (see StageTimings).
#include "ReportEngine_p.h"
#include "StagePopulation.h"
#include "StageTimings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

QString sectionKey(Procedure procedure, int stage)
{
    return QStringLiteral("%1_stage%2").arg(procedureCode(procedure)).arg(stage);
}

QString sectionLabel(Procedure procedure, int stage)
{
    return Text::tr("%1 stage %2").arg(procedureLabel(procedure)).arg(stage);
}

// Ids per row key and column, gathered while measuring.
using Tally = QHash<QString, QHash<QString, QList<qint64>>>;

Status measureInto(const Context& context, const Period& period, const QString& prefix,
                   Tally& tally)
{
    auto measured = concludedComplaintStages(context, period);
    if (!measured)
        return Error{measured.error()};
    for (const auto& [stage, timing] : *measured.value()) {
        const QString section = sectionKey(stage.procedure, stage.stage.number) + u':';
        QString row;
        if (!timing.responded)
            row = QStringLiteral("no_response");
        else if (timing.hasPanel)
            row = timing.metOwnDeadline ? QStringLiteral("all_on_time") : QStringLiteral("late");
        else if (timing.band == Timing::Band::WithinInitial)
            row = QStringLiteral("within_initial");
        else if (timing.band == Timing::Band::WithinExtended)
            row = QStringLiteral("within_extended");
        else
            row = QStringLiteral("outside");
        tally[section + row][prefix + u"count"_s].append(stage.caseId);
        if (!prefix.isEmpty() || !timing.responded)
            continue;
        QList<std::pair<QString, bool>> flags{
            {QStringLiteral("extended"), timing.extended},
            {QStringLiteral("met_deadline"), timing.metOwnDeadline},
            {QStringLiteral("missed_deadline"), !timing.metOwnDeadline}};
        for (const auto& [column, set] : flags)
            if (set) {
                tally[section + row][column].append(stage.caseId);
                tally[section + u"total"_s][column].append(stage.caseId);
            }
        if (timing.hasPanel) {
            const QList<std::pair<QString, bool>> steps{
                {QStringLiteral("panel_on_time"), timing.panelOnTime},
                {QStringLiteral("report_on_time"), timing.reportOnTime},
                {QStringLiteral("response_on_time"), timing.responseOnTime}};
            for (const auto& [memo, onTime] : steps)
                if (onTime)
                    tally[section + memo][QStringLiteral("count")].append(stage.caseId);
        }
    }
    return {};
}

// The bands as a share of the responses rather than of every stage concluded: 001 and 002
// divide by complaints responded to, and a withdrawn complaint has no timescale to meet.
void addShareOfResponsesColumns(const Context& context, ReportTable& table)
{
    table
        .addColumn(QStringLiteral("percent_of_responses"),
                   Text::tr("%, %1, of responses").arg(context.currentLabel()), ColumnKind::Percent)
        .additive = false;
    if (context.comparison())
        table
            .addColumn(QStringLiteral("prev_percent_of_responses"),
                       Text::tr("%, %1, of responses").arg(context.comparisonLabel()),
                       ColumnKind::Percent)
            .additive = false;
}

void fillShareOfResponses(const Context& context, ReportTable& table)
{
    QList<std::pair<QString, QString>> columns{{u"count"_s, u"percent_of_responses"_s}};
    if (context.comparison())
        columns.append({u"prev_count"_s, u"prev_percent_of_responses"_s});
    const QList<ReportRow> rows = table.rows();
    for (const ReportRow& row : rows) {
        const QString section = row.key.section(u':', 0, 0) + u':';
        const QString band = row.key.section(u':', 1);
        const bool responded = row.role == RowRole::Item && band != u"no_response";
        if (!responded && band != u"responded")
            continue;
        for (const auto& [count, share] : columns)
            table.setCell(row.key, share,
                          ReportTable::percent(
                              table.cell(row.key, count).toLongLong(),
                              table.cell(QString(section + u"responded"_s), count).toLongLong()));
    }
}

// A council's own kind with a response clock, in bands of its own clock under its own name,
// below the complaint stages; one without a clock has no timescale to measure.
Status addCouncilKindSections(const Context& context,
                              const QList<std::pair<QString, Period>>& periods, ReportTable& table)
{
    for (CaseKind kind : caseKindsWithCouncil()) { // retired ones too: their cases count
        const std::optional<CouncilKind> council = councilKind(kind);
        if (!council || !council->hasClock())
            continue;
        const QString key = caseKindCode(kind) + u':';
        const QString name = council->name;
        table.addRow(key + u"within_initial"_s,
                     Text::tr("%1: within %2 working days").arg(name).arg(council->clockDays));
        if (council->isExtendable())
            table.addRow(
                key + u"within_extended"_s,
                Text::tr("%1: within %2 working days").arg(name).arg(council->extendedDays));
        table.addRow(key + u"outside"_s,
                     Text::tr("%1: outside %2 working days").arg(name).arg(council->maxDays()));
        table.addRow(key + u"no_response"_s,
                     Text::tr("%1: withdrawn or closed without a response").arg(name));
        table.addRow(key + u"total"_s, Text::tr("%1: concluded").arg(name), RowRole::Total);
        table.addRow(key + u"responded"_s, Text::tr("%1: of which responded to").arg(name),
                     RowRole::Memo);
        for (const auto& [prefix, period] : periods) {
            const Query concluded = on(casesOfKinds({kind}), Basis::Concluded, period);
            auto facts = loadStageFacts(context, concluded);
            if (!facts)
                return Error{facts.error()};
            QHash<QString, QList<qint64>> byRow;
            for (const StageFacts& stage : facts.value()) {
                auto timing = measure(context, stage);
                if (!timing)
                    return Error{timing.error()};
                QString row = u"no_response"_s;
                if (timing->responded)
                    row = timing->band == Timing::Band::WithinInitial ? u"within_initial"_s
                          : timing->band == Timing::Band::WithinExtended && council->isExtendable()
                              ? u"within_extended"_s
                              : u"outside"_s;
                byRow[row].append(stage.caseId);
            }
            const QString count = prefix + u"count"_s;
            QList<qint64> all, responded;
            for (const QString& row :
                 {u"within_initial"_s, u"within_extended"_s, u"outside"_s, u"no_response"_s}) {
                if (row == u"within_extended" && !council->isExtendable())
                    continue;
                QList<qint64> ids = byRow.value(row);
                std::sort(ids.begin(), ids.end());
                table.setCell(QString(key + row), count, qint64(ids.size()));
                context.trace(key + row, count, ids);
                all << ids;
                if (row != u"no_response")
                    responded << ids;
            }
            std::sort(responded.begin(), responded.end());
            table.setCell(QString(key + u"total"_s), count, qint64(all.size()));
            context.trace(key + u"total"_s, count, concluded);
            table.setCell(QString(key + u"responded"_s), count, qint64(responded.size()));
            context.trace(key + u"responded"_s, count, responded);
        }
        table.newSection();
    }
    return {};
}

} // namespace

Result<ReportTable> timescalesTable(const Context& context)
{
    ReportTable table(QStringLiteral("timescales_by_stage"), Text::tr("Timescales by stage"),
                      Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Stage and timescale"), ColumnKind::Label);
    addCountColumns(context, table);
    addShareOfResponsesColumns(context, table);
    table.addColumn(QStringLiteral("extended"), Text::tr("Of which extended"), ColumnKind::Count);
    table.addColumn(QStringLiteral("met_deadline"), Text::tr("Of which met their own deadline"),
                    ColumnKind::Count);
    table.addColumn(QStringLiteral("missed_deadline"),
                    Text::tr("Of which missed their own deadline"), ColumnKind::Count);

    Tally tally;
    QList<std::pair<QString, Period>> periods{{QString(), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_"), *context.comparison()});
    QList<Period> spans;
    for (const auto& [prefix, period] : periods) {
        if (Status s = measureInto(context, period, prefix, tally); !s)
            return Error{s.error()};
        spans << period;
    }
    auto population = StagePopulation::of(context);
    if (!population)
        return Error{population.error()};
    const StagePopulation& stages = *population.value();
    // the stages ongoing at the end of each period
    auto ongoingOf = [&](Procedure procedure, int stage) {
        return stages.count(Basis::Ongoing, spans, stageFilter(stages, stage, procedure),
                            [](const PopulationStage&) { return quint16(0); });
    };

    for (Procedure procedure : context.complaintProcedures()) {
        const std::optional<ProcedureProfile> profile = context.currentProfile(procedure);
        for (int stage = 1; stage <= context.stageCount(procedure); ++stage) {
            const StageRule* rule = profile ? profile->stage(stage) : nullptr;
            if (!rule)
                continue;
            const QString key = sectionKey(procedure, stage) + u':';
            const QString name = sectionLabel(procedure, stage);
            QStringList memos;
            if (rule->hasPanel()) {
                table.addRow(key + u"all_on_time"_s,
                             Text::tr("%1: every step within its timescale").arg(name));
                table.addRow(key + u"late"_s, Text::tr("%1: outside timescale").arg(name));
            } else {
                table.addRow(
                    key + u"within_initial"_s,
                    Text::tr("%1: within %2 working days").arg(name).arg(rule->responseDays));
                if (rule->isExtendable() || tally.contains(key + u"within_extended"_s))
                    table.addRow(key + u"within_extended"_s, Text::tr("%1: within %2 working days")
                                                                 .arg(name)
                                                                 .arg(rule->maxResponseDays));
                table.addRow(
                    key + u"outside"_s,
                    Text::tr("%1: outside %2 working days")
                        .arg(name)
                        .arg(rule->isExtendable() ? rule->maxResponseDays : rule->responseDays));
            }
            table.addRow(key + u"no_response"_s,
                         Text::tr("%1: withdrawn or closed without a response").arg(name));
            table.addRow(key + u"total"_s, Text::tr("%1: concluded").arg(name), RowRole::Total);
            table.addRow(key + u"responded"_s, Text::tr("%1: of which responded to").arg(name),
                         RowRole::Memo);
            if (rule->hasPanel()) {
                table.addRow(key + u"panel_on_time"_s,
                             Text::tr("%1: panel held within %2 working days of the request")
                                 .arg(name)
                                 .arg(rule->panelDays),
                             RowRole::Memo);
                table.addRow(key + u"report_on_time"_s,
                             Text::tr("%1: panel's report within %2 working days of the panel")
                                 .arg(name)
                                 .arg(rule->panelReportDays),
                             RowRole::Memo);
                table.addRow(key + u"response_on_time"_s,
                             Text::tr("%1: response within %2 working days of the report")
                                 .arg(name)
                                 .arg(rule->responseDays),
                             RowRole::Memo);
            }
            table
                .addRow(key + u"ongoing"_s,
                        Text::tr("%1: ongoing at the end of the period").arg(name), RowRole::Memo)
                .basis = Basis::Ongoing;

            for (int p = 0; p < periods.size(); ++p) {
                const auto& [prefix, period] = periods.at(p);
                const QString count = prefix + u"count"_s;
                const Query concluded =
                    on(complaintStages(context, stage, procedure), Basis::Concluded, period);
                QList<std::pair<QString, RowRole>> sectionRows;
                for (const ReportRow& row : table.rows())
                    if (row.key.startsWith(key) && !row.isTotal() &&
                        !row.key.endsWith(u":ongoing") && !row.key.endsWith(u":responded"))
                        sectionRows.append({row.key, row.role});
                qint64 total = 0;
                for (const auto& [rowKey, role] : sectionRows) {
                    const QList<qint64> ids = tally.value(rowKey).value(count);
                    table.setCell(rowKey, count, qint64(ids.size()));
                    context.trace(rowKey, count, ids);
                    if (role == RowRole::Item)
                        total += ids.size();
                    if (!prefix.isEmpty() || role != RowRole::Item ||
                        rowKey.endsWith(u":no_response"))
                        continue;
                    for (const QString& column :
                         {u"extended"_s, u"met_deadline"_s, u"missed_deadline"_s}) {
                        const QList<qint64> flagged = tally.value(rowKey).value(column);
                        table.setCell(rowKey, column, qint64(flagged.size()));
                        context.trace(rowKey, column, flagged);
                    }
                }
                table.setCell(QString(key + u"total"_s), count, total);
                context.trace(key + u"total"_s, count, concluded);
                QList<qint64> responded;
                for (const auto& [rowKey, role] : sectionRows)
                    if (role == RowRole::Item && !rowKey.endsWith(u":no_response"))
                        responded << tally.value(rowKey).value(count);
                std::sort(responded.begin(), responded.end());
                table.setCell(QString(key + u"responded"_s), count, qint64(responded.size()));
                context.trace(key + u"responded"_s, count, responded);
                if (prefix.isEmpty())
                    for (const QString& column :
                         {u"extended"_s, u"met_deadline"_s, u"missed_deadline"_s}) {
                        const QList<qint64> flagged = tally.value(key + u"total"_s).value(column);
                        table.setCell(QString(key + u"total"_s), column, qint64(flagged.size()));
                        context.trace(key + u"total"_s, column, flagged);
                    }
                const Query ongoing =
                    on(complaintStages(context, stage, procedure), Basis::Ongoing, period);
                table.setCell(QString(key + u"ongoing"_s), count,
                              ongoingOf(procedure, stage).at(p).value(QString()));
                context.trace(key + u"ongoing"_s, count, ongoing);
            }
            table.newSection();
        }
    }
    if (Status councils = addCouncilKindSections(context, periods, table); !councils)
        return Error{councils.error()};
    finishCountColumns(context, table);
    fillShareOfResponses(context, table);
    QStringList ongoingRows;
    for (const ReportRow& row : table.rows())
        if (row.key.endsWith(u":ongoing"))
            ongoingRows << row.key;
    for (const QString& rowKey : std::as_const(ongoingRows))
        for (const QString& column :
             {u"percent"_s, u"prev_percent"_s, u"change"_s, u"change_percent"_s})
            table.setCell(rowKey, column, QVariant());
    table.setNote(
        Text::tr("Stages concluded in the period, by working days from the clock start to the "
                 "response (less suspensions), in the bands of the procedure in force at the "
                 "end of the period; each stage is measured under its own profile. Extended: "
                 "an extension was agreed. Own deadline: the stage's deadline with its "
                 "extension and suspensions. The review panel's steps are shown below its "
                 "total and can overlap. Ongoing is not part of the total. Two shares are "
                 "given: %, of every stage concluded (withdrawn and closed without a response "
                 "included); % of responses, of those responded to only, as many councils "
                 "publish them. The council's own kinds with a response clock follow, each in "
                 "the bands of its clock."));
    return table;
}

Result<ReportTable> averageDaysTable(const Context& context)
{
    ReportTable table(QStringLiteral("average_days"),
                      Text::tr("Average working days to respond, by service area"),
                      Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Service area and team"), ColumnKind::Label);
    const int stages = context.maxStageCount();
    for (int stage = 1; stage <= stages; ++stage) {
        table.addColumn(QStringLiteral("stage%1_responses").arg(stage),
                        Text::tr("Stage %1 responses").arg(stage), ColumnKind::Count);
        table.addColumn(QStringLiteral("stage%1_average").arg(stage),
                        Text::tr("Stage %1 average days").arg(stage), ColumnKind::Days);
        if (context.comparison())
            table.addColumn(
                QStringLiteral("prev_stage%1_average").arg(stage),
                Text::tr("Stage %1 average days, %2").arg(stage).arg(context.comparisonLabel()),
                ColumnKind::Days);
    }
    struct Sum
    {
        qint64 days = 0;
        QList<qint64> ids;
    };
    // by period prefix, stage and unit code
    QHash<QString, QHash<int, QHash<QString, Sum>>> sums;
    QList<std::pair<QString, Period>> periods{{QString(), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_"), *context.comparison()});
    Grouped units; // only for the rows: which units responded
    for (const auto& [prefix, period] : periods) {
        auto measured = concludedComplaintStages(context, period);
        if (!measured)
            return Error{measured.error()};
        for (const auto& [stage, timing] : *measured.value()) {
            if (!timing.responded)
                continue;
            Sum& sum = sums[prefix][stage.stage.number][stage.unitCode];
            sum.days += timing.days;
            sum.ids.append(stage.caseId);
            units.counts[stage.unitCode] += 1;
        }
    }
    addServiceRows(context, table, {&units}, true);
    table.addRow(QStringLiteral("total"), Text::tr("All service areas"), RowRole::Total);

    const QList<ReportRow> rows = table.rows();
    for (const ReportRow& row : rows) {
        const QString code = valueFor(row.key);
        auto belongs = [&](const QString& unit) {
            if (row.isTotal())
                return true;
            if (row.level > 0)
                return unit == (code.endsWith(u"/service") ? code.chopped(8) : code);
            return code.isEmpty() ? unit.isEmpty() : serviceOf(context, unit) == code;
        };
        for (const auto& [prefix, period] : periods) {
            for (int stage = 1; stage <= stages; ++stage) {
                Sum total;
                const QHash<QString, Sum>& byUnit = sums.value(prefix).value(stage);
                for (auto it = byUnit.constBegin(); it != byUnit.constEnd(); ++it)
                    if (belongs(it.key())) {
                        total.days += it.value().days;
                        total.ids << it.value().ids;
                    }
                const QVariant average = ReportTable::average(total.days, total.ids.size());
                table.setCell(row.key, QStringLiteral("%1stage%2_average").arg(prefix).arg(stage),
                              average);
                if (!prefix.isEmpty())
                    continue;
                const QString responses = QStringLiteral("stage%1_responses").arg(stage);
                std::sort(total.ids.begin(), total.ids.end());
                table.setCell(row.key, responses, qint64(total.ids.size()));
                context.trace(row.key, responses, total.ids);
            }
        }
    }
    table.setNote(
        Text::tr("Responses sent in the period at each stage: the mean of the working days from "
                 "each stage's clock start (receipt; statutory stage 2 the agreed statement; "
                 "corporate stages under the Complaint Handling Code the acknowledgement) to its "
                 "response, less suspensions. Totals are means of all responses, not of the "
                 "rows' averages."));
    return table;
}

Result<ReportTable> overdueTable(const Context& context)
{
    ReportTable table(QStringLiteral("overdue"), Text::tr("Overdue at the end of the period"),
                      Basis::Ongoing);
    table.addColumn(QStringLiteral("label"), Text::tr("Case"), ColumnKind::Label);
    table.addColumn(QStringLiteral("kind_stage"), Text::tr("Kind and stage"), ColumnKind::Text);
    table.addColumn(QStringLiteral("team"), Text::tr("Team"), ColumnKind::Text);
    table.addColumn(QStringLiteral("requested"), Text::tr("Received or requested"),
                    ColumnKind::Date);
    table.addColumn(QStringLiteral("due"), Text::tr("Due"), ColumnKind::Date);
    table.addColumn(QStringLiteral("working_days_overdue"), Text::tr("Working days overdue"),
                    ColumnKind::Days);
    table.addColumn(QStringLiteral("cases"), Text::tr("Cases"), ColumnKind::Count);

    struct Late
    {
        StageFacts facts;
        DeadlineStanding standing;
    };
    QList<Late> late;
    const QList<CaseKind> others{CaseKind::Concern, CaseKind::GeneralEnquiry, CaseKind::MpEnquiry,
                                 CaseKind::CouncillorEnquiry, CaseKind::OmbudsmanEnquiry};
    // A list names cases, so a restricted one is listed only for a login it is open to.
    for (const Query& population : {complaintStages(context), casesOfKinds(others)}) {
        auto facts = loadStageFacts(
            context, listable(context, on(population, Basis::Ongoing, context.period())));
        if (!facts)
            return Error{facts.error()};
        for (const StageFacts& stage : facts.value()) {
            auto standing = standingAt(context, stage, context.period().last);
            if (!standing)
                return Error{standing.error()};
            if (standing->isOverdue())
                late.append({stage, standing.value()});
        }
    }
    std::sort(late.begin(), late.end(), [](const Late& a, const Late& b) {
        if (a.standing.workingDaysOverdue() != b.standing.workingDaysOverdue())
            return a.standing.workingDaysOverdue() > b.standing.workingDaysOverdue();
        return a.facts.reference < b.facts.reference;
    });
    QHash<QString, QString> teamNames;
    for (const OrgUnit& unit : context.orgUnits())
        teamNames.insert(unit.code, unit.name);
    QList<qint64> all;
    for (const Late& entry : std::as_const(late)) {
        const QString key = QString::number(entry.facts.caseId);
        table.addRow(key, entry.facts.reference);
        table.setCell(key, u"kind_stage",
                      entry.facts.kind == CaseKind::Complaint
                          ? Text::tr("%1 complaint, stage %2")
                                .arg(procedureLabel(entry.facts.procedure))
                                .arg(entry.facts.stage.number)
                          : caseKindLabel(entry.facts.kind));
        table.setCell(key, u"team", teamNames.value(entry.facts.unitCode.section(u'@', 0, 0)));
        table.setCell(key, u"requested", entry.facts.stage.requestedOn);
        table.setCell(key, u"due", entry.standing.due());
        table.setCell(key, u"working_days_overdue", qint64(entry.standing.workingDaysOverdue()));
        table.setCell(key, u"cases", qint64(1));
        context.trace(key, QStringLiteral("cases"), QList<qint64>{entry.facts.caseId});
        all << entry.facts.caseId;
    }
    std::sort(all.begin(), all.end());
    table.addRow(QStringLiteral("total"), Text::tr("Total overdue"), RowRole::Total);
    table.setCell(u"total", u"cases", qint64(all.size()));
    context.trace(QStringLiteral("total"), QStringLiteral("cases"), all);
    table.setNote(
        Text::tr("Cases still open at the end of the period whose next deadline (the "
                 "acknowledgement, the response or, at a review panel, the next step) was due "
                 "before that day, as things stood then, most overdue first."));
    return table;
}

} // namespace redress::reporting
