#pragma once

#include "storage/DatabaseLocation.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

namespace redress {

// The queue's staff flags (CaseQueueModel::staffTriggerText()) counted on a worker thread with
// a connection of its own: at a million cases the count takes seconds, and the queue's first
// rows must not wait for it. A count dropped (cancel(), a new start(), the counter deleted)
// runs on to its end on the worker, unheard; QCoreApplication waits for it at exit.
class StaffFlagCount : public QObject
{
    Q_OBJECT

public:
    // The text to show beside each flagged case, by case id.
    using Flags = QHash<qint64, QString>;

    explicit StaffFlagCount(QObject* parent = nullptr);
    ~StaffFlagCount() override;

    // Counts to `day` on a new connection to `location` (the session's own, so a team server
    // sees the same login), dropping any count begun before.
    void start(const DatabaseLocation& location, QDate day);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    // Cancels, and waits until no count begun here holds a connection: for a restore, which
    // needs the database to itself.
    void cancelAndWait();

    // The count itself, on the calling thread: no flags when it fails, as the queue works
    // without them.
    static Flags countNow(const DatabaseLocation& location, QDate day);

signals:
    void counted(const redress::StaffFlagCount::Flags& flags);

private:
    QFutureWatcher<Flags>* m_watcher = nullptr;
    QList<QFuture<Flags>> m_begun; // those not yet known to have ended, dropped ones included
};

} // namespace redress
