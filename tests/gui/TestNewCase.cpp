#include "TestSupport.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "common/MessageBox.h"
#include "intake/IntakeForm.h"
#include "intake/NewCaseDialog.h"
#include "intake/PeopleDirectory.h"
#include "mainwindow/MainWindow.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace redress;
using namespace redress::test;

namespace {

// A logged complaint, for people and references already in the database.
Case logComplaint(CaseWorkflow& workflow, const QString& name, const QString& email)
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.receivedOn = QDate(2020, 12, 1);
    record.complainant.fullName = name;
    record.complainant.email = email;
    record.complainant.postcode = QStringLiteral("DN31 1HU");
    record.complainantRoleCode = QStringLiteral("parent");
    record.summary = QStringLiteral("Earlier complaint");
    const Status logged = workflow.log(record);
    if (!logged)
        qWarning("%s", qPrintable(logged.error()));
    return record;
}

qint64 unitId(Database& db, const char* code)
{
    auto units = ReferenceData(db).orgUnits();
    for (const OrgUnit& unit : units.value())
        if (unit.code == QLatin1String(code))
            return unit.id;
    return 0;
}

} // namespace

class TestNewCase : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    template <typename T> static T* field(NewCaseDialog& dialog, const char* name)
    {
        T* widget = dialog.currentForm()->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no %s on the form", name);
        return widget;
    }

    static void click(NewCaseDialog& dialog, const char* name)
    {
        auto* button = dialog.findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isVisible() && button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Chooses an item the way the keyboard does (a space would open the list instead).
    static void choose(QComboBox* combo, const QString& text)
    {
        QVERIFY(combo);
        const int index = combo->findText(text, Qt::MatchStartsWith);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setFocus();
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    }

    static QString error(NewCaseDialog& dialog)
    {
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
        return label && label->isVisible() ? label->text() : QString();
    }

    // Types into the completer's line edit and picks the first offer with the keyboard.
    static void pickFromCompleter(QLineEdit* edit, const QString& typed, int expectedOffers,
                                  int row = 0)
    {
        edit->setFocus();
        QTest::keyClicks(edit, typed);
        QCompleter* completer = edit->completer();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), expectedOffers);
        for (int i = 0; i <= row; ++i)
            QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
    }

