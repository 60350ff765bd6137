#pragma once

#include "admin/AdministrationDialog.h"

#include <QTabWidget>
#include <memory>

namespace redress::test {

// Administration on `session`, shown and exposed on screen so its controls can be typed into
// and clicked; nullptr, with the test failed, when it is not exposed.
std::unique_ptr<AdministrationDialog> openAdministration(Session& session);

// The dialog's control called `name`, with its page brought forward so that clicks and keys
// reach it; nullptr when there is none.
template <typename Widget> Widget* control(AdministrationDialog& dialog, const char* name)
{
    auto* widget = dialog.findChild<Widget*>(QLatin1String(name));
    if (!widget)
        return nullptr;
    for (int i = 0; i < dialog.tabs()->count(); ++i)
        if (dialog.tabs()->widget(i)->isAncestorOf(widget))
            dialog.tabs()->setCurrentIndex(i);
    return widget;
}

} // namespace redress::test
