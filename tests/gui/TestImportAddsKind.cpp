// "Add all N new values" on the import wizard's check page with a kind of feedback Redress
// does not know: the import adds it as other feedback with no response clock, inside its own
// transaction, and its cases come in of that kind; an import still refused (a row with
// another problem), and an officer, add nothing. On a real database file, real widgets.
#include "CaseViewFixture.h"
#include "TestSupport.h"
#include "common/MessageBox.h"
#include "importing/ImportWizard.h"
#include "storage/CaseKindStore.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

qint64 countOf(Database& db, const QString& statement)
{
    auto value = sql::scalar(db.sql(), statement);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestImportAddsKind : public QObject
{
    Q_OBJECT

private slots:
    void addsAnUnknownKind_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("lastRow"); // after two complaints and two correspondences
        QTest::addColumn<bool>("imported");
        QTest::addColumn<QString>("said"); // in the check page's summary
        QTest::addRow("administrator: added with the import")
            << QStringLiteral("import.admin") << QString() << true
            << QStringLiteral("Correspondence");
        QTest::addRow("administrator, a row still wrong: refused, nothing added")
            << QStringLiteral("import.admin")
            << QStringLiteral("2020/9,31/02/2020,Correspondence,Letter,Pat Example") << false
            << QString();
        QTest::addRow("officer: refused, nothing added")
            << QStringLiteral("officer") << QString() << false
            << QStringLiteral("Only an administrator");
    }
    void addsAnUnknownKind()
    {
        QFETCH(QString, actor);
        QFETCH(QString, lastRow);
        QFETCH(bool, imported);
        QFETCH(QString, said);
        IsolatedSettings settings;
        FixedToday fixed(QDate(2021, 6, 30));
        REDRESS_SQLITE_DATABASE(db);
        // "officer" is an officer in the users list the database starts with.
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("feedback log.csv"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Complaint Ref,Date Received,Type,How received,Complainant\n"
                       "2020/1,03/06/2020,Complaint,Email,Alex Example\n"
                       "2020/2,04/06/2020,Correspondence,Letter,Sam Sample\n"
                       "2020/3,05/06/2020,Correspondence,Email,Jo Bloggs\n"
                       "2020/4,08/06/2020,Complaint,Telephone,Chris Test\n");
            if (!lastRow.isEmpty())
                file.write(lastRow.toUtf8() + '\n');
        }
        auto session = sessionOn(*db, actor);
        QVERIFY(session);
        ImportWizard wizard(*session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        child<QLineEdit>(wizard, "importFilePath")->setText(log);
        next->click();
        next->click();
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationStep));

        auto* addAll = child<QPushButton>(wizard, "addAllNewValues");
        QVERIFY(addAll && addAll->isEnabled());
        QVERIFY2(addAll->text().contains(QStringLiteral("Add all 1 new value")),
                 qPrintable(addAll->text()));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        addAll->click();
        auto* summary = child<QLabel>(wizard, "validationSummary");
        QVERIFY2(summary->text().contains(said), qPrintable(summary->text()));
        // Checked, not yet added: the import adds it, in its transaction.
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM case_kind")), 0);
        QVERIFY(!caseKindFromCode(u"correspondence") ||
                !caseKindsWithCouncil().contains(*caseKindFromCode(u"correspondence")));
        QCOMPARE(next->isEnabled(), imported);
        if (!imported) {
            QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
            return;
        }
        next->click();
        QSignalSpy done(&wizard, &ImportWizard::casesImported);
        child<QPushButton>(wizard, "importNow")->click();
        QCOMPARE(done.size(), 1);

        auto row = sql::exec(db->sql(), QStringLiteral("SELECT name, clock_days, report_group "
                                                       "FROM case_kind"));
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), QStringLiteral("Correspondence"));
        QCOMPARE(row->value(1).toInt(), 0);
        QCOMPARE(row->value(2).toString(), QStringLiteral("other_feedback"));
        QVERIFY(!row->next());
        row->finish();
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE kind = "
                                             "'correspondence' AND due_on IS NULL")),
                 2);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE kind = "
                                             "'complaint'")),
                 2);
        QVERIFY(caseKindsWithCouncil(true).contains(*caseKindFromCode(u"correspondence")));
    }
};

QTEST_MAIN(TestImportAddsKind)
#include "TestImportAddsKind.moc"
