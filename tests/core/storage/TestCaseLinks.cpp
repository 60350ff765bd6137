#include "TestSupport.h"
#include "storage/CaseLinks.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QStringList shown(const Result<QList<CaseLink>>& links)
{
    if (!links)
        return {links.error()};
    QStringList result;
    for (const CaseLink& link : links.value())
        result << link.otherReference + u' ' + link.kind;
    return result;
}

qint64 linkRows(Database& db)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT COUNT(*) FROM case_link"))
        .value()
        .toLongLong();
}

QStringList escalated(Database& db)
{
    CaseFilter filter;
    filter.view = QueueView::Escalated;
    QStringList references;
    for (const CaseSummary& row : CaseRepository(db).list(filter).value())
        references << row.reference;
    return references;
}

} // namespace

class TestCaseLinks : public QObject
{
    Q_OBJECT

private slots:
    // An Ombudsman enquiry logged on its own writes one link, to its complaint; the
    // complaint sees it too, and counts as escalated while the enquiry is open.
    void enquiryLinkIsReadFromBothEnds_data() { addBackendRows(); }
    void enquiryLinkIsReadFromBothEnds()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 3, 1));
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY(workflow);
        Case complaint;
        complaint.kind = CaseKind::Complaint;
        complaint.procedure = Procedure::Corporate;
        complaint.receivedOn = QDate(2021, 1, 4);
        QVERIFY(workflow->log(complaint));
        QVERIFY(escalated(*db).isEmpty());

        Case enquiry;
        enquiry.kind = CaseKind::OmbudsmanEnquiry;
        enquiry.receivedOn = QDate(2021, 2, 1);
        enquiry.links = {{complaint.id, complaint.reference, QStringLiteral("lgsco_enquiry_of")}};
        QVERIFY(workflow->log(enquiry));
        QCOMPARE(linkRows(*db), 1);

        QCOMPARE(shown(linkedCases(*db, complaint.id)),
                 QStringList{enquiry.reference + QStringLiteral(" referred_to_lgsco")});
        QCOMPARE(shown(linkedCases(*db, enquiry.id)),
                 QStringList{complaint.reference + QStringLiteral(" lgsco_enquiry_of")});
        QCOMPARE(escalated(*db), QStringList{complaint.reference});

        // Saving the complaint does not turn the enquiry's link into one of its own.
        Case loaded = CaseRepository(*db).load(complaint.id).value();
        QVERIFY(loaded.links.isEmpty());
        QVERIFY(workflow->saveDetails(loaded, QStringLiteral("summary edited")));
        QCOMPARE(linkRows(*db), 1);
        QCOMPARE(shown(linkedCases(*db, complaint.id)).size(), 1);
    }

    // A referral writes the link from both ends; each case still shows it once.
    void linkWrittenFromBothEndsShowsOnce_data() { addBackendRows(); }
    void linkWrittenFromBothEndsShowsOnce()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 3, 1));
        CaseRepository cases(*db);
        Case complaint;
        complaint.kind = CaseKind::Complaint;
        complaint.procedure = Procedure::Statutory;
        complaint.receivedOn = QDate(2021, 1, 4);
        QVERIFY(cases.insert(complaint));
        Case enquiry;
        enquiry.kind = CaseKind::OmbudsmanEnquiry;
        enquiry.receivedOn = QDate(2021, 2, 1);
        enquiry.links = {{complaint.id, complaint.reference, QStringLiteral("lgsco_enquiry_of")}};
        QVERIFY(cases.insert(enquiry));
        complaint.links = {{enquiry.id, enquiry.reference, QStringLiteral("referred_to_lgsco")}};
        QVERIFY(cases.update(complaint));
        Case related;
        related.kind = CaseKind::Concern;
        related.receivedOn = QDate(2021, 2, 2);
        related.links = {{complaint.id, complaint.reference, QStringLiteral("related")}};
        QVERIFY(cases.insert(related));
        QCOMPARE(linkRows(*db), 3);

        QCOMPARE(shown(linkedCases(*db, complaint.id)),
                 (QStringList{enquiry.reference + QStringLiteral(" referred_to_lgsco"),
                              related.reference + QStringLiteral(" related")}));
        QCOMPARE(shown(linkedCases(*db, enquiry.id)),
                 QStringList{complaint.reference + QStringLiteral(" lgsco_enquiry_of")});
        QCOMPARE(shown(linkedCases(*db, related.id)),
                 QStringList{complaint.reference + QStringLiteral(" related")});
    }

    void reverseKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reversed");
        QTest::addRow("enquiry of") << "lgsco_enquiry_of"
                                    << "referred_to_lgsco";
        QTest::addRow("referred") << "referred_to_lgsco"
                                  << "lgsco_enquiry_of";
        QTest::addRow("related") << "related"
                                 << "related";
    }
    void reverseKinds()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reversed);
        QCOMPARE(reverseLinkKind(kind), reversed);
        QCOMPARE(reverseLinkKind(reversed), kind);
    }
};

QTEST_MAIN(TestCaseLinks)
#include "TestCaseLinks.moc"
