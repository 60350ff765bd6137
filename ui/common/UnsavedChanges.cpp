#include "UnsavedChanges.h"

#include "common/MessageBox.h"

#include <QCoreApplication>

namespace redress {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("UnsavedChanges", text);
}

} // namespace

QMessageBox::StandardButton askToSaveChanges(QWidget* parent, const QString& title,
                                             const QString& question)
{
    return MessageBox::question(parent, QStringLiteral("unsavedQuestion"), title, question,
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Cancel);
}

QString explainSaveFailure(const QString& notSaved, const QString& error)
{
    const QString lower = error.toLower();
    QString why;
    // Read-only first: SQLite reports it while starting the transaction, in a message that
    // also guesses at a lock.
    if (lower.contains(u"readonly") || lower.contains(u"read-only") || lower.contains(u"read only"))
        why = tr("The database cannot be written to (it is read-only). Ask your administrator "
                 "to check the file's permissions, then save again.");
    else if (lower.contains(u"disk is full") || lower.contains(u"disk full") ||
             lower.contains(u"no space"))
        why = tr("The disk is full. Free some space, then save again.");
    else if (lower.contains(u"locked") || lower.contains(u"busy"))
        why = tr("The database is busy: someone else is saving. Wait a moment and save again.");
    else if (lower.contains(u"someone else") || lower.contains(u"changed since"))
        why = tr("Someone else changed it meanwhile. Reopen it, then save again.");
    else
        why = tr("Check the connection to the database, then save again.");
    return tr("%1 %2 Everything you typed is still here.\n(%3)").arg(notSaved, why, error);
}

} // namespace redress
