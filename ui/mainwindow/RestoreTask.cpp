#include "RestoreTask.h"

#include "common/BackgroundTask.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "session/Session.h"
#include "storage/Backup.h"
#include "util/SafeOutput.h"

#include <QDir>
#include <QFileInfo>

namespace redress {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool RestoreTask::run(Session& session, QWidget* parent, const std::function<bool()>& letGo)
{
    const QString title = tr("Restore from a backup");
    const auto refuse = [&](const QString& message) {
        MessageBox::warning(parent, QStringLiteral("restoreRefused"), title, message);
        return false;
    };
    if (!session.location().isSqlite()) {
        MessageBox::information(
            parent, QStringLiteral("restoreOnServer"), title,
            tr("This is the team's database on a PostgreSQL server (%1). Restoring it replaces "
               "everyone's work and needs everyone signed out, so it is a job for the database "
               "administrator, with \"redress-cli restore\" (which uses pg_restore): see "
               "\"Backup and restore\" in the documentation. Nothing was changed.")
                .arg(session.location().describe()));
        return false;
    }
    if (Status allowed = session.requireAdministrator(tr("the whole database")); !allowed)
        return refuse(allowed.error());

    const QString databasePath = QFileInfo(session.location().filePath).absoluteFilePath();
    const QString chosen =
        FileDialog::openFileName(parent, title, QFileInfo(databasePath).absolutePath(),
                                 tr("Redress backups (*.bak *.db);;All files (*)"));
    if (chosen.isEmpty())
        return false;
    const QString backupPath = QFileInfo(chosen).absoluteFilePath();
    if (safeoutput::sameFile(backupPath, databasePath))
        return refuse(tr("%1 is the database that is open, not a backup of it. Nothing was "
                         "changed.")
                          .arg(shown(backupPath)));

    // Checked first, reading only, so a wrong file is refused before anything is asked.
    backup::Contents contents;
    bool cancelled = false;
    const Status checked =
        BackgroundTask::run(parent, tr("Checking the backup…"),
                            [&](const BackgroundTask::Progress& progress) -> Status {
                                auto result = backup::checkSqliteFile(backupPath);
                                cancelled = !progress(1, 1);
                                if (!result)
                                    return Error{result.error()};
                                contents = result.value();
                                return {};
                            });
    if (cancelled)
        return false;
    if (!checked)
        return refuse(
            tr("This file cannot be restored: %1. Nothing was changed.").arg(checked.error()));

    const QString question =
        tr("Replace everything in the database %1 with the backup %2, which holds %n case(s)?",
           nullptr, int(contents.cases))
            .arg(shown(databasePath), shown(backupPath)) +
        u"\n\n" +
        tr("The database as it is now is first kept beside it as "
           "%1.before-restore-DATE-TIME, so nothing is lost. Open cases are closed. Redress "
           "must be closed on every other computer that uses this database.")
            .arg(QFileInfo(databasePath).fileName());
    if (MessageBox::question(parent, QStringLiteral("confirmRestore"), title, question) !=
        QMessageBox::Yes)
        return false;
    if (letGo && !letGo())
        return false;

    if (Status closed = session.closeDatabase(); !closed)
        return refuse(closed.error());
    backup::Restored restored;
    const Status replaced = BackgroundTask::run(
        parent, tr("Restoring the backup…"),
        [&](const BackgroundTask::Progress&) -> Status {
            auto result = backup::restoreSqlite(databasePath, backupPath);
            if (!result)
                return Error{result.error()};
            restored = result.value();
            return {};
        },
        BackgroundTask::Cancel::NotAllowed);
    // Opened again whatever happened: a refused restore leaves the database as it was.
    if (Status reopened = session.reopenDatabase(); !reopened) {
        MessageBox::warning(parent, QStringLiteral("restoreReopenFailed"), title,
                            (replaced ? tr("The backup was restored, but the database could not "
                                           "be opened again: %1")
                                      : tr("The database could not be opened again: %1"))
                                    .arg(reopened.error()) +
                                u"\n\n" + tr("Close Redress and start it again."));
        return replaced.ok();
    }
    if (!replaced)
        return refuse(replaced.error());

    QString done = tr("Restored %n case(s) from %1.", nullptr, int(restored.contents.cases))
                       .arg(shown(backupPath));
    if (!restored.keptAside.isEmpty())
        done += u"\n\n" + tr("The database as it was before is kept as %1.")
                              .arg(shown(restored.keptAside.constFirst()));
    MessageBox::information(parent, QStringLiteral("restoreDone"), title, done);
    return true;
}

} // namespace redress
