#include "StageRowLogs.h"
#include "reporting/ReportEngine.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace redress;
using namespace redress::import;
using namespace redress::test;

namespace {

QString uk(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// One row: reference, linked reference, stage, type, received, team, response, outcome.
QStringList row(const QString& reference, const QString& linked, const QString& stage,
                const QString& type, QDate received, QDate response, const QString& outcome)
{
    return {reference,    linked, stage, type, uk(received), QStringLiteral("Assessment team"),
            uk(response), outcome};
}

const QStringList outcomes{QStringLiteral("Upheld"), QStringLiteral("Not upheld"),
                           QStringLiteral("Partly upheld")};

// North East Lincolnshire 2020/21 as its team might keep it: every representation a row,
// the stage 2 with a column naming its stage 1; 118 stage 1s, one stage 2, four Ombudsman
// enquiries (two about complaints of earlier years), 51 concerns and 18 compliments.
QList<QStringList> northEastLincolnshire()
{
    QList<QStringList> rows;
    const QDate start(2020, 4, 6);
    for (int i = 0; i < 118; ++i)
        rows << row(QStringLiteral("NEL-%1").arg(i, 3, 10, QChar(u'0')), QString(),
                    QStringLiteral("Stage 1"), QStringLiteral("Complaint"), start.addDays(2 * i),
                    start.addDays(2 * i + 14), outcomes.at(i % 3));
    rows << row(QStringLiteral("NEL-S2-001"), QStringLiteral("NEL-005"), QStringLiteral("Stage 2"),
                QStringLiteral("Complaint"), start.addDays(34), start.addDays(74),
                QStringLiteral("Not upheld"));
    for (int i = 0; i < 4; ++i)
        rows << row(QStringLiteral("NEL-LGO-%1").arg(i + 1),
                    i < 2 ? QStringLiteral("NEL-%1").arg(10 * (i + 1), 3, 10, QChar(u'0'))
                          : QStringLiteral("NEL-2019-%1").arg(i),
                    QStringLiteral("LGSCO"), QStringLiteral("LGSCO"),
                    QDate(2020, 9, 1).addDays(20 * i), QDate(2020, 10, 1).addDays(20 * i),
                    QStringLiteral("Premature"));
    for (int i = 0; i < 51; ++i)
        rows << row(QStringLiteral("NEL-C-%1").arg(i), QString(), QString(),
                    QStringLiteral("Concern"), start.addDays(3 * i), start.addDays(3 * i + 5),
                    QStringLiteral("Resolved"));
    for (int i = 0; i < 18; ++i)
        rows << row(QStringLiteral("NEL-P-%1").arg(i), QString(), QString(),
                    QStringLiteral("Compliment"), start.addDays(10 * i), QDate(), QString());
    return rows;
}

// Cambridgeshire's statutory complaints 2020/21: each stage a row, a later stage's reference
// its stage 1's with "/S2" or "/S3". 15 stage 1s carried in from March 2020 and 188 received
// (5 still open); 8 stage 2s (3 whose stage 1 was in last year's log; 4 answered); one stage
// 3; 16 Ombudsman enquiries (4 from last year; 11 closed).
QList<QStringList> cambridgeshire()
{
    QList<QStringList> rows;
    auto reference = [](int i) {
        return QStringLiteral("CCT-%1").arg(i, 4, 10, QChar(u'0'));
    };
    for (int i = 0; i < 15; ++i)
        rows << row(reference(9000 + i), QString(), QStringLiteral("Stage 1"),
                    QStringLiteral("Complaint"), QDate(2020, 3, 2).addDays(i),
                    QDate(2020, 4, 14).addDays(i), outcomes.at(i % 3));
    const QDate start(2020, 4, 6);
    for (int i = 0; i < 188; ++i) {
        const bool open = i >= 183;
        rows << row(reference(i), QString(), QStringLiteral("S1"), QStringLiteral("Complaint"),
                    start.addDays(i), open ? QDate() : start.addDays(i + 12),
                    open ? QString() : outcomes.at(i % 3));
    }
    for (int i = 0; i < 8; ++i) {
        const bool inLog = i < 5;
        const int base = inLog ? 10 * i : 8000 + i;
        const QDate requested = inLog ? start.addDays(10 * i + 32) : QDate(2020, 6, 1).addDays(i);
        const bool answered = i < 4;
        rows << row(reference(base) + QStringLiteral("/S2"), QString(), QStringLiteral("Stage 2"),
                    QStringLiteral("Complaint"), requested,
                    answered ? requested.addDays(60) : QDate(),
                    answered ? QStringLiteral("Not upheld") : QString());
    }
    rows << row(reference(0) + QStringLiteral("/S3"), QString(), QStringLiteral("Stage 3"),
                QStringLiteral("Complaint"), start.addDays(32 + 60 + 10), QDate(), QString());
    for (int i = 0; i < 16; ++i) {
        const bool earlier = i < 4;
        const QDate received =
            earlier ? QDate(2020, 2, 3).addDays(7 * i) : QDate(2020, 5, 4).addDays(14 * i);
        const bool closed = i < 11;
        rows << row(QStringLiteral("LGO-%1").arg(i), QString(), QStringLiteral("Ombudsman"),
                    QStringLiteral("LGSCO"), received,
                    closed ? QDate(2020, 6, 1).addDays(14 * i) : QDate(),
                    closed ? QStringLiteral("Premature") : QString());
    }
    return rows;
}

// The seed's published report, when ../shared has it: the figures below are its own.
QString seedText(const QString& prefix)
{
    const QDir seeds(QStringLiteral(REDRESS_SEEDS_DIR));
    const QStringList found = seeds.entryList({prefix + u'*'}, QDir::Files);
    if (found.isEmpty())
        return {};
    QFile file(seeds.filePath(found.first()));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestPublishedLogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    // A council's log of the year, one row per representation, in one import with one
    // mapping: the caseload table gives the published figures.
    void publishedTablesComeOut_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("published"); // words of the seed the figures come from
        QTest::addColumn<QString>("format");
        QTest::addColumn<QList<QStringList>>("rows");
        // "row:column=count" in the caseload table of 2020/21
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("North East Lincolnshire 2020/21")
            << QStringLiteral("000_") << QStringLiteral("A total of 118 stage one complaints")
            << QStringLiteral("xlsx") << northEastLincolnshire()
            << QStringList{QStringLiteral("statutory_stage1:received=118"),
                           QStringLiteral("statutory_stage2:received=1"),
                           QStringLiteral("statutory_stage3:received=0"),
                           QStringLiteral("lgsco_enquiry:received=4"),
                           QStringLiteral("concern:received=51"),
                           QStringLiteral("compliment:received=18")};
        QTest::addRow("Cambridgeshire 2020/21, statutory")
            << QStringLiteral("004_")
            << QStringLiteral("worked on 203 (293) Stage 1 Statutory complaints")
            << QStringLiteral("csv") << cambridgeshire()
            << QStringList{QStringLiteral("statutory_stage1:worked_on=203"),
                           QStringLiteral("statutory_stage1:carried_forward=15"),
                           QStringLiteral("statutory_stage1:received=188"),
                           QStringLiteral("statutory_stage1:concluded=198"),
                           QStringLiteral("statutory_stage1:ongoing=5"),
                           QStringLiteral("statutory_stage2:worked_on=8"),
                           QStringLiteral("statutory_stage2:carried_forward=0"),
                           QStringLiteral("statutory_stage2:received=8"),
                           QStringLiteral("statutory_stage2:concluded=4"),
                           QStringLiteral("statutory_stage2:ongoing=4"),
                           QStringLiteral("statutory_stage3:worked_on=1"),
                           QStringLiteral("statutory_stage3:received=1"),
                           QStringLiteral("statutory_stage3:ongoing=1"),
                           QStringLiteral("lgsco_enquiry:worked_on=16"),
                           QStringLiteral("lgsco_enquiry:carried_forward=4"),
                           QStringLiteral("lgsco_enquiry:received=12"),
                           QStringLiteral("lgsco_enquiry:concluded=11"),
                           QStringLiteral("lgsco_enquiry:ongoing=5")};
    }

    void publishedTablesComeOut()
    {
        QFETCH(QString, seed);
        QFETCH(QString, published);
        QFETCH(QString, format);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QStringList, expected);
        const QString text = seedText(seed);
        if (text.isEmpty())
            QSKIP(qPrintable(QStringLiteral("the published report %1… is not in %2")
                                 .arg(seed, QStringLiteral(REDRESS_SEEDS_DIR))));
        QVERIFY2(text.contains(published), qPrintable(published));

        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        ImportMapping mapping = stageMapping();
        mapping.columns.insert(QStringLiteral("kind"), QStringLiteral("Type"));
        mapping.defaults.remove(QStringLiteral("kind"));
        auto result = importWith(*db, writeLog(dir, format, rows), mapping);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(*result)));

        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        for (const QString& figure : expected) {
            const QString rowKey = figure.section(u':', 0, 0);
            const QString column = figure.section(u':', 1).section(u'=', 0, 0);
            const qint64 got =
                caseload(*annual, rowKey.toLatin1().constData(), column.toLatin1().constData());
            QCOMPARE(QStringLiteral("%1:%2=%3").arg(rowKey, column).arg(got), figure);
        }
    }
};

QTEST_GUILESS_MAIN(TestPublishedLogs)
#include "TestPublishedLogs.moc"
