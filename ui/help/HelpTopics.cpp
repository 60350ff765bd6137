#include "HelpTopics.h"

#include <QHash>
#include <QWidget>

namespace redress::help {

namespace {

// By class, so a screen needs no code of its own to have help: the guide's headings are the
// one place a screen's help is written.
const QHash<QString, QString>& sectionsByClass()
{
    static const QHash<QString, QString> sections{
        {QStringLiteral("redress::CaseView"), QStringLiteral("A case")},
        {QStringLiteral("redress::MyWorkView"), QStringLiteral("My work")},
        {QStringLiteral("redress::ActionDialog"), QStringLiteral("A case")},
        {QStringLiteral("redress::ReportView"), QStringLiteral("Reports")},
        {QStringLiteral("redress::AdministrationDialog"), QStringLiteral("Administration")},
        {QStringLiteral("redress::NewCaseDialog"), QStringLiteral("Logging a new case")},
        {QStringLiteral("redress::ImportWizard"), QStringLiteral("Importing a spreadsheet log")},
        {QStringLiteral("redress::ImportHistoryDialog"),
         QStringLiteral("Importing a spreadsheet log")},
        {QStringLiteral("redress::ExportCasesDialog"), QStringLiteral("Exporting cases")},
        {QStringLiteral("redress::SubjectAccessDialog"), QStringLiteral("Subject access requests")},
        {QStringLiteral("redress::SignInDialog"), QStringLiteral("Signing in to the team server")},
    };
    return sections;
}

} // namespace

QString sectionFor(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const auto found =
            sectionsByClass().constFind(QString::fromLatin1(w->metaObject()->className()));
        if (found != sectionsByClass().constEnd())
            return found.value();
    }
    return QString::fromLatin1(queueSection);
}

} // namespace redress::help
