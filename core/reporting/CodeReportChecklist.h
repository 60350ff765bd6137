#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <optional>

namespace redress {

// The yearly self-assessment against the Ombudsman's Complaint Handling Code (in force from
// 1 April 2026): a short checklist following the Code's sections, each item answered for
// the year with whether the council complies and why, and the governing body's response to
// the year's report.
enum class CodeCompliance
{
    Complies,
    PartlyComplies,
    DoesNotComply,
};

QList<CodeCompliance> codeCompliances();
QString codeComplianceCode(CodeCompliance compliance); // stable: "complies", "partly"…
std::optional<CodeCompliance> codeComplianceFromCode(QStringView code);
QString codeComplianceLabel(CodeCompliance compliance); // translated

struct CodeSection
{
    QString code; // stable, e.g. "stage1"
    QString title;
};

struct CodeItem
{
    QString code; // stable, e.g. "stage1_timescale"
    QString section;
    QString text; // what the council should be able to say of itself
};

// In the Code's order; titles and texts translated.
QList<CodeSection> codeSections();
QList<CodeItem> codeItems();
std::optional<CodeItem> codeItem(QStringView code);

struct CodeAnswer
{
    CodeCompliance compliance = CodeCompliance::Complies;
    QString explanation;

    bool operator==(const CodeAnswer&) const = default;
};

// One year's self-assessment as the complaints manager keeps it.
struct CodeAssessment
{
    int financialYear = 0; // 2026 = 2026/27
    // By item code; an item with no answer has not been assessed yet.
    QMap<QString, CodeAnswer> answers;
    QString governingBodyResponse;

    // {"financialYear", "items": [{"item", "section", "compliance" (code or null),
    // "explanation"}], "governingBodyResponse"}: every item of the checklist, in order.
    QJsonObject toJson() const;
};

} // namespace redress
