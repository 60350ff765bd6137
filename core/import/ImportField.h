#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace redress::import {

// What a source cell must hold for a field, which decides how it is read and checked.
enum class FieldType
{
    Text,
    Date,
    Number,   // a whole number (working days)
    Money,    // pounds and pence, stored as pence
    Flag,     // Y/N, Yes/No, TRUE/FALSE, 1/0
    Code,     // one code of a vocabulary: a taxonomy, the kinds, the procedures, the states
    CodeList, // several codes separated by ";"
    Team,     // an org unit, by code or name
    Json,     // a list of a case's parts, as Redress exports it
};

// One Redress field a source column can fill. `header` is the column heading Redress
// exports, so an export's headings are exactly these and its mapping is built in.
struct ImportField
{
    QString code;   // stable, used in mapping files: "received_on", "stage1.outcome"
    QString header; // "Received", "Stage 1 outcome"
    FieldType type = FieldType::Text;
    QString vocabulary;   // Code/CodeList: a taxonomy ("outcome") or "kind", "procedure", "state"
    QStringList synonyms; // headings legacy logs use for it, compared normalised
    int stage = 0;        // 1..3 for a stage's field, else 0
    QString stageKey;     // the field within the stage: "responded_on"
};

// Every field, in the order Redress exports them.
const QList<ImportField>& importFields();
// Fields a log of one row per stage uses to fold its rows into cases: which stage a row is
// ("stage": 1, 2, 3 or "lgsco") and the log's reference of the row before it
// ("linked_reference"). They are never exported: Redress keeps a case on one row.
const QList<ImportField>& stageRowFields();
const ImportField* importField(QStringView code);

// "Date received " → "date received": lower case, punctuation as spaces, spaces collapsed.
QString normalisedHeading(const QString& heading);

} // namespace redress::import
