// The learning log as the annual report lists it: each action taken from a complaint, with its
// theme, owner, due date and status, and why one was not implemented (the regulations ask the
// report to say so), beside the learning table's counts.
#include "ReportEngine_p.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

QString statusLabel(const QString& status)
{
    if (status == u"implemented")
        return Text::tr("Implemented");
    if (status == u"not_implemented")
        return Text::tr("Not implemented");
    if (status == u"in_progress")
        return Text::tr("In progress");
    return Text::tr("Proposed");
}

} // namespace

Result<ReportTable> learningLogTable(const Context& context)
{
    ReportTable table(QStringLiteral("learning_log"), Text::tr("Learning log"), Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Action"), ColumnKind::Label);
    table.addColumn(QStringLiteral("theme"), Text::tr("Theme"), ColumnKind::Text);
    table.addColumn(QStringLiteral("owner"), Text::tr("Owner"), ColumnKind::Text);
    table.addColumn(QStringLiteral("due"), Text::tr("Due"), ColumnKind::Date);
    table.addColumn(QStringLiteral("status"), Text::tr("Status"), ColumnKind::Text);
    table.addColumn(QStringLiteral("reason"), Text::tr("Why not implemented"), ColumnKind::Text);
    // one per action, so a row opens its case and the total says how many are listed
    table.addColumn(QStringLiteral("actions"), Text::tr("Actions"), ColumnKind::Count).unit =
        QStringLiteral("actions");

    // The learning table's population: actions on cases whose latest stage concluded in the
    // period, here without those of restricted cases, whose words stay with the case.
    Query population;
    population.from =
        QStringLiteral("report_learning_action la JOIN report_cases c ON c.id = la.case_id "
                       "LEFT JOIN report_stage s ON s.case_id = c.id AND s.number = "
                       "c.current_stage");
    population.start = QStringLiteral("COALESCE(s.requested_on, c.received_on)");
    population.end = QStringLiteral("COALESCE(s.responded_on, c.closed_on)");
    population.where(QStringLiteral("la.restricted = 0"));
    if (context.scope().procedure)
        population.where(
            QStringLiteral("(c.kind <> ? OR c.procedure = ?)"),
            {caseKindCode(CaseKind::Complaint), procedureCode(*context.scope().procedure)});
    const Query concluded = on(population, Basis::Concluded, context.period());
    auto rows = sql::exec(context.sql(),
                          QStringLiteral("SELECT c.reference || ':' || (SELECT COUNT(*) FROM "
                                         "report_learning_action o WHERE o.case_id = la.case_id "
                                         "AND o.id <= la.id), la.description, la.theme, "
                                         "la.owner, la.due_on, la.status, "
                                         "la.not_implemented_reason, c.id") +
                              concluded.fromWhere() +
                              QStringLiteral(" ORDER BY la.theme, la.due_on, c.reference, la.id"),
                          concluded.values);
    if (!rows)
        return Error{rows.error()};
    QList<qint64> all;
    while (rows->next()) {
        // keyed by its case and its place among the case's actions: the same in an export
        // imported elsewhere, unlike a row id
        const QString key = u"action:"_s + rows->value(0).toString();
        table.addRow(key, rows->value(1).toString());
        const QString theme = rows->value(2).toString();
        table.setCell(key, u"theme",
                      theme.isEmpty() ? notRecordedLabel()
                                      : context.termLabel(QStringLiteral("learning_theme"), theme));
        table.setCell(key, u"owner", rows->value(3).toString());
        const QDate due = sql::toDate(rows->value(4));
        if (due.isValid())
            table.setCell(key, u"due", due);
        const QString status = rows->value(5).toString();
        table.setCell(key, u"status", statusLabel(status));
        if (status == u"not_implemented")
            table.setCell(key, u"reason", rows->value(6).toString());
        const qint64 caseId = rows->value(7).toLongLong();
        table.setCell(key, u"actions", qint64(1));
        context.trace(key, QStringLiteral("actions"), QList<qint64>{caseId});
        all << caseId;
    }
    table.addRow(QStringLiteral("total"), Text::tr("Actions listed"), RowRole::Total);
    table.setCell(u"total", u"actions", qint64(all.size()));
    context.trace(QStringLiteral("total"), QStringLiteral("actions"), all);
    table.setNote(
        Text::tr("Each learning action recorded against a case whose latest stage concluded in "
                 "the period (the actions the learning table counts), by theme and due date, "
                 "with its status now and, where it was not implemented, why. Actions on "
                 "restricted cases are counted in the learning table but not listed."));
    return table;
}

} // namespace redress::reporting
