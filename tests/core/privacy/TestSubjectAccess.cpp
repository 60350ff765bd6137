#include "FileState.h"
#include "TestSupport.h"
#include "privacy/SubjectAccess.h"
#include "session/Session.h"
#include "spreadsheet/ZipPackage.h"
#include "storage/Sql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QStringList references(const QList<Case>& cases)
{
    QStringList result;
    for (const Case& c : cases)
        result.append(c.reference);
    return result;
}

QByteArray member(const QString& zipPath, const QString& name)
{
    auto zip = spreadsheet::detail::ZipPackage::open(zipPath, 50 * 1024 * 1024);
    if (!zip)
        return {};
    auto stream = zip.value()->stream(name);
    return stream ? stream.value()->readAll() : QByteArray();
}

} // namespace

// A subject access request answered from the database: everything about one person, and
// nothing about anyone else unmarked.
class TestSubjectAccess : public QObject
{
    Q_OBJECT

private slots:
    void gathersTheirCasesWhatNamesThemAndTheirTrail_data() { addBackendRows(); }
    void gathersTheirCasesWhatNamesThemAndTheirTrail()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted")); // an administrator
        QVERIFY(session);
        Case first = loggedComplaint(*session, QDate(2026, 3, 2));
        QVERIFY(first.id);
        Case second = loggedComplaint(*session, QDate(2026, 4, 6));
        QVERIFY(second.id);
        // The same person complains again: linked to the record the first case made.
        second.complainant = first.complainant;
        QVERIFY(session->saveDetails(second, QStringLiteral("complainant")));
        first.children = {{0,
                           QStringLiteral("C-1001"),
                           QStringLiteral("Riley Example"),
                           QStringLiteral("child_in_care"),
                           false,
                           {}}};
        first.staffNamed = {{0, QStringLiteral("Pat Worker"), QStringLiteral("Social worker")}};
        QVERIFY(session->saveDetails(first, QStringLiteral("people")));

        // Someone else's case whose summary names them, and one that does not.
        Case other;
        other.kind = CaseKind::Concern;
        other.receivedOn = QDate(2026, 5, 4);
        other.complainant.fullName = QStringLiteral("Alex Neighbour");
        other.summary = QStringLiteral("Worried about how JORDAN EXAMPLE was spoken to");
        QVERIFY(session->logCase(other));
        Case unrelated = other;
        unrelated.id = 0;
        unrelated.reference.clear();
        unrelated.complainant = {};
        unrelated.complainant.fullName = QStringLiteral("Sam Elsewhere");
        unrelated.summary = QStringLiteral("Nothing to do with them");
        QVERIFY(session->logCase(unrelated));

        auto record = SubjectAccess(*session).gather(first.complainant.id);
        QVERIFY2(record, qPrintable(record ? QString() : record.error()));
        QCOMPARE(record->person.fullName, QStringLiteral("Jordan Example"));
        QCOMPARE(references(record->cases), (QStringList{first.reference, second.reference}));
        QCOMPARE(references(record->mentioning), QStringList{other.reference});
        QSet<QString> auditedCases;
        for (const AuditEntry& entry : record->audit)
            auditedCases.insert(entry.caseReference);
        QCOMPARE(auditedCases, (QSet<QString>{first.reference, second.reference, other.reference}));

        QStringList parties;
        for (const ThirdParty& party : record->thirdParties)
            parties.append(party.name + u'@' + party.caseReference);
        parties.sort();
        QCOMPARE(parties, (QStringList{QStringLiteral("Alex Neighbour@") + other.reference,
                                       QStringLiteral("Pat Worker@") + first.reference,
                                       QStringLiteral("Riley Example@") + first.reference}));
    }

    void thePackageIsPrivateWholeAndAudited_data() { addBackendRows(); }
    void thePackageIsPrivateWholeAndAudited()
    {
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("someone.unlisted"));
        QVERIFY(session);
        Case logged = loggedComplaint(*session, QDate(2026, 3, 2));
        QVERIFY(logged.id);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("request.zip"));

        auto written = SubjectAccess(*session).writePackage(logged.complainant.id, path, false, {});
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
#ifndef Q_OS_WIN
        QVERIFY(ownerOnly(path));
#endif
        const QJsonObject json =
            QJsonDocument::fromJson(member(path, QStringLiteral("subject-access.json"))).object();
        QCOMPARE(json.value(QStringLiteral("person")).toObject().value(QStringLiteral("fullName")),
                 QStringLiteral("Jordan Example"));
        QCOMPARE(json.value(QStringLiteral("cases")).toArray().size(), 1);
        const QString html = QString::fromUtf8(member(path, QStringLiteral("subject-access.html")));
        QVERIFY(html.contains(QStringLiteral("Information held about Jordan Example")));
        QVERIFY(html.contains(logged.reference));
        QVERIFY2(!html.contains(QStringLiteral("child_in_care")) &&
                     !html.contains(QStringLiteral(">parent<")),
                 "the readable document shows labels, not codes");

        // Who took a copy is on the trail, by number, with no name in it.
        auto entry = sql::exec(db->sql(), QStringLiteral("SELECT detail, after_state FROM "
                                                         "audit_entry WHERE action = "
                                                         "'subject_access'"));
        QVERIFY(entry && entry->next());
        QVERIFY(!entry->value(0).toString().contains(QStringLiteral("Jordan")));
        QVERIFY(entry->value(1).toString().contains(QString::number(logged.complainant.id)));

        // An existing file is not replaced unless asked.
        const QByteArray before = member(path, QStringLiteral("subject-access.json"));
        auto again = SubjectAccess(*session).writePackage(logged.complainant.id, path, false, {});
        QVERIFY(!again);
        QCOMPARE(member(path, QStringLiteral("subject-access.json")), before);
    }

    // A subject access request is a lead's or an administrator's to answer.
    void anOfficerIsRefused()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto admin = sessionOn(*db, QStringLiteral("someone.unlisted"));
        Case logged = loggedComplaint(*admin, QDate(2026, 3, 2));
        auto officer = sessionOn(*db, QStringLiteral("officer"));
        auto refused = SubjectAccess(*officer).gather(logged.complainant.id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("lead officer or an administrator")),
                 qPrintable(refused.error()));
        QVERIFY(
            SubjectAccess(*sessionOn(*db, QStringLiteral("lead"))).gather(logged.complainant.id));
        auto unknown = SubjectAccess(*admin).gather(987654);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QStringLiteral("987654")));
    }
};

QTEST_GUILESS_MAIN(TestSubjectAccess)
#include "TestSubjectAccess.moc"
