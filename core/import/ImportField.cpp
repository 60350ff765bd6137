#include "ImportField.h"

#include <QRegularExpression>

namespace redress::import {

namespace {

using T = FieldType;

ImportField field(const char* code, const char* header, FieldType type,
                  std::initializer_list<const char*> synonyms = {}, const char* vocabulary = "")
{
    ImportField f;
    f.code = QString::fromLatin1(code);
    f.header = QString::fromLatin1(header);
    f.type = type;
    f.vocabulary = QString::fromLatin1(vocabulary);
    for (const char* synonym : synonyms)
        f.synonyms << QString::fromLatin1(synonym);
    return f;
}

struct StageFieldInfo
{
    const char* key;
    const char* header; // after "Stage N "
    FieldType type;
    const char* vocabulary;
};

constexpr StageFieldInfo stageFieldInfo[] = {
    {"requested_on", "requested", T::Date, ""},
    {"acknowledged_on", "acknowledged", T::Date, ""},
    {"io_appointed_on", "investigating officer appointed", T::Date, ""},
    {"ip_appointed_on", "independent person appointed", T::Date, ""},
    {"statement_agreed_on", "statement agreed", T::Date, ""},
    {"report_received_on", "report received", T::Date, ""},
    {"panel_held_on", "panel held", T::Date, ""},
    {"panel_report_on", "panel report", T::Date, ""},
    {"responded_on", "responded", T::Date, ""},
    {"extended", "extended", T::Flag, ""},
    {"extended_to_days", "extended to working days", T::Number, ""},
    {"extension_agreed_on", "extension agreed", T::Date, ""},
    {"extension_reason", "extension reason", T::Text, ""},
    {"ombudsman_details_given", "Ombudsman details given", T::Flag, ""},
    {"outcome", "outcome", T::Code, "outcome"},
    {"outcome_overridden", "outcome overridden", T::Flag, ""},
    {"responding_manager", "responding manager", T::Text, ""},
    {"investigating_officer", "investigating officer", T::Text, ""},
    {"independent_person", "independent person", T::Text, ""},
    {"panel_chair", "panel chair", T::Text, ""},
    {"escalation_waiver_reason", "escalation waiver reason", T::Text, ""},
    {"before_log", "before this log", T::Flag, ""},
};

// Headings legacy logs use for a stage's fields, beyond "Stage N <field>".
QStringList stageSynonyms(int stage, const QString& key)
{
    if (stage == 1) {
        if (key == u"acknowledged_on")
            return {QStringLiteral("date acknowledged"), QStringLiteral("acknowledged"),
                    QStringLiteral("acknowledgement date"), QStringLiteral("ack date"),
                    QStringLiteral("date of acknowledgement")};
        if (key == u"responded_on")
            return {QStringLiteral("stage 1 response"),  QStringLiteral("stage 1 response date"),
                    QStringLiteral("stage 1 responded"), QStringLiteral("date responded"),
                    QStringLiteral("response date"),     QStringLiteral("date of response"),
                    QStringLiteral("responded"),         QStringLiteral("date response sent"),
                    QStringLiteral("response sent")};
        if (key == u"outcome")
            return {QStringLiteral("outcome"), QStringLiteral("stage 1 outcome"),
                    QStringLiteral("finding"), QStringLiteral("result"),
                    QStringLiteral("stage 1 finding")};
        if (key == u"extended")
            return {QStringLiteral("extended"),
                    QStringLiteral("extension"),
                    QStringLiteral("extension agreed y n"),
                    QStringLiteral("extended y n"),
                    QStringLiteral("stage 1 extended"),
                    QStringLiteral("extension y n")};
        if (key == u"extended_to_days")
            return {QStringLiteral("extended to days"), QStringLiteral("extension days"),
                    QStringLiteral("extended to")};
        if (key == u"extension_agreed_on")
            return {QStringLiteral("extension agreed"), QStringLiteral("date extension agreed"),
                    QStringLiteral("extension date")};
        if (key == u"extension_reason")
            return {QStringLiteral("extension reason"), QStringLiteral("reason for extension")};
        if (key == u"responding_manager")
            return {QStringLiteral("responding manager"), QStringLiteral("manager"),
                    QStringLiteral("investigating manager")};
    }
    const QString n = QString::number(stage);
    if (key == u"requested_on") {
        QStringList result{u"stage " + n + u" request", u"date stage " + n + u" requested",
                           u"stage " + n + u" requested date"};
        if (stage == 2)
            result << QStringLiteral("date escalated") << QStringLiteral("escalated")
                   << QStringLiteral("escalation date") << QStringLiteral("escalated to stage 2");
        if (stage == 3)
            result << QStringLiteral("panel requested") << QStringLiteral("escalated to stage 3");
        return result;
    }
    if (key == u"responded_on")
        return {u"stage " + n + u" response", u"stage " + n + u" response date"};
    if (key == u"outcome")
        return {u"stage " + n + u" finding"};
    return {};
}

QList<ImportField> makeFields()
{
    QList<ImportField> f{
        field("reference", "Reference", T::Text, {"redress reference"}),
        field("source_reference", "Source reference", T::Text,
              {"ref", "ref no", "complaint ref", "complaint reference", "reference", "case ref",
               "case reference", "case no", "case number", "log ref", "log reference",
               "reference number", "our ref"}),
        field("kind", "Kind", T::Code, {"type", "case type", "feedback type", "type of feedback"},
              "kind"),
        field("procedure", "Procedure", T::Code, {"statutory or corporate", "complaint procedure"},
              "procedure"),
        field("state", "State", T::Code,
              {"status", "case status", "current status", "status at year end"}, "state"),
        field("received_on", "Received", T::Date,
              {"date received", "received", "received date", "date of receipt", "date logged",
               "date complaint received", "receipt date", "date rec d", "date recd"}),
        field("matter_arose", "Matter arose", T::Date,
              {"date matter arose", "date of incident", "matter date"}),
        field("summary", "Summary", T::Text,
              {"details", "description", "nature of complaint", "complaint summary",
               "brief details", "complaint details", "summary of complaint"}),
        field("channel", "Channel", T::Code,
              {"how received", "method of receipt", "received via", "method", "how made",
               "contact method"},
              "channel"),
        field("team", "Team", T::Team, {"team name", "team service", "service team"}),
        // Headed "Service area", a column of teams is moved to the team by its values.
        field("service_area", "Service area", T::Team,
              {"service area", "service", "area", "service area name", "directorate"}),
        field("complainant_key", "Complainant id", T::Text, {"complainant number"}),
        field("complainant_name", "Complainant", T::Text,
              {"complainant name", "name", "name of complainant"}),
        field("complainant_email", "Complainant email", T::Text, {"email"}),
        field("complainant_phone", "Complainant phone", T::Text, {"phone", "telephone"}),
        field("complainant_address", "Complainant address", T::Text, {"address"}),
        field("complainant_postcode", "Complainant postcode", T::Text, {"postcode", "post code"}),
        field("complainant_ward", "Complainant ward", T::Text, {"ward"}),
        field("complainant_age_band", "Complainant age band", T::Text, {"age band", "age"}),
        field("complainant_ethnicity", "Complainant ethnicity", T::Text, {"ethnicity"}),
        field("complainant_disability", "Complainant disability", T::Text, {"disability"}),
        field("complainant_anonymous", "Complainant anonymous", T::Flag, {"anonymous"}),
        field(
            "complainant_role", "Complainant role", T::Code,
            {"complainant type", "who complained", "relationship", "role", "relationship to child"},
            "complainant_role"),
        field("advocacy_offered", "Advocacy offered", T::Flag, {"advocate offered"}),
        field("advocate_provided_by", "Advocate provided by", T::Text,
              {"advocate", "advocacy provider", "advocacy"}),
        field("officer", "Officer", T::Text,
              {"complaints officer", "case officer", "handled by", "logged by"}),
        field("time_limit_waiver_reason", "Time limit waiver reason", T::Text),
        field("publishable", "Publishable", T::Flag),
        field("compliment_theme", "Compliment theme", T::Code,
              {"compliment theme", "theme of compliment", "compliment about"}, "compliment_theme"),
        field("previous_complaint", "Previous complaint", T::Flag,
              {"previous complainant", "complained before", "has complained before",
               "repeat complainant", "previous complaints", "previous complaint y n"}),
        field("times_reopened", "Times re-opened", T::Number,
              {"re opened", "reopened", "times reopened", "number of times re opened",
               "no of times re opened", "re opened count", "reopened count"}),
        field("reopened_dates", "Dates re-opened", T::Text,
              {"date re opened", "dates re opened", "re opened on", "date reopened",
               "dates reopened", "reopened on", "re opened date", "reopened date"}),
        field("closed_on", "Closed", T::Date, {"date closed", "closed date", "closure date"}),
        field("categories", "Categories", T::CodeList,
              {"category", "complaint category", "type of complaint", "nature", "issue"},
              "category"),
        field("child_reference", "Child reference", T::Text,
              {"child ref", "child id", "lcs ref", "mosaic id", "child number"}),
        field("child_status", "Child status", T::Code,
              {"child s status", "status of child", "child status at time"}, "child_status"),
        field("remedies", "Remedies", T::CodeList, {"remedy", "remedy type"}, "remedy_type"),
        field("compensation", "Compensation", T::Money,
              {"compensation paid", "financial remedy", "amount paid", "payment"}),
        field("lgsco_reference", "LGSCO reference", T::Text, {"ombudsman reference"}),
        field("lgsco_decision", "LGSCO decision", T::Code, {"ombudsman decision"},
              "lgsco_decision"),
        field("lgsco_decision_wording", "LGSCO decision as worded", T::Text,
              {"ombudsman decision wording", "lgsco decision wording"}),
        field("lgsco_decided_on", "LGSCO decided", T::Date, {"ombudsman decision date"}),
        field("lgsco_fault", "LGSCO fault found", T::Flag),
        field("lgsco_injustice", "LGSCO injustice found", T::Flag),
        field("lgsco_remedy_already_provided", "LGSCO satisfactory remedy already provided",
              T::Flag),
        field("links", "Links", T::Text),
    };
    for (int stage = 1; stage <= 3; ++stage) {
        for (const StageFieldInfo& info : stageFieldInfo) {
            const QString key = QString::fromLatin1(info.key);
            ImportField s;
            s.code = QStringLiteral("stage%1.%2").arg(stage).arg(key);
            s.header = QStringLiteral("Stage %1 %2").arg(stage).arg(QLatin1String(info.header));
            s.type = info.type;
            s.vocabulary = QString::fromLatin1(info.vocabulary);
            s.synonyms = stageSynonyms(stage, key);
            s.stage = stage;
            s.stageKey = key;
            f.append(s);
        }
    }
    f << field("points_json", "Points (JSON)", T::Json)
      << field("children_json", "Children (JSON)", T::Json)
      << field("suspensions_json", "Suspensions (JSON)", T::Json)
      << field("remedies_json", "Remedies (JSON)", T::Json)
      << field("learning_json", "Learning actions (JSON)", T::Json)
      << field("staff_json", "Staff named (JSON)", T::Json)
      << field("costs_json", "Costs (JSON)", T::Json)
      << field("reopenings_json", "Reopenings (JSON)", T::Json)
      << field("notes_json", "Notes (JSON)", T::Json)
      << field("lgsco_recommendations_json", "LGSCO recommendations (JSON)", T::Json);
    return f;
}

} // namespace

const QList<ImportField>& importFields()
{
    static const QList<ImportField> fields = makeFields();
    return fields;
}

const QList<ImportField>& stageRowFields()
{
    static const QList<ImportField> fields{
        field("stage", "Stage", T::Code,
              {"stage", "complaint stage", "stage of complaint", "representation stage"}, "stage"),
        field("linked_reference", "Linked reference", T::Text,
              {"linked reference", "linked ref", "previous reference", "stage 1 reference",
               "stage 1 ref", "original reference", "original complaint", "parent reference",
               "related reference", "earlier reference", "escalated from"}),
    };
    return fields;
}

const ImportField* importField(QStringView code)
{
    for (const ImportField& f : importFields())
        if (f.code == code)
            return &f;
    for (const ImportField& f : stageRowFields())
        if (f.code == code)
            return &f;
    return nullptr;
}

QString normalisedHeading(const QString& heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w]+"));
    return heading.toLower().replace(punctuation, QStringLiteral(" ")).simplified();
}

} // namespace redress::import
