#include "CaseExporter.h"

#include "export/CaseBatchReader.h"
#include "export/CaseCells.h"
#include "export/CasePipeline.h"
#include "export/CsvRowWriter.h"
#include "export/XlsxWriter.h"
#include "storage/Database.h"
#include "util/SafeOutput.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>

namespace redress::exporting {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseExporter)
};

} // namespace

QStringList CaseExporter::headings()
{
    QStringList result;
    for (const import::ImportField& field : import::importFields())
        result << field.header;
    return result;
}

QVariant CaseExporter::value(const import::ImportField& field, const Case& c,
                             const import::ImportVocabulary& vocabulary)
{
    ExportRow row;
    CaseCells::addCell(field, c, vocabulary, row);
    return row.variant(0);
}

Status CaseExporter::forEachRow(QDate from, QDate to,
                                const std::function<void(const QVariantList&)>& onRow,
                                const std::function<bool(double)>& progress)
{
    return forEachExportRow(
        from, to,
        [&](const ExportRow& row) -> Status {
            onRow(row.variants());
            return {};
        },
        progress);
}

Status CaseExporter::forEachExportRow(QDate from, QDate to,
                                      const std::function<Status(const ExportRow&)>& onRow,
                                      const std::function<bool(double)>& progress)
{
    auto vocabulary = import::ImportVocabulary::load(m_database);
    if (!vocabulary)
        return Error{vocabulary.error()};
    ExportRow row;
    CaseCells::addHeadings(row);
    if (Status s = onRow(row); !s)
        return s;
    const CaseCells cells(vocabulary.value());
    return forEachBatch(
        from, to,
        [&](QList<Case>&& batch) -> Status {
            for (const Case& record : batch) {
                cells.fill(record, row);
                if (Status s = onRow(row); !s)
                    return s;
            }
            return {};
        },
        progress);
}

Status CaseExporter::forEachBatch(QDate from, QDate to,
                                  const std::function<Status(QList<Case>&&)>& onBatch,
                                  const std::function<bool(double)>& progress)
{
    // A batch of cases at a time, each written as it is read: a million cases never sit in
    // memory, and a batch costs a query per collection rather than a dozen per case.
    CaseBatchReader reader(m_database, from, to, m_viewer);
    auto total = reader.count();
    if (!total)
        return Error{total.error()};
    qint64 done = 0;
    for (;;) {
        auto batch = reader.next();
        if (!batch)
            return Error{batch.error()};
        const qsizetype size = batch->size();
        if (size == 0)
            break;
        if (Status s = onBatch(std::move(batch.value())); !s)
            return s;
        done += size;
        if (progress && !progress(double(done) / double(std::max<qint64>(total.value(), 1))))
            return fail(Text::tr("The export was cancelled; no file was written"));
    }
    return {};
}

Status CaseExporter::writeRows(QDate from, QDate to,
                               const std::function<Status(const ExportRow&)>& write,
                               const std::function<bool(double)>& progress)
{
    auto vocabulary = import::ImportVocabulary::load(m_database);
    if (!vocabulary)
        return Error{vocabulary.error()};
    ExportRow heading;
    CaseCells::addHeadings(heading);
    if (Status s = write(heading); !s)
        return s;
    // The writing thread makes each case's cells as well as writing them, which balances the
    // two threads: reading a case costs about what making and writing its row does.
    const CaseCells cells(vocabulary.value());
    ExportRow row;
    CasePipeline pipeline([&](const QList<Case>& batch) -> Status {
        for (const Case& record : batch) {
            cells.fill(record, row);
            if (Status s = write(row); !s)
                return s;
        }
        return {};
    });
    const Status read = forEachBatch(
        from, to,
        [&](QList<Case>&& batch) -> Status {
            return pipeline.add(std::move(batch)) ? Status() : pipeline.finish();
        },
        progress);
    if (!read) {
        // A failed write is the first thing that went wrong, and the reason to report.
        const Status written = pipeline.abandon();
        return written ? read : written;
    }
    return pipeline.finish();
}

Result<QList<QVariantList>> CaseExporter::rows(QDate from, QDate to,
                                               const std::function<bool(double)>& progress)
{
    QList<QVariantList> result;
    const Status read = forEachRow(
        from, to, [&](const QVariantList& row) { result.append(row); }, progress);
    if (!read)
        return Error{read.error()};
    return result;
}

Result<qint64> CaseExporter::write(const QString& path, ExportFormat format, QDate from, QDate to,
                                   const std::function<bool(double)>& progress)
{
    if (from.isValid() && to.isValid() && to < from)
        return fail(Text::tr("The period ends (%1) before it starts (%2)")
                        .arg(to.toString(QStringLiteral("dd/MM/yyyy")),
                             from.toString(QStringLiteral("dd/MM/yyyy"))));
    qint64 count = -1; // the heading row is not a case
    if (format == ExportFormat::Xlsx) {
        // Written beside the target and moved over it only when complete: a failed or
        // cancelled export leaves no file.
        const Status saved = safeoutput::writeThrough(path, true, [&](const QString& part) {
            XlsxWriter writer(part, Text::tr("Cases"));
            const Status read = writeRows(
                from, to,
                [&](const ExportRow& row) {
                    ++count;
                    return writer.addRow(row);
                },
                progress);
            if (!read)
                return read;
            return writer.close();
        });
        if (!saved)
            return Error{saved.error()};
        return count;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    CsvRowWriter writer(file);
    const Status read = writeRows(
        from, to,
        [&](const ExportRow& row) -> Status {
            writer.write(row);
            ++count;
            return {};
        },
        progress);
    if (!read)
        return Error{read.error()}; // the QSaveFile is discarded: no file is written
    if (!writer.ok() || !file.commit())
        return fail(Text::tr("%1 could not be written in full: %2").arg(path, file.errorString()));
    return count;
}

} // namespace redress::exporting
