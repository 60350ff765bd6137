// Acknowledgements on time: the regulations ask for statutory complaints to be acknowledged
// within 2 working days, the Ombudsman's Complaint Handling Code for corporate ones within 5.
// Each stage is measured against its own profile version, as every deadline is.
#include "ReportEngine_p.h"
#include "StageFactsPopulation.h"
#include "StageTimings.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

// Row keys within a stage's section, in order.
const QString withinRow = QStringLiteral("within");
const QString lateRow = QStringLiteral("late");
const QString notAcknowledgedRow = QStringLiteral("not_acknowledged");

QString sectionKey(Procedure procedure, int stage)
{
    return QStringLiteral("%1_stage%2:").arg(procedureCode(procedure)).arg(stage);
}

// Ids per row key and column, gathered while measuring.
using Tally = QHash<QString, QHash<QString, QList<qint64>>>;

Status tallyPeriod(const Context& context, const Period& period, const QString& column,
                   Tally& tally)
{
    auto facts = StageFactsPopulation::on(context, Basis::Received, period);
    if (!facts)
        return Error{facts.error()};
    for (const StageFacts& stage : facts.value()) {
        auto due = acknowledgementDueOf(context, stage);
        if (!due)
            return Error{due.error()};
        const QDate acknowledged = stage.stage.acknowledgedOn;
        QString row = notAcknowledgedRow;
        if (acknowledged.isValid())
            row = !due->isValid() || acknowledged <= *due ? withinRow : lateRow;
        tally[sectionKey(stage.procedure, stage.stage.number) + row][column].append(stage.caseId);
    }
    return {};
}

} // namespace

Result<ReportTable> acknowledgementTable(const Context& context)
{
    ReportTable table(QStringLiteral("acknowledgement"),
                      Text::tr("Complaints acknowledged within timescale"), Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Stage and acknowledgement"),
                    ColumnKind::Label);
    addCountColumns(context, table);

    Tally tally;
    QList<std::pair<QString, Period>> periods{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_count"), *context.comparison()});
    for (const auto& [column, period] : periods)
        if (Status s = tallyPeriod(context, period, column, tally); !s)
            return Error{s.error()};

    for (Procedure procedure : context.complaintProcedures()) {
        const std::optional<ProcedureProfile> profile = context.currentProfile(procedure);
        for (int stage = 1; stage <= context.stageCount(procedure); ++stage) {
            const StageRule* rule = profile ? profile->stage(stage) : nullptr;
            if (!rule || rule->acknowledgementDays == 0)
                continue;
            const QString key = sectionKey(procedure, stage);
            const QString name = Text::tr("%1 stage %2").arg(procedureLabel(procedure)).arg(stage);
            table.addRow(key + withinRow, Text::tr("%1: acknowledged within %n working day(s)",
                                                   nullptr, rule->acknowledgementDays)
                                              .arg(name));
            table.addRow(key + lateRow, Text::tr("%1: acknowledged later").arg(name));
            table.addRow(key + notAcknowledgedRow, Text::tr("%1: not acknowledged").arg(name));
            table.addRow(key + u"total"_s, Text::tr("%1: received").arg(name), RowRole::Total);
            for (const auto& [column, period] : periods) {
                qint64 total = 0;
                for (const QString& row : {withinRow, lateRow, notAcknowledgedRow}) {
                    const QList<qint64> ids = tally.value(key + row).value(column);
                    table.setCell(QString(key + row), column, qint64(ids.size()));
                    context.trace(key + row, column, ids);
                    total += ids.size();
                }
                table.setCell(QString(key + u"total"_s), column, total);
                context.trace(
                    key + u"total"_s, column,
                    on(complaintStages(context, stage, procedure), Basis::Received, period));
            }
            table.newSection();
        }
    }
    finishCountColumns(context, table);
    table.setNote(Text::tr(
        "Complaint stages received in the period, by whether they were acknowledged within the "
        "working days their procedure allows (the regulations give statutory complaints 2; the "
        "Complaint Handling Code gives corporate ones 5), later, or not at all by the day the "
        "report was produced. Each stage is measured under the procedure in force when it "
        "began; the labels give the procedure in force at the end of the period. % is a share "
        "of those received."));
    return table;
}

} // namespace redress::reporting
