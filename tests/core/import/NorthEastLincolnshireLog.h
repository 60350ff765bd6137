#pragma once

// North East Lincolnshire's children's social care log over 2019/20 and 2020/21, as its team
// might keep it: every representation a row (complaints at each stage, concerns, compliments,
// Ombudsman enquiries) in one sheet, a later stage naming its stage 1 in "Linked ref", one
// Outcome column that is the Ombudsman's decision on LGSCO rows, roles and service areas in
// the council's own words. Built so that the figures of the council's annual report 2020/21
// (with 2019/20 beside it) come out of it; the counts below are the published ones.

#include <QDate>
#include <QList>
#include <QStringList>

namespace redress::test::nel {

inline const QStringList headings{QStringLiteral("Ref"),
                                  QStringLiteral("Linked ref"),
                                  QStringLiteral("Type"),
                                  QStringLiteral("Stage"),
                                  QStringLiteral("Date received"),
                                  QStringLiteral("Service area"),
                                  QStringLiteral("Team"),
                                  QStringLiteral("Complaint type"),
                                  QStringLiteral("Complainant"),
                                  QStringLiteral("Advocate"),
                                  QStringLiteral("Advocacy service"),
                                  QStringLiteral("Times re-opened"),
                                  QStringLiteral("Previous complainant"),
                                  QStringLiteral("Response date"),
                                  QStringLiteral("Outcome"),
                                  QStringLiteral("Status")};

enum Column
{
    Ref,
    Linked,
    Type,
    StageColumn,
    Received,
    ServiceArea,
    Team,
    ComplaintType,
    Complainant,
    Advocate,
    AdvocacyService,
    Reopened,
    Previous,
    Response,
    Outcome,
    Status,
    ColumnCount
};

inline const QString cass = QStringLiteral("Children's Assessment and Safeguarding Service (CASS)");
inline const QString throughCare = QStringLiteral("Through Care Services");
inline const QString fostering = QStringLiteral("Fostering and Adoption Services");
inline const QString contact = QStringLiteral("Contact Services");
inline const QString csrs = QStringLiteral("Children's Safeguarding and Reviewing Service (CSRS)");
inline const QString residential = QStringLiteral("Residential Unit");
inline const QString disability = QStringLiteral("Childrens Disability Service");

// A count of one value, expanded into a list in the order given.
using Counts = QList<std::pair<QString, int>>;

inline QStringList expand(const Counts& counts)
{
    QStringList values;
    for (const auto& [value, count] : counts)
        for (int i = 0; i < count; ++i)
            values << value;
    return values;
}

inline QString team(const QString& serviceArea, int i)
{
    // The family group conferencing team serves both CASS and CSRS.
    if (serviceArea == cass)
        return i % 10 == 3 ? QStringLiteral("Family Group Conferencing")
                           : (i % 2 ? QStringLiteral("Safeguarding Team")
                                    : QStringLiteral("Assessment Team"));
    if (serviceArea == csrs)
        return QStringLiteral("Family Group Conferencing");
    if (serviceArea == throughCare)
        return QStringLiteral("Leaving Care Team");
    if (serviceArea == fostering)
        return QStringLiteral("Fostering Team");
    if (serviceArea == contact)
        return QStringLiteral("Contact Team");
    if (serviceArea == residential)
        return QStringLiteral("Residential Care Team");
    if (serviceArea == disability)
        return QStringLiteral("Disabled Children's Team");
    return {};
}

// The published figures of one year that shape its rows.
struct Year
{
    int year;            // 2019 = 2019/20
    int stage1;          // received and concluded (three carried in, three carried out)
    Counts serviceAreas; // of those received; "" = not in the published table
    Counts outcomes;     // of those concluded
    Counts bands;        // of those concluded: "10", "20", "outside"
    Counts types;        // of those concluded
    int stage2;
    QStringList ombudsman; // decisions, in the log's words
    int concerns;
    Counts compliments; // by service area
};

inline const QString within10 = QStringLiteral("10");
inline const QString within20 = QStringLiteral("20");
inline const QString outside20 = QStringLiteral("outside");

inline const Counts natureOfComplaints{
    {QStringLiteral("An unwelcome or disputed decision"), 15},
    {QStringLiteral("Application of eligibility and assessment criteria"), 1},
    {QStringLiteral("Assessment, care management and review"), 9},
    {QStringLiteral("Attitude or behaviour of staff"), 26},
    {QStringLiteral("Concern about the quality of service"), 54},
    {QStringLiteral("Delay in decision making of service"), 2},
    {QStringLiteral("Delivery or non-delivery of services"), 6},
    {QStringLiteral("Quantity, change or cost of service"), 2},
    {QStringLiteral("Other"), 3}};

inline const QString noInvestigation = QStringLiteral("No investigation – ");

inline const Year year2019{
    2019,
    152,
    {{cass, 130}, {throughCare, 6}, {fostering, 7}, {contact, 1}, {csrs, 1}, {QString(), 7}},
    {{QStringLiteral("Upheld"), 27},
     {QStringLiteral("Partially upheld"), 56},
     {QStringLiteral("Not upheld"), 55},
     {QStringLiteral("Withdrawn"), 7},
     {QStringLiteral("No Finding"), 7}},
    {{outside20, 18}, {within20, 59}, {within10, 75}},
    // not published for 2019/20: the same mix, repeated
    natureOfComplaints,
    3,
    {QStringLiteral("Upheld – fault causing injustice"), QStringLiteral("Premature"),
     QStringLiteral("Premature"), QStringLiteral("Premature"), QStringLiteral("Premature"),
     noInvestigation + QStringLiteral("local remedy"),
     noInvestigation + QStringLiteral("local remedy"),
     noInvestigation + QStringLiteral("no injustice caused"),
     noInvestigation + QStringLiteral("in court proceedings")},
    0,
    {{cass, 7}}};

inline const Year year2020{
    2020,
    118,
    {{cass, 104}, {throughCare, 7}, {fostering, 4}, {contact, 1}, {csrs, 1}, {residential, 1}},
    {{QStringLiteral("Upheld"), 15},
     {QStringLiteral("Partially upheld"), 43},
     {QStringLiteral("Not upheld"), 51},
     {QStringLiteral("Withdrawn"), 6},
     {QStringLiteral("No Finding"), 3}},
    {{outside20, 26}, {within20, 28}, {within10, 64}},
    natureOfComplaints,
    1,
    {QStringLiteral("Premature"), noInvestigation + QStringLiteral("local remedy"),
     noInvestigation + QStringLiteral("in court proceedings"),
     noInvestigation + QStringLiteral("no injustice caused")},
    51,
    {{cass, 11}, {csrs, 5}, {residential, 1}, {disability, 1}}};

inline QString uk(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

inline QDate weekday(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

// Calendar days from receipt to response for each band: the same weekday, so 5, 15 and 30
// working days less any bank holidays, well inside each band.
inline int daysFor(const QString& band)
{
    return band == within10 ? 7 : band == within20 ? 21 : 42;
}

inline QStringList blankRow()
{
    QStringList row;
    for (int i = 0; i < ColumnCount; ++i)
        row << QString();
    return row;
}

inline const QStringList roles{QStringLiteral("Mother"),       QStringLiteral("Father"),
                               QStringLiteral("Young person"), QStringLiteral("Grandparent"),
                               QStringLiteral("Foster carer"), QStringLiteral("Special guardian")};

inline QString stage1Reference(int year, int i)
{
    return QStringLiteral("CSC-%1-%2").arg(year).arg(i + 1, 3, 10, QChar(u'0'));
}

// A stage 1 complaint. `band` empty: not answered when the log was kept.
inline QStringList complaint(const QString& reference, QDate received, const QString& serviceArea,
                             int i, const QString& type, const QString& band,
                             const QString& outcome, const QString& status)
{
    QStringList row = blankRow();
    row[Ref] = reference;
    row[Type] = QStringLiteral("Complaint");
    row[StageColumn] = QStringLiteral("Stage 1");
    row[Received] = uk(received);
    row[ServiceArea] = serviceArea;
    row[Team] = team(serviceArea, i);
    row[ComplaintType] = type;
    row[Complainant] = roles.at(i % roles.size());
    const bool child = row[Complainant] == u"Young person";
    row[Advocate] = child ? QStringLiteral("Y") : QStringLiteral("N");
    if (child)
        row[AdvocacyService] = i % 4 < 2 ? QStringLiteral("NYAS") : QStringLiteral("Barnardo's");
    row[Reopened] = i % 10 == 7 ? (i % 20 == 7 ? QStringLiteral("2") : QStringLiteral("1"))
                                : QStringLiteral("0");
    row[Previous] = i % 7 == 2 ? QStringLiteral("Yes") : QStringLiteral("No");
    if (!band.isEmpty()) {
        row[Response] = uk(received.addDays(daysFor(band)));
        row[Outcome] = outcome;
    }
    row[Status] = status;
    return row;
}

inline QString statusFor(const QString& outcome)
{
    return outcome == u"Withdrawn" ? QStringLiteral("Withdrawn") : QStringLiteral("Closed");
}

// The stage 1s of one year: received in the year, all but the last three answered in it; the
// last three (received in March) are carriedOut()'s. The year concludes the three carried
// into it first, so its own are numbered from 3 in the outcomes, bands and types.
inline QList<QStringList> stageOnes(const Year& y)
{
    QList<QStringList> rows;
    const QStringList areas = expand(y.serviceAreas);
    const QStringList outcomes = expand(y.outcomes);
    const QStringList bands = expand(y.bands);
    const QStringList types = expand(y.types);
    const int answered = y.stage1 - 3;
    // Those concluded in the year are numbered after the three carried into it.
    for (int i = 0; i < answered; ++i) {
        const int c = i + 3;
        // spread over the weekdays of April to early February, so every answer is in the year
        const QDate received = weekday(QDate(y.year, 4, 2).addDays(i * 300 / answered));
        rows << complaint(stage1Reference(y.year, i), received, areas.at(i), i,
                          types.at(c % types.size()), bands.at(c), outcomes.at(c),
                          statusFor(outcomes.at(c)));
    }
    return rows;
}

// The three stage 1s received in March of `y` and carried into the next year: answered there
// (as the next year's first three concluded) or, at the end of the log, open or suspended.
inline QList<QStringList> carriedOut(const Year& y, const Year* next)
{
    QList<QStringList> rows;
    const QStringList areas = expand(y.serviceAreas);
    for (int k = 0; k < 3; ++k) {
        const int i = y.stage1 - 3 + k;
        const QDate received = weekday(QDate(y.year + 1, 3, 16).addDays(k));
        if (next) {
            const QStringList outcomes = expand(next->outcomes);
            rows << complaint(stage1Reference(y.year, i), received, areas.at(i), i,
                              next->types.first().first, expand(next->bands).at(k), outcomes.at(k),
                              statusFor(outcomes.at(k)));
        } else {
            rows << complaint(stage1Reference(y.year, i), received, areas.at(i), i,
                              y.types.first().first, QString(), QString(),
                              k < 2 ? QStringLiteral("Open") : QStringLiteral("Suspended"));
        }
    }
    return rows;
}

inline QStringList stageTwo(const QString& reference, const QString& linked, QDate requested,
                            int days)
{
    QStringList row = blankRow();
    row[Ref] = reference;
    row[Linked] = linked;
    row[Type] = QStringLiteral("Complaint");
    row[StageColumn] = QStringLiteral("Stage 2");
    row[Received] = uk(requested);
    row[Response] = uk(requested.addDays(days));
    row[Outcome] = QStringLiteral("Partially upheld");
    row[Status] = QStringLiteral("Closed");
    return row;
}

inline QStringList other(const QString& reference, const QString& type, QDate received,
                         const QString& serviceArea, int i)
{
    QStringList row = blankRow();
    row[Ref] = reference;
    row[Type] = type;
    row[Received] = uk(received);
    row[ServiceArea] = serviceArea;
    row[Team] = team(serviceArea, i);
    return row;
}

// The whole log, 2019/20 and 2020/21, with the three complaints carried into 2019/20 from
// March 2019 at its start, as the team's log would begin.
inline QList<QStringList> rows()
{
    QList<QStringList> rows;
    // carried into 2019/20: concluded first in that year
    {
        const QStringList outcomes = expand(year2019.outcomes);
        const QStringList bands = expand(year2019.bands);
        for (int k = 0; k < 3; ++k)
            rows << complaint(QStringLiteral("CSC-2018-%1").arg(140 + k),
                              weekday(QDate(2019, 3, 18).addDays(k)), cass, k,
                              natureOfComplaints.first().first, bands.at(k), outcomes.at(k),
                              statusFor(outcomes.at(k)));
    }
    for (const Year* y : {&year2019, &year2020}) {
        rows << stageOnes(*y);
        rows << carriedOut(*y, y == &year2019 ? &year2020 : nullptr);
    }
    // 2019/20's stage 2s: their stage 1s were answered in 2018/19, before the log
    for (int k = 0; k < year2019.stage2; ++k)
        rows << stageTwo(QStringLiteral("ST2-2019-%1").arg(k + 1),
                         QStringLiteral("CSC-2018-%1").arg(101 + k),
                         QDate(2019, 4, 8).addDays(7 * k), 133);
    // 2020/21's stage 2: the 6th complaint of the year, asked for two weeks after its answer
    {
        const QStringList first = rows.at(3 + year2019.stage1 - 3 + 3 + 5);
        const QDate answered = QDate::fromString(first.at(Response), QStringLiteral("dd/MM/yyyy"));
        rows << stageTwo(QStringLiteral("ST2-2020-1"), first.at(Ref), answered.addDays(14), 63);
    }
    for (const Year* y : {&year2019, &year2020}) {
        for (int k = 0; k < y->ombudsman.size(); ++k) {
            QStringList row = other(
                QStringLiteral("LGO-%1-%2").arg(y->year).arg(k + 1), QStringLiteral("LGSCO"),
                QDate(y->year, 5, 4).addDays(28 * k).addDays(-QDate(y->year, 5, 4).dayOfWeek() + 1),
                cass, 0);
            row[StageColumn] = QStringLiteral("LGSCO");
            row[Linked] = stage1Reference(y->year - 1, 10 * k + 1);
            row[Response] =
                uk(QDate::fromString(row[Received], QStringLiteral("dd/MM/yyyy")).addDays(35));
            row[Outcome] = y->ombudsman.at(k);
            row[Status] = QStringLiteral("Closed");
            if (y->year == 2019)
                row[Linked] = QStringLiteral("CSC-2018-%1").arg(120 + k);
            rows << row;
        }
        for (int k = 0; k < y->concerns; ++k) {
            QStringList row = other(
                QStringLiteral("CON-%1-%2").arg(y->year).arg(k + 1), QStringLiteral("Concern"),
                weekday(QDate(y->year, 4, 6).addDays(k * 300 / y->concerns)), cass, k);
            row[Response] =
                uk(QDate::fromString(row[Received], QStringLiteral("dd/MM/yyyy")).addDays(7));
            row[Outcome] = QStringLiteral("Resolved");
            row[Status] = QStringLiteral("Closed");
            rows << row;
        }
        const QStringList areas = expand(y->compliments);
        for (int k = 0; k < areas.size(); ++k)
            rows << other(
                QStringLiteral("COMP-%1-%2").arg(y->year).arg(k + 1), QStringLiteral("Compliment"),
                weekday(QDate(y->year, 4, 20).addDays(k * 300 / areas.size())), areas.at(k), k);
    }
    return rows;
}

} // namespace redress::test::nel
