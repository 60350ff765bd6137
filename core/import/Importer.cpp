#include "Importer.h"

#include "Importer_p.h"
#include "import/ImportAddedStages.h"
#include "import/ImportVocabulary.h"
#include "import/MissingValues.h"
#include "spreadsheet/Workbook.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "workflow/CaseWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <optional>
#include <utility>

namespace redress::import {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

constexpr int guessSampleRows = 500;
constexpr int headerSearchRows = 10;

} // namespace

Importer::Importer(Database& database, QString actor)
    : m_database(database), m_actor(std::move(actor))
{}

Result<QString> Importer::checksum(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Text::tr("%1 cannot be read to the end").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

Result<ImportResult> Importer::run(const QString& path, const ImportOptions& options)
{
    ImportResult result;
    result.fileName = QFileInfo(path).fileName();
    auto sum = checksum(path);
    if (!sum)
        return Error{sum.error()};
    result.checksum = sum.value();

    auto workbook = spreadsheet::Workbook::open(
        path, {}, options.mapping ? options.mapping->encoding : QString());
    if (!workbook)
        return Error{workbook.error()};
    const QStringList sheets = workbook.value()->sheetNames();
    QString wanted = options.sheet;
    if (wanted.isEmpty() && options.mapping)
        wanted = options.mapping->sheet;
    int sheet = 0;
    if (!wanted.isEmpty()) {
        sheet = int(sheets.indexOf(wanted));
        // A mapping saved from last year's workbook still fits this year's CSV, whose one
        // sheet is named after the file; a sheet asked for by name must be there.
        if (sheet < 0 && options.sheet.isEmpty() && sheets.size() == 1)
            sheet = 0;
        if (sheet < 0)
            return fail(Text::tr("%1 has no sheet \"%2\"; its sheets are: %3")
                            .arg(result.fileName, wanted, sheets.join(QStringLiteral(", "))));
    }
    if (sheets.isEmpty())
        return fail(Text::tr("%1 has no sheets").arg(result.fileName));
    result.sheet = sheets.at(sheet);
    result.notes = workbook.value()->notes();

    auto vocabulary = ImportVocabulary::load(m_database);
    if (!vocabulary)
        return Error{vocabulary.error()};
    auto workflow = CaseWorkflow::forDatabase(m_database, m_actor);
    if (!workflow)
        return Error{workflow.error()};

    // The sheet is read once, row by row: each row is checked as it arrives and, while no row
    // has had a problem, written at once inside the one transaction. Only the first rows (to
    // find the headings and guess the mapping) and what later rows are checked against (the
    // references seen, the links to join at the end) are kept. A problem anywhere stops the
    // writing but not the checking, so every problem is reported; the transaction is then
    // rolled back and nothing is written.
    if (options.dryRun)
        return Pass(*this, result, options, vocabulary.value(), workflow->rules())
            .read(*workbook.value(), sheet);
    // SQLite, for this import only: each row's statements fire triggers (the search index),
    // so SQLite keeps a statement journal of the pages each changes, in a temporary file
    // unless told to keep it in memory (on disk it was most of an import's time); and a page
    // cache larger than the default 2 MB, since the rows write all over the indexes.
    QList<std::pair<QString, QVariant>> pragmas;
    if (m_database.isSqlite()) {
        for (const auto& [pragma, value] :
             {std::pair{QStringLiteral("temp_store"), QStringLiteral("MEMORY")},
              std::pair{QStringLiteral("cache_size"), QStringLiteral("-65536")}}) {
            auto current = sql::scalar(m_database.sql(), QStringLiteral("PRAGMA %1").arg(pragma));
            if (!current)
                continue;
            pragmas.append({pragma, current.value()});
            (void)sql::exec(m_database.sql(), QStringLiteral("PRAGMA %1 = %2").arg(pragma, value));
        }
    }
    const auto restorePragmas = qScopeGuard([&] {
        for (const auto& [pragma, value] : std::as_const(pragmas))
            (void)sql::exec(m_database.sql(),
                            QStringLiteral("PRAGMA %1 = %2").arg(pragma, value.toString()));
    });
    Result<ImportResult> outcome = Error{QString()};
    const ImportResult unread = result;
    const Status done = m_database.transaction([&]() -> Status {
        // PostgreSQL may pick the import to fail in a deadlock, and the transaction is then run
        // once more: from the first row again, with nothing of the first attempt kept.
        result = unread;
        Pass pass(*this, result, options, vocabulary.value(), workflow->rules());
        outcome = pass.read(*workbook.value(), sheet);
        if (!outcome)
            return Error{outcome.error()};
        if (!result.written)
            return fail(QStringLiteral("refused")); // roll back whatever was written
        return {};
    });
    if (!outcome) // the work never ran when the transaction could not begin
        return outcome.error().isEmpty() ? Error{done.error()} : outcome;
    if (!result.written)
        return result;
    if (!done)
        return Error{done.error()};
    return result;
}

Result<qint64> Importer::existingCase(const ImportCandidate& candidate,
                                      const QString& fileName) const
{
    // A row is already there when a case was imported from a log of the same name with the
    // same reference of its own. A Redress reference alone says nothing: another database's
    // export, or a log whose numbers look like Redress's, names unrelated cases here.
    if (candidate.matchKey.isEmpty())
        return qint64(0);
    // A row renumbered on import (its Redress reference was taken here) keeps the file's
    // reference as its source reference; a number given here never matches a row.
    const bool ownReference = !candidate.record.sourceReference.isEmpty();
    auto id = m_database.statements().scalar(
        QStringLiteral("SELECT MIN(c.id) FROM cases c JOIN import_batch b "
                       "ON b.id = c.import_batch_id WHERE b.file_name = ? AND ") +
            (ownReference ? QStringLiteral("c.source_reference = ?")
                          : QStringLiteral("(c.source_reference = ? OR (c.reference = ? "
                                           "AND c.source_reference = ''))")),
        ownReference ? QVariantList{fileName, candidate.matchKey}
                     : QVariantList{fileName, candidate.matchKey, candidate.matchKey},
        0);
    if (!id)
        return Error{id.error()};
    return id->toLongLong();
}

Importer::Pass::Pass(Importer& importer, ImportResult& result, const ImportOptions& options,
                     ImportVocabulary vocabulary, CaseWorkflow::Rules rules)
    : m_importer(importer), m_result(result), m_options(options),
      m_vocabulary(std::move(vocabulary)), m_rules(std::move(rules)),
      m_now(Clock::currentDateTimeUtc()),
      m_problems(result.problems, result.problemGroups, result.problemCount, options.eachProblem)
{}

Result<ImportResult> Importer::Pass::read(const spreadsheet::Workbook& workbook, int sheet)
{
    const auto cancelled = [] {
        return fail(Text::tr("The import was cancelled; nothing was written"));
    };
    Status failure;
    bool stopped = false;
    const Status read =
        workbook.readRows(sheet, [&](const spreadsheet::SheetRow& row, double fraction) {
            failure = take(row);
            if (!failure) {
                stopped = true;
                return false;
            }
            if (m_options.progress && ++m_read % 200 == 0 && !m_options.progress(0.95 * fraction)) {
                failure = cancelled();
                stopped = true;
                return false;
            }
            return true;
        });
    if (stopped)
        return Error{failure.error()};
    if (!read)
        return Error{read.error()};
    if (!m_validator) {
        // Fewer rows than it takes to guess the mapping (or, with a mapping, no heading row).
        if (Status started = start(); !started)
            return Error{started.error()};
    }
    if (Status folded = foldStageRows(); !folded)
        return Error{folded.error()};
    noteIgnoredValues();
    if (m_result.rows == 0) {
        QList<ImportProblem> none{
            sheetProblem(0, QString(), Text::tr("there are no rows below the headings to import"))};
        m_problems.add(none);
    }
    if (Status linked = checkLinks(); !linked)
        return Error{linked.error()};
    m_problems.finish();
    m_result.problemsListed = m_problems.listedCount();

    if (!m_result.problems.isEmpty()) {
        m_result.imported = m_result.skipped = 0;
        m_result.batchId = 0;
        return m_result;
    }
    if (m_options.dryRun) {
        m_result.imported = m_cases - m_result.skipped;
        return m_result;
    }
    if (Status finished = finishWriting(); !finished)
        return Error{finished.error()};
    if (m_options.progress && !m_options.progress(1.0))
        return cancelled();
    m_result.written = true;
    return m_result;
}

Status Importer::Pass::take(const spreadsheet::SheetRow& row)
{
    if (m_validator)
        return check(row);
    m_leading.append(row);
    const ImportOptions& options = m_options;
    if (options.mapping) {
        // Rows above the headings are not data; the heading row itself starts the checking.
        if (row.number < options.mapping->headerRow)
            return {};
        return start();
    }
    if (m_leading.size() < headerSearchRows + guessSampleRows)
        return {};
    return start();
}

// Finds the headings among the rows read so far, settles the mapping, and checks the rows
// below the headings that were kept for guessing it.
Status Importer::Pass::start()
{
    ImportResult& result = m_result;
    const QList<spreadsheet::SheetRow> rows = std::exchange(m_leading, {});
    qsizetype headerIndex = 0;
    if (m_options.mapping) {
        result.mapping = *m_options.mapping;
        headerIndex = -1;
        for (qsizetype i = 0; i < rows.size() && headerIndex < 0; ++i)
            if (rows.at(i).number == result.mapping.headerRow)
                headerIndex = i;
        if (headerIndex < 0)
            return fail(Text::tr("Row %1 of %2, where the mapping expects the headings, is empty")
                            .arg(result.mapping.headerRow)
                            .arg(result.fileName));
    } else {
        QList<QVariantList> leading;
        for (qsizetype i = 0; i < rows.size() && i < headerSearchRows; ++i)
            leading.append(rows.at(i).cells);
        headerIndex = ImportMapping::guessHeaderRow(leading) - 1;
        if (headerIndex >= rows.size())
            return fail(Text::tr("%1 has no rows").arg(result.fileName));
        QStringList headings;
        for (const QVariant& value : rows.at(headerIndex).cells)
            headings << cell::text(value);
        QList<QVariantList> sample;
        for (qsizetype i = headerIndex + 1; i < rows.size() && sample.size() < guessSampleRows; ++i)
            sample.append(rows.at(i).cells);
        result.mapping = ImportMapping::guess(headings, sample, m_vocabulary);
        result.mapping.headerRow = int(rows.at(headerIndex).number);
    }
    m_validator.emplace(result.mapping, m_vocabulary, m_rules);
    if (result.mapping.stageRows())
        m_stageRows.emplace(*m_validator);
    if (m_options.addMissing) {
        m_missing.emplace(m_importer.m_database, m_importer.m_actor);
        m_validator->setAddMissing([this](const ImportField& field, const QString& value) {
            // Written only while the import is writing: a refused one rolls it all back.
            const bool write =
                !m_options.dryRun && m_result.batchId != 0 && m_result.problems.isEmpty();
            auto code = m_missing->add(m_validator->vocabulary(), field, value, write);
            m_result.added = m_missing->added();
            return code;
        });
    }
    QList<ImportProblem> headingProblems =
        m_validator->setHeadings(rows.at(headerIndex).cells, rows.at(headerIndex).number);
    m_problems.add(headingProblems);
    if (!m_options.dryRun && result.problems.isEmpty()) {
        if (Status begun = beginWriting(); !begun)
            return begun;
    }
    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i)
        if (Status checked = check(rows.at(i)); !checked)
            return checked;
    return {};
}

