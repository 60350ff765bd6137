#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace redress {
class Database;
}

namespace redress::import {

// One import as the import history lists it.
struct ImportBatch
{
    qint64 id = 0;
    QDateTime importedAtUtc;
    QString importedBy;
    QString fileName;
    QString checksum; // SHA-256 of the file, hex
    qint64 rowCount = 0;
    qint64 caseCount = 0;  // cases still in Redress from it
    QDateTime undoneAtUtc; // invalid while it stands
};

// Reads the import batches, newest first, for the history a user undoes an import from.
class ImportBatches
{
public:
    explicit ImportBatches(Database& database) : m_database(database) {}

    Result<QList<ImportBatch>> list() const;

private:
    Database& m_database;
};

} // namespace redress::import
