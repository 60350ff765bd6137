#include "DemoDataGenerator.h"

#include "demo/DemoRun.h"
#include "storage/Database.h"
#include "storage/InsertTriggerSuspension.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <algorithm>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
};

} // namespace

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
    for (int start = 0; start < cases; start += batchSize) {
        if (progress && !progress(m_created, cases)) {
            m_cancelled = true;
            return fail(
                Text::tr("Stopped after %1 of %2 demo cases; the %1 already saved were kept")
                    .arg(m_created)
                    .arg(cases));
        }
        const int end = std::min(cases, start + batchSize);
        QMap<CaseKind, int> made;
        const Status saved = m_database.transaction([&]() -> Status {
            made.clear(); // a transaction retried after a deadlock starts again
            // As an import does: the search index and the queue's sort names are brought up
            // to date for the batch's cases at its end, not by triggers at every statement.
            auto lastId =
                sql::scalar(m_database.sql(), QStringLiteral("SELECT MAX(id) FROM cases"));
            if (!lastId)
                return Error{lastId.error()};
            InsertTriggerSuspension triggers(m_database);
            if (Status suspended = triggers.suspend(); !suspended)
                return suspended;
            for (int i = start; i < end; ++i)
                if (Status one = run.makeCase(i, made); !one)
                    return one;
            return triggers.resumeAfter(lastId->toLongLong(), run.takeChangedCases());
        });
        if (!saved)
            return fail(Text::tr("Demo data stopped after %1 of %2 cases (those were kept): %3")
                            .arg(m_created)
                            .arg(cases)
                            .arg(saved.error()));
        m_created = end;
        for (auto it = made.cbegin(); it != made.cend(); ++it)
            m_createdByKind[it.key()] += it.value();
    }
    if (progress)
        progress(m_created, cases);
    return {};
}

} // namespace redress