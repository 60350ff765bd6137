#pragma once

#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace redress {

class Database;

// Fills the Data menu: import a spreadsheet log, the import history (undo), export cases.
// `casesChanged` runs after an import or an undo, e.g. to refresh the queue.
void fillDataMenu(QMenu* menu, Database& database, QWidget* parent,
                  const std::function<void()>& casesChanged);

} // namespace redress
