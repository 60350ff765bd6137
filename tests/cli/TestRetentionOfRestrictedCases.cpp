#include "CliRun.h"
#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "privacy/CaseRestriction.h"
#include "privacy/Retention.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QVariant valueOf(Database& db, const QString& statement, const QVariantList& values = {})
{
    auto value = sql::scalar(db.sql(), statement, values);
    if (!value)
        qWarning("%s", qPrintable(value.error()));
    return value ? value.value() : QVariant();
}

QStringList references(const QList<RetentionCandidate>& candidates)
{
    QStringList result;
    for (const RetentionCandidate& candidate : candidates)
        result << candidate.reference;
    return result;
}

} // namespace

// On a team server, a case restricted to named people is hidden from an administrator not
// named on it; the retention schedule still reaches it (schema 28). The administrator sees
// that it is due and nothing personal of it, and the server anonymises it as it would any
// case, auditing it under the administrator's login. An officer cannot ask the server to, nor
// can anyone have a case not yet due anonymised.
class TestRetentionOfRestrictedCases : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<FixedToday> m_today;
    QString m_lead;
    QString m_named;
    QString m_admin;
    Case m_shared;  // restricted, due; its complainant is also on m_open
    Case m_alone;   // restricted, due; its complainant on no other case
    Case m_recent;  // restricted, closed a month before the server's today
    Case m_visible; // due, restricted from no one
    Case m_open;    // open, restricted from no one, the same complainant as m_shared

    struct SignedIn
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<Session> session;
    };

    SignedIn signIn(const QString& login)
    {
        SignedIn result;
        DatabaseLocation location = m_holder->location();
        location.user = login;
        location.password.clear();
        auto opened = Database::open(location, Database::Mode::MustExist);
        if (!opened) {
            QTest::qFail(qPrintable(opened.error()), __FILE__, __LINE__);
            return result;
        }
        result.database = std::move(opened.value());
        result.session = sessionOn(*result.database, login);
        return result;
    }

    QStringList asAdministrator() const
    {
        DatabaseLocation location = m_holder->location();
        location.user = m_admin;
        location.password.clear();
        return databaseArguments(location);
    }

