#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace redress {

namespace {

bool install(QCoreApplication& app, const QLocale& locale, const QString& name,
             const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

} // namespace

void installTranslations(QCoreApplication& app, const QLocale& locale)
{
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The sources are British English, but a count in them reads "%n day(s)" until the British
    // English translation gives "1 day" and "2 days". So that goes underneath whatever the
    // locale (an American or a C locale included), and a translation into the user's own
    // language (Welsh) goes over it: what that leaves untranslated falls through to British
    // English, not to the bare source.
    install(app, QLocale(QLocale::English, QLocale::UnitedKingdom), QStringLiteral("redress"),
            QStringLiteral(":/i18n"));
    if (locale.language() != QLocale::English)
        install(app, locale, QStringLiteral("redress"), QStringLiteral(":/i18n"));
}

} // namespace redress
