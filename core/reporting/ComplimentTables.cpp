// Compliments as the councils publish them beyond the compliments table: by team within each
// service area, by theme, and the compliments the senders agreed may be quoted, in their words, for
// the report's appendix.
#include "ReportEngine_p.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

Result<ReportTable> complimentsByTeamTable(const Context& context)
{
    ReportTable table(QStringLiteral("compliments_by_team"), Text::tr("Compliments by team"),
                      Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Service area and team"), ColumnKind::Label);
    addCountColumns(context, table);
    const Query population = withUnits(casesOfKinds({CaseKind::Compliment}));
    QList<std::pair<QString, Period>> periods{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_count"), *context.comparison()});
    QList<Grouped> byUnit;
    for (const auto& [column, period] : periods) {
        auto grouped = group(context, on(population, Basis::Received, period), unitKey());
        if (!grouped)
            return Error{grouped.error()};
        byUnit << grouped.value();
    }
    QList<const Grouped*> counted;
    for (const Grouped& grouped : byUnit)
        counted << &grouped;
    addServiceRows(context, table, counted, true);
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    for (int i = 0; i < periods.size(); ++i)
        fillUnits(context, table, periods.at(i).first, byUnit.at(i));
    finishCountColumns(context, table);
    table.setNote(Text::tr("Compliments received in the period, by the team they were about "
                           "within its service area; the teams add up to their service area "
                           "and the service areas to the total."));
    return table;
}

Result<ReportTable> complimentsByThemeTable(const Context& context)
{
    ReportTable table(QStringLiteral("compliments_by_theme"), Text::tr("Compliments by theme"),
                      Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Theme"), ColumnKind::Label);
    addCountColumns(context, table);
    const Query population = casesOfKinds({CaseKind::Compliment});
    const Key key{QStringLiteral("c.compliment_theme"), {}};
    QList<std::pair<QString, Period>> periods{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_count"), *context.comparison()});
    QList<Grouped> byTheme;
    for (const auto& [column, period] : periods) {
        auto grouped = group(context, on(population, Basis::Received, period), key);
        if (!grouped)
            return Error{grouped.error()};
        byTheme << grouped.value();
    }
    QList<const Grouped*> counted;
    for (const Grouped& grouped : byTheme)
        counted << &grouped;
    addTermRows(context, table, QStringLiteral("compliment_theme"), counted);
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    for (int i = 0; i < periods.size(); ++i)
        fill(context, table, periods.at(i).first, byTheme.at(i));
    finishCountColumns(context, table);
    table.setNote(Text::tr("Compliments received in the period, by what they were about (the "
                           "theme recorded on the compliment)."));
    return table;
}

Result<ReportTable> publishableComplimentsTable(const Context& context)
{
    ReportTable table(QStringLiteral("compliments_publishable"),
                      Text::tr("Compliments that may be quoted"), Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("What they said"), ColumnKind::Label);
    table.addColumn(QStringLiteral("received"), Text::tr("Received"), ColumnKind::Date);
    table.addColumn(QStringLiteral("team"), Text::tr("Team"), ColumnKind::Text);
    table.addColumn(QStringLiteral("from"), Text::tr("From"), ColumnKind::Text);
    // one per compliment, so a row opens its case and the total says how many are listed
    table.addColumn(QStringLiteral("compliments"), Text::tr("Compliments"), ColumnKind::Count);

    Query population = withUnits(casesOfKinds({CaseKind::Compliment}));
    population.join(QStringLiteral("JOIN report_compliment_text q ON q.case_id = c.id"));
    const Query received = on(population, Basis::Received, context.period());
    auto rows =
        sql::exec(context.sql(),
                  QStringLiteral("SELECT c.id, q.summary, c.received_on, t.name, "
                                 "c.complainant_role") +
                      received.fromWhere() + QStringLiteral(" ORDER BY c.received_on, c.id"),
                  received.values);
    if (!rows)
        return Error{rows.error()};
    QList<qint64> all;
    while (rows->next()) {
        const qint64 caseId = rows->value(0).toLongLong();
        const QString key = QString::number(caseId);
        table.addRow(key, rows->value(1).toString());
        table.setCell(key, u"received", sql::toDate(rows->value(2)));
        table.setCell(key, u"team", rows->value(3).toString());
        const QString from = rows->value(4).toString();
        // a sender recorded before compliments had their own list has a complainant's role
        QString fromLabel = context.termLabel(QStringLiteral("compliment_from"), from);
        if (fromLabel.isEmpty())
            fromLabel = context.termLabel(QStringLiteral("complainant_role"), from);
        table.setCell(key, u"from", fromLabel.isEmpty() ? from : fromLabel);
        table.setCell(key, u"compliments", qint64(1));
        context.trace(key, QStringLiteral("compliments"), QList<qint64>{caseId});
        all << caseId;
    }
    table.addRow(QStringLiteral("total"), Text::tr("Compliments listed"), RowRole::Total);
    table.setCell(u"total", u"compliments", qint64(all.size()));
    context.trace(QStringLiteral("total"), QStringLiteral("compliments"), all);
    table.setNote(Text::tr("Compliments received in the period whose senders agreed they may "
                           "be quoted, in their words, for the report's appendix; never those "
                           "of a restricted case."));
    return table;
}

} // namespace redress::reporting
