#include "Importer_p.h"
#include "import/CellValue.h"
#include "import/ImportAddedStages.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress::import {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

// A problem with how a row's stages follow the case it names, at the column that names it.
ImportProblem Importer::Pass::earlierCaseProblem(const StageRows::Case& folded,
                                                 const QString& field, const QString& message) const
{
    ImportProblem problem = sheetProblem(folded.row.number, field, message);
    const ImportCondition* condition = m_validator->conditionFor(folded.row);
    QStringList fields{field};
    if (field == u"linked_reference")
        fields << QStringLiteral("source_reference") << QStringLiteral("reference");
    for (const QString& code : std::as_const(fields)) {
        const int column = m_validator->columnOf(code, condition);
        if (column < 0 || cell::isEmpty(folded.row.cells.value(column)))
            continue;
        problem.field = code;
        problem.column = columnLetter(column);
        problem.heading = m_validator->mapping().columns.value(code);
        if (condition && condition->columns.contains(code))
            problem.heading = condition->columns.value(code);
        break;
    }
    return problem;
}

// A later stage (or stages) of a complaint whose earlier stage is a case in Redress: checked
// as the case's next stage would be by hand (it follows the stage before it, answered, and
// the case has not gone past it), and added to it once every new case is written.
Status Importer::Pass::addToEarlierCase(const StageRows::Case& folded, qint64 caseId)
{
    QList<ImportProblem> rowProblems;
    std::optional<ImportCandidate> candidate =
        m_validator->check(folded.row, rowProblems, &folded.folded);
    m_problems.add(rowProblems);
    if (!candidate)
        return {};
    auto loaded = CaseRepository(m_importer.m_database, m_importer.m_actor).load(caseId);
    if (!loaded)
        return Error{loaded.error()};
    const Case& existing = loaded.value();
    QList<Stage> added;
    for (const Stage& stage : std::as_const(candidate->record.stages))
        if (!stage.beforeLog && stage.number > 1)
            added.append(stage);
    if (added.isEmpty())
        return {};
    const int first = added.first().number;
    QList<ImportProblem> problems;
    auto refuse = [&](const QString& field, const QString& message) {
        problems.append(earlierCaseProblem(folded, field, message));
    };
    const Stage* previous = existing.stage(first - 1);
    const QString link = QStringLiteral("linked_reference");
    if (existing.kind != CaseKind::Complaint) {
        refuse(link, Text::tr("%1, which this row follows, is not a complaint (%2): only a "
                              "complaint has a stage %3")
                         .arg(existing.reference, caseKindLabel(existing.kind).toLower())
                         .arg(first));
    } else if (existing.stage(first)) {
        auto again = ImportAddedStages(m_importer.m_database, m_importer.m_actor)
                         .addedBy(caseId, first, m_result.fileName);
        if (!again)
            return Error{again.error()};
        if (again.value()) { // this file was imported before: the stage is there already
            ++m_cases;
            ++m_result.skipped;
            return {};
        }
        const bool ended =
            existing.state == CaseState::Closed || existing.state == CaseState::Withdrawn;
        if (existing.currentStageNumber() > first && ended)
            refuse(link, Text::tr("%1 was closed at stage %2 on %3, past the stage %4 of this row")
                             .arg(existing.reference)
                             .arg(existing.currentStageNumber())
                             .arg(ukDate(existing.closedOn))
                             .arg(first));
        else if (existing.currentStageNumber() > first)
            refuse(link, Text::tr("%1 is at stage %2 already, past the stage %3 of this row")
                             .arg(existing.reference)
                             .arg(existing.currentStageNumber())
                             .arg(first));
        else
            refuse(link, Text::tr("%1 has its stage %2 already (asked for on %3)")
                             .arg(existing.reference)
                             .arg(first)
                             .arg(ukDate(existing.stage(first)->requestedOn)));
    } else if (!previous) {
        refuse(link, Text::tr("%1 has no stage %2 for this row's stage %3 to follow")
                         .arg(existing.reference)
                         .arg(first - 1)
                         .arg(first));
    } else if (!previous->respondedOn.isValid()) {
        refuse(link, Text::tr("stage %1 of %2 has no response in Redress yet: record it there, "
                              "then import this row")
                         .arg(first - 1)
                         .arg(existing.reference));
    } else if (added.first().requestedOn < previous->respondedOn) {
        refuse(QStringLiteral("received_on"),
               Text::tr("stage %1 was asked for on %2, before the stage %3 response of %4 on %5")
                   .arg(first)
                   .arg(ukDate(added.first().requestedOn))
                   .arg(first - 1)
                   .arg(existing.reference, ukDate(previous->respondedOn)));
    }
    Case after = existing;
    if (problems.isEmpty()) {
        // The stages run under the case's own procedure, as it was on the day each was asked for.
        for (Stage& stage : added) {
            auto profile =
                m_rules.procedures().profileFor(previous->profileCode, stage.requestedOn);
            if (!profile || !profile->stage(stage.number)) {
                refuse(link, Text::tr("the procedure of %1 has no stage %2")
                                 .arg(existing.reference)
                                 .arg(stage.number));
                break;
            }
            stage.profileCode = profile->code;
            stage.profileEffectiveFrom = profile->effectiveFrom;
            after.stages.append(stage);
        }
    }
    m_problems.add(problems);
    if (!problems.isEmpty())
        return {};
    after.state = candidate->record.state;
    after.closedOn = candidate->record.closedOn;
    after = m_rules.withDeadlines(after, Clock::today());
    m_result.stagesAdded << (added.size() == 1 ? Text::tr("stage %1 of %2 (row %3)")
                                                     .arg(first)
                                                     .arg(existing.reference)
                                                     .arg(folded.row.number)
                                               : Text::tr("stages %1 to %2 of %3 (row %4)")
                                                     .arg(first)
                                                     .arg(added.last().number)
                                                     .arg(existing.reference)
                                                     .arg(folded.row.number));
    m_earlierCases.append({folded.row.number, existing, after});
    return {};
}

// Each case's new stages with its audit entry, and the note undoing the import reads.
Status Importer::Pass::writeEarlierStages()
{
    ImportAddedStages noted(m_importer.m_database, m_importer.m_actor);
    for (EarlierCase& earlier : m_earlierCases) {
        const QString detail = Text::tr("Stage %1 added from %2, row %3 (batch %4)")
                                   .arg(earlier.before.currentStageNumber() + 1)
                                   .arg(m_result.fileName)
                                   .arg(earlier.row)
                                   .arg(m_result.batchId);
        if (Status s =
                m_writer->update(earlier.before, earlier.after, QStringLiteral("import"), detail);
            !s)
            return fail(Text::tr("Row %1: %2").arg(earlier.row).arg(s.error()));
        if (Status s = noted.record(m_result.batchId, earlier.before, earlier.after, earlier.row);
            !s)
            return s;
    }
    return {};
}

} // namespace redress::import
