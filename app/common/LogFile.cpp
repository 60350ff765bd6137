#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <cstdio>

namespace redress::applog {

Q_LOGGING_CATEGORY(lcStartup, "redress.startup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDatabase, "redress.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFirstRun, "redress.firstrun", QtInfoMsg)

namespace {

constexpr qint64 maxLogBytes = 1024 * 1024;
constexpr int keptLogs = 3;

struct LogState
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
};

LogState& state()
{
    static LogState instance;
    return instance;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void writeMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& log = state();
    {
        const QMutexLocker lock(&log.mutex);
        if (log.file.isOpen()) {
            const QByteArray line =
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                levelName(type) + ' ' + (context.category ? context.category : "default") + ": " +
                message.toUtf8() + '\n';
            log.file.write(line);
            log.file.flush();
            if (log.file.size() >= maxLogBytes) {
                const QString path = log.file.fileName();
                log.file.close();
                rotateIfFull(path, maxLogBytes, keptLogs);
                log.file.setFileName(path);
                (void)log.file.open(QIODevice::WriteOnly | QIODevice::Append);
            }
        }
    }
    if (log.previous)
        log.previous(type, context, message);
}

} // namespace

QString logFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

void rotateIfFull(const QString& path, qint64 maxBytes, int keep)
{
    if (QFileInfo(path).size() < maxBytes)
        return;
    QFile::remove(path + u'.' + QString::number(keep));
    for (int n = keep - 1; n >= 1; --n)
        QFile::rename(path + u'.' + QString::number(n), path + u'.' + QString::number(n + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
}

bool startLogFile(const QString& folder, bool verbose, const QString& fileName)
{
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("redress.*.debug=true"));
    LogState& log = state();
    const QString path = QDir(folder).filePath(fileName);
    bool opened = false;
    {
        const QMutexLocker lock(&log.mutex);
        if (QDir().mkpath(folder)) {
            rotateIfFull(path, maxLogBytes, keptLogs);
            log.file.setFileName(path);
            opened = log.file.open(QIODevice::WriteOnly | QIODevice::Append);
        }
    }
    if (!log.previous)
        log.previous = qInstallMessageHandler(writeMessage);
    if (!opened)
        qCWarning(lcStartup, "cannot write the log file %s", qUtf8Printable(path));
    return opened;
}

} // namespace redress::applog
