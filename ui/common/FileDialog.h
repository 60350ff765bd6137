#pragma once

#include <QString>

class QWidget;

namespace redress {

// Every file Redress asks a person to choose goes through here, so a test can choose the next
// one in advance (setNextFileName) and a save or open flow runs without anyone there.
class FileDialog
{
public:
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                const QString& filter);

    // The next dialog is not shown: it gives `path` (empty: as if cancelled). One name answers
    // one dialog.
    static void setNextFileName(const QString& path);

private:
    static bool takeNext(QString& path);
};

} // namespace redress
