#include "TestSupport.h"
#include "procedure/DeadlineCalculator.h"
#include "storage/CaseRepository.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 3, 3); // a Wednesday

struct Logged
{
    QString reference;
    Milestone::Kind dueKind;
    QDate due;
};

// Four complaints whose next deadlines are of both kinds, interleaved: the queue's order by
// due date is by the earliest deadline, whichever it is.
QList<Logged> logCases(Session& session)
{
    QList<Logged> expected;
    auto log = [&](QDate received, QDate acknowledged, Procedure procedure, Milestone::Kind kind,
                   QDate due) {
        const Case record = loggedComplaint(session, received, acknowledged, procedure);
        expected.append({record.reference, kind, due});
    };
    using K = Milestone::Kind;
    log(QDate(2021, 3, 1), {}, Procedure::Statutory, K::Acknowledgement, QDate(2021, 3, 3));
    log(QDate(2021, 2, 18), QDate(2021, 2, 19), Procedure::Statutory, K::Response,
        QDate(2021, 3, 4));
    log(QDate(2021, 2, 8), {}, Procedure::Statutory, K::Acknowledgement, QDate(2021, 2, 10));
    log(QDate(2021, 3, 1), QDate(2021, 3, 2), Procedure::Corporate, K::Response,
        QDate(2021, 3, 15));
    std::sort(expected.begin(), expected.end(),
              [](const Logged& a, const Logged& b) { return a.due < b.due; });
    return expected;
}

QStringList references(const QList<CaseSummary>& rows)
{
    QStringList result;
    for (const CaseSummary& row : rows)
        result << row.reference;
    return result;
}

} // namespace

class TestQueueDeadlines : public QObject
{
    Q_OBJECT

private slots:
    // Each row carries its current stage's dates, from which the rules tell which deadline
    // its due date is; the order is by the earliest deadline of either kind.
    void rowsSayWhichDeadlineIsDue_data() { addBackendRows(); }
    void rowsSayWhichDeadlineIsDue()
    {
        FixedToday fixed(today);
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const QList<Logged> expected = logCases(*session);
        if (QTest::currentTestFailed())
            return;

        CaseFilter filter;
        filter.openOnly = true;
        const auto rows = session->cases().list(filter);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), expected.size());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const CaseSummary& row = rows->at(i);
            QCOMPARE(row.reference, expected.at(i).reference);
            QCOMPARE(row.dueOn, expected.at(i).due);
            QCOMPARE(row.currentStage.number, 1);
            QVERIFY(!row.currentStage.profileCode.isEmpty());
            QCOMPARE(row.currentStage.requestedOn, row.receivedOn);
            Case record;
            record.kind = row.kind;
            record.procedure = row.procedure;
            record.receivedOn = row.receivedOn;
            auto profile = session->rules().profileFor(record, row.currentStage);
            QVERIFY(profile);
            const auto next = DeadlineCalculator(session->rules().calendar(), profile.value())
                                  .nextMilestone(row.currentStage, today);
            QVERIFY(next);
            QCOMPARE(next->kind, expected.at(i).dueKind);
            QCOMPARE(next->due, row.dueOn);
        }
    }

    // Keyset paging over the joined stage still gives every row once, in order, both ways.
    void pagesFollowTheEarliestDeadline_data() { addBackendRows(); }
    void pagesFollowTheEarliestDeadline()
    {
        FixedToday fixed(today);
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const QList<Logged> logged = logCases(*session);
        if (QTest::currentTestFailed())
            return;
        for (bool descending : {false, true}) {
            CaseFilter filter;
            filter.sort = {CaseSortColumn::Due, descending};
            const QStringList whole = references(session->cases().list(filter).value());
            QStringList expected;
            for (const Logged& one : logged)
                descending ? expected.prepend(one.reference) : expected.append(one.reference);
            QCOMPARE(whole, expected);
            QStringList paged;
            filter.limit = 1;
            for (;;) {
                const auto page = session->cases().list(filter);
                QVERIFY2(page, qPrintable(page.error()));
                if (page->isEmpty())
                    break;
                paged << references(page.value());
                filter.after = page->last();
            }
            QCOMPARE(paged, whole);
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueDeadlines)
#include "TestQueueDeadlines.moc"
