#pragma once

#include "domain/Case.h"
#include "export/ExportRow.h"
#include "import/ImportField.h"
#include "import/ImportVocabulary.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace redress {
class Database;
}

namespace redress::exporting {

enum class ExportFormat
{
    Csv,
    Xlsx,
};

// Every field of every case received in a period, one row per case, with the headings
// Redress's import knows (ImportMapping::redressExport), so an export imports back into an
// empty database as the same cases.
class CaseExporter
{
public:
    explicit CaseExporter(Database& database) : m_database(database) {}
    // Only the cases `viewer` may see: restricted cases not restricted to them are left out.
    CaseExporter(Database& database, const QString& viewer) : m_database(database), m_viewer(viewer)
    {}

    // Cases received from `from` to `to` inclusive (either may be null: unbounded), oldest
    // first. Returns how many were written. `progress` may cancel (false), leaving no file.
    Result<qint64> write(const QString& path, ExportFormat format, QDate from, QDate to,
                         const std::function<bool(double)>& progress = {});

    // The headings, then one row of typed cells per case.
    Result<QList<QVariantList>> rows(QDate from, QDate to,
                                     const std::function<bool(double)>& progress = {});
    // The same rows, each given to `onRow` as it is made and then forgotten.
    Status forEachRow(QDate from, QDate to, const std::function<void(const QVariantList&)>& onRow,
                      const std::function<bool(double)>& progress = {});

    static QStringList headings();
    static QVariant value(const import::ImportField& field, const Case& record,
                          const import::ImportVocabulary& vocabulary);

private:
    // The heading row, then each case's, given to `onRow` as it is made.
    Status forEachExportRow(QDate from, QDate to,
                            const std::function<Status(const ExportRow&)>& onRow,
                            const std::function<bool(double)>& progress);
    // The cases a batch at a time, in order, reporting progress after each batch.
    Status forEachBatch(QDate from, QDate to, const std::function<Status(QList<Case>&&)>& onBatch,
                        const std::function<bool(double)>& progress);
    // The rows of forEachExportRow, each made and given to `write` on a second thread while
    // the next cases are read on this one.
    Status writeRows(QDate from, QDate to, const std::function<Status(const ExportRow&)>& write,
                     const std::function<bool(double)>& progress);

    Database& m_database;
    std::optional<QString> m_viewer; // unset: every case
};

} // namespace redress::exporting
