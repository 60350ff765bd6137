#pragma once

#include <QString>

class QWidget;

namespace redress::help {

// The user guide's section headings the program opens at, as written in docs/user-guide.md.
inline constexpr const char* queueSection = "The case queue";
inline constexpr const char* shortcutsSection = "Keyboard shortcuts in the main window";

// The section of the user guide about the screen `widget` is part of: the nearest window,
// dialog or tab, walking out from the widget, that the guide has a section for; the queue's
// section when none has.
QString sectionFor(const QWidget* widget);

} // namespace redress::help
