#pragma once

#include "caseview/CaseView.h"

#include <QComboBox>
#include <QString>
#include <QWidget>
#include <memory>

namespace redress {
class Session;
}

namespace redress::test {

// A case view on `session` showing case `caseId`, shown and exposed on screen so its controls
// can be typed into and clicked; nullptr, with the test failed, when the case cannot be loaded
// or the window is not exposed. Tests use REDRESS_OPEN_CASE_VIEW rather than this.
std::unique_ptr<CaseView> openCaseView(Session& session, qint64 caseId);

// The child of `parent` called `name`; nullptr, with a warning naming it, when it has none.
template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

// The text of the view's message banner.
QString bannerOf(const CaseView& view);

// Shows the view's visible tab whose text (without its mnemonic) holds `title`; false when
// there is none.
bool showTab(CaseView& view, const QString& title);

// Chooses the item `label` in `combo`; fails the test when it is not there.
void choose(QComboBox* combo, const QString& label);

} // namespace redress::test

// In a test function: `view`, a CaseView on `session` showing case `caseId`, exposed on screen.
#define REDRESS_OPEN_CASE_VIEW(view, session, caseId)                                              \
    auto view##Holder = redress::test::openCaseView(session, caseId);                              \
    QVERIFY(view##Holder);                                                                         \
    redress::CaseView& view = *view##Holder
