#pragma once

#include <QSize>

class QWidget;

namespace redress {

// Sizes a dialog to `preferred`, but never larger than the screen it opens on (its parent's,
// else the primary screen), leaving room for the title bar and frame, so that its buttons
// are always on screen: at 1280×720 as much as on a large monitor. A long form inside must be
// in a scroll area for this to work.
void fitToScreen(QWidget* dialog, QSize preferred);

} // namespace redress
