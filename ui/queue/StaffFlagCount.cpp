#include "StaffFlagCount.h"

#include "reporting/StaffTriggers.h"
#include "storage/Database.h"

#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace redress {

StaffFlagCount::StaffFlagCount(QObject* parent) : QObject(parent) {}

StaffFlagCount::~StaffFlagCount()
{
    cancel();
}

StaffFlagCount::Flags StaffFlagCount::countNow(const DatabaseLocation& location, QDate day)
{
    auto database = Database::open(location, Database::Mode::MustExist);
    if (!database)
        return {};
    auto reached = StaffTriggers::reached(*database.value(), day);
    if (!reached)
        return {};
    Flags flags;
    for (auto it = reached->constBegin(); it != reached->constEnd(); ++it)
        flags.insert(it.key(), StaffTriggers::describe(it.value()));
    return flags;
}

void StaffFlagCount::start(const DatabaseLocation& location, QDate day)
{
    cancel();
    auto promise = std::make_shared<QPromise<Flags>>();
    promise->start();
    m_watcher = new QFutureWatcher<Flags>(this);
    QFutureWatcher<Flags>* watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher || watcher->isCanceled())
            return;
        const Flags flags = watcher->future().resultCount() > 0 ? watcher->result() : Flags();
        m_watcher = nullptr;
        watcher->deleteLater();
        emit counted(flags);
    });
    m_watcher->setFuture(promise->future());
    m_begun.removeIf([](const QFuture<Flags>& begun) { return begun.isFinished(); });
    m_begun << promise->future();
    // The worker holds only copies and the promise: nothing of the model or the session,
    // which may be gone before it ends.
    QThreadPool::globalInstance()->start([promise, location, day] {
        if (!promise->isCanceled())
            promise->addResult(countNow(location, day));
        promise->finish();
    });
}

void StaffFlagCount::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->future().cancel();
    delete m_watcher;
    m_watcher = nullptr;
}

void StaffFlagCount::cancelAndWait()
{
    cancel();
    for (QFuture<Flags>& begun : m_begun) {
        begun.cancel();
        begun.waitForFinished();
    }
    m_begun.clear();
}

} // namespace redress
