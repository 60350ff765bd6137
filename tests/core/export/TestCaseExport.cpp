// The case export gives exactly what loading each case on its own gives: every field of every
// case, in the same order, with the same types, in CSV and XLSX, on SQLite and PostgreSQL.
// The expected rows are made here the plain way (CaseRepository::load for one case at a
// time), so however the export reads its cases, this says whether the output changed.
#include "ExportReadBack.h"
#include "TestSupport.h"
#include "demo/DemoDataGenerator.h"
#include "export/CaseExporter.h"
#include "import/ImportField.h"
#include "import/ImportVocabulary.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2022, 3, 1);
const QString outsider = QStringLiteral("outsider");

// A case with something in every collection the export writes, so none is left untested
// whatever the demo data happens to hold.
Case fullCase(Database& db, qint64 linkedId, const QString& linkedReference)
{
    Case c;
    c.kind = CaseKind::OmbudsmanEnquiry;
    c.procedure = Procedure::Statutory;
    c.state = CaseState::Closed;
    c.receivedOn = QDate(2021, 6, 1);
    c.matterArose = QDate(2021, 5, 2);
    c.closedOn = QDate(2021, 9, 30);
    c.summary = QStringLiteral("Line one\nline two, \"quoted\"; =not a formula");
    c.channelCode = QStringLiteral("email");
    c.complainant.fullName = QStringLiteral("Ada Ó Súilleabháin");
    c.complainant.email = QStringLiteral("ada@example.org");
    c.complainant.postcode = QStringLiteral("AB1 2CD");
    c.complainant.anonymous = true;
    c.advocacyOffered = true;
    c.advocateProvidedBy = QStringLiteral("Advocacy Service");
    c.officer = QStringLiteral("officer");
    c.publishable = true;
    c.sourceReference = QStringLiteral("OLD/42");
    Stage s1;
    s1.number = 1;
    s1.profileCode = QStringLiteral("statutory_1");
    s1.requestedOn = c.receivedOn;
    s1.acknowledgedOn = QDate(2021, 6, 3);
    s1.respondedOn = QDate(2021, 6, 28);
    s1.extendedToDays = 20;
    s1.extensionAgreedOn = QDate(2021, 6, 10);
    s1.extensionReason = QStringLiteral("Complex");
    s1.outcomeCode = QStringLiteral("upheld");
    s1.outcomeOverridden = true;
    s1.respondingManager = QStringLiteral("M. Manager");
    s1.suspensions = {{0, QDate(2021, 6, 5), QDate(2021, 6, 8), QStringLiteral("Away")},
                      {0, QDate(2021, 6, 12), {}, QStringLiteral("Court")}};
    Stage s2;
    s2.number = 2;
    s2.profileCode = QStringLiteral("statutory_2");
    s2.requestedOn = QDate(2021, 7, 1);
    s2.investigatingOfficer = QStringLiteral("I. Officer");
    s2.independentPerson = QStringLiteral("I. Person");
    s2.statementAgreedOn = QDate(2021, 7, 9);
    s2.suspensions = {{0, QDate(2021, 7, 12), QDate(2021, 7, 14), QStringLiteral("Ill")}};
    c.stages = {s1, s2};
    c.children = {{0, QStringLiteral("SC123"), QStringLiteral("Child A"),
                   QStringLiteral("looked_after"), true, QStringLiteral("Provider")},
                  {0, QStringLiteral("SC456"), QStringLiteral("Child B"), {}, false, {}}};
    c.points = {{0,
                 QStringLiteral("Point one"),
                 QStringLiteral("communication"),
                 0,
                 {{1, QStringLiteral("upheld")}, {2, QStringLiteral("not_upheld")}}},
                {0, QStringLiteral("Point two"), QStringLiteral("delay"), 0, {}},
                {0, QStringLiteral("Point three"), QStringLiteral("communication"), 0, {}}};
    c.remedies = {{0, 1, QStringLiteral("apology"), QStringLiteral("Sorry"), 0, c.receivedOn, {}},
                  {0, 2, QStringLiteral("financial"), QStringLiteral("Paid"), 12345,
                   QDate(2021, 7, 20), QDate(2021, 7, 30)}};
    c.learningActions = {{0,
                          QStringLiteral("Train"),
                          QStringLiteral("training"),
                          QStringLiteral("Lead"),
                          QDate(2021, 12, 1),
                          QStringLiteral("implemented"),
                          {},
                          QDate(2021, 11, 1)}};
    c.staffNamed = {{0, QStringLiteral("S. Worker"), QStringLiteral("Social worker")}};
    c.costs = {{0, 2, QStringLiteral("investigating_officer"), 50000, QDate(2021, 7, 30),
                QStringLiteral("Invoice")}};
    c.links = {{linkedId, linkedReference, QStringLiteral("related")}};
    c.reopenings = {{QDate(2021, 8, 1), QStringLiteral("New evidence")}};
    c.notes = {{0, QDateTime(QDate(2021, 6, 2), QTime(9, 30), Qt::UTC), QStringLiteral("officer"),
                QStringLiteral("A note")}};
    c.ombudsman.lgscoReference = QStringLiteral("21 001 234");
    c.ombudsman.decisionCode = QStringLiteral("upheld_maladministration_injustice");
    c.ombudsman.decidedOn = QDate(2021, 9, 20);
    c.ombudsman.faultFound = true;
    c.ombudsman.injusticeFound = true;
    c.ombudsman.recommendations = {{0, QStringLiteral("Pay"), 20000, QDate(2021, 10, 20),
                                    QDate(2021, 10, 1), QStringLiteral("financial")}};
    const Status inserted = CaseRepository(db).insert(c);
    if (!inserted)
        qFatal("%s", qPrintable(inserted.error()));
    return c;
}