private slots:

    // A statutory complaint typed in full: the complainant is a person already recorded, picked
    // from the completer, so the case links to them rather than creating them again.
    void logsAStatutoryComplaintByTyping()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY(workflow);
        const Case earlier = logComplaint(workflow.value(), QStringLiteral("Alex Johnson"),
                                          QStringLiteral("alex@example.org"));
        logComplaint(workflow.value(), QStringLiteral("Alexandra Other"), QString());
        const qint64 alex = earlier.complainant.id;
        QVERIFY(alex > 0);

        auto dialogSession = sessionOn(*db, workflow->actor());
        QVERIFY(dialogSession);
        NewCaseDialog dialog(*dialogSession);
        QSignalSpy logged(&dialog, &NewCaseDialog::caseLogged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.currentForm()->kind(), CaseKind::Complaint);

        field<DateEdit>(dialog, "receivedOn")->setDate(QDate(2021, 1, 11));
        choose(field<QComboBox>(dialog, "channel"), QStringLiteral("Email"));
        auto* name = field<QLineEdit>(dialog, "complainantName");
        pickFromCompleter(name, QStringLiteral("alex"), 2);
        QCOMPARE(name->text(), QStringLiteral("Alex Johnson"));
        QCOMPARE(field<QLineEdit>(dialog, "complainantEmail")->text(),
                 QStringLiteral("alex@example.org"));
        QVERIFY(field<QLabel>(dialog, "complainantKnown")->text().contains(u"linked"));
        choose(field<QComboBox>(dialog, "complainantRole"), QStringLiteral("Parent"));
        QTest::keyClicks(field<QLineEdit>(dialog, "childName"), QStringLiteral("Jo Johnson"));
        QTest::keyClicks(field<QLineEdit>(dialog, "childReference"), QStringLiteral("SC-100234"));
        choose(field<QComboBox>(dialog, "childStatus"), QStringLiteral("Child in care"));
        QTest::keyClick(field<QLineEdit>(dialog, "childReference"), Qt::Key_Return);
        QCOMPARE(field<QListWidget>(dialog, "children")->count(), 1);
        choose(field<QComboBox>(dialog, "serviceArea"), QStringLiteral("Children in care"));
        choose(field<QComboBox>(dialog, "team"), QStringLiteral("Children in care team"));
        QCOMPARE(field<QComboBox>(dialog, "team")->currentText(),
                 QStringLiteral("Children in care team"));
        QTest::keyClicks(field<QLineEdit>(dialog, "pointText"),
                         QStringLiteral("Contact was cancelled without notice"));
        choose(field<QComboBox>(dialog, "pointCategory"), QStringLiteral("Contact arrangements"));
        click(dialog, "addPoint");
        QTest::keyClicks(field<QLineEdit>(dialog, "pointText"),
                         QStringLiteral("The social worker was rude"));
        choose(field<QComboBox>(dialog, "pointCategory"), QStringLiteral("Staff"));
        click(dialog, "addPoint");
        QCOMPARE(field<QListWidget>(dialog, "points")->count(), 2);
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("Contact cancelled twice; social worker rude"));
        field<DateEdit>(dialog, "matterArose")->setDate(QDate(2020, 12, 20));
        QVERIFY(field<QLabel>(dialog, "timeLimitStatus")->text().contains(u"Within"));
        QVERIFY(!field<QLineEdit>(dialog, "timeLimitWaiver")->isEnabled());

        // The procedure is suggested, but nothing is logged until the officer confirms it.
        QVERIFY2(field<QLabel>(dialog, "procedureSuggestion")->text().contains(u"statutory"),
                 qPrintable(field<QLabel>(dialog, "procedureSuggestion")->text()));
        click(dialog, "save");
        QVERIFY2(error(dialog).contains(u"Confirm the procedure"), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 0);
        click(dialog, "useSuggestion");
        QCOMPARE(field<QComboBox>(dialog, "procedure")->currentData().toInt(),
                 int(Procedure::Statutory));
        click(dialog, "save");
        QVERIFY2(error(dialog).isEmpty(), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto saved = CaseRepository(*db).load(logged.first().first().toLongLong());
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->kind, CaseKind::Complaint);
        QCOMPARE(saved->procedure, Procedure::Statutory);
        QCOMPARE(saved->receivedOn, QDate(2021, 1, 11));
        QCOMPARE(saved->matterArose, QDate(2020, 12, 20));
        QCOMPARE(saved->complainant.id, alex);                             // linked, not duplicated
        QCOMPARE(saved->complainant.postcode, QStringLiteral("DN31 1HU")); // kept
        QCOMPARE(saved->complainantRoleCode, QStringLiteral("parent"));
        QCOMPARE(saved->channelCode, QStringLiteral("email"));
        QCOMPARE(saved->teamId, unitId(*db, "cic_team"));
        QCOMPARE(saved->officer, QStringLiteral("officer"));
        QCOMPARE(saved->summary, QStringLiteral("Contact cancelled twice; social worker rude"));
        QCOMPARE(saved->children.size(), 1);
        QCOMPARE(saved->children.first().name, QStringLiteral("Jo Johnson"));
        QCOMPARE(saved->children.first().socialCareReference, QStringLiteral("SC-100234"));
        QCOMPARE(saved->children.first().statusCode, QStringLiteral("child_in_care"));
        QCOMPARE(saved->points.size(), 2);
        QCOMPARE(saved->points.at(0).categoryCode, QStringLiteral("contact_arrangements"));
        QCOMPARE(saved->points.at(1).description, QStringLiteral("The social worker was rude"));
        QCOMPARE(saved->points.at(1).categoryCode, QStringLiteral("staff_conduct"));
        QCOMPARE(saved->stages.size(), 1);
        QVERIFY(saved->dueOn.isValid());

        auto people = PeopleDirectory(*db).find(QStringLiteral("Alex Johnson"));
        QVERIFY(people);
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().caseCount, 2);
        QCOMPARE(CaseRepository(*db).count({}).value(), qint64(3));
    }

    void logsAPublishableCompliment()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        auto dialogSession = sessionOn(*db, workflow->actor());
        QVERIFY(dialogSession);
        NewCaseDialog dialog(*dialogSession);
        QSignalSpy logged(&dialog, &NewCaseDialog::caseLogged);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QComboBox*>(QStringLiteral("caseKind")),
                         QStringLiteral("Compliment"));
        QCOMPARE(dialog.currentForm()->kind(), CaseKind::Compliment);
        QTest::keyClicks(field<QLineEdit>(dialog, "complainantName"), QStringLiteral("Pat Smith"));
        choose(field<QComboBox>(dialog, "complimentFrom"), QStringLiteral("Foster"));
        choose(field<QComboBox>(dialog, "complimentTheme"), QStringLiteral("Support from"));
        choose(field<QComboBox>(dialog, "serviceArea"), QStringLiteral("Children in"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("Our social worker went above and beyond"));
        auto* publishable = field<QCheckBox>(dialog, "publishable");
        QVERIFY(!publishable->isChecked());
        publishable->setFocus();
        QTest::keyClick(publishable, Qt::Key_Space);
        QVERIFY(publishable->isChecked());
        click(dialog, "save");
        QVERIFY2(error(dialog).isEmpty(), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 1);
        auto saved = CaseRepository(*db).load(logged.first().first().toLongLong());
        QVERIFY(saved);
        QCOMPARE(saved->kind, CaseKind::Compliment);
        QCOMPARE(saved->procedure, Procedure::None);
        QVERIFY(saved->publishable);
        QCOMPARE(saved->complainant.fullName, QStringLiteral("Pat Smith"));
        QCOMPARE(saved->complainantRoleCode, QStringLiteral("foster_carer"));
        QCOMPARE(saved->complimentThemeCode, QStringLiteral("worker_support"));
        QCOMPARE(saved->teamId, unitId(*db, "children_in_care")); // the service as a whole
        QCOMPARE(saved->summary, QStringLiteral("Our social worker went above and beyond"));
    }

    // Over 12 months from the matter: refused until the officer says why it is accepted.
    void refusesALateComplaintUntilWaived()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        auto dialogSession = sessionOn(*db, workflow->actor());
        QVERIFY(dialogSession);
        NewCaseDialog dialog(*dialogSession);
        QSignalSpy logged(&dialog, &NewCaseDialog::caseLogged);
        dialog.show();
        field<DateEdit>(dialog, "receivedOn")->setDate(QDate(2021, 1, 11));
        QTest::keyClicks(field<QLineEdit>(dialog, "complainantName"), QStringLiteral("Dr Ray"));
        choose(field<QComboBox>(dialog, "complainantRole"), QStringLiteral("Professional"));
        choose(field<QComboBox>(dialog, "serviceArea"), QStringLiteral("Children in"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("A strategy meeting was mishandled"));
        field<DateEdit>(dialog, "matterArose")->setDate(QDate(2019, 12, 1));
        const QString standing = field<QLabel>(dialog, "timeLimitStatus")->text();
        QVERIFY2(standing.contains(u"Late by 41 day"), qPrintable(standing));
        QVERIFY(field<QLineEdit>(dialog, "timeLimitWaiver")->isEnabled());
        QVERIFY(field<QLabel>(dialog, "procedureSuggestion")->text().startsWith(u"Corporate"));
        click(dialog, "useSuggestion");
        QCOMPARE(field<QComboBox>(dialog, "procedure")->currentData().toInt(),
                 int(Procedure::Corporate));

        click(dialog, "save");
        QVERIFY2(error(dialog).contains(u"late by 41 day"), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 0);
        QCOMPARE(CaseRepository(*db).count({}).value(), qint64(0));

        QTest::keyClicks(field<QLineEdit>(dialog, "timeLimitWaiver"),
                         QStringLiteral("Complainant was abroad"));
        click(dialog, "save");
        QVERIFY2(error(dialog).isEmpty(), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 1);
        auto saved = CaseRepository(*db).load(logged.first().first().toLongLong());
        QVERIFY(saved);
        QCOMPARE(saved->procedure, Procedure::Corporate);
        QCOMPARE(saved->timeLimitWaiverReason, QStringLiteral("Complainant was abroad"));
        QCOMPARE(saved->matterArose, QDate(2019, 12, 1));
    }

    void linksAnOmbudsmanEnquiryToItsComplaint()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        const Case complaint = logComplaint(workflow.value(), QStringLiteral("Alex Johnson"),
                                            QStringLiteral("a@b.org"));
        logComplaint(workflow.value(), QStringLiteral("Jo Brown"), QString());
        QVERIFY(!complaint.reference.isEmpty());

        auto dialogSession = sessionOn(*db, workflow->actor());
        QVERIFY(dialogSession);
        NewCaseDialog dialog(*dialogSession);
        QSignalSpy logged(&dialog, &NewCaseDialog::caseLogged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setKind(CaseKind::OmbudsmanEnquiry);
        click(dialog, "save");
        QVERIFY(error(dialog).contains(u"reference of the complaint"));
        auto* reference = field<QLineEdit>(dialog, "complaintReference");
        // The newest reference comes first: this complaint is the second of two offered.
        pickFromCompleter(reference, complaint.reference.left(complaint.reference.size() - 1), 2,
                          1);
        QCOMPARE(reference->text(), complaint.reference);
        QVERIFY(field<QLabel>(dialog, "complaintFound")->text().contains(u"Alex Johnson"));
        QTest::keyClicks(field<QLineEdit>(dialog, "lgscoReference"), QStringLiteral("20 012 345"));
        click(dialog, "save");
        QVERIFY2(error(dialog).isEmpty(), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 1);
        auto saved = CaseRepository(*db).load(logged.first().first().toLongLong());
        QVERIFY(saved);
        QCOMPARE(saved->kind, CaseKind::OmbudsmanEnquiry);
        QCOMPARE(saved->ombudsman.lgscoReference, QStringLiteral("20 012 345"));
        QCOMPARE(saved->complainant.id, complaint.complainant.id);
        QCOMPARE(saved->links.size(), 1);
        QCOMPARE(saved->links.first().otherCaseId, complaint.id);
        QCOMPARE(saved->links.first().otherReference, complaint.reference);
        QCOMPARE(saved->links.first().kind, QStringLiteral("lgsco_enquiry_of"));

        // One link row, read from both ends: the complaint's "Linked cases" shows the enquiry
        // (and opens it), the enquiry's shows the complaint.
        QVERIFY(CaseRepository(*db).load(complaint.id)->links.isEmpty());
        auto viewSession = sessionOn(*db, workflow->actor());
        QVERIFY(viewSession);
        const auto linksShown = [&](qint64 caseId) {
            CaseView view(*viewSession);
            const Status loaded = view.load(caseId);
            if (!loaded)
                return QStringList{loaded.error()};
            auto* table = view.findChild<QTableWidget*>(QStringLiteral("caseLinks"));
            QStringList rows;
            for (int row = 0; table && row < table->rowCount(); ++row)
                rows << table->item(row, 0)->text() + u'|' + table->item(row, 1)->text() + u'|' +
                            table->item(row, 0)->data(Qt::UserRole).toString();
            return rows;
        };
        QCOMPARE(linksShown(complaint.id),
                 QStringList{saved->reference + QStringLiteral("|Ombudsman enquiry|") +
                             QString::number(saved->id)});
        QCOMPARE(linksShown(saved->id),
                 QStringList{complaint.reference +
                             QStringLiteral("|Complaint the enquiry is about|") +
                             QString::number(complaint.id)});
    }

    // A save that fails (another writer holds the lock; then a read-only database) says why,
    // keeps everything typed, and succeeds when tried again.
    void aFailedSaveKeepsWhatWasTyped()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        // Wait 0.1 s rather than 10 for the lock, to keep the test quick.
        QVERIFY(sql::exec(db->sql(), QStringLiteral("PRAGMA busy_timeout = 100")));
        auto dialogSession = sessionOn(*db, workflow->actor());
        QVERIFY(dialogSession);
        NewCaseDialog dialog(*dialogSession);
        QSignalSpy logged(&dialog, &NewCaseDialog::caseLogged);
        dialog.show();
        dialog.setKind(CaseKind::Concern);
        QTest::keyClicks(field<QLineEdit>(dialog, "complainantName"), QStringLiteral("Sam Lee"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("Worried the review meeting was moved again"));

        auto other = db->openAnother();
        QVERIFY(other);
        QVERIFY(sql::exec((*other)->sql(), QStringLiteral("BEGIN IMMEDIATE")));
        click(dialog, "save");
        QVERIFY2(error(dialog).contains(u"busy"), qPrintable(error(dialog)));
        QVERIFY(error(dialog).contains(u"still here"));
        QCOMPARE(logged.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(field<QLineEdit>(dialog, "complainantName")->text(), QStringLiteral("Sam Lee"));
        QCOMPARE(field<QPlainTextEdit>(dialog, "summary")->toPlainText(),
                 QStringLiteral("Worried the review meeting was moved again"));
        QVERIFY(sql::exec((*other)->sql(), QStringLiteral("ROLLBACK")));

        QVERIFY(sql::exec(db->sql(), QStringLiteral("PRAGMA query_only = ON")));
        click(dialog, "save");
        QVERIFY2(error(dialog).contains(u"read-only"), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 0);
        QCOMPARE(field<QLineEdit>(dialog, "complainantName")->text(), QStringLiteral("Sam Lee"));
        QVERIFY(sql::exec(db->sql(), QStringLiteral("PRAGMA query_only = OFF")));

        click(dialog, "save");
        QVERIFY2(error(dialog).isEmpty(), qPrintable(error(dialog)));
        QCOMPARE(logged.count(), 1);
        auto saved = CaseRepository(*db).load(logged.first().first().toLongLong());
        QVERIFY(saved);
        QCOMPARE(saved->kind, CaseKind::Concern);
        QCOMPARE(saved->complainant.fullName, QStringLiteral("Sam Lee"));
        QCOMPARE(CaseRepository(*db).count({}).value(), qint64(1));
    }

    void closingWithUnsavedInputAsks()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        {
            auto untouchedSession = sessionOn(*db, workflow->actor());
            QVERIFY(untouchedSession);
            NewCaseDialog untouched(*untouchedSession);
            untouched.show();
            untouched.close(); // nothing typed: closes without asking
            QVERIFY(!untouched.isVisible());
        }
        auto dialogSession = sessionOn(*db, workflow->actor());
        QVERIFY(dialogSession);
        NewCaseDialog dialog(*dialogSession);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setKind(CaseKind::Concern);
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "summary"),
                         QStringLiteral("Worried about the transport"));
        QVERIFY(dialog.hasUnsavedInput());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.close();
        QVERIFY(dialog.isVisible());
        QCOMPARE(field<QPlainTextEdit>(dialog, "summary")->toPlainText(),
                 QStringLiteral("Worried about the transport"));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());

        MessageBox::setNextAnswer(QMessageBox::Save);
        dialog.close();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(CaseRepository(*db).count({}).value(), qint64(1));

        auto discardedSession = sessionOn(*db, workflow->actor());
        QVERIFY(discardedSession);
        NewCaseDialog discarded(*discardedSession);
        discarded.show();
        QTest::keyClicks(
            discarded.currentForm()->findChild<QPlainTextEdit*>(QStringLiteral("summary")),
            QStringLiteral("Not this one"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        discarded.close();
        QVERIFY(!discarded.isVisible());
        QCOMPARE(CaseRepository(*db).count({}).value(), qint64(1));
    }

    // Every control can be reached and named by a screen reader, and Tab follows the form.
    void everyControlIsNamedAndTabFollowsTheForm()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        auto dialogSession = sessionOn(*db, workflow->actor());
        QVERIFY(dialogSession);
        NewCaseDialog dialog(*dialogSession);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (CaseKind kind : allCaseKinds()) {
            dialog.setKind(kind);
            IntakeForm* form = dialog.currentForm();
            QVERIFY(form);
            QCOMPARE(form->kind(), kind);
            for (QWidget* widget : form->findChildren<QWidget*>()) {
                const bool input =
                    qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                    qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
                    qobject_cast<QAbstractButton*>(widget) || qobject_cast<QListWidget*>(widget);
                // Parts of compound controls (a date edit's or combo's own line edit) are
                // named through their owner.
                QWidget* owner = widget->parentWidget();
                if (!input || qobject_cast<QAbstractSpinBox*>(owner) ||
                    qobject_cast<QComboBox*>(owner) || qobject_cast<QLineEdit*>(owner))
                    continue;
                const QString what = QStringLiteral("%1 %2 on %3")
                                         .arg(QLatin1String(widget->metaObject()->className()),
                                              widget->objectName(), caseKindCode(kind));
                QVERIFY2(!widget->objectName().isEmpty(), qPrintable(what));
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
                QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(what));
            }
        }

        dialog.setKind(CaseKind::Complaint);
        QStringList order;
        QWidget* widget = dialog.findChild<QComboBox*>(QStringLiteral("caseKind"));
        for (int i = 0; i < 5000 && widget; ++i) {
            if (widget->isVisible() && widget->isEnabled() &&
                (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() &&
                !widget->objectName().isEmpty() && !widget->objectName().startsWith(u"qt_"))
                order << widget->objectName();
            widget = widget->nextInFocusChain();
            if (widget->objectName() == u"caseKind")
                break;
        }
        const QStringList expected{QStringLiteral("caseKind"),
                                   QStringLiteral("receivedOn"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("complainantName"),
                                   QStringLiteral("complainantEmail"),
                                   QStringLiteral("complainantPhone"),
                                   QStringLiteral("complainantRole"),
                                   QStringLiteral("childName"),
                                   QStringLiteral("childReference"),
                                   QStringLiteral("childStatus"),
                                   QStringLiteral("addChild"),
                                   QStringLiteral("children"),
                                   QStringLiteral("serviceArea"),
                                   QStringLiteral("pointText"),
                                   QStringLiteral("pointCategory"),
                                   QStringLiteral("addPoint"),
                                   QStringLiteral("points"),
                                   QStringLiteral("summary"),
                                   QStringLiteral("advocacyOffered"),
                                   QStringLiteral("advocateProvidedBy"),
                                   QStringLiteral("matterArose"),
                                   QStringLiteral("procedure"),
                                   QStringLiteral("save"),
                                   QStringLiteral("cancel")};
        QVERIFY2(order == expected, qPrintable(order.join(u", ")));
    }

    // File › New case… (Ctrl+N) opens the dialog; once saved, the case opens in its tab.
    void mainWindowOpensTheNewCase()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = test::sessionOn(*db);
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("newCase"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
        action->trigger();
        auto* dialog = window.findChild<NewCaseDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setKind(CaseKind::GeneralEnquiry);
        QTest::keyClicks(field<QLineEdit>(*dialog, "complainantName"), QStringLiteral("Lee Ray"));
        QTest::keyClicks(field<QLineEdit>(*dialog, "onBehalfOf"), QStringLiteral("A neighbour"));
        QTest::keyClicks(field<QPlainTextEdit>(*dialog, "summary"),
                         QStringLiteral("How do I ask for a carer's assessment?"));
        click(*dialog, "save");
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QTRY_COMPARE(tabs->count(), 2);
        auto cases = CaseRepository(*db).list({});
        QVERIFY(cases);
        QCOMPARE(cases->size(), 1);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), cases->first().reference);
        auto saved = CaseRepository(*db).load(cases->first().id);
        QVERIFY(saved);
        QCOMPARE(saved->kind, CaseKind::GeneralEnquiry);
        QCOMPARE(saved->notes.size(), 1);
        QCOMPARE(saved->notes.first().text, QStringLiteral("On behalf of A neighbour"));
    }
};

QTEST_MAIN(TestNewCase)
#include "TestNewCase.moc"
