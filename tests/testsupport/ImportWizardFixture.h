#pragma once

#include "importing/ImportWizard.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace redress::test {

// `content` written to `name` in `dir`; its path, or empty with the test failed.
QString writtenLog(const QTemporaryDir& dir, const QByteArray& content,
                   const QString& name = QStringLiteral("stages.csv"));

// The wizard shown with the log at `path` chosen, and taken on with Next to `step` (or as far
// as Next goes): whether it got there.
bool openAt(ImportWizard& wizard, const QString& path, ImportWizard::PageId step);

} // namespace redress::test
