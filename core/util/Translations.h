#pragma once

#include <QLocale>

class QCoreApplication;

namespace redress {

// Installs Qt's and Redress's translations for the locale, as both programs do. Redress's come
// from :/i18n, which each program embeds (translations/CMakeLists.txt).
void installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace redress
