// Staff named in complaints, against the council's trigger point: a table for leads and
// administrators, and the counts the queue flags new complaints with.
#include "ReportEngine_p.h"
#include "StaffTriggers.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "util/UkFormat.h"

#include <algorithm>

namespace redress {

namespace reporting {

namespace {

// One member of staff: the same name and job title, whatever the case and spacing.
Key staffKey()
{
    return {QStringLiteral("LOWER(TRIM(n.name)) || '|' || LOWER(TRIM(n.job_title))"), {}};
}

// Complaints whose stage 1 was requested in the window, once per member of staff they name.
Query staffNamedIn(const Context& context, const Period& window)
{
    Query query = on(complaintStages(context, 1), Basis::Received, window);
    query.join(QStringLiteral("JOIN staff_named n ON n.case_id = c.id"));
    // A name blanked when the case was anonymised names nobody.
    query.where(QStringLiteral("TRIM(n.name) <> ''"));
    return query;
}

struct Counted
{
    Grouped grouped;
    QList<StaffNamedCount> people; // most named first, then by name
    QStringList keys;              // in the same order
};

Result<Counted> countStaff(const Context& context, const Period& window)
{
    const Query query = staffNamedIn(context, window);
    auto grouped = group(context, query, staffKey(), QStringLiteral("COUNT(DISTINCT c.id)"), true);
    if (!grouped)
        return Error{grouped.error()};
    // The spelling of the most recent complaint names the row.
    auto rows = sql::exec(
        context.sql(),
        QStringLiteral("SELECT %1, TRIM(n.name), TRIM(n.job_title), c.id").arg(staffKey().sql) +
            query.fromWhere() +
            QStringLiteral(" ORDER BY s.requested_on DESC, c.id DESC, n.id DESC"),
        query.values);
    if (!rows)
        return Error{rows.error()};
    QHash<QString, StaffNamedCount> byKey;
    while (rows->next()) {
        StaffNamedCount& person = byKey[rows->value(0).toString()];
        if (person.name.isEmpty()) {
            person.name = rows->value(1).toString();
            person.jobTitle = rows->value(2).toString();
        }
        const qint64 id = rows->value(3).toLongLong();
        if (!person.caseIds.contains(id))
            person.caseIds << id;
    }
    Counted counted{grouped.value(), {}, byKey.keys()};
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        std::sort(it->caseIds.begin(), it->caseIds.end());
        it->complaints = counted.grouped.counts.value(it.key(), 0);
    }
    std::sort(counted.keys.begin(), counted.keys.end(), [&](const QString& a, const QString& b) {
        const StaffNamedCount& first = byKey[a];
        const StaffNamedCount& second = byKey[b];
        if (first.complaints != second.complaints)
            return first.complaints > second.complaints;
        return QString::localeAwareCompare(a, b) < 0;
    });
    for (const QString& key : std::as_const(counted.keys))
        counted.people << byKey.value(key);
    return counted;
}

} // namespace

Result<ReportTable> staffNamedTable(const Context& context)
{
    auto threshold = ReferenceData(context.database()).staffNamedThreshold();
    if (!threshold)
        return Error{threshold.error()};
    const Period window = StaffTriggers::window(context.period().last);
    ReportTable table(
        QStringLiteral("staff_named"),
        Text::tr("Staff named in complaints in the 12 months to %1").arg(ukDate(window.last)),
        Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Member of staff"), ColumnKind::Label);
    table.addColumn(QStringLiteral("job_title"), Text::tr("Job title"), ColumnKind::Text);
    ReportColumn& complaints =
        table.addColumn(QStringLiteral("complaints"), Text::tr("Complaints"), ColumnKind::Count);
    complaints.additive = false; // a complaint may name several people
    table.addColumn(QStringLiteral("trigger"),
                    Text::tr("Trigger point (%1)").arg(threshold.value()), ColumnKind::Text);

    auto counted = countStaff(context, window);
    if (!counted)
        return Error{counted.error()};
    const QString prefix = QStringLiteral("staff:");
    for (qsizetype i = 0; i < counted->people.size(); ++i) {
        const StaffNamedCount& person = counted->people.at(i);
        const QString rowKey = prefix + rowKeyFor(counted->keys.at(i));
        table.addRow(rowKey, person.name);
        table.setCell(rowKey, QStringLiteral("job_title"), person.jobTitle);
        table.setCell(rowKey, QStringLiteral("trigger"),
                      person.complaints >= threshold.value() ? Text::tr("Reached") : QString());
    }
    table.addRow(QStringLiteral("total"), Text::tr("Complaints naming any member of staff"),
                 RowRole::Total);
    fill(context, table, QStringLiteral("complaints"), counted->grouped, prefix);
    table.setNote(
        Text::tr("Complaints whose stage 1 was requested in the 12 months to %1, for each member "
                 "of staff they name. The same name and job title, ignoring capitals and spaces "
                 "at either end, is one person. \"Reached\" marks those named in %2 or more, the "
                 "trigger point set in Administration. A complaint naming several people counts "
                 "once for each, and once in the total. Shown to leads and administrators only.")
            .arg(ukDate(window.last))
            .arg(threshold.value()));
    return table;
}

} // namespace reporting

Period StaffTriggers::window(QDate last)
{
    return Period{last.addYears(-1).addDays(1), last};
}

Result<QList<StaffNamedCount>> StaffTriggers::counts(Database& database, QDate last)
{
    reporting::Context context(database, ReportScope(window(last)));
    if (Status loaded = context.load(); !loaded)
        return Error{loaded.error()};
    auto counted = reporting::countStaff(context, window(last));
    if (!counted)
        return Error{counted.error()};
    return counted->people;
}

Result<QHash<qint64, QList<StaffNamedCount>>> StaffTriggers::reached(Database& database, QDate last)
{
    auto threshold = ReferenceData(database).staffNamedThreshold();
    if (!threshold)
        return Error{threshold.error()};
    auto people = counts(database, last);
    if (!people)
        return Error{people.error()};
    QHash<qint64, QList<StaffNamedCount>> byCase;
    for (const StaffNamedCount& person : people.value())
        if (person.complaints >= threshold.value())
            for (qint64 id : person.caseIds)
                byCase[id] << person;
    return byCase;
}

QString StaffTriggers::describe(const QList<StaffNamedCount>& people)
{
    QStringList lines;
    for (const StaffNamedCount& person : people) {
        const QString who = person.jobTitle.isEmpty()
                                ? person.name
                                : reporting::Text::tr("%1 (%2)").arg(person.name, person.jobTitle);
        lines << reporting::Text::tr("Named in %n complaint(s) in 12 months: %1", nullptr,
                                     int(person.complaints))
                     .arg(who);
    }
    return lines.join(u'\n');
}

} // namespace redress
