// Equality monitoring: complaints by the complainant's age band, ethnicity and disability, as
// recorded on the person (optional, free text). Small numbers are shown as they are: the
// council suppresses them itself where it publishes.
#include "ReportEngine_p.h"

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

} // namespace

Result<ReportTable> equalityTable(const Context& context)
{
    ReportTable table(QStringLiteral("equality"), Text::tr("Equality monitoring: complainants"),
                      Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Characteristic"), ColumnKind::Label);
    addCountColumns(context, table);

    Query population = complaintStages(context, 1);
    population.join(QStringLiteral("LEFT JOIN person pe ON pe.id = c.complainant_id"));
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
        "has no person record). Small numbers are shown as they are: suppress them before "
        "publishing if the council's policy asks it."));
    return table;
}

} // namespace redress::reporting
