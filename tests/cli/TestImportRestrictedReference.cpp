#include "CliRun.h"
#include "TestSupport.h"
#include "privacy/CaseRestriction.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

// On a team server a reference stays unique across every case, seen or not, so an import by
// an officer a case is restricted from cannot use that case's reference. The import is
// refused, and says why at the row and column (schema 28), without telling anything else of
// the case; an officer named on the case imports the same file.
class TestImportRestrictedReference : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<FixedToday> m_today;
    QString m_lead;
    QString m_named;
    QString m_other;

    QStringList signedInAs(const QString& login) const
    {
        DatabaseLocation location = m_holder->location();
        location.user = login;
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
        m_lead = QStringLiteral("ref.lead.") + suffix;
        m_named = QStringLiteral("ref.named.") + suffix;
        m_other = QStringLiteral("ref.other.") + suffix;
        const QStringList server = databaseArguments(m_holder->location());
        const CliRun setup =
            runCli(server + QStringList{QStringLiteral("server"), QStringLiteral("setup")});
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
        for (const auto& [login, role] : {std::pair{m_lead, QStringLiteral("lead")},
                                          std::pair{m_named, QStringLiteral("officer")},
                                          std::pair{m_other, QStringLiteral("officer")}}) {
            const CliRun added =
                runCli(server + QStringList{QStringLiteral("users"), QStringLiteral("add"), login,
                                            QStringLiteral("--role"), role,
                                            QStringLiteral("--no-password")});
            QVERIFY2(added.code == 0, qPrintable(added.err));
        }
    }

    void aHiddenCasesReferenceIsRefusedAndSaysWhy()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        DatabaseLocation location = m_holder->location();
        location.user = m_lead;
        location.password.clear();
        auto lead = Database::open(location, Database::Mode::MustExist);
        QVERIFY(lead);
        auto session = sessionOn(**lead, m_lead);
        QVERIFY(session);
        const Case record = closedCase(*session, CaseKind::Complaint, QDate(2021, 3, 1),
                                       QStringLiteral("Pangolin"));
        QVERIFY(record.id != 0);

        // The council's log as exported before the case was restricted.
        QTemporaryDir folder;
        const QString csv = folder.filePath(QStringLiteral("log.csv"));
        const CliRun exported = runCli(
            signedInAs(m_lead) + QStringList{QStringLiteral("export"), QStringLiteral("cases"),
                                             QStringLiteral("--format"), QStringLiteral("csv"),
                                             QStringLiteral("--out"), csv});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const Status restricted = CaseRestriction(*session).restrictTo(
            session->cases().load(record.id).value(), {m_named});
        QVERIFY2(restricted, qPrintable(restricted.error()));
        auto dba = m_holder->open(); // bound by no policy: counts every case
        QVERIFY(dba);
        auto count = [&] {
            return sql::scalar(dba->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"))
                ->toLongLong();
        };
        const qint64 before = count();

        const CliRun refused =
            runCli(signedInAs(m_other) + QStringList{QStringLiteral("import"), csv});
        QVERIFY2(refused.code != 0, qPrintable(refused.out));
        static const QRegularExpression where(
            QStringLiteral("log\\.csv:2:[A-Z]+: [^:\\n]+: the reference %1 belongs to a case "
                           "you may not see")
                .arg(QRegularExpression::escape(record.reference)));
        QVERIFY2(where.match(refused.err).hasMatch(), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("already in use")), qPrintable(refused.err));
        for (const QString& output : {refused.err, refused.out})
            QVERIFY2(!output.contains(QStringLiteral("Pangolin"), Qt::CaseInsensitive),
                     qPrintable(output));
        QCOMPARE(count(), before);

        // The officer named on the case sees it: the row gets a new reference and keeps the
        // file's as its source reference, as for any reference already in use.
        const CliRun named =
            runCli(signedInAs(m_named) + QStringList{QStringLiteral("import"), csv});
        QVERIFY2(named.code == 0, qPrintable(named.err + named.out));
        QCOMPARE(count(), before + 1);
        QCOMPARE(sql::scalar(dba->sql(),
                             QStringLiteral("SELECT COUNT(*) FROM cases WHERE source_reference = ? "
                                            "AND reference <> ?"),
                             {record.reference, record.reference})
                     ->toLongLong(),
                 1);
    }

    void cleanupTestCase()
    {
        m_holder.reset();
        m_today.reset();
    }
};

QTEST_GUILESS_MAIN(TestImportRestrictedReference)
#include "TestImportRestrictedReference.moc"
