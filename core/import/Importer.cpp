#include "Importer.h"

#include "import/ImportVocabulary.h"
#include "spreadsheet/Workbook.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace redress::import {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Importer", text);
}

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
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(tr("%1 cannot be read to the end").arg(path));
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

    auto workbook = spreadsheet::Workbook::open(path);
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
            return fail(tr("%1 has no sheet \"%2\"; its sheets are: %3")
                            .arg(result.fileName, wanted, sheets.join(QStringLiteral(", "))));
    }
    if (sheets.isEmpty())
        return fail(tr("%1 has no sheets").arg(result.fileName));
    result.sheet = sheets.at(sheet);

    QList<spreadsheet::SheetRow> rows;
    bool cancelled = false;
    const Status read =
        workbook.value()->readRows(sheet, [&](const spreadsheet::SheetRow& row, double fraction) {
            rows.append(row);
            if (options.progress && rows.size() % 200 == 0 && !options.progress(fraction * 0.4)) {
                cancelled = true;
                return false;
            }
            return true;
        });
    if (cancelled)
        return fail(tr("The import was cancelled; nothing was written"));
    if (!read)
        return Error{read.error()};

    auto vocabulary = ImportVocabulary::load(m_database);
    if (!vocabulary)
        return Error{vocabulary.error()};
    auto workflow = CaseWorkflow::forDatabase(m_database, m_actor);
    if (!workflow)
        return Error{workflow.error()};

    qsizetype headerIndex = 0;
    if (options.mapping) {
        result.mapping = *options.mapping;
        headerIndex = -1;
        for (qsizetype i = 0; i < rows.size() && headerIndex < 0; ++i)
            if (rows.at(i).number == result.mapping.headerRow)
                headerIndex = i;
        if (headerIndex < 0)
            return fail(tr("Row %1 of %2, where the mapping expects the headings, is empty")
                            .arg(result.mapping.headerRow)
                            .arg(result.fileName));
    } else {
        QList<QVariantList> leading;
        for (qsizetype i = 0; i < rows.size() && i < headerSearchRows; ++i)
            leading.append(rows.at(i).cells);
        headerIndex = ImportMapping::guessHeaderRow(leading) - 1;
        if (headerIndex >= rows.size())
            return fail(tr("%1 has no rows").arg(result.fileName));
        QStringList headings;
        for (const QVariant& value : rows.at(headerIndex).cells)
            headings << cell::text(value);
        QList<QVariantList> sample;
        for (qsizetype i = headerIndex + 1; i < rows.size() && sample.size() < guessSampleRows; ++i)
            sample.append(rows.at(i).cells);
        result.mapping = ImportMapping::guess(headings, sample, vocabulary.value());
        result.mapping.headerRow = int(rows.at(headerIndex).number);
    }

    ImportValidator validator(result.mapping, vocabulary.value(), workflow->rules());
    result.problems =
        validator.setHeadings(rows.at(headerIndex).cells, rows.at(headerIndex).number);
    QSet<QString> references;
    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i) {
        ++result.rows;
        if (auto candidate = validator.check(rows.at(i), result.problems)) {
            if (!candidate->record.reference.isEmpty())
                references.insert(candidate->record.reference);
            result.candidates.append(std::move(*candidate));
        }
        if (options.progress && i % 200 == 0 &&
            !options.progress(0.4 + 0.2 * double(i) / double(rows.size())))
            return fail(tr("The import was cancelled; nothing was written"));
    }
    if (result.rows == 0)
        result.problems.append({0, QString(), QString(), QString(),
                                tr("there are no rows below the headings to import")});

    // A link must name a case in this file or already in Redress. Checked once every row is
    // valid, since a refused row's own reference is not known here and would show as missing.
    for (const ImportCandidate& candidate :
         result.problems.isEmpty() ? result.candidates : QList<ImportCandidate>{}) {
        for (const auto& [kind, reference] : candidate.links) {
            if (references.contains(reference.toUpper()))
                continue;
            auto found = sql::scalar(
                m_database.sql(), QStringLiteral("SELECT COUNT(*) FROM cases WHERE reference = ?"),
                {reference.toUpper()}, 0);
            if (!found)
                return Error{found.error()};
            if (found->toLongLong() == 0)
                result.problems.append({candidate.row, QString(), QStringLiteral("Links"),
                                        QStringLiteral("links"),
                                        tr("the linked case %1 is neither in this file nor in "
                                           "Redress")
                                            .arg(reference)});
        }
    }

    if (!result.problems.isEmpty())
        return result;
    if (options.dryRun) {
        for (const ImportCandidate& candidate : result.candidates) {
            auto existing = existingCase(candidate);
            if (!existing)
                return Error{existing.error()};
            if (existing.value() != 0)
                ++result.skipped;
        }
        result.imported = result.candidates.size() - result.skipped;
        return result;
    }
    if (Status written = write(result, options); !written)
        return Error{written.error()};
    return result;
}

Result<qint64> Importer::existingCase(const ImportCandidate& candidate) const
{
    const Case& c = candidate.record;
    QStringList conditions;
    QVariantList values;
    if (!c.sourceReference.isEmpty()) {
        conditions << QStringLiteral("source_reference = ?");
        values << c.sourceReference;
    }
    if (!c.reference.isEmpty()) {
        conditions << QStringLiteral("reference = ?");
        values << c.reference;
    }
    if (conditions.isEmpty())
        return qint64(0);
    auto id = sql::scalar(m_database.sql(),
                          QStringLiteral("SELECT MIN(id) FROM cases WHERE ") +
                              conditions.join(QStringLiteral(" OR ")),
                          values, 0);
    if (!id)
        return Error{id.error()};
    return id->toLongLong();
}

