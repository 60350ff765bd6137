// Opens the case queue (CaseQueueModel, as the main window uses it) on a large SQLite demo
// database and times what officers wait for: every view in every order, each direction, a
// search and a page deep in the queue. Each figure is the model's reset to its first page
// plus the count for the status bar, best of three.
//
//   bench_queue [CASES] [--db PATH | --db-url postgresql://user@host:port/database]
//
// CASES defaults to $REDRESS_BENCH_CASES, else 100,000. The database is
// build/bench-data/demo-CASES.db (as tests/bench/bench_reports.sh makes it), filled up with
// demo cases first when it holds fewer. Prints rows of the shared benchmark table to stdout
// (| operation | size | Redress ms | baseline | baseline ms | ratio | peak MiB |), every
// single timing to stderr.

#include "demo/DemoDataGenerator.h"
#include "queue/CaseQueueModel.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <ctime>
#include <functional>

#ifdef Q_OS_WIN
#include <psapi.h>
#include <windows.h>
#else
#include <sys/resource.h>
#endif

using namespace redress;

namespace {

QTextStream out(stdout);
QTextStream note(stderr);

double peakMemoryMiB()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
    return 0;
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#endif
}

// The best of three, so a neighbour's burst of CPU does not decide the figure.
// The best CPU time (ms) of the last bestOf(): on a loaded machine the wall clock is mostly
// waiting for a core, so the notes give both.
double lastBestCpu = 0;

