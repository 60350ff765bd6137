#include "DemoDataTask.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <atomic>

namespace redress {

Status DemoDataTask::run(const DatabaseLocation& location, int cases, int years, QWidget* parent)
{
    QProgressDialog progress(QCoreApplication::translate("DemoDataTask", "Creating demo cases…"),
                             QCoreApplication::translate("DemoDataTask", "Cancel"), 0, cases,
                             parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(QCoreApplication::translate("DemoDataTask", "Redress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);

    std::atomic_bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancelled] { cancelled = true; });

    Status result;
    QThread* worker = QThread::create([&] {
        // A connection belongs to the thread that opens it.
        auto database = Database::open(location, Database::Mode::MustExist);
        if (!database) {
            result = Error{database.error()};
            return;
        }
        DemoDataGenerator generator(**database, 20201221);
        result = generator.generate(cases, years, [&](int done, int total) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, done, total] {
                    progress.setMaximum(total);
                    progress.setValue(done);
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        });
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return result;
}

} // namespace redress
