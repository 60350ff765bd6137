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
            // A stage 1 imported from an earlier log is a case already: this would be another.
            auto existing = caseWithSourceReference(folded.earlierReference.trimmed().toUpper());
            if (!existing)
                return Error{existing.error()};
            if (existing.value() != 0) {
                QList<ImportProblem> taken{sheetProblem(
                    folded.row.number, QStringLiteral("linked_reference"),
                    Text::tr("stage 1 of this complaint (%1) is already in Redress, from an "
                             "earlier import: record this stage on that case in Redress, or "
                             "import both stages from one log")
                        .arg(folded.earlierReference))};
                m_problems.add(taken);
                continue;
            }
        }
        if (Status checked = checkRow(folded.row, &folded.folded); !checked)
            return checked;
    }
    return {};
}

// The case with this reference of its own from a log (upper case), or 0.
Result<qint64> Importer::Pass::caseWithSourceReference(const QString& reference) const
{
    auto id = m_importer.m_database.statements().scalar(
        QStringLiteral("SELECT MIN(id) FROM cases WHERE UPPER(source_reference) = ?"), {reference},
        0);
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
