#include "DataMenu.h"

#include "importing/ExportCasesDialog.h"
#include "importing/ImportHistoryDialog.h"
#include "importing/ImportWizard.h"
#include "privacy/SubjectAccessDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace redress {

namespace {

template <typename Dialog> void openDialog(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

void fillDataMenu(QMenu* menu, Session& session, QWidget* parent)
{
    QAction* import = menu->addAction(
        QCoreApplication::translate("DataMenu", "&Import a spreadsheet log…"), parent,
        [&session, parent] { openDialog(new ImportWizard(session, parent)); });
    import->setObjectName(QStringLiteral("openImportWizard"));
    QAction* history = menu->addAction(
        QCoreApplication::translate("DataMenu", "Import &history…"), parent,
        [&session, parent] { openDialog(new ImportHistoryDialog(session, parent)); });
    history->setObjectName(QStringLiteral("openImportHistory"));
    menu->addSeparator();
    QAction* exportCases =
        menu->addAction(QCoreApplication::translate("DataMenu", "&Export cases…"), parent,
                        [&session, parent] { openDialog(new ExportCasesDialog(session, parent)); });
    exportCases->setObjectName(QStringLiteral("openExportCases"));
    menu->addSeparator();
    QAction* subjectAccess = menu->addAction(
        QCoreApplication::translate("DataMenu", "&Subject access request…"), parent,
        [&session, parent] { openDialog(new SubjectAccessDialog(session, parent)); });
    subjectAccess->setObjectName(QStringLiteral("openSubjectAccess"));
}

} // namespace redress
