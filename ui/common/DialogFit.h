#pragma once

#include <QSize>
#include <QString>

class QScrollArea;
class QWidget;

namespace redress {

// Sizes a dialog to `preferred`, but never larger than the screen it opens on (its parent's,
// else the primary screen), leaving room for the title bar and frame, so that its buttons
// are always on screen: at 1280×720 as much as on a large monitor. A long form inside must be
// in a scroll area for this to work.
void fitToScreen(QWidget* dialog, QSize preferred);

// Puts a page that can be taller than a small screen in a frameless scroll area of its own
// (named after the page, with "Scroll"), so the window holding it still fits 1280×720. The
// area is no tab stop: the page's controls are, and it scrolls to whichever has focus.
QScrollArea* scrollable(QWidget* page, const QString& accessibleName);

} // namespace redress
