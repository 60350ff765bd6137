// The council's default for what the category table counts: kept in the database, changed
// only by an administrator and audited, and used by every report and `redress-cli report`
// unless --basis says otherwise; on SQLite and PostgreSQL.
#include "../../cli/CliRun.h"
#include "TestSupport.h"
#include "reporting/ReportSettings.h"
#include "storage/AuditLog.h"
#include "storage/ReferenceData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QList<AuditEntry> settingEntries(Database& database)
{
    QList<AuditEntry> found;
    auto latest = AuditLog(database).latest(50);
    if (latest)
        for (const AuditEntry& entry : latest.value())
            if (entry.action == u"admin_report_setting")
                found << entry;
    return found;
}

} // namespace

class TestReportSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsReceived_data() { addBackendRows(); }
    void defaultIsReceived()
    {
        REDRESS_TEST_DATABASE(db);
        auto basis = councilCategoryBasis(ReferenceData(*db));
        QVERIFY2(basis, qPrintable(basis.error()));
        QCOMPARE(*basis, Basis::Received);
    }

    void administratorSetsIt_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<Basis>("basis");
        QTest::addColumn<int>("entries"); // audit entries written
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, concluded", name) << backend << Basis::Concluded << 1;
            // choosing what is already set changes nothing and writes nothing
            QTest::addRow("%s, received", name) << backend << Basis::Received << 0;
        }
    }
    void administratorSetsIt()
    {
        QFETCH(Basis, basis);
        QFETCH(int, entries);
        REDRESS_TEST_DATABASE(db);
        ReferenceData admin(*db, QStringLiteral("a.admin"));
        const Status saved = setCouncilCategoryBasis(admin, basis);
        QVERIFY2(saved, qPrintable(saved.error()));
        auto stored = councilCategoryBasis(ReferenceData(*db));
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(*stored, basis);
        const QList<AuditEntry> audit = settingEntries(*db);
        QCOMPARE(audit.size(), entries);
        if (entries == 1) {
            // on PostgreSQL the server records its own login, which a person cannot forge
            const QString actor =
                db->serverLogin().isEmpty() ? QStringLiteral("a.admin") : db->serverLogin();
            QCOMPARE(audit.first().actor, actor);
            QCOMPARE(audit.first().before.value(u"categoryBasis").toString(),
                     QStringLiteral("received"));
            QCOMPARE(audit.first().after.value(u"categoryBasis").toString(), basisCode(basis));
            QVERIFY2(audit.first().detail.contains(QStringLiteral("responded to")),
                     qPrintable(audit.first().detail));
        }
    }

    // Someone who may not change reference data, or a basis the table cannot count, changes
    // nothing and writes nothing.
    void refusals_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<Basis>("basis");
        QTest::addColumn<QString>("message");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, not an administrator", name)
                << backend << true << Basis::Concluded << QStringLiteral("administrator");
            QTest::addRow("%s, ongoing", name)
                << backend << false << Basis::Ongoing << QStringLiteral("received or concluded");
        }
    }
    void refusals()
    {
        QFETCH(bool, refused);
        QFETCH(Basis, basis);
        QFETCH(QString, message);
        REDRESS_TEST_DATABASE(db);
        ReferenceData reference(*db, QStringLiteral("o.officer"));
        if (refused)
            reference.refuseChanges(QStringLiteral("Only an administrator may change this"));
        const Status saved = setCouncilCategoryBasis(reference, basis);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
        QCOMPARE(*councilCategoryBasis(ReferenceData(*db)), Basis::Received);
        QVERIFY(settingEntries(*db).isEmpty());
        QVERIFY(!ReferenceData(*db).saveReportCategoryBasis(QStringLiteral("worked_on"),
                                                            QStringLiteral("Worked on")));
        QCOMPARE(*councilCategoryBasis(ReferenceData(*db)), Basis::Received);
    }

    // redress-cli report counts categories on the council's default, unless --basis says.
    void commandLineFollowsTheDefault_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<Basis>("councilDefault");
        QTest::addColumn<QString>("option"); // --basis, or empty
        QTest::addColumn<QString>("used");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, received by default", name)
                << backend << Basis::Received << QString() << QStringLiteral("received");
            QTest::addRow("%s, concluded by default", name)
                << backend << Basis::Concluded << QString() << QStringLiteral("concluded");
            QTest::addRow("%s, --basis received over the default", name)
                << backend << Basis::Concluded << QStringLiteral("received")
                << QStringLiteral("received");
            QTest::addRow("%s, --basis concluded over the default", name)
                << backend << Basis::Received << QStringLiteral("concluded")
                << QStringLiteral("concluded");
        }
    }
    void commandLineFollowsTheDefault()
    {
        QFETCH(Basis, councilDefault);
        QFETCH(QString, option);
        QFETCH(QString, used);
        REDRESS_TEST_DATABASE(db);
        ReferenceData admin(*db, QStringLiteral("a.admin"));
        QVERIFY(setCouncilCategoryBasis(admin, councilDefault));
        QStringList arguments =
            databaseArguments(dbHolder->location()) +
            QStringList{QStringLiteral("report"),   QStringLiteral("annual"),
                        QStringLiteral("--year"),   QStringLiteral("2020/21"),
                        QStringLiteral("--table"),  QStringLiteral("by_category"),
                        QStringLiteral("--format"), QStringLiteral("json")};
        if (!option.isEmpty())
            arguments << QStringLiteral("--basis") << option;
        const CliRun run = runCli(arguments);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"period"][u"categoryBasis"].toString(), used);
        QCOMPARE(json[u"tables"][0][u"basis"].toString(), used);
    }
};

QTEST_GUILESS_MAIN(TestReportSettings)
#include "TestReportSettings.moc"