double bestOf(const std::function<void()>& work)
{
    double best = 1e12;
    lastBestCpu = 1e12;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        work();
        best = qMin(best, double(timer.nsecsElapsed()) / 1e6);
        lastBestCpu = qMin(lastBestCpu, double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    return best;
}

struct Named
{
    const char* name;
    CaseSortColumn column;
};

const QList<Named> sorts{
    {"due", CaseSortColumn::Due},
    {"reference", CaseSortColumn::Reference},
    {"kind", CaseSortColumn::Kind},
    {"procedure/stage", CaseSortColumn::ProcedureStage},
    {"complainant", CaseSortColumn::Complainant},
    {"child's status", CaseSortColumn::ChildStatus},
    {"service area", CaseSortColumn::ServiceArea},
    {"team", CaseSortColumn::Team},
    {"officer", CaseSortColumn::Officer},
    {"received", CaseSortColumn::Received},
    {"state", CaseSortColumn::State},
};

class Table
{
public:
    Table(qint64 size, double baselineMs, QString prefix, QString engine)
        : m_size(size), m_baselineMs(baselineMs), m_prefix(std::move(prefix)),
          m_engine(std::move(engine))
    {}
    // `operation` begins "queue:", replaced by the engine's prefix.
    void row(const QString& operation, double ms) const
    {
        out << QStringLiteral("| %1 | %2 | %3 | %4: 200 ids by due_on, no index | %5 | %6 | "
                              "%7 |")
                   .arg(m_prefix + operation.mid(5))
                   .arg(m_size)
                   .arg(ms, 0, 'f', 1)
                   .arg(m_engine)
                   .arg(m_baselineMs, 0, 'f', 1)
                   .arg(m_baselineMs > 0 ? ms / m_baselineMs : 0, 0, 'f', 2)
                   .arg(peakMemoryMiB(), 0, 'f', 1)
            << Qt::endl;
    }

private:
    qint64 m_size;
    double m_baselineMs;
    QString m_prefix;
    QString m_engine;
};

qint64 countOf(Database& db, const CaseFilter& filter)
{
    auto total = CaseRepository(db).count(filter);
    return total ? total.value() : -1;
}

// Fills the database up to `wanted` cases with the demo generator, as bench_reports.sh's
// `redress-cli demo --years 7` would.
bool fillUp(Database& db, qint64 wanted)
{
    const qint64 existing = countOf(db, {});
    if (existing >= wanted)
        return true;
    note << "generating " << (wanted - existing) << " demo cases..." << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    DemoDataGenerator generator(db, 1);
    const Status made = generator.generate(int(wanted - existing), 7, [&](int done, int total) {
        if (done % 20'000 == 0 || done == total)
            note << QStringLiteral("  %1 / %2 (%3 s)")
                        .arg(done)
                        .arg(total)
                        .arg(timer.elapsed() / 1000)
                 << Qt::endl;
        return true;
    });
    if (!made)
        note << "generation failed: " << made.error() << Qt::endl;
    return bool(made);
}

// The busiest officer among the open cases, and their team: whose "My cases" and "My team"
// the benchmark opens.
std::pair<QString, qint64> busiestOfficer(Database& db)
{
    auto query =
        sql::exec(db.sql(), QStringLiteral("SELECT officer, team_id FROM cases WHERE state "
                                           "IN ('received', 'open', 'suspended', "
                                           "'responded') GROUP BY officer, team_id "
                                           "ORDER BY COUNT(*) DESC LIMIT 1"));
    if (query && query->next())
        return {query->value(0).toString(), query->value(1).toLongLong()};
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QString path;
    QString url;
    for (const auto& [option, value] : {std::pair{"--db", &path}, std::pair{"--db-url", &url}}) {
        if (const qsizetype at = arguments.indexOf(QString::fromLatin1(option));
            at >= 0 && at + 1 < arguments.size()) {
            *value = arguments.at(at + 1);
            arguments.remove(at, 2);
        }
    }
    qint64 wanted = qEnvironmentVariableIntValue("REDRESS_BENCH_CASES");
    if (!arguments.isEmpty())
        wanted = arguments.first().toLongLong();
    if (wanted <= 0)
        wanted = 100'000;
    if (path.isEmpty()) {
        // build/tests/bench/bench_queue -> build/bench-data
        QDir data(QCoreApplication::applicationDirPath() + QStringLiteral("/../../bench-data"));
        data.mkpath(QStringLiteral("."));
        path = data.filePath(QStringLiteral("demo-%1.db").arg(wanted));
    }
    DatabaseLocation location = DatabaseLocation::sqliteFile(path);
    if (!url.isEmpty()) {
        auto parsed = DatabaseLocation::fromUrl(url);
        if (!parsed) {
            note << parsed.error() << Qt::endl;
            return 1;
        }
        location = parsed.value();
    }
    note << "bench_queue: " << (url.isEmpty() ? path : url) << Qt::endl;

    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(location);
    if (!opened) {
        note << "cannot open: " << opened.error() << Qt::endl;
        return 1;
    }
    note << "opened (and upgraded if needed) in " << openTimer.elapsed() << " ms" << Qt::endl;
    Database& db = **opened;
    if (!fillUp(db, wanted))
        return 1;
    auto session = Session::attach(db);
    if (!session) {
        note << "no session: " << session.error() << Qt::endl;
        return 1;
    }
    const qint64 total = countOf(db, {});
    CaseFilter open;
    open.view = QueueView::AllOpen;
    note << "cases: " << total << ", open: " << countOf(db, open) << Qt::endl;

    const double baseline = bestOf([&] {
        QSqlQuery query(db.sql());
        query.exec(QStringLiteral("SELECT id FROM cases ORDER BY due_on LIMIT 200"));
        while (query.next()) {
        }
    });
    const Table table(total, baseline,
                      db.isSqlite() ? QStringLiteral("queue")
                                    : QStringLiteral("queue (PostgreSQL)"),
                      db.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));

    CaseQueueModel model(**session);
    QString firstError;
    QObject::connect(&model, &CaseQueueModel::loadFailed,
                     [&](const QString& message) { firstError = message; });
    auto timed = [&](const CaseFilter& filter) {
        return bestOf([&] {
            model.setFilter(filter);
            (void)model.rowCount();
        });
    };

    // The first load starts counting the staff flags on a worker thread: waited for here, so
    // that the timings below are the queue's alone.
    QElapsedTimer flagTimer;
    flagTimer.start();
    const std::clock_t flagCpu = std::clock();
    model.setFilter({});
    while (model.isCountingStaffFlags())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    note << "staff flags counted in " << flagTimer.elapsed() << " ms ("
         << qint64(double(std::clock() - flagCpu) * 1000.0 / CLOCKS_PER_SEC) << " ms of CPU)"
         << Qt::endl;

    const auto [officer, team] = busiestOfficer(db);
    const QList<std::pair<const char*, QueueView>> views{
        {"all cases", QueueView::AllCases},  {"all open", QueueView::AllOpen},
        {"my cases", QueueView::MyCases},    {"my team", QueueView::MyTeam},
        {"overdue", QueueView::Overdue},     {"awaiting service", QueueView::AwaitingService},
        {"escalated", QueueView::Escalated}, {"recently closed", QueueView::RecentlyClosed},
    };
    // Every order of every view, both ways; the table gives each view's first rows in its
    // default order and its slowest order.
    for (const auto& [viewName, view] : views) {
        CaseFilter filter;
        filter.view = view;
        filter.me = officer;
        filter.myTeamId = team;
        model.setSort({});
        const double first = timed(filter);
        table.row(QStringLiteral("queue: %1, first rows").arg(QString::fromLatin1(viewName)),
                  first);
        double slowest = 0;
        QString slowestName;
        for (const Named& sort : sorts) {
            for (bool descending : {false, true}) {
                model.setSort({sort.column, descending});
                const double ms = timed(filter);
                const QString name = QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(sort.name),
                    descending ? QStringLiteral("desc") : QStringLiteral("asc"));
                note << QStringLiteral("  %1 by %2: %3 ms, %4 ms of CPU (%5 rows)")
                            .arg(QString::fromLatin1(viewName), name)
                            .arg(ms, 0, 'f', 1)
                            .arg(lastBestCpu, 0, 'f', 1)
                            .arg(model.totalCount())
                     << Qt::endl;
                if (ms > slowest) {
                    slowest = ms;
                    slowestName = name;
                }
            }
        }
        table.row(QStringLiteral("queue: %1, slowest of 22 orders (%2)")
                      .arg(QString::fromLatin1(viewName), slowestName),
                  slowest);
    }

    model.setSort({});
    CaseFilter all;
    model.setFilter(all);
    for (int page = 0; page < 50 && model.canFetchMore({}); ++page)
        model.fetchMore({});
    table.row(QStringLiteral("queue: a page after 10,000 rows"),
              bestOf([&] { model.fetchMore({}); }));

    model.setFilter(open);
    const QString surname = model.rowCount() > 0
                                ? model.summaryAt(0)->complainantName.section(u' ', -1)
                                : QStringLiteral("Smith");
    CaseFilter search = open;
    search.search = surname;
    table.row(QStringLiteral("queue: search a surname, all open"), timed(search));
    CaseFilter allSearch;
    allSearch.search = surname;
    table.row(QStringLiteral("queue: search a surname, all cases"), timed(allSearch));
    CaseFilter byReference;
    byReference.search = model.rowCount() > 0 ? model.summaryAt(0)->reference : QString();
    table.row(QStringLiteral("queue: search a whole reference"), timed(byReference));

    if (!firstError.isEmpty()) {
        note << "error: " << firstError << Qt::endl;
        return 1;
    }
    return 0;
}
