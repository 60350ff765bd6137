// Opens the case queue on a large SQLite database and reports how long the officers wait:
// first rows, a filter change, a search, a sort change and a page deep in the queue, each
// beside a baseline query run directly in the same process, and the peak memory.
//
//   bench_queue [database.sqlite] [--cases N]
//
// Without a path it uses bench_queue.sqlite in the temporary folder. A database with fewer
// than N cases (default 1,000,000) is filled up first with demo cases, printing progress.

#include "calendar/WorkingDayCalendar.h"
#include "demo/DemoDataGenerator.h"
#include "queue/CaseQueueModel.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <cstdio>
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

qint64 countOf(Database& db, const CaseFilter& filter)
{
    auto total = CaseRepository(db).count(filter);
    return total ? total.value() : -1;
}

double millisecondsOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The best of `runs`, so a neighbour's burst of CPU does not decide the figure.
double bestOf(int runs, const std::function<void()>& work)
{
    double best = 1e12;
    for (int i = 0; i < runs; ++i)
        best = qMin(best, millisecondsOf(work));
    return best;
}

void report(const char* what, double ms, double baseline)
{
    out << QStringLiteral("%1 %2 ms  (%3 x baseline)")
               .arg(QString::fromLatin1(what), -28)
               .arg(ms, 9, 'f', 1)
               .arg(ms / baseline, 6, 'f', 2)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int wanted = 1'000'000;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--cases"));
        at >= 0 && at + 1 < arguments.size()) {
        wanted = arguments.at(at + 1).toInt();
        arguments.remove(at, 2);
    }
    const QString path = arguments.isEmpty()
                             ? QDir::temp().filePath(QStringLiteral("bench_queue.sqlite"))
                             : arguments.first();
    out << "database: " << path << Qt::endl;

    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(DatabaseLocation::sqliteFile(path));
    if (!opened) {
        out << "cannot open: " << opened.error() << Qt::endl;
        return 1;
    }
    Database& db = **opened;
    out << "opened (and migrated if needed) in " << openTimer.elapsed() << " ms" << Qt::endl;
    const qint64 existing = countOf(db, {});
    if (existing < wanted) {
        out << "generating " << (wanted - existing) << " demo cases..." << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        DemoDataGenerator generator(db, 1);
        const Status made = generator.generate(int(wanted - existing), 3, [&](int done, int total) {
            if (done % 20'000 == 0 || done == total)
                out << QStringLiteral("  %1 / %2 (%3 s)")
                           .arg(done)
                           .arg(total)
                           .arg(timer.elapsed() / 1000)
                    << Qt::endl;
            return true;
        });
        if (!made) {
            out << "generation failed: " << made.error() << Qt::endl;
            return 1;
        }
    }
    const qint64 total = countOf(db, {});
    CaseFilter open;
    open.view = QueueView::AllOpen;
    out << "cases: " << total << ", open: " << countOf(db, open) << Qt::endl << Qt::endl;

    const double baseline = bestOf(3, [&] {
        QSqlQuery query(db.sql());
        query.exec(QStringLiteral("SELECT id FROM cases ORDER BY due_on LIMIT 200"));
        while (query.next()) {
        }
    });
    out << QStringLiteral("%1 %2 ms")
               .arg(QStringLiteral("baseline (200 by due_on)"), -28)
               .arg(baseline, 9, 'f', 1)
        << Qt::endl;

    auto calendar = ReferenceData(db).calendar();
    CaseQueueModel model(db, calendar ? calendar.value() : WorkingDayCalendar());
    QString firstError;
    QObject::connect(&model, &CaseQueueModel::loadFailed,
                     [&](const QString& message) { firstError = message; });

    // Each step: the model reset (first page + count) until rows are there to show.
    auto timed = [&](const CaseFilter& filter) {
        return bestOf(3, [&] {
            model.setFilter(filter);
            if (model.rowCount() == 0)
                out << "  (no rows)" << Qt::endl;
        });
    };
    report("first rows (all open)", timed(open), baseline);

    CaseFilter complaints = open;
    complaints.kind = CaseKind::Complaint;
    report("filter change (complaints)", timed(complaints), baseline);

    CaseFilter overdue;
    overdue.view = QueueView::Overdue;
    report("view change (overdue)", timed(overdue), baseline);

    model.setFilter(open);
    const QString surname = model.rowCount() > 0
                                ? model.summaryAt(0)->complainantName.section(u' ', -1)
                                : QStringLiteral("Smith");
    CaseFilter search = open;
    search.search = surname;
    report(qPrintable(QStringLiteral("search (\"%1\")").arg(surname)), timed(search), baseline);

    CaseFilter everything;
    // A reference as officers type it (CP-2024-00042), whichever case it is.
    everything.search =
        model.rowCount() > 0 ? model.summaryAt(0)->reference.section(u'-', 0, 2) : QString();
    report("search by reference (all)", timed(everything), baseline);

    model.setFilter(open);
    report("sort change (complainant)",
           bestOf(3,
                  [&] {
                      model.sort(CaseQueueModel::Complainant, Qt::AscendingOrder);
                      model.sort(CaseQueueModel::Due, Qt::AscendingOrder);
                  }) /
               2,
           baseline);

    CaseFilter all;
    model.setFilter(all);
    report("first rows (all cases)", timed(all), baseline);
    for (int page = 0; page < 50 && model.canFetchMore({}); ++page)
        model.fetchMore({});
    report("a page after 10,000 rows", bestOf(3, [&] { model.fetchMore({}); }), baseline);

    // The slow paths: a word searched across every case, and all cases in an order no index
    // gives (the complainant's name is in another table).
    CaseFilter allSearch;
    allSearch.search = surname;
    report("search all cases (surname)", timed(allSearch), baseline);
    model.setFilter(all);
    report("sort all cases (complainant)",
           millisecondsOf([&] { model.sort(CaseQueueModel::Complainant, Qt::AscendingOrder); }),
           baseline);

    if (!firstError.isEmpty())
        out << "error: " << firstError << Qt::endl;
    out << Qt::endl
        << QStringLiteral("peak memory: %1 MiB").arg(peakMemoryMiB(), 0, 'f', 1) << Qt::endl;
    return 0;
}
