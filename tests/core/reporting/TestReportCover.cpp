// The council's name and logo on the cover of a printed report: kept in the database, changed
// only by an administrator (in Administration or with "redress-cli council set") and audited;
// a wrong logo or name is refused with a message and changes nothing. On SQLite and PostgreSQL.
#include "../../cli/CliRun.h"
#include "TestSupport.h"
#include "reporting/CouncilIdentity.h"
#include "storage/AuditLog.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// The first bytes of each kind of picture are what tells them apart.
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'p');
const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(200, 'j');
const QByteArray svg = "<?xml version=\"1.0\"?>\n<!-- the council's crest -->\n"
                       "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                       "<rect width=\"40\" height=\"20\" fill=\"#036\"/></svg>\n";

QList<AuditEntry> coverEntries(Database& database)
{
    QList<AuditEntry> found;
    for (const AuditEntry& entry : AuditLog(database).latest(50).value())
        if (entry.action == u"admin_council_identity")
            found << entry;
    return found;
}

} // namespace

class TestReportCover : public QObject
{
    Q_OBJECT

private slots:
    void logoFormats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format"); // empty when refused
        QTest::addColumn<QString>("message");
        QTest::newRow("png") << png << QStringLiteral("png") << QString();
        QTest::newRow("jpeg") << jpeg << QStringLiteral("jpeg") << QString();
        QTest::newRow("svg") << svg << QStringLiteral("svg") << QString();
        QTest::newRow("gif") << QByteArray("GIF89a") + QByteArray(50, 'g') << QString()
                             << QStringLiteral("logo.file is not a PNG, JPEG or SVG picture");
        QTest::newRow("a letter") << QByteArray("Dear Sir or Madam") << QString()
                                  << QStringLiteral("not a PNG, JPEG or SVG");
        QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("is empty");
        QTest::newRow("too large") << png + QByteArray(councilLogoMostBytes, 'x') << QString()
                                   << QStringLiteral("a logo may be at most 1024 KB");
        QTest::newRow("at the limit") << png + QByteArray(councilLogoMostBytes - png.size(), 'x')
                                      << QStringLiteral("png") << QString();
    }
    void logoFormats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, message);
        auto found = councilLogoFormat(bytes, QStringLiteral("logo.file"));
        if (format.isEmpty()) {
            QVERIFY(!found);
            QVERIFY2(found.error().contains(message), qPrintable(found.error()));
        } else {
            QVERIFY2(found, qPrintable(found.error()));
            QCOMPARE(found.value(), format);
        }
    }

    // Saved, read back as saved, audited with the logo's digest (not the picture); saving the
    // same again writes nothing.
    void administratorSetsTheCover_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QByteArray>("logo");
        QTest::addColumn<QString>("format");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QString name = backendName(backend);
            QTest::addRow("%s, png", qPrintable(name)) << backend << png << QStringLiteral("png");
            QTest::addRow("%s, svg", qPrintable(name)) << backend << svg << QStringLiteral("svg");
            QTest::addRow("%s, no logo", qPrintable(name)) << backend << QByteArray() << QString();
        }
    }
    void administratorSetsTheCover()
    {
        QFETCH(QByteArray, logo);
        QFETCH(QString, format);
        REDRESS_TEST_DATABASE(db);
        auto empty = ReferenceData(*db).councilIdentity();
        QVERIFY2(empty, qPrintable(empty.error()));
        QVERIFY(empty->name.isEmpty());
        QVERIFY(!empty->hasLogo());

        ReferenceData admin(*db, QStringLiteral("a.admin"));
        const Status saved = admin.saveCouncilIdentity(
            {QStringLiteral("  Borsetshire   County Council "), logo, {}});
        QVERIFY2(saved, qPrintable(saved.error()));
        auto stored = ReferenceData(*db).councilIdentity();
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->name, QStringLiteral("Borsetshire County Council"));
        QCOMPARE(stored->logo, logo);
        QCOMPARE(stored->logoFormat, format);

        QList<AuditEntry> audit = coverEntries(*db);
        QCOMPARE(audit.size(), 1);
        const QString actor =
            db->serverLogin().isEmpty() ? QStringLiteral("a.admin") : db->serverLogin();
        QCOMPARE(audit.first().actor, actor);
        QCOMPARE(audit.first().before.value(u"councilName").toString(), QString());
        QCOMPARE(audit.first().after.value(u"councilName").toString(),
                 QStringLiteral("Borsetshire County Council"));
        QCOMPARE(audit.first().after.contains(u"logoSha256"), !logo.isEmpty());
        QVERIFY2(audit.first().detail.contains(QStringLiteral("Borsetshire County Council")),
                 qPrintable(audit.first().detail));

        QVERIFY(admin.saveCouncilIdentity(stored.value()));
        QCOMPARE(coverEntries(*db).size(), 1);
        // and taken off again
        QVERIFY(admin.saveCouncilIdentity({}));
        stored = ReferenceData(*db).councilIdentity();
        QVERIFY(stored->name.isEmpty());
        QVERIFY(!stored->hasLogo());
        QCOMPARE(coverEntries(*db).size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("logo");
        QTest::addColumn<QString>("message");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QString name = backendName(backend);
            QTest::addRow("%s, not an administrator", qPrintable(name))
                << backend << true << QStringLiteral("A council") << png
                << QStringLiteral("administrator");
            QTest::addRow("%s, a GIF", qPrintable(name))
                << backend << false << QStringLiteral("A council") << QByteArray("GIF89a....")
                << QStringLiteral("not a PNG, JPEG or SVG");
            QTest::addRow("%s, too large", qPrintable(name))
                << backend << false << QStringLiteral("A council")
                << png + QByteArray(councilLogoMostBytes, 'x') << QStringLiteral("at most");
            QTest::addRow("%s, a name too long", qPrintable(name))
                << backend << false << QString(councilNameMostCharacters + 1, u'x') << png
                << QStringLiteral("at most 120");
        }
    }
    void refusals()
    {
        QFETCH(bool, refused);
        QFETCH(QString, name);
        QFETCH(QByteArray, logo);
        QFETCH(QString, message);
        REDRESS_TEST_DATABASE(db);
        ReferenceData admin(*db, QStringLiteral("a.admin"));
        QVERIFY(admin.saveCouncilIdentity({QStringLiteral("As before"), jpeg, {}}));
        ReferenceData reference(*db, QStringLiteral("o.officer"));
        if (refused)
            reference.refuseChanges(QStringLiteral("Only an administrator may change this"));
        const Status saved = reference.saveCouncilIdentity({name, logo, {}});
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
        const CouncilIdentity stored = ReferenceData(*db).councilIdentity().value();
        QCOMPARE(stored.name, QStringLiteral("As before"));
        QCOMPARE(stored.logo, jpeg);
        QCOMPARE(coverEntries(*db).size(), 1);
    }

    // "council set" changes what it is given and keeps the rest; "council show" says what is set.
    void commandLine_data() { addBackendRows(); }
    void commandLine()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir folder;
        const QString logoPath = folder.filePath(QStringLiteral("crest.svg"));
        QFile file(logoPath);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(svg) == svg.size());
        file.close();
        const QStringList database = databaseArguments(dbHolder->location());
        const QStringList set{QStringLiteral("council"), QStringLiteral("set")};

        CliRun run = runCli(database + set +
                            QStringList{QStringLiteral("--name"),
                                        QStringLiteral("Borsetshire County Council"),
                                        QStringLiteral("--logo"), logoPath});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Borsetshire County Council")),
                 qPrintable(run.out));
        CouncilIdentity stored = ReferenceData(*db).councilIdentity().value();
        QCOMPARE(stored.logo, svg);
        QCOMPARE(stored.logoFormat, QStringLiteral("svg"));

        // the name alone keeps the logo
        run = runCli(database + set +
                     QStringList{QStringLiteral("--name"), QStringLiteral("Borsetshire Council")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        stored = ReferenceData(*db).councilIdentity().value();
        QCOMPARE(stored.name, QStringLiteral("Borsetshire Council"));
        QCOMPARE(stored.logo, svg);

        run = runCli(database + QStringList{QStringLiteral("council"), QStringLiteral("show")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Name: Borsetshire Council")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Logo: SVG, 1 KB")), qPrintable(run.out));

        // a file that is no picture, or one not there, changes nothing
        const QString letter = folder.filePath(QStringLiteral("letter.png"));
        QFile text(letter);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("Dear Sir") > 0);
        text.close();
        for (const QString& path : {letter, folder.filePath(QStringLiteral("missing.png"))}) {
            run = runCli(database + set +
                         QStringList{QStringLiteral("--name"), QStringLiteral("Changed"),
                                     QStringLiteral("--logo"), path});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.err));
            QCOMPARE(ReferenceData(*db).councilIdentity().value().name,
                     QStringLiteral("Borsetshire Council"));
        }
        // nothing to set, or two opposite things, is a usage error
        QCOMPARE(runCli(database + set).code, 2);
        QCOMPARE(runCli(database + set +
                        QStringList{QStringLiteral("--no-logo"), QStringLiteral("--logo"), letter})
                     .code,
                 2);
        run = runCli(database + set + QStringList{QStringLiteral("--no-logo")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!ReferenceData(*db).councilIdentity().value().hasLogo());
        QCOMPARE(coverEntries(*db).size(), 3);
    }

    // On a desktop database the users list says who is an administrator.
    void anOfficerIsRefused()
    {
        REDRESS_SQLITE_DATABASE(db);
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                         "VALUES (?, 'This computer', 'officer')"),
                          {Session::operatingSystemAccount()}));
        const CliRun run =
            runCli(databaseArguments(dbHolder->location()) +
                   QStringList{QStringLiteral("council"), QStringLiteral("set"),
                               QStringLiteral("--name"), QStringLiteral("A council")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Only an administrator")), qPrintable(run.err));
        QVERIFY(ReferenceData(*db).councilIdentity().value().name.isEmpty());
        QVERIFY(coverEntries(*db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportCover)
#include "TestReportCover.moc"
