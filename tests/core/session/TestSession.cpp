#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

Case statutoryComplaint(QDate received)
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.receivedOn = received;
    record.complainant.fullName = QStringLiteral("Sam Example");
    record.points = {
        {0, QStringLiteral("Visits cancelled"), QStringLiteral("communication"), 0, {}}};
    return record;
}

} // namespace

// The application layer both programs stand on: who acts, the rules in force, the use cases
// and the notifications every open view follows.
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    // On one desktop the actor is the account the operating system runs Redress under, not
    // what the USER or USERNAME variables say: anyone can set those.
    void theActorIsTheOperatingSystemAccountNotAVariable()
    {
        const QByteArray saved = qgetenv("USER");
        const QByteArray savedName = qgetenv("USERNAME");
        const auto restore = qScopeGuard([&] {
            qputenv("USER", saved);
            qputenv("USERNAME", savedName);
        });
        const QString account = Session::operatingSystemAccount();
        QVERIFY(!account.isEmpty());
        QVERIFY(account != QStringLiteral("unknown"));
#ifndef Q_OS_WIN
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(id.waitForFinished());
        QCOMPARE(account, QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
#endif
        qputenv("USER", "the.ombudsman");
        qputenv("USERNAME", "the.ombudsman");
        QCOMPARE(Session::operatingSystemAccount(), account);
        qputenv("USER", "");
        qputenv("USERNAME", "");
        QCOMPARE(Session::operatingSystemAccount(), account);

        REDRESS_SQLITE_DATABASE(db);
        auto unnamed = Session::attach(*db);
        QVERIFY2(unnamed, qPrintable(unnamed.error()));
        QCOMPARE(unnamed.value()->actor(), account);
        auto named = Session::attach(*db, QStringLiteral("lead.one"));
        QVERIFY(named);
        QCOMPARE(named.value()->actor(), QStringLiteral("lead.one"));
    }

    // Logging and acting go through the session, are audited as its actor, and are announced.
    void changesAreAuditedAsTheActorAndAnnounced_data()
    {
        addBackendRows();
    }
    void changesAreAuditedAsTheActorAndAnnounced()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("officer.a"));
        QVERIFY(session);
        QSignalSpy changed(session.get(), &Session::casesChanged);

        Case record = statutoryComplaint(QDate(2021, 1, 11));
        QVERIFY(session->logCase(record));
        QCOMPARE(changed.size(), 1);
        ActionRequest acknowledge;
        acknowledge.action = Action::Acknowledge;
        acknowledge.on = QDate(2021, 1, 12);
        QVERIFY(session->perform(record, acknowledge));
        QCOMPARE(changed.size(), 2);

        // A refusal changes nothing and announces nothing.
        ActionRequest again = acknowledge;
        QVERIFY(!session->perform(record, again));
        QCOMPARE(changed.size(), 2);

        auto entries = session->auditLog().entriesForCase(record.id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        for (const AuditEntry& entry : entries.value())
            QCOMPARE(entry.actor, recordedActor(*db, QStringLiteral("officer.a")));
    }

    // A change of the calendar recomputes deadlines, reloads the rules and tells every view.
    void aNewBankHolidayReachesTheRulesAndTheViews_data()
    {
        addBackendRows();
    }
    void aNewBankHolidayReachesTheRulesAndTheViews()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("admin.a"));
        QVERIFY(session);
        Case record = statutoryComplaint(QDate(2021, 1, 11));
        QVERIFY(session->logCase(record));
        const QDate before = record.dueOn;
        QVERIFY(before.isValid());

        QSignalSpy rules(session.get(), &Session::rulesChanged);
        QSignalSpy cases(session.get(), &Session::casesChanged);
        const QDate holiday = before; // the acknowledgement's due day becomes a holiday
        ReferenceData reference = session->referenceData();
        auto refreshed = session->changeDeadlineRules(QStringLiteral("one-off bank holiday"), [&] {
            return reference.addBankHoliday(holiday, QStringLiteral("A one-off holiday"));
        });
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QCOMPARE(refreshed->casesChanged, 1);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(cases.size(), 1);
        QVERIFY(!session->rules().calendar().isWorkingDay(holiday));

        auto reloaded = session->cases().load(record.id);
        QVERIFY(reloaded);
        QVERIFY(reloaded->dueOn > before);
        auto entries = session->auditLog().entriesForCase(record.id);
        QVERIFY(entries);
        QCOMPARE(entries->constLast().actor, recordedActor(*db, QStringLiteral("admin.a")));
    }

    // Closure days count only for the profiles that say so: concerns do, the statutory
    // procedure does not (its regulations know only bank holidays).
    void eachCaseCountsWithItsProceduresCalendar()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        const QDate closure(2021, 1, 15);
        QVERIFY(ReferenceData(*db, QStringLiteral("admin"))
                    .addClosureDay(closure, QStringLiteral("Office move")));
        auto session = sessionOn(*db);
        QVERIFY(session);
        QVERIFY(!session->calendarFor(CaseKind::Concern, Procedure::None).isWorkingDay(closure));
        QVERIFY(
            session->calendarFor(CaseKind::Complaint, Procedure::Statutory).isWorkingDay(closure));
    }

    // The queue, the case's own standing and the report agree: a complaint not acknowledged
    // in time is overdue in all three.
    void aLateAcknowledgementIsOverdueEverywhere_data()
    {
        addBackendRows();
    }
    void aLateAcknowledgementIsOverdueEverywhere()
    {
        // Received on Christmas Eve 2020: acknowledge by 30/12, respond by 12/01/2021. On
        // 31/12 (the end of quarter 3) only the acknowledgement has passed.
        FixedToday today(QDate(2020, 12, 31));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case late = statutoryComplaint(QDate(2020, 12, 24));
        QVERIFY(session->logCase(late));
        QCOMPARE(late.dueOn, QDate(2020, 12, 30));
        Case onTime = statutoryComplaint(QDate(2020, 12, 24));
        QVERIFY(session->logCase(onTime));
        ActionRequest acknowledge;
        acknowledge.action = Action::Acknowledge;
        acknowledge.on = QDate(2020, 12, 29);
        QVERIFY(session->perform(onTime, acknowledge));
        QCOMPARE(onTime.dueOn, QDate(2021, 1, 12));

        QVERIFY(session->standingOf(late).isOverdue());
        QCOMPARE(session->standingOf(late).workingDaysOverdue(), 1);
        QVERIFY(!session->standingOf(onTime).isOverdue());

        CaseFilter overdue;
        overdue.overdueOnly = true;
        overdue.asOf = QDate(2020, 12, 31);
        auto queue = session->cases().list(overdue);
        QVERIFY2(queue, qPrintable(queue.error()));
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->constFirst().id, late.id);

        // The quarter's overdue list, as things stood on its last day.
        auto behind = session->reports().casesBehind(
            QStringLiteral("overdue"), QStringLiteral("total"), QStringLiteral("cases"),
            ReportScope(Period::quarter(2020, 3)));
        QVERIFY2(behind, qPrintable(behind.error()));
        QCOMPARE(behind.value(), QList<qint64>{late.id});
    }

    // On one desktop the users list decides: a listed officer may not change the calendar;
    // someone not listed (the one person of a single-desktop install) may.
    void onlyAnAdministratorChangesTheRules()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto officer = sessionOn(*db, QStringLiteral("officer")); // a shipped starter user
        QVERIFY(officer);
        QCOMPARE(officer->role(), Session::Role::Officer);
        bool changed = false;
        auto refused = officer->changeDeadlineRules(QStringLiteral("extra holiday"), [&] {
            changed = true;
            return Status{};
        });
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(
                     QStringLiteral("Only an administrator can change the calendar")),
                 qPrintable(refused.error()));
        QVERIFY(!changed);
        QCOMPARE(sessionOn(*db, QStringLiteral("lead"))->role(), Session::Role::Lead);
        auto alone = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QCOMPARE(alone->role(), Session::Role::Admin);
        QVERIFY(alone->changeDeadlineRules(QStringLiteral("nothing"), [] { return Status{}; }));
    }

    // Lists, teams, users, closure days and year figures are an administrator's, like the
    // rules: an officer or a lead is told so, and nothing is written.
    void onlyAnAdministratorChangesReferenceData_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("officer") << QStringLiteral("officer") << false;
        QTest::newRow("lead") << QStringLiteral("lead") << false;
        QTest::newRow("administrator") << QStringLiteral("someone.unlisted") << true;
    }
    void onlyAnAdministratorChangesReferenceData()
    {
        QFETCH(QString, actor);
        QFETCH(bool, allowed);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, actor);
        QVERIFY(session);
        ReferenceData reference = session->referenceData();
        const auto auditCount = [&] {
            return sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry"))
                .value()
                .toLongLong();
        };
        const qint64 auditBefore = auditCount();

        const auto asStatus = [](const Result<qint64>& saved) {
            return saved ? Status{} : Status{fail(saved.error())};
        };
        const QList<Status> changes{
            reference.saveTerm({0,
                                QStringLiteral("channel"),
                                QStringLiteral("carrier_pigeon"),
                                QStringLiteral("Carrier pigeon"),
                                90,
                                true,
                                {},
                                {}}),
            asStatus(reference.saveOrgUnit(
                {0, 0, QStringLiteral("portfolio"), {}, QStringLiteral("New portfolio"), true})),
            asStatus(
                reference.saveUser({0, QStringLiteral("new.officer"), QStringLiteral("New Officer"),
                                    QStringLiteral("officer"), 0, true})),
            reference.addClosureDay(QDate(2026, 12, 24), QStringLiteral("Christmas Eve")),
            reference.saveYearContext({2025, 40000, {}, {}}),
        };
        for (const Status& change : changes)
            QVERIFY2(bool(change) == allowed, qPrintable(change ? QString() : change.error()));
        if (!allowed) {
            QVERIFY2(changes.first().error().contains(QStringLiteral("Only an administrator")),
                     qPrintable(changes.first().error()));
            QCOMPARE(auditCount(), auditBefore);
        } else {
            QCOMPARE(auditCount(), auditBefore + changes.size());
        }
    }

    // Two people open one case; the second to save is told who saved it first, and when.
    void aStaleSaveNamesWhoChangedTheCase_data()
    {
        addBackendRows();
    }
    void aStaleSaveNamesWhoChangedTheCase()
    {
        REDRESS_TEST_DATABASE(db);
        auto officer = sessionOn(*db, QStringLiteral("officer"));
        auto lead = sessionOn(*db, QStringLiteral("lead"));
        QVERIFY(officer && lead);
        const Case logged = loggedComplaint(*officer, QDate(2026, 3, 2));
        QVERIFY(logged.id);
        Case openedByOfficer = officer->cases().load(logged.id).value();
        Case openedByLead = lead->cases().load(logged.id).value();
        openedByLead.summary = QStringLiteral("Corrected by the lead");
        QVERIFY(lead->saveDetails(openedByLead, QStringLiteral("summary")));

        openedByOfficer.summary = QStringLiteral("Corrected by the officer");
        const Status stale = officer->saveDetails(openedByOfficer, QStringLiteral("summary"));
        QVERIFY(!stale);
        const QString expected =
            QStringLiteral("was changed by %1 at ").arg(recordedActor(*db, QStringLiteral("lead")));
        QVERIFY2(stale.error().contains(expected), qPrintable(stale.error()));
        QCOMPARE(officer->cases().load(logged.id).value().summary,
                 QStringLiteral("Corrected by the lead"));
    }

    // Two officers, two cases of one complainant: B changes the complainant's contact details
    // on case 2; A, who opened case 1 before that, saves it. A is told, and B's change stays.
    void aStaleCopyOfASharedComplainantIsRefused_data()
    {
        addBackendRows();
    }
    void aStaleCopyOfASharedComplainantIsRefused()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 3, 1));
        auto session = sessionOn(*db, QStringLiteral("officer.a"));
        QVERIFY(session);
        const Case first = loggedComplaint(*session, QDate(2021, 2, 1));
        Case second;
        second.kind = CaseKind::Complaint;
        second.procedure = Procedure::Statutory;
        second.receivedOn = QDate(2021, 2, 8);
        second.complainant = first.complainant;
        second.complainantRoleCode = first.complainantRoleCode;
        second.summary = QStringLiteral("A second complaint");
        second.points = first.points;
        QVERIFY(session->logCase(second));
        QCOMPARE(second.complainant.id, first.complainant.id);

        Case openedByA = session->cases().load(first.id).value();
        Case openedByB = session->cases().load(second.id).value();
        openedByB.complainant.phone = QStringLiteral("01632 960123");
        openedByB.complainant.address = QStringLiteral("2 New Street");
        QVERIFY(session->saveDetails(openedByB, QStringLiteral("contact details")));

        openedByA.summary = QStringLiteral("Summary corrected");
        const Status stale = session->saveDetails(openedByA, QStringLiteral("summary"));
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(QStringLiteral("changed by someone else")),
                 qPrintable(stale.error()));
        const Case now = session->cases().load(first.id).value();
        QCOMPARE(now.complainant.phone, QStringLiteral("01632 960123"));
        QCOMPARE(now.complainant.address, QStringLiteral("2 New Street"));
        QCOMPARE(now.summary, first.summary);

        // The change is in the trail, before and after.
        const AuditEntry changed = session->auditLog().entriesForCase(second.id)->constLast();
        QCOMPARE(changed.after.value(QStringLiteral("complainant.phone")).toString(),
                 QStringLiteral("01632 960123"));
        QVERIFY(changed.before.contains(QStringLiteral("complainant.address")));

        // Reopened, A's change goes through and keeps B's.
        Case reopened = session->cases().load(first.id).value();
        reopened.summary = QStringLiteral("Summary corrected");
        QVERIFY(session->saveDetails(reopened, QStringLiteral("summary")));
        QCOMPARE(session->cases().load(first.id)->complainant.phone,
                 QStringLiteral("01632 960123"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
