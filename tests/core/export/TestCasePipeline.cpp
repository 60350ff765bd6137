// Batches handed to the writing thread are written in the order given, every one of them,
// and a failed write stops the batches after it and is what the pipeline reports.
#include "export/CasePipeline.h"

#include <QTest>

using namespace redress;
using namespace redress::exporting;

namespace {

QList<Case> batchOf(qint64 firstId, int size)
{
    QList<Case> batch;
    for (int i = 0; i < size; ++i) {
        Case c;
        c.id = firstId + i;
        c.reference = QStringLiteral("C%1").arg(c.id);
        batch << c;
    }
    return batch;
}

} // namespace

class TestCasePipeline : public QObject
{
    Q_OBJECT

private slots:
    void everyCaseIsWrittenInOrder_data()
    {
        QTest::addColumn<int>("batches");
        QTest::addRow("none") << 0;
        QTest::addRow("one") << 1;
        QTest::addRow("more than the queue holds") << 40;
    }
    void everyCaseIsWrittenInOrder()
    {
        QFETCH(int, batches);
        QList<qint64> written; // only the writing thread touches it until finish()
        CasePipeline pipeline([&](const QList<Case>& batch) -> Status {
            for (const Case& c : batch) {
                if (c.reference != QStringLiteral("C%1").arg(c.id))
                    return fail(QStringLiteral("case %1 arrived changed").arg(c.id));
                written << c.id;
            }
            return {};
        });
        for (int b = 0; b < batches; ++b)
            QVERIFY(pipeline.add(batchOf(qint64(b) * 7, 7)));
        const Status finished = pipeline.finish();
        QVERIFY2(finished, qPrintable(finished.error()));
        QCOMPARE(written.size(), batches * 7);
        for (qsizetype i = 0; i < written.size(); ++i)
            QCOMPARE(written.at(i), qint64(i));
    }

    void aFailedWriteStopsTheRest()
    {
        int written = 0;
        CasePipeline pipeline([&](const QList<Case>& batch) -> Status {
            if (batch.first().id == 45)
                return fail(QStringLiteral("disk full at 45"));
            ++written;
            return {};
        });
        int added = 0;
        for (int b = 0; b < 1000; ++b) {
            ++added;
            if (!pipeline.add(batchOf(b * 5, 5)))
                break;
        }
        // The queue holds two batches, so the reading side hears of it long before the end.
        QVERIFY(added < 1000);
        const Status finished = pipeline.finish();
        QVERIFY(!finished);
        QCOMPARE(finished.error(), QStringLiteral("disk full at 45"));
        QCOMPARE(written, 9);
        QVERIFY(!pipeline.abandon());
    }
};

QTEST_GUILESS_MAIN(TestCasePipeline)
#include "TestCasePipeline.moc"
