#include "DialogFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

namespace redress {

void fitToScreen(QWidget* dialog, QSize preferred)
{
    const QWidget* anchor = dialog->parentWidget() ? dialog->parentWidget() : dialog;
    const QScreen* screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        dialog->resize(preferred);
        return;
    }
    // The window manager's title bar and borders are outside the dialog's own size.
    const QSize frame(16, 48);
    const QSize room = screen->availableGeometry().size() - frame;
    dialog->resize(preferred.boundedTo(room).expandedTo(dialog->minimumSizeHint().boundedTo(room)));
}

QScrollArea* scrollable(QWidget* page, const QString& accessibleName)
{
    auto* scroll = new QScrollArea(page->parentWidget());
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setAccessibleName(accessibleName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);
    return scroll;
}

} // namespace redress
