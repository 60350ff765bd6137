#pragma once

#include "domain/Case.h"
#include "storage/IdReservation.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>
#include <array>

namespace redress {

class Database;

// The stages and other parts of many new cases (an import's, the demo generator's), written
// table by table in statements of many rows rather than a statement per row: each statement
// costs SQLite a step and Qt a binding, and PostgreSQL a round trip. The rows, their ids and
// their order are those CaseRepository::insert writes case by case: ids are reserved as each
// case is added (IdReservation), and each table's rows go in the order the cases were added.
//
// Give it to CaseRepository::writeNewPartsTo(). Anything that reads or writes these tables
// for the batch's cases (or writes them at all, on SQLite) must flush() it first. Belongs
// inside the caller's transaction: a failed flush leaves rows half-written until that is
// rolled back, and so does a case whose insert failed after it was added.
class CasePartsBatch
{
public:
    explicit CasePartsBatch(Database& database);

    // Gives the parts of `record` (already inserted, with its id) their ids, as an insert
    // would, and keeps their rows. A child not yet known is looked up or inserted at once.
    Status add(Case& record);
    int pendingCases() const { return m_pendingCases; }
    // How many cases a bulk writer adds between flushes: enough for statements of full size,
    // few enough that the rows held stay small.
    static constexpr int casesPerFlush = 512;
    // Writes every row kept.
    Status flush();

    // The most rows one statement inserts, and the most values it binds. SQLite allows 32,766
    // values and PostgreSQL 65,535, but a statement is parsed again whenever the schema
    // changes (the demo drops and makes its triggers for every 500 cases), and SQLite's
    // parser looks up each of Qt's placeholders among those before it, so parsing grows with
    // the square of the values: at 3,456 a statement, re-parsing was a quarter of the demo's
    // CPU.
    static constexpr qsizetype maxRowsPerStatement = 64;
    static constexpr qsizetype maxValuesPerStatement = 250;
    static qsizetype rowsPerStatement(qsizetype columns);

private:
    // In the order they are written: a table after the tables it refers to.
    enum Table
    {
        Stages,
        Suspensions,
        CaseChildren,
        Points,
        Findings,
        Remedies,
        LearningActions,
        Staff,
        Costs,
        Links,
        Reopenings,
        Decisions,
        Recommendations,
        Notes,
        TableCount
    };
    struct Rows
    {
        QString table;
        QString columns;
        qsizetype columnCount = 0;
        QVariantList values;                  // row after row
        QHash<qsizetype, QString> statements; // by rows, as made
    };

    Status reserveIds(Case& record);
    void keepRows(const Case& record);
    Status write(Rows& rows);

    Database& m_database;
    IdReservation m_ids;
    std::array<Rows, TableCount> m_rows;
    int m_pendingCases = 0;
};

} // namespace redress
