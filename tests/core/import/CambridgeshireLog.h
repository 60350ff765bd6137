#pragma once

// Cambridgeshire's customer care log for a year, as its team keeps it: every representation a
// row (a later stage's reference its stage 1's with "/S2" or "/S3"), complaints of both
// procedures, Ombudsman enquiries, enquiries, compliments and the council's own kinds in one
// sheet, and the cases still open at the year end. The log is built to the shape of each
// section (how many were carried in, received, still open; their outcomes, timescales, who
// complained, about which service), so that an import of it can be compared with the figures
// the council published (TestCambridgeshireLog).

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace redress::test::cambridgeshire {

inline const QStringList headings{QStringLiteral("Ref"),
                                  QStringLiteral("Type"),
                                  QStringLiteral("Procedure"),
                                  QStringLiteral("Stage"),
                                  QStringLiteral("Date received"),
                                  QStringLiteral("Complainant"),
                                  QStringLiteral("Service area"),
                                  QStringLiteral("Team"),
                                  QStringLiteral("Child status"),
                                  QStringLiteral("Advocate"),
                                  QStringLiteral("Advocacy provider"),
                                  QStringLiteral("Extended"),
                                  QStringLiteral("Response date"),
                                  QStringLiteral("Outcome"),
                                  QStringLiteral("Times re-opened"),
                                  QStringLiteral("Previous complainant"),
                                  QStringLiteral("Status"),
                                  QStringLiteral("Date closed")};

enum Column
{
    Ref,
    Type,
    ProcedureColumn,
    StageColumn,
    Received,
    Complainant,
    ServiceArea,
    Team,
    ChildStatus,
    Advocate,
    Provider,
    Extended,
    Response,
    Outcome,
    Reopened,
    Previous,
    StatusColumn,
    Closed,
    ColumnCount
};

struct Count
{
    QString value; // in the log's words; for a service, "Service area|Team"
    int count = 0;
};

// One section of the log: a stage of a procedure, the Ombudsman, or a kind of feedback.
struct Section
{
    QString type;      // the log's Type column
    QString procedure; // Statutory, Corporate or empty
    int stage = 0;     // 1-3 for complaints, 0 for the rest
    int carried = 0;   // received the year before, concluded this year
    int received = 0;
    int ongoing = 0;       // of those received, open at the year end
    int suspended = 0;     // of those ongoing, suspended
    QList<Count> outcomes; // of those concluded; the rest get padOutcome
    QString padOutcome;
    int extended = 0;      // of those concluded
    int outside = 0;       // of those concluded: responded after their (extended) deadline
    QList<Count> roles;    // of those received; the rest have none recorded
    QList<Count> services; // of those received; the rest padService
    QString padService;
    QList<Count> statuses;  // of those received, the child's status
    QList<Count> advocates; // of those received: "status|provider"
    int reopened = 0;       // of those concluded
    int reopenedAgain = 0;  // of those, re-opened more than once
    int previous = 0;       // of those received, from someone who had complained before
};

namespace detail {

inline QString uk(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// The values of a list of counts, one per row, padded to n.
inline QStringList spread(const QList<Count>& counts, int n, const QString& pad = {})
{
    QStringList values;
    for (const Count& count : counts)
        for (int i = 0; i < count.count; ++i)
            values << count.value;
    while (values.size() < n)
        values << pad;
    return values.mid(0, n);
}

struct Built
{
    QStringList row;
    bool concluded = false;
    bool inYear = false;
};

} // namespace detail

// The rows of one year's log (2020: April 2020 to March 2021).
inline QList<QStringList> buildLog(int year, const QList<Section>& sections)
{
    using namespace detail;
    const QDate start(year, 4, 1);
    QList<Built> built;
    int serial = 0;
    const QString yy = QString::number(year % 100);
    for (const Section& s : sections) {
        const int concluded = s.carried + s.received - s.ongoing;
        const QStringList outcomes = spread(s.outcomes, concluded, s.padOutcome);
        const QStringList roles = spread(s.roles, s.received);
        const QStringList services = spread(s.services, s.received, s.padService);
        const QStringList statuses = spread(s.statuses, s.received);
        const QStringList advocates = spread(s.advocates, s.received);
        // the late responses follow the extended ones where there are enough concluded
        const int outsideFrom =
            s.extended + s.outside <= concluded ? s.extended : concluded - s.outside;
        for (int i = 0; i < s.carried + s.received; ++i) {
            const bool carried = i < s.carried;
            const int k = i - s.carried; // among those received
            const bool open = !carried && k >= s.received - s.ongoing;
            const int j = i; // among those concluded: the carried first
            const bool late = !open && j >= outsideFrom && j < outsideFrom + s.outside;
            QStringList row(ColumnCount);
            ++serial;
            const QString base = QStringLiteral("CCT%1/%2").arg(yy).arg(serial, 4, 10, QChar(u'0'));
            QDate received;
            if (carried)
                received =
                    late ? QDate(year, 3, 1).addDays(i % 5) : QDate(year, 3, 28).addDays(i % 4);
            else if (open)
                received = QDate(year + 1, 3, 15).addDays(k % 10);
            else
                received = start.addDays(1 + k * 270 / qMax(1, s.received - s.ongoing));
            row[Ref] = s.stage > 1 ? QStringLiteral("CCT%1/B%2/S%3")
                                         .arg(yy)
                                         .arg(serial, 4, 10, QChar(u'0'))
                                         .arg(s.stage)
                                   : base;
            row[Type] = s.type;
            row[ProcedureColumn] = s.procedure;
            row[StageColumn] = s.stage > 0        ? QStringLiteral("Stage %1").arg(s.stage)
                               : s.type == u"LGO" ? QStringLiteral("LGO")
                                                  : QString();
            row[Received] = uk(received);
            if (!carried) {
                row[Complainant] = roles.at(k);
                const QString service = services.at(k);
                row[ServiceArea] = service.section(u'|', 0, 0);
                row[Team] = service.section(u'|', 1);
                row[ChildStatus] = statuses.at(k);
                if (!advocates.at(k).isEmpty()) {
                    row[ChildStatus] = advocates.at(k).section(u'|', 0, 0);
                    row[Provider] = advocates.at(k).section(u'|', 1);
                }
                if (s.stage == 1) {
                    row[Advocate] =
                        advocates.at(k).isEmpty() ? QStringLiteral("N") : QStringLiteral("Y");
                    row[Previous] = k < s.previous ? QStringLiteral("Yes") : QStringLiteral("No");
                }
            }
            // what has a response date: complaints, the Ombudsman's enquiries and enquiries
            const bool staged =
                s.stage > 0 ||
                QStringList{QStringLiteral("LGO"), QStringLiteral("Enquiry"),
                            QStringLiteral("MP Enquiry"), QStringLiteral("Councillor Enquiry")}
                    .contains(s.type);
            if (open) {
                row[StatusColumn] = k >= s.received - s.suspended ? QStringLiteral("Suspended")
                                                                  : QStringLiteral("Open");
            } else if (staged) {
                const QDate response = received.addDays(late ? 70 : 4);
                row[Response] = uk(response);
                if (s.stage > 0) {
                    row[Outcome] = outcomes.at(j);
                    row[Extended] = j < s.extended ? QStringLiteral("Y") : QStringLiteral("N");
                } else if (s.type == u"LGO") {
                    row[Outcome] = outcomes.at(j);
                }
                row[StatusColumn] = QStringLiteral("Closed");
                if (row[Closed].isEmpty())
                    row[Closed] = uk(response);
                if (s.stage == 1 && j < s.reopened)
                    row[Reopened] = j < s.reopenedAgain ? QStringLiteral("2") : QStringLiteral("1");
            } else {
                row[StatusColumn] = QStringLiteral("Closed");
                row[Closed] = uk(received);
            }
            built << Built{row, !open, !carried};
        }
    }
    // A later stage of a complaint whose earlier stage is in this log follows it, as its
    // reference says, and the earlier row is brought up to date with the case's status; the
    // others' earlier stages were before the log. A stage 3 always has its stage 2 here.
    for (Built& later : built) {
        QStringList& row = later.row;
        const int stage = row[StageColumn].section(u' ', 1).toInt();
        if (stage < 2 || !later.inYear)
            continue;
        const QDate received = QDate::fromString(row[Received], QStringLiteral("dd/MM/yyyy"));
        for (Built& earlier : built) {
            QStringList& before = earlier.row;
            if (before[StageColumn] != QStringLiteral("Stage %1").arg(stage - 1) ||
                before[ProcedureColumn] != row[ProcedureColumn] || !earlier.concluded ||
                before[Complainant] != row[Complainant] ||
                before[ServiceArea] != row[ServiceArea] || before[Team] != row[Team] ||
                before[ChildStatus] != row[ChildStatus])
                continue;
            const QDate answered =
                QDate::fromString(before[Response], QStringLiteral("dd/MM/yyyy"));
            if (later.concluded ? answered > QDate(year, 12, 31) : answered >= received)
                continue;
            if (later.concluded) {
                const QDate response =
                    QDate::fromString(row[Response], QStringLiteral("dd/MM/yyyy"));
                const QDate requested = answered.addDays(3);
                row[Received] = uk(requested);
                row[Response] = uk(requested.addDays(received.daysTo(response)));
                row[Closed] = row[Response];
            }
            row[Ref] = before[Ref].section(u'/', 0, 1) + QStringLiteral("/S%1").arg(stage);
            earlier.concluded = false; // one later stage each
            break;
        }
    }
    // The status column is the case's: every row of a complaint says how it stood at the end.
    QHash<QString, const QStringList*> last;
    for (const Built& b : built) {
        const QString stem = b.row[Ref].section(u'/', 0, 1);
        if (!last.contains(stem) || last.value(stem)->at(StageColumn) < b.row[StageColumn])
            last.insert(stem, &b.row);
    }
    QList<QStringList> rows;
    for (const Built& b : built) {
        QStringList row = b.row;
        const QStringList* latest = last.value(row[Ref].section(u'/', 0, 1));
        row[StatusColumn] = latest->at(StatusColumn);
        row[Closed] = latest->at(Closed);
        rows << row;
    }
    return rows;
}
} // namespace redress::test::cambridgeshire
