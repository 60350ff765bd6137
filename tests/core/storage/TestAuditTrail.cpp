#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    static AuditEntry entry()
    {
        AuditEntry e;
        e.actor = QStringLiteral("officer");
        e.caseId = 42;
        e.caseReference = QStringLiteral("CP-2020-00042");
        e.action = QStringLiteral("extend");
        e.detail = QStringLiteral("Stage 1 extended to 20 working days");
        e.before = QJsonObject{{QStringLiteral("stage1.extendedToDays"), 0}};
        e.after = QJsonObject{{QStringLiteral("stage1.extendedToDays"), 20}};
        return e;
    }

private slots:
    void appendsAndReadsBack_data() { addBackendRows(); }
    void appendsAndReadsBack()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 1, 5));
        AuditLog log(*db);
        QVERIFY(log.append(entry()));
        const auto entries = log.entriesForCase(42);
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries->size(), 1);
        const AuditEntry& read = entries->first();
        QCOMPARE(read.actor, recordedActor(*db, QStringLiteral("officer")));
        QCOMPARE(read.action, QStringLiteral("extend"));
        QCOMPARE(read.atUtc.date(), QDate(2021, 1, 5));
        QCOMPARE(read.before.value(QStringLiteral("stage1.extendedToDays")).toInt(), 0);
        QCOMPARE(read.after.value(QStringLiteral("stage1.extendedToDays")).toInt(), 20);
    }

    // The trail is append-only in the database itself, whatever program connects to it.
    void refusesChanges_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("statement");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QByteArray name = backendName(backend).toLatin1();
            QTest::addRow("%s update", name.constData())
                << backend << QStringLiteral("UPDATE audit_entry SET actor = 'someone else'");
            QTest::addRow("%s delete", name.constData())
                << backend << QStringLiteral("DELETE FROM audit_entry");
        }
        QTest::addRow("postgres truncate")
            << Backend::Postgres << QStringLiteral("TRUNCATE audit_entry");
    }
    void refusesChanges()
    {
        QFETCH(QString, statement);
        REDRESS_TEST_DATABASE(db);
        AuditLog log(*db);
        QVERIFY(log.append(entry()));
        auto refused = sql::exec(db->sql(), statement);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("append-only")),
                 qPrintable(refused.error()));
        const auto entries = log.entriesForCase(42);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().actor, recordedActor(*db, QStringLiteral("officer")));
    }

    void changesKeepOnlyWhatDiffers()
    {
        const QJsonObject before{{QStringLiteral("state"), QStringLiteral("open")},
                                 {QStringLiteral("officer"), QStringLiteral("amy")}};
        const QJsonObject after{{QStringLiteral("state"), QStringLiteral("responded")},
                                {QStringLiteral("officer"), QStringLiteral("amy")}};
        const auto [b, a] = AuditLog::changes(before, after);
        QCOMPARE(b, QJsonObject({{QStringLiteral("state"), QStringLiteral("open")}}));
        QCOMPARE(a, QJsonObject({{QStringLiteral("state"), QStringLiteral("responded")}}));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
