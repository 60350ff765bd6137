#pragma once

#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace redress {

class Session;

// Fills the Data menu: import a spreadsheet log, the import history (undo), export cases,
// answer a subject access request.
// An import or an undo tells the session, so every view follows.
void fillDataMenu(QMenu* menu, Session& session, QWidget* parent);

} // namespace redress
