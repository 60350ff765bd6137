#include "CaseViewFixture.h"
#include "TestSupport.h"
#include "session/Session.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// An Ombudsman enquiry whose decision made `recommendations` recommendations.
Case enquiryWith(Session& session, int recommendations)
{
    Case record;
    record.kind = CaseKind::OmbudsmanEnquiry;
    record.receivedOn = QDate(2021, 1, 4);
    record.summary = QStringLiteral("Ombudsman enquiry about a stage 2 complaint");
    for (int i = 1; i <= recommendations; ++i)
        record.ombudsman.recommendations.append(
            {0, QStringLiteral("Recommendation %1").arg(i), 0, QDate(2021, 2, i), QDate()});
    if (Status logged = session.logCase(record); !logged)
        QTest::qFail(qPrintable(logged.error()), __FILE__, __LINE__);
    return record;
}

} // namespace

// How the case view lays out at 1280x720: controls their natural size, lists in whole rows.
class TestCaseViewLayout : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    // A lead sees Restrict… under the case title: a button as wide as its text, not the
    // window.
    void restrictButtonIsItsNaturalWidth()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("lead"));
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        view.resize(1280, 720);
        auto* restrict = child<QPushButton>(view, "restrictCase");
        QVERIFY(restrict);
        QTRY_VERIFY(restrict->isVisible());
        QCOMPARE(restrict->width(), restrict->sizeHint().width());
        QVERIFY(restrict->x() < view.width() / 2); // under the title, on the left
    }

    void recommendationsShowWholeRows_data()
    {
        QTest::addColumn<int>("recommendations");
        QTest::addRow("one") << 1;
        QTest::addRow("more than fit") << 7;
    }

    // The Ombudsman's recommendations are listed in whole rows, never one and a half.
    void recommendationsShowWholeRows()
    {
        QFETCH(int, recommendations);
        FixedToday today(QDate(2021, 3, 10));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = enquiryWith(*session, recommendations);
        QVERIFY(record.id);
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        view.resize(1280, 720);
        QVERIFY(showTab(view, QStringLiteral("Ombudsman")));
        auto* table = child<QTableWidget>(view, "caseRecommendations");
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), recommendations);
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int shown = table->viewport()->height();
        QVERIFY2(shown % rowHeight == 0,
                 qPrintable(QStringLiteral("%1 pixels for rows of %2").arg(shown).arg(rowHeight)));
        QVERIFY(shown / rowHeight >= 3);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TestCaseViewLayout)
#include "TestCaseViewLayout.moc"
