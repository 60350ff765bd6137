#include "DemoDataGenerator.h"

#include "demo/DemoRun.h"
#include "storage/CasePartsBatch.h"
#include "storage/Database.h"
#include "storage/IndexSuspension.h"
#include "storage/InsertTriggerSuspension.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <algorithm>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
};

} // namespace

Status DemoDataGenerator::cancelled(int cases)
{
    m_cancelled = true;
    return fail(Text::tr("Stopped after %1 of %2 demo cases; the %1 already saved were kept")
                    .arg(m_created)
                    .arg(cases));
}

// As an import does: the search index and the queue's sort names are brought up to date for
// the batch's cases at its end, not by triggers at every statement.
Status DemoDataGenerator::writeBatch(demo::Run& run, int start, int end, QMap<CaseKind, int>& made)
{
    auto lastId = sql::scalar(m_database.sql(), QStringLiteral("SELECT MAX(id) FROM cases"));
    if (!lastId)
        return Error{lastId.error()};
    InsertTriggerSuspension triggers(m_database);
    if (Status suspended = triggers.suspend(); !suspended)
        return suspended;
    // Their stages and parts go in statements of many rows, written before the triggers' work.
    CasePartsBatch parts(m_database);
    run.writeNewPartsTo(&parts);
    const auto caseByCase = qScopeGuard([&] { run.writeNewPartsTo(nullptr); });
    for (int i = start; i < end; ++i) {
        if (Status one = run.makeCase(i, made); !one)
            return one;
        if (parts.pendingCases() >= CasePartsBatch::casesPerFlush)
            if (Status flushed = parts.flush(); !flushed)
                return flushed;
    }
    if (Status flushed = parts.flush(); !flushed)
        return flushed;
    return triggers.resumeAfter(lastId->toLongLong(), run.takeChangedCases());
}

DemoDataGenerator::DemoDataGenerator(Database& database, quint32 seed)
    : m_database(database), m_seed(seed)
{}

DemoDataGenerator::~DemoDataGenerator() = default;

Status DemoDataGenerator::generate(int cases, int years,
                                   const std::function<bool(int, int)>& progress)
{
    m_created = 0;
    m_createdByKind.clear();
    m_cancelled = false;
    if (cases < 1)
        return fail(Text::tr("Ask for at least one demo case"));
    if (years < 1 || years > 30)
        return fail(Text::tr("Demo cases can span 1 to 30 financial years, not %1").arg(years));
    demo::Run run(m_database, m_seed);
    if (Status ready = run.prepare(cases, years); !ready)
        return ready;
    if (m_database.isSqlite()) {
        // Indexes on names and references are written in random order; with SQLite's default
        // 2 MB page cache a large run spends most of its time re-reading their pages. The
        // statement journal that triggers (the search index) need is kept in memory, not
        // written to a temporary file for every statement.
        (void)sql::exec(m_database.sql(), QStringLiteral("PRAGMA cache_size = -65536"));
        (void)sql::exec(m_database.sql(), QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    for (int start = 0; start < cases;) {
        if (progress && !progress(m_created, cases))
            return cancelled(cases);
        auto lastId = sql::scalar(m_database.sql(), QStringLiteral("SELECT MAX(id) FROM cases"));
        if (!lastId)
            return fail(lastId.error());
        // On SQLite a run that at least doubles the cases is written in one transaction with
        // the secondary indexes built again at its end, as a dump is loaded: inserting into
        // twenty indexes at scattered places costs more than sorting each once. Doubling keeps
        // the rebuilding to about twice the final table. A team server keeps short
        // transactions, so that others are not held up.
        const qint64 before = lastId->toLongLong();
        const int chunk =
            m_database.isSqlite()
                ? int(std::min<qint64>(std::max<qint64>(before, batchSize), cases - start))
                : std::min(batchSize, cases - start);
        const bool rebuildIndexes = m_database.isSqlite() && chunk >= before;
        const int end = start + chunk;
        QMap<CaseKind, int> made;
        bool stopped = false;
        const Status saved = m_database.transaction([&]() -> Status {
            made.clear(); // a transaction retried after a deadlock starts again
            IndexSuspension indexes(m_database);
            if (rebuildIndexes)
                if (Status suspended = indexes.suspend(); !suspended)
                    return suspended;
            for (int batch = start; batch < end; batch += batchSize) {
                if (batch > start && progress && !progress(batch, cases)) {
                    stopped = true;
                    return Error{QString()}; // rolls this transaction back
                }
                if (Status one = writeBatch(run, batch, std::min(end, batch + batchSize), made);
                    !one)
                    return one;
            }
            return indexes.resume();
        });
        if (stopped)
            return cancelled(cases);
        if (!saved)
            return fail(Text::tr("Demo data stopped after %1 of %2 cases (those were kept): %3")
                            .arg(m_created)
                            .arg(cases)
                            .arg(saved.error()));
        m_created = start = end;
        for (auto it = made.cbegin(); it != made.cend(); ++it)
            m_createdByKind[it.key()] += it.value();
    }
    if (progress)
        progress(m_created, cases);
    return {};
}

} // namespace redress