#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace redress {

namespace {
std::optional<QString> nextFileName;
} // namespace

void FileDialog::setNextFileName(const QString& path)
{
    nextFileName = path;
}

bool FileDialog::takeNext(QString& path)
{
    if (!nextFileName)
        return false;
    path = *nextFileName;
    nextFileName.reset();
    return true;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    QString path;
    if (takeNext(path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& filter)
{
    QString path;
    if (takeNext(path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

} // namespace redress
