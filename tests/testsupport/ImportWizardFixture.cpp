#include "ImportWizardFixture.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QTest>

namespace redress::test {

QString writtenLog(const QTemporaryDir& dir, const QByteArray& content, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        QTest::qFail(qPrintable(QStringLiteral("%1 could not be written").arg(path)), __FILE__,
                     __LINE__);
        return {};
    }
    return path;
}

bool openAt(ImportWizard& wizard, const QString& path, ImportWizard::PageId step)
{
    wizard.show();
    auto* file = wizard.findChild<QLineEdit*>(QStringLiteral("importFilePath"));
    if (!file)
        return false;
    file->setText(path);
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    while (wizard.currentId() != int(step) && next->isEnabled())
        next->click();
    return wizard.currentId() == int(step);
}

} // namespace redress::test
