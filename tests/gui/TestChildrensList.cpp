// The weekly list of open children's complaints on the Reports tab, on real widgets: the
// period picker's week entry asks for a day, the list holds the open complaints of children
// and young people with their next deadline, and a restricted case only for those named.
#include "../core/reporting/ReportFixtures.h"
#include "TestSupport.h"
#include "reports/ReportView.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

class TestChildrensList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Open on 30/06/2021: a child's complaint (CHILD), an advocate's restricted to "named"
    // (RESTRICTED) and a parent's (PARENT, never listed).
    void weekList_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QStringList>("listed");
        QTest::addRow("not named")
            << QStringLiteral("officer") << QStringList{QStringLiteral("CHILD")};
        QTest::addRow("named") << QStringLiteral("named")
                               << QStringList{QStringLiteral("CHILD"),
                                              QStringLiteral("RESTRICTED")};
    }
    void weekList()
    {
        QFETCH(QString, actor);
        QFETCH(QStringList, listed);
        FixedToday today(QDate(2021, 6, 30));
        auto holder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(holder);
        auto db = holder->open();
        QVERIFY(db);
        CaseMaker make(*db);
        auto open = [&](QDate received, const char* role, const char* reference) {
            Case record = make.complaint(received, -1, {});
            record.reference = QString::fromLatin1(reference);
            record.complainantRoleCode = QString::fromLatin1(role);
            record.teamId = make.unit(QStringLiteral("mash"));
            return record;
        };
        QList<Case> cases{open(QDate(2021, 6, 7), "child", "CHILD"),
                          open(QDate(2021, 6, 14), "advocate", "RESTRICTED"),
                          open(QDate(2021, 6, 1), "parent", "PARENT")};
        cases[0].stages[0].acknowledgedOn = QDate();
        QVERIFY(make.insert(cases));
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("INSERT INTO case_restriction (case_id, username) "
                                         "VALUES (?, ?)"),
                          {cases.at(1).id, QStringLiteral("named")}));
        auto session = sessionOn(*db, actor);
        QVERIFY(session);

        ReportView view(*session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.listDayPicker()->isVisible());
        QComboBox* period = view.periodPicker();
        period->setFocus();
        // The week entry, chosen from the keyboard as a user would.
        const QString weekEntry = QStringLiteral("Open children's complaints: a week");
        while (period->currentText() != weekEntry && period->currentIndex() < period->count() - 1)
            QTest::keyClick(period, Qt::Key_Down);
        QCOMPARE(period->currentText(), weekEntry);
        QVERIFY(view.listDayPicker()->isVisible());
        QVERIFY(!view.yearPicker()->isEnabled());
        view.listDayPicker()->setDate(QDate(2021, 6, 30));

        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("produceReport")),
                          Qt::LeftButton);
        QTRY_VERIFY(view.report().has_value());
        QCOMPARE(view.report()->scope().period.first, QDate(2021, 6, 28));
        QCOMPARE(view.report()->scope().period.last, QDate(2021, 7, 4));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("reportHeading"))
                    ->text()
                    .contains(QStringLiteral("28/06/2021 to 04/07/2021")));
        QCOMPARE(view.tableList()->count(), 1);

        const QAbstractItemModel* model = view.tableView()->model();
        QStringList references;
        QString firstDeadline;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString label = model->index(row, 0).data().toString().trimmed();
            if (label == u"CHILD")
                firstDeadline = model->index(row, 3).data().toString();
            if (label != view.report()->tables().constFirst().rows().constLast().cells.value(0))
                references << label;
        }
        QCOMPARE(references, listed);
        QCOMPARE(firstDeadline, QStringLiteral("Acknowledgement"));

        // Saved as PDF it is the whole list, titled with its week, however a quarter prints.
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("week.pdf"));
        QVERIFY(view.savePdf(path));
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Open complaints from children and young people")),
                 qPrintable(text));
        for (const QString& reference : std::as_const(listed))
            QVERIFY2(text.contains(reference), qPrintable(reference));
        QCOMPARE(text.contains(QStringLiteral("RESTRICTED")), listed.contains(u"RESTRICTED"));
        QVERIFY(!text.contains(QStringLiteral("PARENT")));
    }
};

QTEST_MAIN(TestChildrensList)
#include "TestChildrensList.moc"