private slots:
    void initTestCase()
    {
        m_today = std::make_unique<FixedToday>(QDate(2021, 6, 1));
        m_holder = TestDatabase::create(Backend::Postgres);
        if (!m_holder)
            return;
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000));
        m_lead = QStringLiteral("keep.lead.") + suffix;
        m_named = QStringLiteral("keep.named.") + suffix;
        m_admin = QStringLiteral("keep.admin.") + suffix;
        const QStringList server = databaseArguments(m_holder->location());
        const CliRun setup =
            runCli(server + QStringList{QStringLiteral("server"), QStringLiteral("setup")});
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
        for (const auto& [login, role] : {std::pair{m_lead, QStringLiteral("lead")},
                                          std::pair{m_named, QStringLiteral("officer")},
                                          std::pair{m_admin, QStringLiteral("admin")}}) {
            const CliRun added =
                runCli(server + QStringList{QStringLiteral("users"), QStringLiteral("add"), login,
                                            QStringLiteral("--role"), role,
                                            QStringLiteral("--no-password")});
            QVERIFY2(added.code == 0, qPrintable(added.err));
        }
        SignedIn lead = signIn(m_lead);
        QVERIFY(lead.session);
        Session& session = *lead.session;
        m_shared =
            closedCase(session, CaseKind::Complaint, QDate(2014, 5, 1), QStringLiteral("Quokka"));
        m_alone =
            closedCase(session, CaseKind::Complaint, QDate(2014, 6, 2), QStringLiteral("Wombat"));
        m_visible =
            closedCase(session, CaseKind::Complaint, QDate(2014, 7, 1), QStringLiteral("Dingo"));
        {
            // The server judges by its own clock: a month closed is not past retention.
            FixedToday now(QDate::currentDate());
            m_recent = closedCase(session, CaseKind::Complaint, QDate::currentDate().addDays(-30),
                                  QStringLiteral("Numbat"));
        }
        m_open = loggedComplaint(session, QDate(2021, 5, 3));
        QVERIFY(m_shared.id && m_alone.id && m_visible.id && m_recent.id && m_open.id);
        m_open.complainant = session.cases().load(m_shared.id)->complainant;
        QVERIFY(session.saveDetails(m_open, QStringLiteral("complainant")));
        QVERIFY(session.attachments().add(m_alone.id, QStringLiteral("letter.txt"), "Dear Wombat"));
        for (Case* hidden : {&m_shared, &m_alone, &m_recent}) {
            *hidden = session.cases().load(hidden->id).value();
            const Status restricted = CaseRestriction(session).restrictTo(*hidden, {m_named});
            QVERIFY2(restricted, qPrintable(restricted.error()));
        }
    }

    void anAdministratorSeesItDueAndNothingPersonal()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        SignedIn admin = signIn(m_admin);
        QVERIFY(admin.session);
        QVERIFY(!admin.session->cases().load(m_shared.id)); // hidden from them
        auto due = Retention(*admin.session).review();
        QVERIFY2(due, qPrintable(due ? QString() : due.error()));
        QCOMPARE(references(due.value()),
                 (QStringList{m_shared.reference, m_alone.reference, m_visible.reference}));
        QCOMPARE(due->at(0).restricted, true);
        QCOMPARE(due->at(0).closedOn, QDate(2014, 5, 1));
        QCOMPARE(due->at(0).dueOn, QDate(2020, 5, 1));
        QCOMPARE(due->at(1).documents, 1);
        QCOMPARE(due->at(2).restricted, false);
        QVERIFY(due->at(0).shownReference().contains(QStringLiteral("restricted")));

        // The server's list holds the dates that make a case due, and nothing about anyone.
        auto listed =
            sql::exec(admin.database->sql(),
                      QStringLiteral("SELECT * FROM redress_hidden_cases_past_retention()"));
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error()));
        int rows = 0;
        while (listed->next()) {
            ++rows;
            const QSqlRecord row = listed->record();
            QCOMPARE(row.count(), 5);
            for (int i = 0; i < row.count(); ++i)
                for (const QString& personal : {QStringLiteral("Quokka"), QStringLiteral("Wombat")})
                    QVERIFY(!row.value(i).toString().contains(personal));
        }
        QCOMPARE(rows, 2);

        const CliRun run = runCli(asAdministrator() + QStringList{QStringLiteral("retention"),
                                                                  QStringLiteral("--dry-run")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QString& expected :
             {m_shared.reference, m_alone.reference, QStringLiteral("restricted case"),
              QStringLiteral("01/05/2014"), QStringLiteral("Complaint: 3 case")})
            QVERIFY2(run.out.contains(expected), qPrintable(expected + u'\n' + run.out));
        for (const QString& absent :
             {QStringLiteral("Quokka"), QStringLiteral("Wombat"), m_recent.reference})
            QVERIFY2(!run.out.contains(absent), qPrintable(absent + u'\n' + run.out));
    }

    void anOfficerCannotAskTheServer()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        SignedIn officer = signIn(m_named); // named on the cases, but no administrator
        QVERIFY(officer.session);
        auto refused = sql::scalar(officer.database->sql(),
                                   QStringLiteral("SELECT redress_retention_for_hidden_case(?, "
                                                  "CAST(? AS BIGINT[]), 'x')"),
                                   {m_alone.id, QStringLiteral("{}")});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("permission denied")),
                 qPrintable(refused.error()));
        auto listed =
            sql::exec(officer.database->sql(),
                      QStringLiteral("SELECT * FROM redress_hidden_cases_past_retention()"));
        QVERIFY(!listed);
        QVERIFY(!Retention(*officer.session).apply({m_alone.id}));
        auto dba = m_holder->open();
        QVERIFY(dba);
        QVERIFY(valueOf(*dba, QStringLiteral("SELECT anonymised_on FROM cases WHERE id = ?"),
                        {m_alone.id})
                    .isNull());
    }

    void aCaseNotPastRetentionIsRefused()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        SignedIn admin = signIn(m_admin);
        QVERIFY(admin.session);
        for (qint64 id : {m_recent.id, m_open.id}) {
            auto refused = sql::scalar(admin.database->sql(),
                                       QStringLiteral("SELECT redress_retention_for_hidden_case(?, "
                                                      "CAST(? AS BIGINT[]), 'x')"),
                                       {id, QStringLiteral("{}")});
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QStringLiteral("not past retention")),
                     qPrintable(refused.error()));
            QVERIFY(!refused.error().contains(QStringLiteral("Numbat")));
        }
        auto dba = m_holder->open();
        QVERIFY(dba);
        QCOMPARE(valueOf(*dba,
                         QStringLiteral("SELECT full_name FROM person p JOIN cases c ON "
                                        "c.complainant_id = p.id WHERE c.id = ?"),
                         {m_recent.id})
                     .toString(),
                 QStringLiteral("Jordan Numbat"));
    }

    void applyingAnonymisesItAsAnyCase()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        auto dba = m_holder->open();
        QVERIFY(dba);
        const qint64 sharedPerson =
            valueOf(*dba, QStringLiteral("SELECT complainant_id FROM cases WHERE id = ?"),
                    {m_shared.id})
                .toLongLong();
        const qint64 alonePerson =
            valueOf(*dba, QStringLiteral("SELECT complainant_id FROM cases WHERE id = ?"),
                    {m_alone.id})
                .toLongLong();

        SignedIn admin = signIn(m_admin);
        QVERIFY(admin.session);
        auto due = Retention(*admin.session).review();
        QVERIFY(due);
        QList<qint64> ids;
        for (const RetentionCandidate& candidate : due.value())
            ids << candidate.caseId;
        auto done = Retention(*admin.session).apply(ids);
        QVERIFY2(done, qPrintable(done ? QString() : done.error()));
        QCOMPARE(done->anonymised.value(CaseKind::Complaint), 3);
        QCOMPARE(done->documentsRemoved, 1);

        for (qint64 id : {m_shared.id, m_alone.id, m_visible.id}) {
            QVERIFY(
                !valueOf(*dba, QStringLiteral("SELECT anonymised_on FROM cases WHERE id = ?"), {id})
                     .isNull());
            QCOMPARE(valueOf(*dba,
                             QStringLiteral("SELECT summary || '|' || (SELECT COUNT(*) FROM note "
                                            "WHERE case_id = ?) || '|' || (SELECT "
                                            "string_agg(name || social_care_reference, '') FROM "
                                            "child WHERE id IN (SELECT child_id FROM case_child "
                                            "WHERE case_id = ?)) || '|' || (SELECT "
                                            "string_agg(name, '') FROM staff_named WHERE case_id "
                                            "= ?) FROM cases WHERE id = ?"),
                             {id, id, id, id})
                         .toString(),
                     QStringLiteral("|0||"));
        }
        QVERIFY(!valueOf(*dba,
                         QStringLiteral("SELECT document::text FROM case_search WHERE case_id = ?"),
                         {m_alone.id})
                     .toString()
                     .contains(QStringLiteral("wombat")));
        QCOMPARE(valueOf(*dba, QStringLiteral("SELECT COUNT(*) FROM attachment WHERE case_id = ?"),
                         {m_alone.id})
                     .toInt(),
                 0);
        // A complainant on no other case is blanked where they are; one still on a kept case
        // keeps their details there, and the anonymised case gets a blank copy (schema 26).
        QCOMPARE(valueOf(*dba,
                         QStringLiteral("SELECT full_name || email || phone || address || "
                                        "postcode FROM person WHERE id = ?"),
                         {alonePerson})
                     .toString(),
                 QString());
        QCOMPARE(valueOf(*dba, QStringLiteral("SELECT complainant_id FROM cases WHERE id = ?"),
                         {m_alone.id})
                     .toLongLong(),
                 alonePerson);
        QCOMPARE(valueOf(*dba, QStringLiteral("SELECT full_name FROM person WHERE id = ?"),
                         {sharedPerson})
                     .toString(),
                 QStringLiteral("Jordan Quokka"));
        QCOMPARE(valueOf(*dba, QStringLiteral("SELECT complainant_id FROM cases WHERE id = ?"),
                         {m_open.id})
                     .toLongLong(),
                 sharedPerson);
        QCOMPARE(valueOf(*dba,
                         QStringLiteral("SELECT p.full_name || '|' || p.age_band FROM person p "
                                        "JOIN cases c ON c.complainant_id = p.id WHERE c.id = ?"),
                         {m_shared.id})
                     .toString(),
                 QStringLiteral("|25_34"));
        QVERIFY(valueOf(*dba, QStringLiteral("SELECT anonymised_on FROM cases WHERE id = ?"),
                        {m_recent.id})
                    .isNull());

        // Audited under the administrator's own login, by reference; the cases' own entries
        // lose their details, and the chain still holds.
        auto entries = sql::exec(
            dba->sql(), QStringLiteral("SELECT actor, case_reference FROM audit_entry "
                                       "WHERE action = 'retention_restricted' ORDER BY id"));
        QVERIFY(entries);
        QStringList audited;
        while (entries->next()) {
            QCOMPARE(entries->value(0).toString(), m_admin);
            audited << entries->value(1).toString();
        }
        QCOMPARE(audited, (QStringList{m_shared.reference, m_alone.reference}));
        QCOMPARE(valueOf(*dba,
                         QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE case_id IN (?, ?) "
                                        "AND redacted_at IS NULL"),
                         {m_shared.id, m_alone.id})
                     .toInt(),
                 0);
        auto broken = AuditLog(*dba).verifyChain();
        QVERIFY2(broken, qPrintable(broken ? QString() : broken.error()));
        QVERIFY(!broken->has_value());

        // Nothing is left due, to the administrator or to the officer named on the cases.
        auto after = Retention(*admin.session).review();
        QVERIFY(after);
        QCOMPARE(after->size(), 0);
        SignedIn named = signIn(m_named);
        QVERIFY(named.session);
        QCOMPARE(named.session->cases().load(m_shared.id)->complainant.fullName, QString());
    }

    void cleanupTestCase()
    {
        m_holder.reset();
        m_today.reset();
    }
};

QTEST_GUILESS_MAIN(TestRetentionOfRestrictedCases)
#include "TestRetentionOfRestrictedCases.moc"
