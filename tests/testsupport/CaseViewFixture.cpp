#include "CaseViewFixture.h"

#include "session/Session.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

namespace redress::test {

std::unique_ptr<CaseView> openCaseView(Session& session, qint64 caseId)
{
    auto view = std::make_unique<CaseView>(session);
    if (Status loaded = view->load(caseId); !loaded) {
        QTest::qFail(qPrintable(loaded.error()), __FILE__, __LINE__);
        return nullptr;
    }
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        QTest::qFail("the case view was not exposed", __FILE__, __LINE__);
        return nullptr;
    }
    return view;
}

QString bannerOf(const CaseView& view)
{
    return view.findChild<QLabel*>(QStringLiteral("caseBanner"))->text();
}

bool showTab(CaseView& view, const QString& title)
{
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(u'&').contains(title) && tabs->isTabVisible(i)) {
            tabs->setCurrentIndex(i);
            return true;
        }
    return false;
}

void choose(QComboBox* combo, const QString& label)
{
    const int index = combo->findText(label);
    if (index < 0) {
        QTest::qFail(qPrintable(QStringLiteral("no item %1").arg(label)), __FILE__, __LINE__);
        return;
    }
    combo->setCurrentIndex(index);
}

} // namespace redress::test
