#include "CliRun.h"
#include "TeamServer.h"
#include "TestSupport.h"
#include "cli/IntegrityCheck.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

qint64 count(Database& db, const QString& statement, const QVariantList& values = {})
{
    auto value = sql::scalar(db.sql(), statement, values);
    if (!value)
        qWarning("%s", qPrintable(value.error()));
    return value ? value->toLongLong() : -1;
}

// The cases whose search document or sort names differ from what the trigger functions
// derive from the tables now, as the DBA (bound by no policy) sees them.
QStringList staleCases(Database& dba)
{
    auto rows = sql::exec(
        dba.sql(),
        QStringLiteral(
            "SELECT c.reference FROM cases c LEFT JOIN case_search s ON s.case_id = c.id "
            "LEFT JOIN person p ON p.id = c.complainant_id "
            "LEFT JOIN org_unit o ON o.id = c.team_id LEFT JOIN org_unit u ON u.id = o.parent_id "
            "WHERE s.document IS DISTINCT FROM redress_case_search_document(c.id) "
            "OR c.sort_complainant <> COALESCE(p.full_name, '') "
            "OR c.sort_team <> COALESCE(o.name, '') "
            "OR c.sort_service_area <> "
            "COALESCE(CASE WHEN o.level = 'team' THEN u.name ELSE o.name END, '') "
            "OR c.sort_child_status <> COALESCE((SELECT COALESCE(t.label, cc.status) "
            "FROM case_child cc LEFT JOIN taxonomy_term t ON t.taxonomy = 'child_status' "
            "AND t.code = cc.status WHERE cc.case_id = c.id ORDER BY cc.id LIMIT 1), '') "
            "ORDER BY c.reference"));
    QStringList references;
    while (rows && rows->next())
        references << rows->value(0).toString();
    if (!rows)
        references << rows.error();
    return references;
}

QStringList problemsOf(Database& db)
{
    auto problems = cli::IntegrityCheck(db).run();
    if (!problems)
        return {problems.error()};
    QStringList text;
    for (const cli::Problem& problem : problems.value())
        text << problem.reference + QStringLiteral(": ") + problem.message;
    return text;
}

} // namespace

// An import or the demo on a team server turns the search-document and sort-column insert
// triggers off for its own transaction (`redress.bulk_load`, schema 24) and does their work
// for its cases at the batch's end, with the writer's own rights. Run by an officer's and an
// administrator's login, it must leave every case as the triggers would have, and leave
// alone a case restricted from the writer, which the triggers could not have touched.
class TestBulkLoadTeamServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<FixedToday> m_today;
    QString m_officer;
    QString m_other;
    QString m_admin;

    DatabaseLocation signedInAs(const QString& login) const
    {
        return test::signedInAs(m_holder->location(), login);
    }

    std::unique_ptr<Database> openAs(const QString& login) const
    {
        auto opened = Database::open(signedInAs(login), Database::Mode::MustExist);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return {};
        }
        return std::move(opened.value());
    }

    // The newest case, restricted to another officer, with its search document and sort
    // name spoiled, so that anything the writer's batch end did to it would show. Its
    // reference is made unlike any a log brings: an officer's import cannot see it to give
    // a row with the same one a new reference.
    qint64 hideNewestCase(Database& dba)
    {
        const qint64 hidden = count(dba, QStringLiteral("SELECT MAX(id) FROM cases"));
        for (const QString& statement :
             {QStringLiteral("UPDATE cases SET reference = 'HIDDEN-' || id WHERE id = ? AND "
                             "? <> ''"),
              QStringLiteral("INSERT INTO case_restriction (case_id, username) VALUES (?, ?)"),
              QStringLiteral("UPDATE case_search SET document = to_tsvector('simple', "
                             "'spoiled') WHERE case_id = ? AND ? <> ''"),
              QStringLiteral("UPDATE cases SET sort_complainant = 'spoiled' WHERE id = ? AND "
                             "? <> ''")})
            if (auto done = sql::exec(dba.sql(), statement, {hidden, m_other}); !done) {
                qWarning("%s", qPrintable(done.error()));
                return 0;
            }
        return hidden;
    }

