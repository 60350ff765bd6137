#include "ImportBatches.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace redress::import {

Result<QList<ImportBatch>> ImportBatches::list() const
{
    auto query = sql::exec(
        m_database.sql(),
        QStringLiteral("SELECT b.id, b.imported_at, b.imported_by, b.file_name, b.checksum, "
                       "b.row_count, b.undone_at, (SELECT COUNT(*) FROM cases c WHERE "
                       "c.import_batch_id = b.id) FROM import_batch b ORDER BY b.id DESC"));
    if (!query)
        return Error{query.error()};
    QList<ImportBatch> batches;
    while (query->next()) {
        ImportBatch batch;
        batch.id = query->value(0).toLongLong();
        batch.importedAtUtc = sql::toTimestamp(query->value(1));
        batch.importedBy = query->value(2).toString();
        batch.fileName = query->value(3).toString();
        batch.checksum = query->value(4).toString();
        batch.rowCount = query->value(5).toLongLong();
        if (!query->value(6).isNull())
            batch.undoneAtUtc = sql::toTimestamp(query->value(6));
        batch.caseCount = query->value(7).toLongLong();
        batches.append(batch);
    }
    return batches;
}

} // namespace redress::import
