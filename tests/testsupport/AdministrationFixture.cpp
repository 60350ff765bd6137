#include "AdministrationFixture.h"

#include <QTest>

namespace redress::test {

std::unique_ptr<AdministrationDialog> openAdministration(Session& session)
{
    auto dialog = std::make_unique<AdministrationDialog>(session);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get())) {
        QTest::qFail("Administration was not shown", __FILE__, __LINE__);
        return nullptr;
    }
    return dialog;
}

} // namespace redress::test