private slots:
    void initTestCase()
    {
        m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30));
        m_holder = TestDatabase::create(Backend::Postgres);
        if (!m_holder)
            return;
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000));
        m_officer = QStringLiteral("bulk.officer.") + suffix;
        m_other = QStringLiteral("bulk.other.") + suffix;
        m_admin = QStringLiteral("bulk.admin.") + suffix;
        auto dba = m_holder->open();
        QVERIFY(dba);
        const Status setUp =
            setUpTeamServer(m_holder->location(), {{m_officer, QStringLiteral("officer")},
                                                   {m_other, QStringLiteral("officer")},
                                                   {m_admin, QStringLiteral("admin")}});
        QVERIFY2(setUp, qPrintable(setUp.error()));
        QVERIFY(DemoDataGenerator(*dba, 5).generate(200, 2));
        // A case the officer may see although it is restricted (and the administrator may
        // not), under a reference no log brings, as in hideNewestCase().
        QVERIFY(sql::exec(dba->sql(),
                          QStringLiteral("UPDATE cases SET reference = 'SHARED-' || id WHERE id = "
                                         "(SELECT MIN(id) FROM cases)")));
        QVERIFY(sql::exec(dba->sql(),
                          QStringLiteral("INSERT INTO case_restriction (case_id, username) "
                                         "SELECT MIN(id), ? FROM cases"),
                          {m_officer}));
        QCOMPARE(staleCases(*dba), QStringList());
    }

    void cleanupTestCase()
    {
        m_holder.reset();
        m_today.reset();
    }

    void writesWhatTheTriggersWould_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::addColumn<bool>("import");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("demo, officer") << false << false << 11u;
        QTest::newRow("demo, administrator") << true << false << 12u;
        QTest::newRow("import, officer") << false << true << 13u;
        QTest::newRow("import, administrator") << true << true << 14u;
    }
    void writesWhatTheTriggersWould()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        QFETCH(bool, admin);
        QFETCH(bool, import);
        QFETCH(quint32, seed);
        const QString login = admin ? m_admin : m_officer;
        auto dba = m_holder->open();
        QVERIFY(dba);
        const qint64 casesBefore = count(*dba, QStringLiteral("SELECT COUNT(*) FROM cases"));
        const qint64 hidden = hideNewestCase(*dba);
        QVERIFY(hidden > 0);
        const QString hiddenReference =
            sql::scalar(dba->sql(), QStringLiteral("SELECT reference FROM cases WHERE id = ?"),
                        {hidden})
                ->toString();

        int written = 0;
        if (import) {
            // A log of demo cases from a database of its own, exported as a council would.
            QTemporaryDir folder;
            const QString file = folder.filePath(QStringLiteral("log.db"));
            // Named for its seed: a row of a log of the same name is taken as already here.
            const QString csv = folder.filePath(QStringLiteral("log-%1.csv").arg(seed));
            const QStringList sqlite{QStringLiteral("--db"), file};
            QCOMPARE(runCli(sqlite + QStringList{QStringLiteral("init")}).code, 0);
            {
                auto source =
                    Database::open(DatabaseLocation::sqliteFile(file), Database::Mode::MustExist);
                QVERIFY(source);
                QVERIFY(DemoDataGenerator(**source, seed).generate(300, 2));
            }
            const CliRun exported =
                runCli(sqlite + QStringList{QStringLiteral("export"), QStringLiteral("cases"),
                                            QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--out"), csv});
            QVERIFY2(exported.code == 0, qPrintable(exported.err));
            const CliRun imported = runCli(databaseArguments(signedInAs(login)) +
                                           QStringList{QStringLiteral("import"), csv});
            QVERIFY2(imported.code == 0, qPrintable(imported.err));
            written = 300;
        } else {
            auto writer = openAs(login);
            QVERIFY(writer);
            // Two batches, the second referring complaints of the first to the Ombudsman.
            QVERIFY(DemoDataGenerator(*writer, seed).generate(700, 2));
            QCOMPARE(sql::scalar(writer->sql(),
                                 QStringLiteral("SELECT current_setting('redress.bulk_load', "
                                                "true) IS DISTINCT FROM 'on'"))
                         ->toBool(),
                     true);
            written = 700;
        }
        QCOMPARE(count(*dba, QStringLiteral("SELECT COUNT(*) FROM cases")), casesBefore + written);
        QCOMPARE(count(*dba, QStringLiteral("SELECT COUNT(*) FROM case_search")),
                 casesBefore + written);
        // Every case as the triggers give it, but the hidden one, which stays as it was.
        QCOMPARE(staleCases(*dba), QStringList{hiddenReference});
        QCOMPARE(count(*dba,
                       QStringLiteral("SELECT COUNT(*) FROM case_search WHERE case_id = ? AND "
                                      "document = to_tsvector('simple', 'spoiled')"),
                       {hidden}),
                 1);
        auto writer = openAs(login);
        QVERIFY(writer);
        QCOMPARE(problemsOf(*writer), QStringList());
        QVERIFY(sql::exec(dba->sql(),
                          QStringLiteral("SELECT redress_case_search_refresh(?), "
                                         "redress_queue_sort_refresh(ARRAY[?]::BIGINT[])"),
                          {hidden, hidden}));
        QCOMPARE(staleCases(*dba), QStringList());
    }

    // A login may set the flag itself: it skips the search entries of the cases it inserts in
    // that one transaction, nothing more, and `check` names them. Their sort names go in with
    // the row whatever the flag (0029).
    void theSettingLastsOneTransaction()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        auto writer = openAs(m_officer);
        QVERIFY(writer);
        auto session = sessionOn(*writer, m_officer);
        QVERIFY(session);
        Case skipped;
        QVERIFY(writer->transaction([&]() -> Status {
            auto set =
                sql::exec(writer->sql(), QStringLiteral("SET LOCAL redress.bulk_load = 'on'"));
            if (!set)
                return Error{set.error()};
            skipped = loggedComplaint(*session, QDate(2021, 6, 1));
            return {};
        }));
        QVERIFY(skipped.id > 0);
        const Case indexed = loggedComplaint(*session, QDate(2021, 6, 2));
        QVERIFY(indexed.id > 0);
        auto dba = m_holder->open();
        QVERIFY(dba);
        QCOMPARE(staleCases(*dba), QStringList{skipped.reference});
        QCOMPARE(problemsOf(*writer),
                 QStringList{skipped.reference +
                             QStringLiteral(": its entry in the search index is out of date")});
        QVERIFY(sql::exec(writer->sql(),
                          QStringLiteral("SELECT redress_case_search_refresh(?), "
                                         "redress_queue_sort_refresh(ARRAY[?]::BIGINT[])"),
                          {skipped.id, skipped.id}));
        QCOMPARE(staleCases(*dba), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBulkLoadTeamServer)
#include "TestBulkLoadTeamServer.moc"
