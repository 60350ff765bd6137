#include "CaseViewFixture.h"
#include "TestSupport.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <functional>

using namespace redress;
using namespace redress::test;

namespace {

// Replaces what a box holds with `text`, typed.
void retype(QWidget* box, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(box))
        line->clear();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(box))
        plain->clear();
    QTest::keyClicks(box, text);
}

// A statutory complaint about one child in care, received on `received`, not yet acknowledged.
Case loggedWithChild(Session& session, QDate received)
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.receivedOn = received;
    record.complainant.fullName = QStringLiteral("Jordan Example");
    record.complainantRoleCode = QStringLiteral("parent");
    record.channelCode = QStringLiteral("telephone");
    record.summary = QStringLiteral("Contact visits cancelled at short notice");
    record.children = {{0, QStringLiteral("SC-1001"), QStringLiteral("Casey"),
                        QStringLiteral("child_in_care"), false, QString()}};
    if (Status logged = session.logCase(record); !logged)
        QTest::qFail(qPrintable(logged.error()), __FILE__, __LINE__);
    return record;
}

// The last audit entry of the case, with its before and after as text.
struct Audited
{
    AuditEntry entry;
    QString before;
    QString after;
};

Audited lastAudit(Session& session, qint64 caseId)
{
    const auto entries = session.auditLog().entriesForCase(caseId);
    if (!entries || entries->isEmpty())
        return {};
    const AuditEntry& last = entries->constLast();
    return {last, QString::fromUtf8(QJsonDocument(last.before).toJson()),
            QString::fromUtf8(QJsonDocument(last.after).toJson())};
}

} // namespace

// Editing a case's own fields after logging, on its Details tab: each field saved with its
// audit entry, the version check, and a reason asked for when a closed case's dates change.
class TestCaseFields : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    using Edit = std::function<void(CaseView&)>;
    using Check = std::function<void(const Case&)>;