Status Importer::Pass::check(const spreadsheet::SheetRow& row)
{
    ++m_result.rows;
    if (m_stageRows) {
        m_stageRows->add(row);
        return {};
    }
    return checkRow(row, nullptr);
}

// Checks the case a row (with what it takes from the other rows of its case) becomes and,
// while no row has had a problem, writes it.
Status Importer::Pass::checkRow(const spreadsheet::SheetRow& row, const FoldedRow* folded)
{
    ++m_cases;
    QList<ImportProblem> rowProblems;
    std::optional<ImportCandidate> candidate = m_validator->check(row, rowProblems, folded);
    m_problems.add(rowProblems);
    if (!candidate)
        return {};
    if (!candidate->record.reference.isEmpty())
        m_references.insert(candidate->record.reference);
    const QString sourceReference = candidate->record.sourceReference.trimmed().toUpper();
    qint64 caseId = 0;
    if (m_result.problems.isEmpty()) {
        if (m_options.dryRun) {
            auto existing = m_importer.existingCase(*candidate, m_result.fileName);
            if (!existing)
                return Error{existing.error()};
            if (existing.value() != 0)
                ++m_result.skipped;
        } else if (m_result.batchId != 0) {
            auto written = write(*candidate);
            if (!written)
                return Error{written.error()};
            caseId = written.value();
        }
    }
    for (const auto& [kind, reference] : candidate->links)
        m_links.append({candidate->row, caseId, kind, reference});
    for (const auto& [kind, reference] : candidate->sourceLinks)
        m_links.append({candidate->row, caseId, kind, reference, true});
    if (caseId != 0 && !sourceReference.isEmpty())
        m_writtenBySource.insert(sourceReference, caseId);
    if (m_result.candidates.size() < m_options.keepRows)
        m_result.candidates.append(std::move(*candidate));
    return {};
}

