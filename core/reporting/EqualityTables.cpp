// Equality monitoring: complaints by the complainant's age band, ethnicity and disability, as
// recorded on the person (optional, free text). Small numbers are shown as they are: the
// council suppresses them itself where it publishes.
#include "ReportEngine_p.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCollator>
#include <algorithm>

namespace redress::reporting {

namespace {

struct Characteristic
{
    QString key; // row prefix and person column
    QString heading;
};

QList<Characteristic> characteristics()
{
    return {{QStringLiteral("age_band"), Text::tr("Age band")},
            {QStringLiteral("ethnicity"), Text::tr("Ethnicity")},
            {QStringLiteral("disability"), Text::tr("Disability")}};
}

// On a team server row-level security hides the complainant of a case restricted from the
// login running the report, while the report_ views count the case itself in every other
// table. The population leaves such complainants out, and they are added back from
// redress_hidden_equality_counts() (0025), which counts them with the owner's rights and
// gives out counts by value only: the table is then the same whoever runs it.
const QString visibleComplainant = QStringLiteral(
    "(c.complainant_id IS NULL OR c.complainant_id NOT IN (SELECT redress_hidden_people()))");

Status addHiddenComplainants(const Context& context, const QString& characteristic,
                             const Period& period, Grouped& grouped)
{
    const std::optional<Procedure> procedure = context.scope().procedure;
    auto counted = sql::exec(
        context.sql(),
        QStringLiteral("SELECT recorded, complaints FROM redress_hidden_equality_counts(?, "
                       "CAST(? AS DATE), CAST(? AS DATE), CAST(? AS TEXT))"),
        {characteristic, sql::date(period.first), sql::date(period.last),
         procedure ? QVariant(procedureCode(*procedure))
                   : QVariant(QMetaType::fromType<QString>())});
    if (!counted)
        return Error{counted.error()};
    while (counted->next()) {
        const qint64 complaints = counted->value(1).toLongLong();
        grouped.counts[counted->value(0).toString()] += complaints;
        grouped.total += complaints;
    }
    return {};
}

} // namespace

Result<ReportTable> equalityTable(const Context& context)
{
    ReportTable table(QStringLiteral("equality"), Text::tr("Equality monitoring: complainants"),
                      Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Characteristic"), ColumnKind::Label);
    addCountColumns(context, table);

    Query population = complaintStages(context, 1);
    population.join(QStringLiteral("LEFT JOIN person pe ON pe.id = c.complainant_id"));
    const bool teamServer = !context.database().isSqlite();
    if (teamServer)
        population.where(visibleComplainant);
    QList<std::pair<QString, Period>> periods{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_count"), *context.comparison()});

    // Values are written as they were recorded; "16-24" sorts before "25-34" and after "5-15".
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (const Characteristic& characteristic : characteristics()) {
        const Key key{QStringLiteral("TRIM(pe.%1)").arg(characteristic.key), {}};
        QList<Grouped> grouped;
        for (const auto& [column, period] : periods) {
            auto counted = group(context, on(population, Basis::Received, period), key);
            if (!counted)
                return Error{counted.error()};
            if (teamServer) {
                if (Status added =
                        addHiddenComplainants(context, characteristic.key, period, counted.value());
                    !added)
                    return Error{added.error()};
            }
            grouped << counted.value();
        }
        QStringList values;
        for (const Grouped& g : std::as_const(grouped))
            for (auto it = g.counts.constBegin(); it != g.counts.constEnd(); ++it)
                if (!it.key().isEmpty() && it.value() > 0 && !values.contains(it.key()))
                    values << it.key();
        std::sort(values.begin(), values.end(),
                  [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        const QString prefix = characteristic.key + u':';
        auto label = [&](const QString& value) {
            return Text::tr("%1: %2").arg(characteristic.heading, value);
        };
        for (const QString& value : std::as_const(values))
            table.addRow(prefix + value, label(value));
        // Always shown: how much is not recorded is itself what a council is asked about.
        table.addRow(prefix + rowKeyFor(QString()), label(notRecordedLabel()));
        const QString totalKey = prefix + QStringLiteral("total");
        table.addRow(totalKey, label(Text::tr("all complaints")), RowRole::Total);
        for (int i = 0; i < periods.size(); ++i)
            fill(context, table, periods.at(i).first, grouped.at(i), prefix, totalKey);
        table.newSection();
    }
    finishCountColumns(context, table);
    table.setNote(Text::tr(
        "Complaints received at stage 1, by what the complainant told the council of their age "
        "band, ethnicity and disability, each as it was recorded. Every complaint counts once "
        "in each section; \"Not recorded\" is a complaint whose complainant gave nothing (or "
        "has no person record); a complainant on a restricted case is counted by what was "
        "recorded, whoever runs the report. Small numbers are shown as they are: suppress them "
        "before publishing if the council's policy asks it."));
    return table;
}

} // namespace redress::reporting
