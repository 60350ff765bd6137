#pragma once

// Logs of one row per stage as the import tests write them, as real CSV and XLSX files, with
// the mapping a council saves for them and a look at the caseload table they report.

#include "LegacyLogFixtures.h"
#include "export/XlsxWriter.h"
#include "reporting/Report.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace redress::test {

inline const QStringList stageHeadings{
    QStringLiteral("Ref"),           QStringLiteral("Linked ref"),    QStringLiteral("Stage"),
    QStringLiteral("Type"),          QStringLiteral("Date received"), QStringLiteral("Team"),
    QStringLiteral("Response date"), QStringLiteral("Outcome")};

// The mapping a council saves for such a log: Outcome is the stage's outcome on complaint
// rows and the Ombudsman's decision on LGSCO rows; a team no longer there is left empty.
inline const char* stageMappingJson = R"({
  "format": "redress-import-mapping", "version": 1, "name": "Stage rows",
  "columns": {
    "source_reference": "Ref", "linked_reference": "Linked ref", "stage": "Stage",
    "received_on": "Date received", "team": "Team",
    "stage1.responded_on": "Response date", "stage1.outcome": "Outcome"
  },
  "values": { "team": { "Unknown team": null } },
  "when": [ {
    "column": "Type", "is": ["LGSCO"],
    "columns": { "lgsco_decision": "Outcome", "lgsco_decided_on": "Response date",
                 "closed_on": "Response date" },
    "values": { "lgsco_decision": { "Premature": "premature" } }
  } ],
  "defaults": { "kind": "complaint", "procedure": "statutory" }
})";

inline QString csvCell(const QString& text)
{
    return text.contains(u',') ? u'"' + text + u'"' : text;
}

// The log as a real file: CSV or XLSX.
inline QString writeLog(const QTemporaryDir& dir, const QString& format,
                        const QList<QStringList>& rows, const QStringList& headings = stageHeadings)
{
    const QString path = dir.filePath(QStringLiteral("stages.") + format);
    if (format == u"xlsx") {
        exporting::XlsxWriter writer(path, QStringLiteral("Log"));
        for (const QStringList& row : QList<QStringList>{headings} + rows)
            if (Status added = writer.addRow(QVariantList(row.cbegin(), row.cend())); !added)
                qFatal("%s", qPrintable(added.error()));
        if (Status saved = writer.close(); !saved)
            qFatal("%s", qPrintable(saved.error()));
        return path;
    }
    QStringList lines;
    for (const QStringList& row : QList<QStringList>{headings} + rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << csvCell(cell);
        lines << cells.join(u',');
    }
    return writeFile(dir, QStringLiteral("stages.csv"), lines.join(u'\n') + u'\n');
}

inline ImportMapping stageMapping()
{
    auto mapping = ImportMapping::fromJson(
        QJsonDocument::fromJson(QByteArray(stageMappingJson)).object(), QStringLiteral("test"));
    if (!mapping)
        qFatal("%s", qPrintable(mapping.error()));
    return mapping.value();
}

inline qint64 caseload(const Report& report, const char* row, const char* column)
{
    const ReportTable* table = report.table(QStringLiteral("caseload"));
    return table ? table->cell(QString::fromLatin1(row), QString::fromLatin1(column)).toLongLong()
                 : -1;
}

} // namespace redress::test