// A link must name a case in this file or already in Redress. Checked once every row is
// valid, since a refused row's own reference is not known here and would show as missing.
Status Importer::Pass::checkLinks()
{
    if (!m_result.problems.isEmpty())
        return {};
    QSet<QString> found;
    for (const Link& link : std::as_const(m_links)) {
        const QString reference = link.reference.toUpper();
        if (link.bySource)
            continue; // joined when the case is there, and else left out (StageRows)
        if (m_references.contains(reference) || found.contains(reference))
            continue;
        auto count = m_importer.m_database.statements().scalar(
            QStringLiteral("SELECT COUNT(*) FROM cases WHERE reference = ?"), {reference}, 0);
        if (!count)
            return Error{count.error()};
        if (count->toLongLong() == 0) {
            ImportProblem problem =
                sheetProblem(link.row, QStringLiteral("links"),
                             Text::tr("the linked case %1 is neither in this file nor in Redress")
                                 .arg(link.reference));
            problem.heading = QStringLiteral("Links");
            QList<ImportProblem> missing{problem};
            m_problems.add(missing);
        } else
            found.insert(reference);
    }
    return {};
}

Result<qint64> Importer::undo(qint64 batchId)
{
    auto batch = sql::exec(
        m_database.sql(),
        QStringLiteral("SELECT file_name, undone_at FROM import_batch WHERE id = ?"), {batchId});
    if (!batch)
        return Error{batch.error()};
    if (!batch->next())
        return fail(Text::tr("There is no import batch %1").arg(batchId));
    const QString fileName = batch->value(0).toString();
    if (!batch->value(1).isNull())
        return fail(
            Text::tr("Import batch %1 (%2) has already been undone").arg(batchId).arg(fileName));
    auto workflow = CaseWorkflow::forDatabase(m_database, m_actor);
    if (!workflow)
        return Error{workflow.error()};
    const CaseWorkflow::Rules rules = workflow->rules();
    qint64 removed = 0;
    Status done = m_database.transaction([&]() -> Status {
        const QDateTime now = Clock::currentDateTimeUtc();
        auto cases = sql::exec(
            m_database.sql(),
            QStringLiteral("SELECT id, reference FROM cases WHERE import_batch_id = ? ORDER BY id"),
            {batchId});
        if (!cases)
            return Error{cases.error()};
        // Read them all first: PostgreSQL loses a result still being read when another
        // statement runs on the connection.
        QList<std::pair<qint64, QString>> removedCases;
        while (cases->next())
            removedCases.append({cases->value(0).toLongLong(), cases->value(1).toString()});
        AuditLog audit(m_database);
        if (Status locked = audit.lockChain(); !locked)
            return locked;
        auto stages = ImportAddedStages(m_database, m_actor).undo(batchId, fileName, rules);
        if (!stages)
            return Error{stages.error()};
        // The people and children only these cases referred to go with them.
        auto ids = [&](const QString& statement) -> Result<QList<qint64>> {
            auto query = sql::exec(m_database.sql(), statement, {batchId});
            if (!query)
                return Error{query.error()};
            QList<qint64> result;
            while (query->next())
                result.append(query->value(0).toLongLong());
            return result;
        };
        auto people = ids(QStringLiteral("SELECT DISTINCT complainant_id FROM cases WHERE "
                                         "import_batch_id = ? AND complainant_id IS NOT NULL"));
        if (!people)
            return Error{people.error()};
        auto children = ids(QStringLiteral("SELECT DISTINCT cc.child_id FROM case_child cc JOIN "
                                           "cases c ON c.id = cc.case_id WHERE c.import_batch_id "
                                           "= ?"));
        if (!children)
            return Error{children.error()};
        if (auto deleted =
                sql::exec(m_database.sql(),
                          QStringLiteral("DELETE FROM cases WHERE import_batch_id = ?"), {batchId});
            !deleted)
            return Error{deleted.error()};
        for (qint64 person : people.value())
            if (auto d = sql::exec(m_database.sql(),
                                   QStringLiteral("DELETE FROM person WHERE id = ? AND NOT EXISTS "
                                                  "(SELECT 1 FROM cases WHERE complainant_id = ?)"),
                                   {person, person});
                !d)
                return Error{d.error()};
        for (qint64 child : children.value())
            if (auto d = sql::exec(m_database.sql(),
                                   QStringLiteral("DELETE FROM child WHERE id = ? AND NOT EXISTS "
                                                  "(SELECT 1 FROM case_child WHERE child_id = ?)"),
                                   {child, child});
                !d)
                return Error{d.error()};
        // The names the import brought into the trail (its cases' snapshots) go with them; the
        // entries saying they were removed are written after, so they keep their text.
        QList<qint64> removedIds;
        for (const auto& removedCase : std::as_const(removedCases))
            removedIds.append(removedCase.first);
        if (auto redacted = audit.redactCases(
                removedIds, m_actor,
                Text::tr("Personal data removed from the audit trail of import batch %1")
                    .arg(batchId));
            !redacted)
            return Error{redacted.error()};
        for (const auto& [id, reference] : removedCases) {
            AuditEntry entry;
            entry.atUtc = now;
            entry.actor = m_actor;
            entry.caseId = id;
            entry.caseReference = reference;
            entry.action = QStringLiteral("undo_import");
            entry.detail =
                Text::tr("Removed by undoing import batch %1 (%2)").arg(batchId).arg(fileName);
            if (Status s = audit.append(entry); !s)
                return s;
            ++removed;
        }
        auto marked = sql::exec(
            m_database.sql(), QStringLiteral("UPDATE import_batch SET undone_at = ? WHERE id = ?"),
            {sql::timestamp(now), batchId});
        if (!marked)
            return Error{marked.error()};
        AuditEntry summary;
        summary.atUtc = now;
        summary.actor = m_actor;
        summary.action = QStringLiteral("undo_import");
        summary.detail = Text::tr("Undid import batch %1 (%2): %3 cases removed")
                             .arg(batchId)
                             .arg(fileName)
                             .arg(removed);
        return audit.append(summary);
    });
    if (!done)
        return Error{done.error()};
    return removed;
}

} // namespace redress::import
