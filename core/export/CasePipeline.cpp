#include "CasePipeline.h"

#include <utility>

namespace redress::exporting {

CasePipeline::CasePipeline(Write write) : m_write(std::move(write))
{
    m_thread = std::thread([this] { run(); });
}

CasePipeline::~CasePipeline()
{
    (void)abandon();
}

bool CasePipeline::add(QList<Case> batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queued.size() < batchesQueued || m_writeFailed; });
    if (m_writeFailed)
        return false;
    m_queued.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void CasePipeline::run()
{
    for (;;) {
        QList<Case> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queued.empty() || m_finished || m_abandoned; });
            if (m_abandoned || m_queued.empty())
                return;
            batch = std::move(m_queued.front());
            m_queued.pop_front();
            // Room in the queue again.
            m_changed.notify_all();
        }
        Status written = m_write(batch);
        if (!written) {
            const std::lock_guard lock(m_mutex);
            m_failed = std::move(written);
            m_writeFailed = true;
            m_changed.notify_all();
            return;
        }
    }
}

Status CasePipeline::stop(bool writeTheRest)
{
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        if (!writeTheRest)
            m_abandoned = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    return m_failed;
}

Status CasePipeline::finish()
{
    return stop(true);
}

Status CasePipeline::abandon()
{
    return stop(false);
}

} // namespace redress::exporting
