#include "DataMenu.h"

#include "importing/ExportCasesDialog.h"
#include "importing/ImportHistoryDialog.h"
#include "importing/ImportWizard.h"

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

void fillDataMenu(QMenu* menu, Database& database, QWidget* parent,
                  const std::function<void()>& casesChanged)
{
    QAction* import =
        menu->addAction(QCoreApplication::translate("DataMenu", "&Import a spreadsheet log…"),
                        parent, [&database, parent, casesChanged] {
                            auto* wizard = new ImportWizard(database, parent);
                            QObject::connect(wizard, &ImportWizard::casesImported, parent,
                                             [casesChanged] { casesChanged(); });
                            openDialog(wizard);
                        });
    import->setObjectName(QStringLiteral("openImportWizard"));
    QAction* history =
        menu->addAction(QCoreApplication::translate("DataMenu", "Import &history…"), parent,
                        [&database, parent, casesChanged] {
                            auto* dialog = new ImportHistoryDialog(database, parent);
                            QObject::connect(dialog, &ImportHistoryDialog::casesChanged, parent,
                                             [casesChanged] { casesChanged(); });
                            openDialog(dialog);
                        });
    history->setObjectName(QStringLiteral("openImportHistory"));
    menu->addSeparator();
    QAction* exportCases = menu->addAction(
        QCoreApplication::translate("DataMenu", "&Export cases…"), parent,
        [&database, parent] { openDialog(new ExportCasesDialog(database, parent)); });
    exportCases->setObjectName(QStringLiteral("openExportCases"));
}

} // namespace redress
