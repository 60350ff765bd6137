#pragma once

#include <QObject>

namespace redress {

// Keeps the mouse wheel from changing a drop-down, spin box or date box that the officer has
// not clicked or tabbed into: scrolling a long form over one scrolls the form instead. The
// program installs one on the application, so every window and dialog behaves the same.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject* parent = nullptr);

    // Installs a guard on the running application (once; later calls do nothing).
    static void installOnApplication();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace redress
