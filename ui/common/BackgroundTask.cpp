#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <atomic>

namespace redress {

Status BackgroundTask::run(QWidget* parent, const QString& label, const Work& work, Cancel cancel)
{
    QProgressDialog progress(label, QCoreApplication::translate("BackgroundTask", "Cancel"), 0, 0,
                             parent);
    progress.setObjectName(QStringLiteral("taskProgress"));
    progress.setWindowTitle(QCoreApplication::translate("BackgroundTask", "Redress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    if (cancel == Cancel::NotAllowed)
        progress.setCancelButton(nullptr);

    std::atomic_bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancelled] { cancelled = true; });
    const QPointer<QProgressDialog> dialog(&progress);
    const Progress report = [&](qint64 done, qint64 total) {
        // Progress bars count in int; scale large totals down.
        const int scale = total > 1'000'000'000 ? 1000 : 1;
        QMetaObject::invokeMethod(
            &progress,
            [dialog, done, total, scale] {
                if (!dialog)
                    return;
                dialog->setMaximum(int(total / scale));
                dialog->setValue(int(done / scale));
            },
            Qt::QueuedConnection);
        return !cancelled.load();
    };

    Status result;
    QThread* worker = QThread::create([&] { result = work(report); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    // The queued updates above name the dialog, which is about to go: run them now.
    QCoreApplication::processEvents();
    return result;
}

} // namespace redress
