#include "Importer_p.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace redress::import {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

// A log of one row per stage: once every row is read, its rows are folded into cases, which
// are then checked and written as a row of a log of one row per case would be.
Status Importer::Pass::foldStageRows()
{
    if (!m_stageRows)
        return {};
    QList<ImportProblem> problems;
    const QList<StageRows::Case> cases = m_stageRows->fold(problems);
    m_problems.add(problems);
    for (const StageRows::Case& folded : cases) {
        if (!folded.earlierReference.isEmpty()) {
            // The earlier stage logged in Redress, or brought in by an earlier import: this
            // row's stages are added to that case rather than making another.
            auto existing = caseNamed(folded.earlierReference);
            if (!existing)
                return Error{existing.error()};
            if (existing.value() != 0) {
                // It may be a case of this file, whose stages are still to be written.
                if (Status flushed = flushParts(); !flushed)
                    return flushed;
                if (Status added = addToEarlierCase(folded, existing.value()); !added)
                    return added;
                continue;
            }
            if (folded.folded.firstStage > 2) {
                QList<ImportProblem> alone{earlierCaseProblem(
                    folded, QStringLiteral("linked_reference"),
                    Text::tr("stage %1 of %2 has neither its stage 1 nor its stage 2 in the log "
                             "or in Redress; give the row of its stage 2")
                        .arg(folded.folded.firstStage)
                        .arg(folded.earlierReference))};
                m_problems.add(alone);
                continue;
            }
        }
        if (Status checked = checkRow(folded.row, &folded.folded); !checked)
            return checked;
    }
    return {};
}

// The case a log names: by its Redress reference, else by the log's own reference an earlier
// import kept; 0 when there is none.
Result<qint64> Importer::Pass::caseNamed(const QString& reference) const
{
    const QString wanted = reference.trimmed().toUpper();
    auto id = m_importer.m_database.statements().scalar(
        QStringLiteral("SELECT COALESCE((SELECT MIN(id) FROM cases WHERE reference = ?), "
                       "(SELECT MIN(id) FROM cases WHERE UPPER(source_reference) = ?), 0)"),
        {wanted, wanted}, 0);
    if (!id)
        return Error{id.error()};
    return id->toLongLong();
}

// Values the mapping leaves empty on purpose are not problems, but the summary says how many.
void Importer::Pass::noteIgnoredValues()
{
    const QMap<QString, qint64>& ignored = m_validator->ignoredValues();
    for (auto it = ignored.begin(); it != ignored.end(); ++it)
        m_result.leftEmpty << Text::tr("Left empty, as the mapping says: %1 (%n cell(s))", nullptr,
                                       int(it.value()))
                                  .arg(it.key());
}

} // namespace redress::import
