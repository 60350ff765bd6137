#pragma once

#include "domain/CaseKind.h"
#include "util/Result.h"

#include <QMap>
#include <functional>

namespace redress {

class Database;
namespace demo {
class Run;
}

// Fills a database with realistic, invented cases of every kind, for demonstrations,
// training and performance work. Each case is logged and progressed through the real
// workflow rules in date order up to Clock::today(), so old cases are closed, recent ones
// open and some overdue; people recur, so there are repeat complainants.
//
// The same seed, clock and starting database give the same cases. Cases are written in
// batches of batchSize; a transaction holds one batch, or on SQLite as many cases as the
// database held before it (so a run into an empty file takes a few transactions of growing
// size). When `progress` (called before the first batch and after each one) returns false
// the run stops: the transactions already committed stay, nothing of the one under way
// does, and generate() fails with a message saying how many cases were kept (also in
// created()).
class DemoDataGenerator
{
public:
    static constexpr int batchSize = 500;

    DemoDataGenerator(Database& database, quint32 seed);
    ~DemoDataGenerator();
    DemoDataGenerator(const DemoDataGenerator&) = delete;
    DemoDataGenerator& operator=(const DemoDataGenerator&) = delete;

    // `cases` in all, received across `years` financial years ending with the current one.
    Status generate(int cases, int years,
                    const std::function<bool(int done, int total)>& progress = {});

    // What the last generate() saved.
    int created() const { return m_created; }
    QMap<CaseKind, int> createdByKind() const { return m_createdByKind; }
    bool wasCancelled() const { return m_cancelled; }

private:
    Status writeBatch(demo::Run& run, int start, int end, QMap<CaseKind, int>& made);
    Status cancelled(int cases);

    Database& m_database;
    quint32 m_seed;
    int m_created = 0;
    QMap<CaseKind, int> m_createdByKind;
    bool m_cancelled = false;
};

} // namespace redress
