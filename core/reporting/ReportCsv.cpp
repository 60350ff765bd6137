#include "ReportCsv.h"

#include "storage/CaseRepository.h"
#include "util/Csv.h"
#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress::reportcsv {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)
};

Status finished(const CsvWriter& writer)
{
    if (!writer.ok())
        return fail(Text::tr("The CSV file could not be written in full (is the disk full?)"));
    return {};
}

void writeTableBody(const ReportTable& table, CsvWriter& writer)
{
    writer.writeRecord({table.title()});
    writer.writeRecord({basisLabel(table.basis())});
    QStringList header;
    for (const ReportColumn& column : table.columns())
        header << column.label;
    writer.writeRecord(header);
    for (const ReportRow& row : table.rows()) {
        QStringList fields;
        for (int c = 0; c < table.columns().size(); ++c)
            fields << plainValue(row.cells.value(c), table.columns().at(c).kind);
        writer.writeRecord(fields);
    }
    if (!table.note().isEmpty())
        writer.writeRecord({table.note()});
}

} // namespace

QString plainValue(const QVariant& value, ColumnKind kind)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case ColumnKind::Count:
    case ColumnKind::Figure:
        return QString::number(value.toLongLong());
    case ColumnKind::Days:
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            return QString::number(value.toLongLong());
        return QString::number(value.toDouble(), 'f', 1);
    case ColumnKind::Percent:
    case ColumnKind::Rate:
        return QString::number(value.toDouble(), 'f', 1);
    case ColumnKind::Money:
        return QString::number(double(value.toLongLong()) / 100.0, 'f', 2);
    case ColumnKind::Date:
        return ukDate(value.toDate());
    case ColumnKind::Label:
    case ColumnKind::Change:
    case ColumnKind::Text:
        break;
    }
    return value.toString();
}

Status writeTable(const ReportTable& table, QIODevice& device)
{
    CsvWriter writer(device);
    writeTableBody(table, writer);
    return finished(writer);
}

Status writeReport(const Report& report, QIODevice& device)
{
    CsvWriter writer(device);
    writer.writeRecord({Text::tr("Redress report"), report.periodLabel()});
    if (report.comparison())
        writer.writeRecord({Text::tr("Compared with"), report.comparison()->label()});
    for (const ReportTable& table : report.tables()) {
        writer.writeBlankLine();
        writeTableBody(table, writer);
    }
    return finished(writer);
}

Status writeCases(const QList<CaseSummary>& cases, QIODevice& device)
{
    CsvWriter writer(device);
    writer.writeRecord({Text::tr("Reference"), Text::tr("Kind"), Text::tr("Procedure"),
                        Text::tr("Stage"), Text::tr("State"), Text::tr("Received"), Text::tr("Due"),
                        Text::tr("Complainant"), Text::tr("Team"), Text::tr("Officer"),
                        Text::tr("Summary")});
    for (const CaseSummary& summary : cases)
        writer.writeRecord({summary.reference, caseKindLabel(summary.kind),
                            procedureLabel(summary.procedure), QString::number(summary.stage),
                            caseStateLabel(summary.state), ukDate(summary.receivedOn),
                            ukDate(summary.dueOn), summary.complainantName, summary.teamName,
                            summary.officer, summary.summary});
    return finished(writer);
}

} // namespace redress::reportcsv
