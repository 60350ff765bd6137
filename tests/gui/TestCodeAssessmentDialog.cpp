// The Complaint Handling Code self-assessment on real widgets: filled in and saved by a lead
// (audited), read only for an officer, an explanation without an answer refused, and the
// Code report on the Reports tab following what was saved.
#include "TestSupport.h"
#include "reporting/CodeReportAssessment.h"
#include "reports/CodeAssessmentDialog.h"
#include "reports/ReportView.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace redress;
using namespace redress::test;

namespace {

int auditCount(Database& database)
{
    int count = 0;
    auto latest = AuditLog(database).latest(50);
    if (latest)
        for (const AuditEntry& entry : latest.value())
            count += entry.action == u"code_assessment" ? 1 : 0;
    return count;
}

void choose(QComboBox* picker, const QVariant& data)
{
    QVERIFY(picker);
    const int index = picker->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    picker->setCurrentIndex(index);
}

void fillStageOne(CodeAssessmentDialog& dialog, const QString& explanation)
{
    choose(dialog.findChild<QComboBox*>(QStringLiteral("compliance_stage1_timescale")),
           QStringLiteral("partly"));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("explanation_stage1_timescale"));
    QVERIFY(edit);
    QTest::keyClicks(edit, explanation);
}

} // namespace

class TestCodeAssessmentDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_holder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(m_holder);
        m_db = m_holder->open();
        QVERIFY(m_db);
        for (const auto& [name, role] : {std::pair{"o.officer", "officer"}, {"l.lead", "lead"}})
            QVERIFY(sql::exec(
                m_db->sql(),
                QStringLiteral("INSERT INTO app_user (username, display_name, "
                               "role) VALUES (?, ?, ?)"),
                {QString::fromLatin1(name), QString::fromLatin1(name), QString::fromLatin1(role)}));
    }
    void cleanup()
    {
        m_db.reset();
        m_holder.reset();
    }

    // A lead fills in an item and the response with the keyboard and saves: kept, audited.
    void leadSaves()
    {
        auto session = sessionOn(*m_db, QStringLiteral("l.lead"));
        QVERIFY(session);
        CodeAssessmentDialog dialog(*session, 2026);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillStageOne(dialog, QStringLiteral("Three in four on time"));
        auto* response = dialog.findChild<QPlainTextEdit*>(QStringLiteral("governingBodyResponse"));
        QVERIFY(response);
        QTest::keyClicks(response, QStringLiteral("Welcomed by cabinet"));
        auto* buttons =
            dialog.findChild<QDialogButtonBox*>(QStringLiteral("codeAssessmentButtons"));
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto stored = CodeAssessmentStore(*m_db, QString()).load(2026);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->answers.size(), 1);
        QCOMPARE(
            stored->answers.value(QStringLiteral("stage1_timescale")),
            (CodeAnswer{CodeCompliance::PartlyComplies, QStringLiteral("Three in four on time")}));
        QCOMPARE(stored->governingBodyResponse, QStringLiteral("Welcomed by cabinet"));
        QCOMPARE(auditCount(*m_db), 1);

        // opened again, it shows what was saved
        CodeAssessmentDialog again(*session, 2026);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("compliance_stage1_timescale"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("partly"));
        QCOMPARE(
            again.findChild<QLineEdit*>(QStringLiteral("explanation_stage1_timescale"))->text(),
            QStringLiteral("Three in four on time"));
    }

    // An explanation for an item not yet assessed would be lost: refused in the dialog, which
    // stays open, and nothing is saved.
    void explanationWithoutAnswerRefused()
    {
        auto session = sessionOn(*m_db, QStringLiteral("l.lead"));
        QVERIFY(session);
        CodeAssessmentDialog dialog(*session, 2026);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(
            dialog.findChild<QLineEdit*>(QStringLiteral("explanation_stage2_timescale")),
            QStringLiteral("All within 20 days"));
        QVERIFY(!dialog.save());
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("codeAssessmentError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("20 working days")),
                 qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(CodeAssessmentStore(*m_db, QString()).load(2026)->answers.isEmpty());
        QCOMPARE(auditCount(*m_db), 0);
    }

    // An officer reads the assessment but cannot change it, from the dialog or the tab.
    void officerReadsOnly()
    {
        QVERIFY(CodeAssessmentStore(*m_db, QStringLiteral("l.lead"))
                    .save({2026,
                           {{QStringLiteral("scrutiny_member"),
                             {CodeCompliance::Complies, QStringLiteral("Cllr Example")}}},
                           QString()}));
        auto session = sessionOn(*m_db, QStringLiteral("o.officer"));
        QVERIFY(session);
        ReportView view(*session);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("codeAssessment"))->isEnabled());
        CodeAssessmentDialog dialog(*session, 2026);
        auto* compliance =
            dialog.findChild<QComboBox*>(QStringLiteral("compliance_scrutiny_member"));
        QCOMPARE(compliance->currentData().toString(), QStringLiteral("complies"));
        QVERIFY(!compliance->isEnabled());
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("explanation_scrutiny_member"))
                    ->isReadOnly());
        auto* buttons =
            dialog.findChild<QDialogButtonBox*>(QStringLiteral("codeAssessmentButtons"));
        QVERIFY(!buttons->button(QDialogButtonBox::Save));
        QVERIFY(!dialog.save());
        QCOMPARE(auditCount(*m_db), 1);
    }

    // On the Reports tab: the Code report is a choice of period; the button opens the dialog,
    // and what is saved there shows in the report at once.
    void reportsTabFollowsTheAssessment()
    {
        FixedToday today(QDate(2027, 3, 1)); // 2026/27 is the year on offer
        auto session = sessionOn(*m_db, QStringLiteral("l.lead"));
        QVERIFY(session);
        ReportView view(*session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        choose(view.yearPicker(), 2026);
        choose(view.periodPicker(), -2);
        // counted on a worker thread, as the button does
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("produceReport")),
                          Qt::LeftButton);
        QTRY_VERIFY(view.report().has_value());
        QStringList ids;
        for (int i = 0; i < view.tableList()->count(); ++i)
            ids << view.tableList()->item(i)->data(Qt::UserRole).toString();
        QVERIFY2(ids.contains(QStringLiteral("code_self_assessment")), qPrintable(ids.join(u' ')));
        QCOMPARE(view.report()
                     ->table(u"code_self_assessment")
                     ->cell(u"item:stage1_timescale", u"compliance")
                     .toString(),
                 QStringLiteral("Not yet assessed"));

        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<CodeAssessmentDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            fillStageOne(*dialog, QStringLiteral("Most on time"));
            filled = true;
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("codeAssessmentButtons"))
                ->button(QDialogButtonBox::Save)
                ->click();
        });
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("codeAssessment")),
                          Qt::LeftButton);
        QVERIFY(filled);
        QCOMPARE(view.report()
                     ->table(u"code_self_assessment")
                     ->cell(u"item:stage1_timescale", u"compliance")
                     .toString(),
                 QStringLiteral("Partly complies"));
        QCOMPARE(auditCount(*m_db), 1);
    }
};

QTEST_MAIN(TestCodeAssessmentDialog)
#include "TestCodeAssessmentDialog.moc"
