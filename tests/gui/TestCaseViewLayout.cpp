#include "CaseViewFixture.h"
#include "TestSupport.h"
#include "session/Session.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <tuple>

using namespace redress;
using namespace redress::test;

namespace {

// An Ombudsman enquiry whose decision made `entries` recommendations, and which agreed as many
// remedies and learning actions.
Case caseWith(Session& session, int entries)
{
    Case record;
    record.kind = CaseKind::OmbudsmanEnquiry;
    record.receivedOn = QDate(2021, 1, 4);
    record.summary = QStringLiteral("Ombudsman enquiry about a stage 2 complaint");
    for (int i = 1; i <= entries; ++i) {
        record.ombudsman.recommendations.append({0, QStringLiteral("Recommendation %1").arg(i), 0,
                                                 QDate(2021, 2, i), QDate(),
                                                 QStringLiteral("apology")});
        Remedy remedy;
        remedy.typeCode = QStringLiteral("apology");
        remedy.description = QStringLiteral("Remedy %1").arg(i);
        record.remedies.append(remedy);
        LearningAction learning;
        learning.description = QStringLiteral("Learning action %1").arg(i);
        record.learningActions.append(learning);
    }
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

    void listsShowWholeRows_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("atLeast");
        for (const auto& [tab, list, atLeast] :
             {std::tuple{"Ombudsman", "caseRecommendations", 3},
              std::tuple{"Remedies and learning", "caseRemedies", 3},
              std::tuple{"Remedies and learning", "caseLearning", 3}}) {
            QTest::addRow("%s, one", list)
                << QString::fromLatin1(tab) << QString::fromLatin1(list) << 1 << atLeast;
            QTest::addRow("%s, more than fit", list)
                << QString::fromLatin1(tab) << QString::fromLatin1(list) << 7 << atLeast;
        }
    }

    // The lists on pages that scroll (the Ombudsman's recommendations, remedies, learning
    // actions) show whole rows, never one and a half.
    void listsShowWholeRows()
    {
        QFETCH(QString, tab);
        QFETCH(QString, list);
        QFETCH(int, entries);
        QFETCH(int, atLeast);
        FixedToday today(QDate(2021, 3, 10));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = caseWith(*session, entries);
        QVERIFY(record.id);
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        view.resize(1280, 720);
        QVERIFY(showTab(view, tab));
        auto* table = child<QTableWidget>(view, qPrintable(list));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), entries);
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int shown = table->viewport()->height();
        QVERIFY2(shown % rowHeight == 0,
                 qPrintable(QStringLiteral("%1 pixels for rows of %2").arg(shown).arg(rowHeight)));
        QVERIFY(shown / rowHeight >= atLeast);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TestCaseViewLayout)
#include "TestCaseViewLayout.moc"
