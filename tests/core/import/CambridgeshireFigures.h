#pragma once

// The figures of Cambridgeshire's Children's Customer Care Team Annual Report 2020/21, each
// with the report's own words for it, and where Redress's annual report gives it: the table,
// the row ("{Name}": the code of the service area or team of that name) and the column. The
// report gives 2019/20's figure in brackets after 2020/21's; a figure it gives for one year
// only is listed for that year.

#include <QList>
#include <QString>

namespace redress::test::cambridgeshire {

struct Figure
{
    int year = 0;
    QString scope; // all, statutory or corporate: the complaints the report covers
    QString table;
    QString row;
    QString column;
    qint64 value = 0;
    QString words;
};

namespace detail {

class Figures
{
public:
    // Into the table of one stage: count of a row, both years.
    Figures& stage(const char* table)
    {
        m_table = QString::fromLatin1(table);
        m_scope = QStringLiteral("all");
        m_column = QStringLiteral("count");
        return *this;
    }
    Figures& in(const char* scope, const char* table, const char* column)
    {
        m_scope = QString::fromLatin1(scope);
        m_table = QString::fromLatin1(table);
        m_column = QString::fromLatin1(column);
        return *this;
    }
    // 2020/21's figure and 2019/20's (negative: not given)
    Figures& add(const QString& row, qint64 now, qint64 before, const char* words)
    {
        const QString said = QString::fromUtf8(words);
        if (now >= 0)
            m_list << Figure{2020, m_scope, m_table, row, m_column, now, said};
        if (before >= 0)
            m_list << Figure{2019, m_scope, m_table, row, m_column, before, said};
        return *this;
    }
    Figures& add(const char* row, qint64 now, qint64 before, const char* words)
    {
        return add(QString::fromUtf8(row), now, before, words);
    }
    QList<Figure> list() const { return m_list; }

private:
    QString m_scope, m_table, m_column;
    QList<Figure> m_list;
};

} // namespace detail

inline QList<Figure> figures()
{
    using S = QString;
    detail::Figures f;
    const S worked = QStringLiteral("caseload:worked_on"),
            carried = QStringLiteral("caseload:carried_forward"),
            received = QStringLiteral("caseload:received"),
            concluded = QStringLiteral("caseload:concluded"),
            ongoing = QStringLiteral("caseload:ongoing"),
            extended = QStringLiteral("outcome:extended"),
            late = QStringLiteral("outcome:outside_timescale"),
            upheld = QStringLiteral("outcome:upheld"),
            partly = QStringLiteral("outcome:partially_upheld"),
            notUpheld = QStringLiteral("outcome:not_upheld"),
            parent = QStringLiteral("role:parent"), child = QStringLiteral("role:child"),
            family = QStringLiteral("role:other_family"), other = QStringLiteral("role:other");

    // 1.5 Stage 1 Statutory Complaints
    f.stage("breakdown_statutory_stage1")
        .add(worked, 203, 293, "the CCT worked on 203 (293) Stage 1 Statutory complaints")
        .add(carried, 15, 19, "Of these, 15 (19) were received in the previous year")
        .add(received, 188, 274, "have received 188 (274) Stage 1 Statutory complaints")
        .add(concluded, 198, 279, "198 (279) received a response")
        .add(ongoing, 5, 14, "therefore 5 (14) cases were still open")
        .add(upheld, 10, 26, "10 (26) were upheld")
        .add(partly, 82, 139, "82 (139) were partially upheld")
        .add(notUpheld, 37, 50, "37 (50) were not upheld")
        .add("outcome:no_finding", 4, 4, "4 (4) were not determined")
        .add("outcome:withdrawn", 13, 6, "13 (6) were withdrawn")
        .add("outcome:did_not_qualify", 11, 4, "11 (4) did not qualify, as advice was sought")
        .add("outcome:outside_remit", 41, 50,
             "41 (50) received were deemed outside of the complaint remit")
        .add(extended, 38, 55,
             "38 (55) responses were extended from the initial 10-working-day timescale")
        .add(late, 35, 139,
             "35 (139) of all statutory complaints responded to were outside of the prescribed "
             "timescale")
        .add(parent, 146, 172, "146 (172) were made by parents or step-parents")
        .add(child, 21, 41, "21 (41) were made by young people")
        .add(family, 16, 37, "16 (37) were made by other family members")
        .add(other, 5, 24, "5 (24) were received from a non-family member")
        .add("service:{Children in Care and Care Leavers}", 62, 112,
             "Children in Care and Care Leavers with 62 (112) complaints")
        .add("service:{Children in Need}", 57, 40,
             "57 (40) complaints relating to Children in Need")
        .add("service:{South Cambridge Children's Team}", 34, 25,
             "South Cambridge Children and Assessment Teams with 34 (25) complaints")
        .add("service:{Children in Care and Care Leaver (South) Team}", 27, 25,
             "Children in Care and Care Leaver (South) Teams with 27 (25) complaints")
        .add("advocate:with_advocate", 14, 27,
             "Advocates have been involved in 14 (27) complaints");
    f.in("all", "advocacy", "provided")
        .add("status:child_in_care", 10, 18, "10 (18) of these were supporting 'Children in Care'")
        .add("status:care_leaver", 4, 4, "and 4 (4) were Care Leavers")
        .add("provider:NYAS", 13, 23, "13 (23) of 14 advocates were from NYAS");
    f.in("statutory", "reopened_and_repeat", "count")
        .add("reopened", 35, 54, "35 (54) complainants returned with further concerns")
        .add("reopened_more_than_once", 3, 8,
             "3 (8) of these complainants re-opened their complaint multiple times")
        .add("repeat_complainant", 109, 97,
             "109 (97) complaints had been submitted by complainants who had made at least one "
             "complaint previously");

    // 1.6 Stage 1 Corporate Complaints
    f.stage("breakdown_corporate_stage1")
        .add(worked, 187, 134, "the CCT worked on 187 (134) Stage 1 Corporate complaints")
        .add(carried, 8, 7, "8 (7) of these were received in the previous year")
        .add(received, 179, 127, "have received 179 (127) Stage 1 Corporate complaints")
        .add(concluded, 173, 126, "Out of the 173 (126) complaints which concluded in this year")
        .add(ongoing, 14, 8, "14 (8) cases were still open and therefore ongoing")
        .add(upheld, 29, 24, "29 (24) were upheld")
        .add(partly, 54, 52, "54 (52) were partially upheld")
        .add(notUpheld, 50, 27, "50 (27) were not upheld")
        .add("outcome:no_finding", 1, 3, "1 (3) was not determined")
        .add("outcome:withdrawn", 12, 4, "12 (4) were withdrawn")
        .add("outcome:did_not_qualify", 6, 3, "6 (3) did not qualify as advice was sought")
        .add("outcome:outside_remit", 21, 13,
             "21 (13) did not qualify as they were outside of the complaints remit")
        .add(extended, 32, 23, "32 (23) responses were extended from the initial 10-working-day")
        .add(late, 31, 52, "31 (52) were responded to outside of the prescribed timescale")
        .add(parent, 120, 71, "120 (71) were made by parents or step-parents")
        .add(child, 6, 4, "6 (4) were made by the young person themselves")
        .add(family, 27, 21, "27 (21) were made by other family members")
        .add(other, 26, 31, "26 (31) were received from a non-family member")
        .add("service:{Statutory Assessment Team}", 38, 31,
             "Statutory Assessment Team (SAT) with 38 (31) complaints")
        .add("service:{Children in Care and Care Leavers}", 33, 24,
             "Children in Care and Care Leavers with 33 (24) complaints");
    f.in("corporate", "reopened_and_repeat", "count")
        .add("reopened", 62, 16, "62 (16) complainants came back with further concerns")
        .add("repeat_complainant", 82, 39,
             "82 (39) complaints had been submitted by complainants who had made at least one "
             "unrelated complaint previously");

    // 1.7 Stage 2 Statutory Complaints (2019/20's received: worked on less carried forward)
    f.stage("breakdown_statutory_stage2")
        .add(worked, 8, 8, "worked with 8 (8) Stage 2 Statutory complaints")
        .add(carried, 0, 5, "None (5) of these were received in the previous year")
        .add(received, 8, 3, "Of the 8 Stage 2 complaints received in this year")
        .add(concluded, 4, 8, "Out of the 4 (8) Stage 2 investigations which were concluded")
        .add(ongoing, 4, 0, "4 (0) were still open or suspended")
        .add(partly, 1, 6, "1 (6) was partially upheld")
        .add(notUpheld, 1, 0, "1 (0) was not upheld")
        .add("outcome:outside_remit", 1, 0,
             "1 (0) did not qualify as it was outside of the complaints remit")
        .add("outcome:non_responsive", 1, 0,
             "1 (0) did not qualify as complainant was non-responsive")
        .add(extended, 2, 7, "2 (7) were extended from the initial 25-working-day timescale")
        .add(late, 0, 0, "with none (0) being responded to outside of the prescribed timescale")
        .add(parent, 6, 2, "6 (2) were made by a parent")
        .add(child, 1, 0, "1 (0) was made by the Young Person themselves")
        .add(family, 1, 1, "1 (1) was made by another relative")
        .add("status:care_leaver", 1, 0, "1 (0) was made in relation to a Care Leaver")
        .add("status:child_in_care", 2, 1, "2 (1) were made in relation to a Child in Care")
        .add("status:child_protection", 1, 1, "1 (1) was made in relation to Child Protection")
        .add("status:child_in_need", 4, 0, "4 (0) was made in relation to a Child in Need");

    // 1.9 Stage 3 Statutory Complaints
    f.stage("breakdown_statutory_stage3")
        .add(worked, 1, 4, "the CCT worked on 1 (4) Stage 3 Statutory complaint")
        .add(received, 1, -1, "which was initiated this year")
        .add(ongoing, 1, -1, "and remained ongoing as of the end of this year")
        .add(parent, 1, -1, "This complaint was made by a parent")
        .add("status:child_in_need", 1, -1, "it was in relation to a Child in Need");

    // 1.8 Stage 2 Corporate Complaints
    f.stage("breakdown_corporate_stage2")
        .add(worked, 16, 8, "worked with 16 (8) Stage 2 Corporate complaints")
        .add(carried, 1, 2, "1 (2) of which was initiated in the previous year")
        .add(received, 15, 6, "Of the 15 (6) Stage 2 complaints received in this year")
        .add(concluded, 13, 7, "Within the 13 (7) complaints which concluded in this year")
        .add(ongoing, 3, 1, "3 (1) cases were still open and therefore ongoing")
        .add(upheld, 1, 4, "1 (4) was upheld")
        .add(partly, 5, 2, "5 (2) were partially upheld")
        .add(notUpheld, 3, 1, "3 (1) were not upheld")
        .add("outcome:withdrawn", 2, 0, "2 (0) was withdrawn")
        .add("outcome:outside_remit", 1, 0,
             "1 (0) did not qualify as it was outside of the complaints remit")
        .add("outcome:non_responsive", 1, 0,
             "1 (0) did not qualify as complainant was non-responsive")
        .add(extended, 6, 4, "6 (4) responses were extended from the initial 10-working-day")
        .add(late, 5, 1, "5 (1) were responded to outside of the prescribed timescale")
        .add(parent, 13, 5, "13 (5) were made by a parent")
        .add(family, 1, 0, "1 (0) was made by another relative")
        .add(other, 1, 0, "1 (0) was made by a non-family member")
        .add("service:{Statutory Assessment Team}", 5, 4,
             "5 (4) of the complaints were made in relation to SAT services")
        .add("service:{Child Protection Service}", 4, 1,
             "4 (1) were made in relation to Child Protection")
        .add("service:{Children in Care and Care Leavers}", 2, 0,
             "2 (0) were made in relation to a Child in Care")
        .add("service:{SEND Casework Team}", 1, 0, "1 (0) was made in relation to SEND services")
        .add("service:{Adoption Team}", 1, 0, "1 (0) was made in relation to Adoption")
        .add("service:{Children in Need}", 1, 0, "1 (0) was made in relation to a Child in Need")
        .add("service:{Other Services}", 1, 0, "1 (0) was made in relation to another service");

    // 1.10 Stage 3 Corporate Complaints
    f.stage("breakdown_corporate_stage3")
        .add(worked, 5, 3, "worked with 5 (3) Stage 3 Corporate complaints")
        .add(received, 5, 3, "All 5 (3) complaints were initiated this year")
        // 2019/20's one carried in (its executive summary) is not what 1.10 says: "All (3)"
        .add(carried, 0, -1, "of these none (1) were initiated in the previous year")
        .add(ongoing, 0, 1, "none (1) remained open and ongoing")
        .add(concluded, 5, 2, "Within the 5 (2) complaints which concluded in this year")
        .add(upheld, 1, 0, "1 (0) was upheld")
        .add(partly, 3, 1, "3 (1) was partially upheld")
        .add(notUpheld, 1, 1, "1 (1) was not upheld")
        .add(extended, 3, 2, "all 3 (2) were extended from the initial 10-working-day")
        .add(late, 4, 1, "4 (1) were responded to outside of the prescribed timescale")
        .add(parent, 4, 3, "4 (3) were made by parents")
        .add(family, 1, 0, "1 (0) was made by another relative")
        .add("service:{Statutory Assessment Team}", 3, 3,
             "3 (3) complaints were made in relation to SAT services")
        .add("service:{Child Protection Service}", 1, 0,
             "1 (0) was made in relation to Child Protection")
        .add("service:{Other Services}", 1, 0, "1 (0) was made in relation to another service");

    // 1.11 Local Government Ombudsman
    f.stage("breakdown_ombudsman")
        .add(worked, 16, 18,
             "the CCT worked with 16 (18) Local Government Ombudsman (LGO) enquiries")
        .add(carried, 4, 2, "Of these, 4 (2) cases were initiated in the previous year")
        .add(received, 12, 16, "12 (16) enquiries were initiated this year")
        .add(concluded, 11, 14, "11 (14) cases were closed this year")
        .add(ongoing, 5, 4, "therefore 5 (4) cases were ongoing")
        .add("outcome:partially_upheld", 3, 3, "3 (3) were partially upheld")
        .add("outcome:not_upheld", 2, 0, "2 (0) were not upheld")
        .add("outcome:outside_jurisdiction", 6, 10, "6 (10) were deemed outside of remit")
        .add(parent, 9, 11, "9 (11) were made by parents")
        .add(family, 3, 5, "3 (5) were made by another family member")
        .add("service:{Children in Need}", 2, 1,
             "2 (1) complaint were made in relation to Child in Need services")
        .add("service:{Child Protection Service}", 1, 5,
             "1 (5) was made in relation to Child Protection")
        .add("service:{Children in Care and Care Leavers}", 3, 5,
             "3 (5) were made in relation to Children in Care")
        .add("service:{Permanency Team}", 3, 1, "3 (1) were made in relation to Permanency")
        .add("service:{Statutory Assessment Team}", 2, 3, "2 (3) were in relation to SAT services")
        .add("service:{Other Services}", 1, 1, "1 (1) was made in relation to another service");

    // 1.2, 1.3: enquiries
    f.in("all", "enquiries", "worked_on")
        .add("general_enquiry", 52, 42, "52 (42) general enquiries were worked on")
        .add("councillor_enquiry", 8, 20, "8 (20) Councillor enquiries were worked on")
        .add("mp_enquiry", 41, 64, "41 (64) MP enquiries were worked on");
    f.in("all", "enquiries", "received")
        .add("general_enquiry", 52, 42, "The Customer Care Team received 52 (42) Enquiries")
        .add("councillor_enquiry", 8, 20, "8 (20) Councillor Enquiries")
        .add("mp_enquiry", 37, 62, "37 (62) MP Enquiries");
    f.in("all", "enquiries", "carried_forward")
        .add("mp_enquiry", 4, 2, "4 (2) were received in the previous year and carried forward");
    f.in("all", "enquiries", "ongoing")
        .add("mp_enquiry", 0, 4, "none (4) were still open at the end of this year");

    // 1.0, 1.1: compliments and the feedback the graph leaves out (given for 2020/21 only)
    f.in("all", "headline", "count")
        .add("compliment", 242, 255, "the Customer Care Team has received 242 (255)* compliments")
        .add("comment", 2, -1, "dealt with 2 Comments")
        .add("correspondence", 17, -1, "17 Correspondences")
        .add("representation", 8, -1, "8 Representations")
        .add("resolving_professional_differences", 2, -1, "2 Resolving Professional Differences")
        .add("social_work_england_enquiry", 1, -1, "and 1 Social Work England enquiry");
    return f.list();
}

} // namespace redress::test::cambridgeshire
