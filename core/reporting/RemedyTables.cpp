// Remedies as the councils publish them: what each upheld complaint was given, as a combination
// ("explanation and apology"), and as a share of the complaints upheld.
#include "ReportEngine_p.h"
#include "storage/Sql.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

const QString noRemedy = QStringLiteral("none");

struct Combinations
{
    QHash<QString, QList<qint64>> cases; // combination key → case of each response
    QList<qint64> all;
};

// Responses upheld or partly upheld in the period, one row per remedy recorded at that stage
// (or one with no remedy).
Query upheldResponses(const Context& context, const Period& period)
{
    Query query = on(complaintStages(context), Basis::Concluded, period);
    query.where(QStringLiteral("s.outcome IN (?, ?)"),
                {QStringLiteral("upheld"), QStringLiteral("partially_upheld")});
    return query;
}

// The remedy types in taxonomy order, so that one combination always has one key.
QString combinationKey(const Context& context, QSet<QString> types)
{
    types.remove(QString());
    if (types.isEmpty())
        return noRemedy;
    QStringList order;
    for (const TaxonomyTerm& term : context.terms(QStringLiteral("remedy_type")))
        order << term.code;
    QStringList codes(types.begin(), types.end());
    std::sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
        const qsizetype left = order.indexOf(a) < 0 ? order.size() : order.indexOf(a);
        const qsizetype right = order.indexOf(b) < 0 ? order.size() : order.indexOf(b);
        return left != right ? left < right : a < b;
    });
    return codes.join(u'+');
}

QString combinationLabel(const Context& context, const QString& key)
{
    if (key == noRemedy)
        return Text::tr("No remedy recorded");
    // "Explanation, apology and financial remedy": the first label as it is, the rest in lower
    // case within the sentence
    QStringList labels;
    for (const QString& code : key.split(u'+')) {
        const QString label = context.termLabel(QStringLiteral("remedy_type"), code);
        labels << (labels.isEmpty() ? label : label.toLower());
    }
    const QString last = labels.takeLast();
    return labels.isEmpty() ? last : Text::tr("%1 and %2").arg(labels.join(u", "_s), last);
}

Result<Combinations> combinations(const Context& context, const Period& period)
{
    Query responses = upheldResponses(context, period);
    responses.join(QStringLiteral(
        "LEFT JOIN report_remedy r ON r.case_id = c.id AND r.stage_number = s.number"));
    auto rows = sql::exec(context.sql(),
                          QStringLiteral("SELECT c.id, s.number, r.type") + responses.fromWhere(),
                          responses.values);
    if (!rows)
        return Error{rows.error()};
    QHash<std::pair<qint64, int>, QSet<QString>> given;
    while (rows->next())
        given[{rows->value(0).toLongLong(), rows->value(1).toInt()}].insert(
            rows->value(2).toString());
    Combinations result;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        result.cases[combinationKey(context, it.value())].append(it.key().first);
        result.all.append(it.key().first);
    }
    return result;
}

} // namespace

Result<ReportTable> remedyCombinationsTable(const Context& context)
{
    ReportTable table(QStringLiteral("remedy_combinations"),
                      Text::tr("Remedies given on upheld complaints"), Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Remedies given"), ColumnKind::Label);
    addCountColumns(context, table);
    for (const QString& id : {u"count"_s, u"prev_count"_s})
        if (ReportColumn* column = table.column(id))
            column->unit = QStringLiteral("responses");

    QList<std::pair<QString, Period>> periods{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_count"), *context.comparison()});
    QList<Combinations> counted;
    QSet<QString> keys;
    for (const auto& [column, period] : periods) {
        auto found = combinations(context, period);
        if (!found)
            return Error{found.error()};
        for (auto it = found->cases.cbegin(); it != found->cases.cend(); ++it)
            keys.insert(it.key());
        counted << found.value();
    }
    // most given first, as the councils list them; "no remedy" last
    QStringList ordered(keys.begin(), keys.end());
    const Combinations& now = counted.first();
    std::sort(ordered.begin(), ordered.end(), [&](const QString& a, const QString& b) {
        if ((a == noRemedy) != (b == noRemedy))
            return b == noRemedy;
        const qsizetype left = now.cases.value(a).size();
        const qsizetype right = now.cases.value(b).size();
        return left != right ? left > right : a < b;
    });
    for (const QString& key : std::as_const(ordered))
        table.addRow(key, combinationLabel(context, key));
    table.addRow(QStringLiteral("total"), Text::tr("Upheld or partly upheld"), RowRole::Total);
    for (int p = 0; p < periods.size(); ++p) {
        const QString& column = periods.at(p).first;
        for (const QString& key : std::as_const(ordered)) {
            const QList<qint64> ids = counted.at(p).cases.value(key);
            table.setCell(key, column, qint64(ids.size()));
            context.trace(key, column, ids);
        }
        table.setCell(u"total", column, qint64(counted.at(p).all.size()));
        context.trace(QStringLiteral("total"), column, counted.at(p).all);
    }
    finishCountColumns(context, table);
    table.setNote(
        Text::tr("Complaint responses upheld or partly upheld in the period, by the remedies "
                 "recorded at that stage taken together (an explanation and an apology is one "
                 "line, not two), and each as a share of those upheld. A complaint upheld at "
                 "two stages counts at each. \"No remedy recorded\": upheld with no remedy "
                 "recorded at that stage."));
    return table;
}

} // namespace redress::reporting
