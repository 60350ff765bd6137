#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QList>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace redress::exporting {

// Batches of cases read on the calling thread and written on a second one, so that with two
// cores reading the database and writing the file (making each case's cells, encoding them,
// compressing) overlap. Only loaded cases cross, through a queue of at most two batches: the
// database connection stays on the calling thread, and memory stays the same however many
// cases there are. Batches are written in the order added.
class CasePipeline
{
public:
    using Write = std::function<Status(const QList<Case>&)>;

    // Starts the writing thread, which gives each batch to `write` until one fails.
    explicit CasePipeline(Write write);
    ~CasePipeline();
    CasePipeline(const CasePipeline&) = delete;
    CasePipeline& operator=(const CasePipeline&) = delete;

    // Queues a batch, waiting while the queue is full. False once a write has failed:
    // finish() says why.
    bool add(QList<Case> batch);
    // Waits until every batch added is written; the failed write's status, if one failed.
    Status finish();
    // Stops writing, leaving the batches not yet written; the failed write's status, if any.
    Status abandon();

private:
    void run();
    Status stop(bool writeTheRest);

    static constexpr size_t batchesQueued = 2;

    Write m_write;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Case>> m_queued; // to be written, oldest first
    bool m_finished = false;          // no more batches will be added
    bool m_abandoned = false;         // stop without writing the rest
    bool m_writeFailed = false;
    Status m_failed;
    std::thread m_thread;
};

} // namespace redress::exporting