// The database every test exports: demo cases, the full case, and a case restricted to
// someone else.
void fill(Database& db)
{
    const Status made = DemoDataGenerator(db, 11).generate(250, 2);
    QVERIFY2(made, qPrintable(made.error()));
    auto first = sql::exec(db.sql(), QStringLiteral("SELECT id, reference FROM cases ORDER BY id"));
    QVERIFY(first && first->next());
    fullCase(db, first->value(0).toLongLong(), first->value(1).toString());
    auto last = sql::scalar(db.sql(), QStringLiteral("SELECT MAX(id) FROM cases"));
    QVERIFY(last);
    QVERIFY(sql::exec(db.sql(),
                      QStringLiteral("INSERT INTO case_restriction (case_id, username) "
                                     "SELECT id, 'someone_else' FROM cases WHERE id = ? - 1"),
                      {last->toLongLong()}));
}

// The export as it is defined: the cases the viewer may see received in the period, oldest
// first, each loaded on its own and written field by field.
QList<QVariantList> expectedRows(Database& db, QDate from, QDate to)
{
    QList<QVariantList> rows;
    const QStringList headings = exporting::CaseExporter::headings();
    rows << QVariantList(headings.cbegin(), headings.cend());
    auto vocabulary = import::ImportVocabulary::load(db);
    if (!vocabulary)
        qFatal("%s", qPrintable(vocabulary.error()));
    auto ids = sql::exec(db.sql(),
                         QStringLiteral("SELECT id FROM cases WHERE received_on >= ? AND "
                                        "received_on <= ? AND ") +
                             CaseQuery::visibleTo(QStringLiteral("id")) +
                             QStringLiteral(" ORDER BY received_on, id"),
                         {sql::date(from), sql::date(to), outsider});
    if (!ids)
        qFatal("%s", qPrintable(ids.error()));
    QList<qint64> list;
    while (ids->next())
        list << ids->value(0).toLongLong();
    CaseRepository cases(db);
    for (qint64 id : list) {
        const Case c = cases.load(id).value();
        QVariantList row;
        for (const import::ImportField& field : import::importFields())
            row << exporting::CaseExporter::value(field, c, vocabulary.value());
        rows << row;
    }
    return rows;
}

// A cell as an XLSX reader gives it back: text as text, dates as dates, numbers as doubles.
QVariant xlsxCell(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value;
    }
}

QVariant cellAt(const QVariantList& row, int column)
{
    return column < row.size() ? row.at(column) : QVariant();
}

} // namespace

class TestCaseExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    void rowsAreThoseOfEachCaseLoadedAlone_data() { addBackendRows(); }
    void rowsAreThoseOfEachCaseLoadedAlone()
    {
        REDRESS_TEST_DATABASE(db);
        fill(*db);
        const QDate from(2000, 1, 1);
        const QDate to(2100, 1, 1);
        const QList<QVariantList> expected = expectedRows(*db, from, to);
        QVERIFY(expected.size() > 200);
        auto rows = exporting::CaseExporter(*db, outsider).rows(from, to);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r)
            for (qsizetype c = 0; c < expected.at(r).size(); ++c) {
                const QVariant want = expected.at(r).at(c);
                const QVariant got = rows->at(r).at(c);
                QVERIFY2(got.typeId() == want.typeId() && got == want,
                         qPrintable(QStringLiteral("row %1, %2: %3 instead of %4")
                                        .arg(r + 1)
                                        .arg(expected.first().at(c).toString(), got.toString(),
                                             want.toString())));
            }
        // The restricted case is not there, and the period is kept to.
        auto all = sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"));
        QCOMPARE(qint64(rows->size() - 1), all->toLongLong() - 1);
        const QDate mid = expected.at(expected.size() / 2).at(5).toDate();
        QVERIFY(mid.isValid());
        QCOMPARE(exporting::CaseExporter(*db, outsider).rows(mid, mid)->size(),
                 expectedRows(*db, mid, mid).size());
    }

    void filesHoldTheSameCells_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("format");
        for (const char* format : {"csv", "xlsx"}) {
            QTest::addRow("sqlite %s", format) << Backend::Sqlite << QString::fromLatin1(format);
            QTest::addRow("postgres %s", format)
                << Backend::Postgres << QString::fromLatin1(format);
        }
    }
    void filesHoldTheSameCells()
    {
        QFETCH(QString, format);
        REDRESS_TEST_DATABASE(db);
        fill(*db);
        const QList<QVariantList> expected = expectedRows(*db, {2000, 1, 1}, {2100, 1, 1});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.") + format);
        const bool csv = format == u"csv";
        auto written =
            exporting::CaseExporter(*db, outsider)
                .write(path, csv ? exporting::ExportFormat::Csv : exporting::ExportFormat::Xlsx, {},
                       {});
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), qint64(expected.size() - 1));

        const QList<QVariantList> back = readBack(path);
        QCOMPARE(back.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r)
            for (int c = 0; c < int(expected.at(r).size()); ++c) {
                const QVariant want = expected.at(r).at(c);
                QVariant got = cellAt(back.at(r), c);
                QVariant wanted = csv ? QVariant(csvText(want)) : xlsxCell(want);
                if (csv && got.isNull())
                    got = QString();
                QVERIFY2(got.typeId() == wanted.typeId() && got == wanted,
                         qPrintable(QStringLiteral("%1 row %2, %3: %4 instead of %5")
                                        .arg(format)
                                        .arg(r + 1)
                                        .arg(expected.first().at(c).toString(), got.toString(),
                                             wanted.toString())));
            }
    }

    // Progress reaches the end of the export; a cancelled export fails and leaves no file,
    // not even a part-written one beside where it would have been.
    void progressAndCancelling_data() { filesHoldTheSameCells_data(); }
    void progressAndCancelling()
    {
        QFETCH(QString, format);
        REDRESS_TEST_DATABASE(db);
        fill(*db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.") + format);
        const auto kind =
            format == u"csv" ? exporting::ExportFormat::Csv : exporting::ExportFormat::Xlsx;
        QList<double> reported;
        auto written = exporting::CaseExporter(*db).write(path, kind, {}, {}, [&](double done) {
            reported << done;
            return true;
        });
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(!reported.isEmpty());
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QCOMPARE(reported.last(), 1.0);
        QVERIFY(QFile::remove(path));

        auto cancelled =
            exporting::CaseExporter(*db).write(path, kind, {}, {}, [](double) { return false; });
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")),
                 qPrintable(cancelled.error()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    // A workbook cell holds 32,767 characters at most: a longer one is refused with the row
    // and column, and no file is left, where CSV takes it.
    void tooLongForACellIsRefused_data() { addBackendRows(); }
    void tooLongForACellIsRefused()
    {
        REDRESS_TEST_DATABASE(db);
        Case c = closedCase(*sessionOn(*db), CaseKind::Complaint, QDate(2021, 5, 20),
                            QStringLiteral("Long"));
        QVERIFY(c.id != 0);
        c.summary = QString(40000, u'x');
        QVERIFY(CaseRepository(*db).update(c));

        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("cases.xlsx"));
        auto refused =
            exporting::CaseExporter(*db).write(xlsx, exporting::ExportFormat::Xlsx, {}, {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Row 2, column H")) &&
                     refused.error().contains(QStringLiteral("40000")),
                 qPrintable(refused.error()));
        QVERIFY(!QFileInfo::exists(xlsx));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

        const QString csv = dir.filePath(QStringLiteral("cases.csv"));
        QVERIFY(exporting::CaseExporter(*db).write(csv, exporting::ExportFormat::Csv, {}, {}));
        QCOMPARE(readBack(csv).at(1).at(7).toString(), c.summary);
    }
};

QTEST_GUILESS_MAIN(TestCaseExport)
#include "TestCaseExport.moc"