private slots:

    void eachFieldIsSavedAndAudited_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("recorded"); // what the audit entry's after side holds
        const char* fields[][2] = {
            {"summary", "Visits cancelled three times"},
            {"received", "\"receivedOn\": \"2021-01-06\""},
            {"matter arose", "2020-12-01"},
            {"channel", "email"},
            {"complainant", "Jordan Sample"},
            {"role", "foster_carer"},
            {"advocate", "NYAS"},
            {"team", "Assessment team"},
            {"officer", "lead"},
            {"child status", "child_protection"},
            {"child added", "SC-2002"},
            {"child removed", "SC-1001"}, // in the entry's before, not its after
            {"team of another service area", "Assessment team"},
            {"complained before", "\"previousComplaint\": true"},
            {"re-opened", "\"reopenedWithoutDate\": 2"},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const auto& field : fields)
                QTest::addRow("%s, %s", qPrintable(backendName(backend)), field[0])
                    << backend << QString::fromLatin1(field[0]) << QString::fromLatin1(field[1]);
    }

    // Each field, changed as an officer would and saved, is stored, shown again, and audited
    // with its value before and after; a new received date moves stage 1's deadline.
    void eachFieldIsSavedAndAudited()
    {
        FixedToday today(QDate(2021, 1, 7));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedWithChild(*session, QDate(2021, 1, 4));
        QVERIFY(record.id);
        QCOMPARE(record.dueOn, QDate(2021, 1, 6)); // acknowledge within 2 working days

        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        auto* save = child<QPushButton>(view, "saveFields");
        QVERIFY(!save->isEnabled());
        QCOMPARE(child<QComboBox>(view, "fieldChildStatus1")->currentText(),
                 QStringLiteral("Child in care"));
        QCOMPARE(child<QComboBox>(view, "fieldChannel")->currentText(),
                 QStringLiteral("Telephone"));

        QFETCH(QString, field);
        QFETCH(QString, recorded);
        const QHash<QString, std::pair<Edit, Check>> edits{
            {QStringLiteral("summary"),
             {[](CaseView& v) {
                  retype(child<QPlainTextEdit>(v, "fieldSummary"),
                         QStringLiteral("Visits cancelled three times"));
              },
              [](const Case& c) {
                  QCOMPARE(c.summary, QStringLiteral("Visits cancelled three times"));
              }}},
            {QStringLiteral("received"),
             {[](CaseView& v) { retype(child<DateEdit>(v, "fieldReceivedOn"), u"6/1/21"_qs); },
              [](const Case& c) {
                  QCOMPARE(c.receivedOn, QDate(2021, 1, 6));
                  QCOMPARE(c.stages.first().requestedOn, QDate(2021, 1, 6));
                  QCOMPARE(c.dueOn, QDate(2021, 1, 8)); // recomputed from the new date
              }}},
            {QStringLiteral("matter arose"),
             {[](CaseView& v) { retype(child<DateEdit>(v, "fieldMatterArose"), u"01-Dec-20"_qs); },
              [](const Case& c) {
                  QCOMPARE(c.matterArose, QDate(2020, 12, 1));
              }}},
            {QStringLiteral("channel"),
             {[](CaseView& v) { choose(child<QComboBox>(v, "fieldChannel"), u"Email"_qs); },
              [](const Case& c) {
                  QCOMPARE(c.channelCode, QStringLiteral("email"));
              }}},
            {QStringLiteral("complainant"),
             {[](CaseView& v) {
                  retype(child<QLineEdit>(v, "fieldComplainantName"), u"Jordan Sample"_qs);
              },
              [](const Case& c) {
                  QCOMPARE(c.complainant.fullName, QStringLiteral("Jordan Sample"));
              }}},
            {QStringLiteral("role"),
             {[](CaseView& v) {
                  choose(child<QComboBox>(v, "fieldComplainantRole"), u"Foster carer"_qs);
              },
              [](const Case& c) {
                  QCOMPARE(c.complainantRoleCode, QStringLiteral("foster_carer"));
              }}},
            {QStringLiteral("advocate"),
             {[](CaseView& v) {
                  child<QCheckBox>(v, "fieldAdvocacyOffered")->setChecked(true);
                  retype(child<QLineEdit>(v, "fieldAdvocate"), u"NYAS"_qs);
              },
              [](const Case& c) {
                  QVERIFY(c.advocacyOffered);
                  QCOMPARE(c.advocateProvidedBy, QStringLiteral("NYAS"));
              }}},
            {QStringLiteral("team"),
             {[](CaseView& v) {
                  auto* service = child<QComboBox>(v, "serviceArea");
                  choose(service, service->itemText(service->findText(
                                      u"Front door and assessment"_qs, Qt::MatchStartsWith)));
                  choose(child<QComboBox>(v, "team"), u"Assessment team"_qs);
              },
              [](const Case& c) {
                  QVERIFY(c.teamId != 0);
              }}},
            {QStringLiteral("team of another service area"),
             {[](CaseView& v) {
                  // The assessment team also serves safeguarding: listed after its own teams.
                  auto* service = child<QComboBox>(v, "serviceArea");
                  choose(service, service->itemText(service->findText(
                                      u"Safeguarding and family support"_qs, Qt::MatchStartsWith)));
                  choose(child<QComboBox>(v, "team"),
                         u"Assessment team (Front door and assessment)"_qs);
              },
              [](const Case& c) {
                  QVERIFY(c.teamId != 0);
                  QVERIFY(c.serviceAreaId != 0);
                  QVERIFY(c.serviceAreaId != c.teamId);
              }}},
            {QStringLiteral("complained before"),
             {[](CaseView& v) { child<QCheckBox>(v, "fieldPreviousComplaint")->setChecked(true); },
              [](const Case& c) {
                  QVERIFY(c.previousComplaint);
              }}},
            {QStringLiteral("re-opened"),
             {[](CaseView& v) { child<QSpinBox>(v, "fieldReopenedUndated")->setValue(2); },
              [](const Case& c) {
                  QCOMPARE(c.reopenedUndated, 2);
                  QCOMPARE(c.timesReopened(), 2);
              }}},
            {QStringLiteral("officer"),
             {[](CaseView& v) {
                  // Typing filters the users list; the one chosen is stored by user name.
                  auto* officer = child<QComboBox>(v, "fieldOfficer");
                  officer->setFocus();
                  officer->lineEdit()->selectAll();
                  QTest::keyClicks(officer, u"Complaints manager (lead)"_qs);
              },
              [](const Case& c) {
                  QCOMPARE(c.officer, QStringLiteral("lead"));
              }}},
            {QStringLiteral("child status"),
             {[](CaseView& v) {
                  choose(child<QComboBox>(v, "fieldChildStatus1"), u"Child protection"_qs);
              },
              [](const Case& c) {
                  QCOMPARE(c.children.first().statusCode, QStringLiteral("child_protection"));
              }}},
            {QStringLiteral("child added"),
             {[](CaseView& v) {
                  QTest::keyClicks(child<QLineEdit>(v, "fieldNewChildName"), u"Sam"_qs);
                  auto* reference = child<QLineEdit>(v, "fieldNewChildReference");
                  QTest::keyClicks(reference, u"SC-2002"_qs);
                  QTest::keyClick(reference, Qt::Key_Return);
                  QVERIFY(child<QLineEdit>(v, "fieldNewChildName")->text().isEmpty());
                  choose(child<QComboBox>(v, "fieldChildStatus2"), u"Child protection"_qs);
              },
              [](const Case& c) {
                  QCOMPARE(c.children.size(), 2);
                  QCOMPARE(c.children.first().name, QStringLiteral("Casey"));
                  QCOMPARE(c.children.last().name, QStringLiteral("Sam"));
                  QCOMPARE(c.children.last().socialCareReference, QStringLiteral("SC-2002"));
                  QCOMPARE(c.children.last().statusCode, QStringLiteral("child_protection"));
              }}},
            {QStringLiteral("child removed"),
             {[](CaseView& v) {
                  QTest::mouseClick(child<QPushButton>(v, "fieldRemoveChild1"), Qt::LeftButton);
                  QTRY_VERIFY(!v.findChild<QComboBox*>(QStringLiteral("fieldChildStatus1")));
              },
              [](const Case& c) {
                  QVERIFY(c.children.isEmpty());
              }}},
        };
        QVERIFY(edits.contains(field));
        edits.value(field).first(view);
        QVERIFY(view.hasUnsavedEdits());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));
        QVERIFY(!view.hasUnsavedEdits());
        QVERIFY(!save->isEnabled());

        const Case stored = CaseRepository(*db).load(record.id).value();
        edits.value(field).second(stored);
        QCOMPARE(stored.version, record.version + 1);
        const Audited audited = lastAudit(*session, record.id);
        QCOMPARE(audited.entry.detail, QStringLiteral("Case details changed"));
        QCOMPARE(audited.entry.actor, recordedActor(*db, QStringLiteral("officer")));
        if (field.startsWith(u"team")) {
            QVERIFY2(audited.after.contains(QString::number(stored.teamId)),
                     qPrintable(audited.after));
        } else if (field == u"child removed") {
            QVERIFY2(audited.before.contains(recorded), qPrintable(audited.before));
            QVERIFY2(!audited.after.contains(recorded), qPrintable(audited.after));
        } else {
            QVERIFY2(audited.after.contains(recorded), qPrintable(audited.after));
            QVERIFY2(!audited.before.contains(recorded), qPrintable(audited.before));
        }

        // Read again, the view shows what was stored.
        CaseView reopened(*session);
        QVERIFY(reopened.load(record.id));
        QVERIFY(!reopened.hasUnsavedEdits());
        QCOMPARE(reopened.currentCase().version, stored.version);
        if (field == u"team")
            QCOMPARE(child<QComboBox>(reopened, "team")->currentText(),
                     QStringLiteral("Assessment team"));
        if (field == u"team of another service area") {
            QVERIFY(child<QComboBox>(reopened, "serviceArea")
                        ->currentText()
                        .startsWith(u"Safeguarding and family support"_qs));
            QCOMPARE(child<QComboBox>(reopened, "team")->currentText(),
                     u"Assessment team (Front door and assessment)"_qs);
        }
        if (field == u"officer")
            QCOMPARE(child<QComboBox>(reopened, "fieldOfficer")->currentText(),
                     QStringLiteral("Complaints manager (lead)"));
    }

    void aComplimentsThemeIsSavedAndAudited_data() { addBackendRows(); }

    // A compliment's theme, shown only for a compliment, is changed from the list, stored,
    // audited and shown again by its label.
    void aComplimentsThemeIsSavedAndAudited()
    {
        FixedToday today(QDate(2021, 1, 7));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case compliment;
        compliment.kind = CaseKind::Compliment;
        compliment.receivedOn = QDate(2021, 1, 4);
        compliment.summary = QStringLiteral("Thank you for listening");
        compliment.complimentThemeCode = QStringLiteral("communication");
        QVERIFY(session->logCase(compliment));

        REDRESS_OPEN_CASE_VIEW(view, *session, compliment.id);
        auto* theme = child<QComboBox>(view, "fieldComplimentTheme");
        QVERIFY(!theme->isHidden());
        QCOMPARE(theme->currentText(), QStringLiteral("Communication"));
        choose(theme, u"Timeliness"_qs);
        QTest::mouseClick(child<QPushButton>(view, "saveFields"), Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));

        QCOMPARE(CaseRepository(*db).load(compliment.id)->complimentThemeCode,
                 QStringLiteral("timeliness"));
        const Audited audited = lastAudit(*session, compliment.id);
        QCOMPARE(audited.entry.actor, recordedActor(*db, QStringLiteral("officer")));
        QVERIFY2(audited.before.contains(u"\"complimentTheme\": \"communication\""_qs),
                 qPrintable(audited.before));
        QVERIFY2(audited.after.contains(u"\"complimentTheme\": \"timeliness\""_qs),
                 qPrintable(audited.after));
        CaseView reopened(*session);
        QVERIFY(reopened.load(compliment.id));
        QCOMPARE(child<QComboBox>(reopened, "fieldComplimentTheme")->currentText(),
                 QStringLiteral("Timeliness"));

        // A complaint has no theme to set.
        const Case complaint = loggedWithChild(*session, QDate(2021, 1, 4));
        QVERIFY(reopened.load(complaint.id));
        QVERIFY(child<QComboBox>(reopened, "fieldComplimentTheme")->isHidden());
    }

    void aClosedCaseAsksWhyItsDatesChange_data() { addBackendRows(); }

    // A closed case's dates change only with a reason, which its history records; a change
    // that is not of a date needs none.
    void aClosedCaseAsksWhyItsDatesChange()
    {
        FixedToday today(QDate(2021, 2, 1));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        QVERIFY(record.id);
        for (auto [action, on] : {std::pair{Action::Respond, QDate(2021, 1, 15)},
                                  std::pair{Action::RecordOutcome, QDate(2021, 1, 15)},
                                  std::pair{Action::Close, QDate(2021, 1, 18)}}) {
            ActionRequest request;
            request.action = action;
            request.on = on;
            request.outcomeCode = QStringLiteral("not_upheld");
            QVERIFY2(session->perform(record, request), qPrintable(actionLabel(action)));
        }
        QCOMPARE(record.state, CaseState::Closed);

        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        auto* reason = child<QLineEdit>(view, "fieldDateReason");
        QVERIFY(reason->isVisibleTo(&view));
        retype(child<DateEdit>(view, "fieldReceivedOn"), QStringLiteral("31/12/2020"));
        QVERIFY(!view.saveFields());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("give the reason")),
                 qPrintable(bannerOf(view)));
        QCOMPARE(CaseRepository(*db).load(record.id)->receivedOn, QDate(2021, 1, 4));
        QVERIFY(view.hasUnsavedEdits());
        QCOMPARE(child<DateEdit>(view, "fieldReceivedOn")->date(), QDate(2020, 12, 31));

        QTest::keyClicks(reason, QStringLiteral("Date stamp misread"));
        QTest::mouseClick(child<QPushButton>(view, "saveFields"), Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.receivedOn, QDate(2020, 12, 31));
        QCOMPARE(stored.state, CaseState::Closed);
        const Audited audited = lastAudit(*session, record.id);
        QCOMPARE(audited.entry.detail,
                 QStringLiteral("Case details changed. Reason: Date stamp misread"));
        QVERIFY2(audited.before.contains(QStringLiteral("2021-01-04")), qPrintable(audited.before));
        QVERIFY2(audited.after.contains(QStringLiteral("2020-12-31")), qPrintable(audited.after));
        QVERIFY(reason->text().isEmpty());

        retype(child<QPlainTextEdit>(view, "fieldSummary"), QStringLiteral("Summary corrected"));
        QVERIFY(view.saveFields());
        QCOMPARE(lastAudit(*session, record.id).entry.detail,
                 QStringLiteral("Case details changed"));
    }

    // On a case still open no reason is asked for.
    void anOpenCaseAsksNoReason()
    {
        FixedToday today(QDate(2021, 1, 7));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        QVERIFY(!child<QLineEdit>(view, "fieldDateReason")->isVisibleTo(&view));
    }

    void aStaleSaveIsRefusedAndKeepsTheInput_data() { addBackendRows(); }

    // Someone else saved the case after this view read it: saving is refused naming them,
    // their change stands, and what was typed is still here.
    void aStaleSaveIsRefusedAndKeepsTheInput()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);

        auto colleague = sessionOn(*db, QStringLiteral("colleague"));
        QVERIFY(colleague);
        Case theirs = colleague->cases().load(record.id).value();
        theirs.channelCode = QStringLiteral("letter");
        QVERIFY(colleague->saveDetails(theirs, QStringLiteral("channel")));

        retype(child<QPlainTextEdit>(view, "fieldSummary"), QStringLiteral("My summary"));
        QTest::mouseClick(child<QPushButton>(view, "saveFields"), Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("changed by")), qPrintable(bannerOf(view)));
        QVERIFY2(bannerOf(view).contains(recordedActor(*db, QStringLiteral("colleague"))),
                 qPrintable(bannerOf(view)));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.channelCode, QStringLiteral("letter"));
        QCOMPARE(stored.summary, record.summary);
        QVERIFY(view.hasUnsavedEdits());
        QCOMPARE(child<QPlainTextEdit>(view, "fieldSummary")->toPlainText(),
                 QStringLiteral("My summary"));
        QVERIFY(child<QPushButton>(view, "saveFields")->isEnabled());
    }

    void badInputIsRefusedByName_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::addRow("officer not listed") << "officer"
                                            << "Someone Else"
                                            << "nobody listed is called";
        QTest::addRow("received in the future") << "received"
                                                << "08/01/2021"
                                                << "is after";
        QTest::addRow("received after acknowledgement") << "received"
                                                        << "06/01/2021"
                                                        << "after stage 1 was acknowledged";
        QTest::addRow("matter arose after receipt") << "matter arose"
                                                    << "05/01/2021"
                                                    << "cannot have arisen";
        QTest::addRow("no received date") << "received"
                                          << ""
                                          << "received";
    }

    // What cannot be saved is refused with the reason, and nothing is stored.
    void badInputIsRefusedByName()
    {
        FixedToday today(QDate(2021, 1, 7));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        if (field == u"officer") {
            auto* officer = child<QComboBox>(view, "fieldOfficer");
            officer->lineEdit()->selectAll();
            QTest::keyClicks(officer, typed);
        } else {
            retype(child<DateEdit>(view,
                                   field == u"received" ? "fieldReceivedOn" : "fieldMatterArose"),
                   typed);
        }
        QVERIFY(view.hasUnsavedEdits());
        QVERIFY(!view.saveFields());
        QVERIFY2(bannerOf(view).contains(message, Qt::CaseInsensitive), qPrintable(bannerOf(view)));
        QCOMPARE(CaseRepository(*db).load(record.id)->version, record.version);
    }
};

QTEST_MAIN(TestCaseFields)
#include "TestCaseFields.moc"
