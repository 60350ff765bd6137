#include "CodeReportChecklist.h"

#include "util/CodeTable.h"

#include <QJsonArray>

namespace redress {

namespace {

constexpr CodeTable<CodeCompliance, 3>
    compliances("CodeCompliance", {{{CodeCompliance::Complies, "complies",
                                     QT_TRANSLATE_NOOP("CodeCompliance", "Complies")},
                                    {CodeCompliance::PartlyComplies, "partly",
                                     QT_TRANSLATE_NOOP("CodeCompliance", "Partly complies")},
                                    {CodeCompliance::DoesNotComply, "does_not_comply",
                                     QT_TRANSLATE_NOOP("CodeCompliance", "Does not comply")}}});

struct Entry
{
    const char* code;
    const char* text;
};

// The Code's sections, in its order, each with the few things a council checks itself
// against: short paraphrases, the Code's own text being the Ombudsman's to publish.
const QList<std::pair<Entry, QList<Entry>>>& checklist()
{
    static const QList<std::pair<Entry, QList<Entry>>> entries{
        {{"definitions", QT_TRANSLATE_NOOP("CodeChecklist", "Definitions")},
         {{"definitions_complaint",
           QT_TRANSLATE_NOOP("CodeChecklist", "We use the Code's definition of a complaint.")},
          {"definitions_service_request",
           QT_TRANSLATE_NOOP("CodeChecklist", "We tell a service request from a complaint, and "
                                              "a dissatisfied request becomes a complaint.")}}},
        {{"accessibility", QT_TRANSLATE_NOOP("CodeChecklist", "Accessibility and awareness")},
         {{"accessibility_channels",
           QT_TRANSLATE_NOOP("CodeChecklist", "People can complain in several ways, in person, "
                                              "by telephone, in writing and online.")},
          {"accessibility_adjustments",
           QT_TRANSLATE_NOOP("CodeChecklist", "We make reasonable adjustments for those who "
                                              "need them and keep a record of them.")},
          {"accessibility_published",
           QT_TRANSLATE_NOOP("CodeChecklist", "Our complaints policy and this self-assessment "
                                              "are published where people can find them.")}}},
        {{"staff", QT_TRANSLATE_NOOP("CodeChecklist", "Complaint handling staff")},
         {{"staff_lead",
           QT_TRANSLATE_NOOP("CodeChecklist", "A named person leads complaint handling with the "
                                              "access and authority to resolve complaints.")},
          {"staff_training",
           QT_TRANSLATE_NOOP("CodeChecklist", "Staff who handle complaints are trained and "
                                              "given the time to do it well.")}}},
        {{"process", QT_TRANSLATE_NOOP("CodeChecklist", "The complaint handling process")},
         {{"process_two_stages",
           QT_TRANSLATE_NOOP("CodeChecklist", "Our process has two stages, with no extra steps "
                                              "before or between them.")},
          {"process_acknowledgement",
           QT_TRANSLATE_NOOP("CodeChecklist", "Each complaint is acknowledged within five "
                                              "working days, saying what we understand it to "
                                              "be.")},
          {"process_records",
           QT_TRANSLATE_NOOP("CodeChecklist", "We keep a full record of each complaint, its "
                                              "handling and its outcome.")}}},
        {{"stage1", QT_TRANSLATE_NOOP("CodeChecklist", "Stage 1")},
         {{"stage1_timescale",
           QT_TRANSLATE_NOOP("CodeChecklist", "We respond within 10 working days, extending by "
                                              "no more than 10 with an explanation.")},
          {"stage1_response",
           QT_TRANSLATE_NOOP("CodeChecklist", "A response answers every point and says how to "
                                              "take the complaint further.")}}},
        {{"stage2", QT_TRANSLATE_NOOP("CodeChecklist", "Stage 2")},
         {{"stage2_timescale",
           QT_TRANSLATE_NOOP("CodeChecklist", "We respond within 20 working days, extending by "
                                              "no more than 20 with an explanation.")},
          {"stage2_independent",
           QT_TRANSLATE_NOOP("CodeChecklist", "Stage 2 is considered by someone not involved at "
                                              "stage 1.")}}},
        {{"putting_right", QT_TRANSLATE_NOOP("CodeChecklist", "Putting things right")},
         {{"putting_right_remedy",
           QT_TRANSLATE_NOOP("CodeChecklist", "Where something went wrong we put it right and "
                                              "offer a proportionate remedy.")},
          {"putting_right_follow_through",
           QT_TRANSLATE_NOOP("CodeChecklist", "We follow through what we promised and tell the "
                                              "complainant when it is done.")}}},
        {{"reporting",
          QT_TRANSLATE_NOOP("CodeChecklist", "Self-assessment, reporting and compliance")},
         {{"reporting_annual",
           QT_TRANSLATE_NOOP("CodeChecklist", "We publish an annual complaints performance and "
                                              "service improvement report.")},
          {"reporting_self_assessment",
           QT_TRANSLATE_NOOP("CodeChecklist", "We assess ourselves against the Code each year "
                                              "and after any significant change.")},
          {"reporting_ombudsman",
           QT_TRANSLATE_NOOP("CodeChecklist", "We comply with the Ombudsman's recommendations "
                                              "on time and report on them.")}}},
        {{"scrutiny", QT_TRANSLATE_NOOP("CodeChecklist", "Scrutiny and oversight")},
         {{"scrutiny_member",
           QT_TRANSLATE_NOOP("CodeChecklist", "A member of the governing body is responsible "
                                              "for complaints.")},
          {"scrutiny_response",
           QT_TRANSLATE_NOOP("CodeChecklist", "The governing body considers the annual report "
                                              "and publishes its response.")},
          {"scrutiny_learning",
           QT_TRANSLATE_NOOP("CodeChecklist", "Learning from complaints is reported to the "
                                              "governing body and acted on.")}}},
    };
    return entries;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("CodeChecklist", text);
}

} // namespace

QList<CodeCompliance> codeCompliances()
{
    return compliances.values();
}

QString codeComplianceCode(CodeCompliance compliance)
{
    return compliances.code(compliance);
}

std::optional<CodeCompliance> codeComplianceFromCode(QStringView code)
{
    return compliances.fromCode(code);
}

QString codeComplianceLabel(CodeCompliance compliance)
{
    return compliances.label(compliance);
}

QList<CodeSection> codeSections()
{
    QList<CodeSection> sections;
    for (const auto& [section, items] : checklist())
        sections.append({QString::fromLatin1(section.code), translated(section.text)});
    return sections;
}

QList<CodeItem> codeItems()
{
    QList<CodeItem> result;
    for (const auto& [section, items] : checklist())
        for (const Entry& item : items)
            result.append({QString::fromLatin1(item.code), QString::fromLatin1(section.code),
                           translated(item.text)});
    return result;
}

std::optional<CodeItem> codeItem(QStringView code)
{
    for (const CodeItem& item : codeItems())
        if (item.code == code)
            return item;
    return std::nullopt;
}

QJsonObject CodeAssessment::toJson() const
{
    QJsonArray items;
    for (const CodeItem& item : codeItems()) {
        const auto answer = answers.constFind(item.code);
        const bool answered = answer != answers.constEnd();
        items.append(QJsonObject{
            {QStringLiteral("item"), item.code},
            {QStringLiteral("section"), item.section},
            {QStringLiteral("text"), item.text},
            {QStringLiteral("compliance"), answered
                                               ? QJsonValue(codeComplianceCode(answer->compliance))
                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("explanation"), answered ? answer->explanation : QString()}});
    }
    return {{QStringLiteral("financialYear"), financialYear},
            {QStringLiteral("items"), items},
            {QStringLiteral("governingBodyResponse"), governingBodyResponse}};
}

} // namespace redress