Status Importer::write(ImportResult& result, const ImportOptions& options)
{
    const QDateTime now = Clock::currentDateTimeUtc();
    return m_database.transaction([&]() -> Status {
        auto batch = sql::insert(
            m_database.sql(),
            QStringLiteral("INSERT INTO import_batch (imported_at, imported_by, file_name, "
                           "checksum, row_count) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {sql::timestamp(now), m_actor, result.fileName, result.checksum, result.rows});
        if (!batch)
            return Error{batch.error()};
        result.batchId = batch.value();
        CaseRepository cases(m_database);
        AuditLog audit(m_database);
        QHash<QString, qint64> people; // complainant key -> person id, within this batch
        QList<const ImportCandidate*> inserted;
        qsizetype done = 0;
        for (ImportCandidate& candidate : result.candidates) {
            auto existing = existingCase(candidate);
            if (!existing)
                return Error{existing.error()};
            if (existing.value() != 0) {
                ++result.skipped;
                continue;
            }
            Case& record = candidate.record;
            record.importBatchId = result.batchId;
            if (!candidate.complainantKey.isEmpty())
                record.complainant.id = people.value(candidate.complainantKey);
            if (Status s = cases.insert(record); !s)
                return fail(tr("Row %1: %2").arg(candidate.row).arg(s.error()));
            if (!candidate.complainantKey.isEmpty() && record.complainant.id != 0)
                people.insert(candidate.complainantKey, record.complainant.id);
            AuditEntry entry;
            entry.atUtc = now;
            entry.actor = m_actor;
            entry.caseId = record.id;
            entry.caseReference = record.reference;
            entry.action = QStringLiteral("import");
            entry.detail = tr("Imported from %1, row %2 (batch %3)")
                               .arg(result.fileName)
                               .arg(candidate.row)
                               .arg(result.batchId);
            entry.after = CaseWorkflow::snapshot(record);
            if (Status s = audit.append(entry); !s)
                return s;
            inserted.append(&candidate);
            ++result.imported;
            if (options.progress && ++done % 50 == 0 &&
                !options.progress(0.6 + 0.4 * double(done) / double(result.candidates.size())))
                return fail(tr("The import was cancelled; nothing was written"));
        }
        // Links last, when every case they join has an id.
        for (const ImportCandidate* candidate : inserted) {
            for (const auto& [kind, reference] : candidate->links) {
                auto other = sql::scalar(m_database.sql(),
                                         QStringLiteral("SELECT id FROM cases WHERE reference = ?"),
                                         {reference.toUpper()});
                if (!other)
                    return Error{other.error()};
                auto linked = sql::exec(
                    m_database.sql(),
                    QStringLiteral(
                        "INSERT INTO case_link (from_case_id, to_case_id, kind) VALUES (?, ?, ?)"),
                    {candidate->record.id, other->toLongLong(), kind});
                if (!linked)
                    return Error{linked.error()};
            }
        }
        AuditEntry summary;
        summary.atUtc = now;
        summary.actor = m_actor;
        summary.action = QStringLiteral("import");
        summary.detail = tr("Imported %1 cases from %2 (SHA-256 %3) as batch %4; %5 already there")
                             .arg(result.imported)
                             .arg(result.fileName, result.checksum)
                             .arg(result.batchId)
                             .arg(result.skipped);
        if (Status s = audit.append(summary); !s)
            return s;
        if (options.progress && !options.progress(1.0))
            return fail(tr("The import was cancelled; nothing was written"));
        result.written = true;
        return {};
    });
}

Result<qint64> Importer::undo(qint64 batchId)
{
    auto batch = sql::exec(
        m_database.sql(),
        QStringLiteral("SELECT file_name, undone_at FROM import_batch WHERE id = ?"), {batchId});
    if (!batch)
        return Error{batch.error()};
    if (!batch->next())
        return fail(tr("There is no import batch %1").arg(batchId));
    const QString fileName = batch->value(0).toString();
    if (!batch->value(1).isNull())
        return fail(tr("Import batch %1 (%2) has already been undone").arg(batchId).arg(fileName));
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
        for (const auto& [id, reference] : removedCases) {
            AuditEntry entry;
            entry.atUtc = now;
            entry.actor = m_actor;
            entry.caseId = id;
            entry.caseReference = reference;
            entry.action = QStringLiteral("undo_import");
            entry.detail = tr("Removed by undoing import batch %1 (%2)").arg(batchId).arg(fileName);
            if (Status s = audit.append(entry); !s)
                return s;
            ++removed;
        }
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
        auto marked = sql::exec(
            m_database.sql(), QStringLiteral("UPDATE import_batch SET undone_at = ? WHERE id = ?"),
            {sql::timestamp(now), batchId});
        if (!marked)
            return Error{marked.error()};
        AuditEntry summary;
        summary.atUtc = now;
        summary.actor = m_actor;
        summary.action = QStringLiteral("undo_import");
        summary.detail = tr("Undid import batch %1 (%2): %3 cases removed")
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
