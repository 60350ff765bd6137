#include "UnsavedChanges.h"

#include "common/MessageBox.h"

#include <QCoreApplication>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedChanges)
};

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
        why =
            Text::tr("The database cannot be written to (it is read-only). Ask your administrator "
                     "to check the file's permissions, then save again.");
    else if (lower.contains(u"disk is full") || lower.contains(u"disk full") ||
             lower.contains(u"no space"))
        why = Text::tr("The disk is full. Free some space, then save again.");
    else if (lower.contains(u"locked") || lower.contains(u"busy"))
        why =
            Text::tr("The database is busy: someone else is saving. Wait a moment and save again.");
    else if (lower.contains(u"someone else") || lower.contains(u"changed since"))
        why = Text::tr("Someone else changed it meanwhile. Reopen it, then save again.");
    else
        why = Text::tr("Check the connection to the database, then save again.");
    return Text::tr("%1 %2 Everything you typed is still here.\n(%3)").arg(notSaved, why, error);
}

} // namespace redress
