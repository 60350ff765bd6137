#include "CaseCells.h"

#include "import/CaseDetailsJson.h"
#include "util/UkFormat.h"

#include <QJsonDocument>

namespace redress::exporting {

namespace {

using StageGetter = CaseCells::StageGetter;
using CaseGetter = CaseCells::CaseGetter;
using Vocabulary = import::ImportVocabulary;

// Each stage column's value, by its key.
const std::pair<QStringView, StageGetter> stageGetters[] = {
    {u"requested_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.requestedOn);
     }},
    {u"acknowledged_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.acknowledgedOn);
     }},
    {u"io_appointed_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.investigatingOfficerAppointedOn);
     }},
    {u"ip_appointed_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.independentPersonAppointedOn);
     }},
    {u"statement_agreed_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.statementAgreedOn);
     }},
    {u"report_received_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.reportReceivedOn);
     }},
    {u"panel_held_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.panelHeldOn);
     }},
    {u"panel_report_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.panelReportOn);
     }},
    {u"responded_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.respondedOn);
     }},
    {u"extended",
     [](const Stage& s, ExportRow& row) {
         row.addYesNo(s.extendedToDays > 0);
     }},
    {u"extended_to_days",
     [](const Stage& s, ExportRow& row) {
         if (s.extendedToDays > 0)
             row.addInteger(s.extendedToDays);
         else
             row.addEmpty();
     }},
    {u"extension_agreed_on",
     [](const Stage& s, ExportRow& row) {
         row.addDate(s.extensionAgreedOn);
     }},
    {u"extension_reason",
     [](const Stage& s, ExportRow& row) {
         row.addText(s.extensionReason);
     }},
    {u"ombudsman_details_given",
     [](const Stage& s, ExportRow& row) {
         row.addYesNo(s.ombudsmanDetailsGiven);
     }},
    {u"outcome",
     [](const Stage& s, ExportRow& row) {
         row.addText(s.outcomeCode);
     }},
    {u"outcome_overridden",
     [](const Stage& s, ExportRow& row) {
         row.addYesNo(s.outcomeOverridden);
     }},
    {u"responding_manager",
     [](const Stage& s, ExportRow& row) {
         row.addText(s.respondingManager);
     }},
    {u"investigating_officer",
     [](const Stage& s, ExportRow& row) {
         row.addText(s.investigatingOfficer);
     }},
    {u"independent_person",
     [](const Stage& s, ExportRow& row) {
         row.addText(s.independentPerson);
     }},
    {u"panel_chair",
     [](const Stage& s, ExportRow& row) {
         row.addText(s.panelChair);
     }},
    {u"escalation_waiver_reason",
     [](const Stage& s, ExportRow& row) {
         row.addText(s.escalationWaiverReason);
     }},
    {u"before_log",
     [](const Stage& s, ExportRow& row) {
         row.addYesNo(s.beforeLog);
     }},
};

// Each case column's value, by its code.
const std::pair<QStringView, CaseGetter> caseGetters[] = {
    {u"reference",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.reference);
     }},
    {u"source_reference",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.sourceReference);
     }},
    {u"kind",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(caseKindCode(c.kind));
     }},
    {u"procedure",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(procedureCode(c.procedure));
     }},
    {u"state",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(caseStateCode(c.state));
     }},
    {u"received_on",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addDate(c.receivedOn);
     }},
    {u"matter_arose",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addDate(c.matterArose);
     }},
    {u"summary",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.summary);
     }},
    {u"channel",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.channelCode);
     }},
    {u"team",
     [](const Case& c, const Vocabulary& vocabulary, ExportRow& row) {
         row.addText(vocabulary.orgUnitCode(c.teamId));
     }},
    {u"service_area",
     [](const Case& c, const Vocabulary& vocabulary, ExportRow& row) {
         row.addText(vocabulary.orgUnitCode(c.serviceAreaId));
     }},
    {u"complainant_key",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         if (p.id > 0)
             row.addUtf8(QByteArray::number(p.id));
         else
             row.addEmpty();
     }},
    {u"complainant_name",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.fullName);
     }},
    {u"complainant_email",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.email);
     }},
    {u"complainant_phone",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.phone);
     }},
    {u"complainant_address",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.address);
     }},
    {u"complainant_postcode",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.postcode);
     }},
    {u"complainant_ward",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.ward);
     }},
    {u"complainant_age_band",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.ageBand);
     }},
    {u"complainant_ethnicity",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.ethnicity);
     }},
    {u"complainant_disability",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addText(p.disability);
     }},
    {u"complainant_anonymous",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         const Person& p = c.complainant;
         row.addYesNo(p.anonymous);
     }},
    {u"complainant_role",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.complainantRoleCode);
     }},
    {u"advocacy_offered",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addYesNo(c.advocacyOffered);
     }},
    {u"advocate_provided_by",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.advocateProvidedBy);
     }},
    {u"officer",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.officer);
     }},
    {u"time_limit_waiver_reason",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.timeLimitWaiverReason);
     }},
    {u"publishable",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addYesNo(c.publishable);
     }},
    {u"compliment_theme",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.complimentThemeCode);
     }},
    {u"previous_complaint",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addYesNo(c.previousComplaint);
     }},
    {u"times_reopened",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         if (c.timesReopened() > 0)
             row.addInteger(c.timesReopened());
         else
             row.addEmpty();
     }},
    {u"reopened_dates",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         QStringList dates;
         for (const Reopening& reopening : c.reopenings)
             dates << ukDate(reopening.reopenedOn);
         row.addText(dates.join(QStringLiteral("; ")));
     }},
    {u"closed_on",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addDate(c.closedOn);
     }},
    {u"categories",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         QStringList codes;
         for (const ComplaintPoint& point : c.points)
             if (!point.categoryCode.isEmpty() && !codes.contains(point.categoryCode))
                 codes << point.categoryCode;
         row.addText(codes.join(QStringLiteral("; ")));
     }},
    {u"child_reference",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         if (c.children.isEmpty())
             row.addEmpty();
         else
             row.addText(c.children.first().socialCareReference);
     }},
    {u"child_status",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         if (c.children.isEmpty())
             row.addEmpty();
         else
             row.addText(c.children.first().statusCode);
     }},
    {u"remedies",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         QStringList codes;
         for (const Remedy& remedy : c.remedies)
             if (!codes.contains(remedy.typeCode))
                 codes << remedy.typeCode;
         row.addText(codes.join(QStringLiteral("; ")));
     }},
    {u"compensation",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         qint64 pence = 0;
         for (const Remedy& remedy : c.remedies)
             pence += remedy.amountPence;
         if (pence > 0)
             row.addMoney(double(pence) / 100.0);
         else
             row.addEmpty();
     }},
    {u"lgsco_reference",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.ombudsman.lgscoReference);
     }},
    {u"lgsco_decision",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.ombudsman.decisionCode);
     }},
    {u"lgsco_decision_wording",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addText(c.ombudsman.decisionWording);
     }},
    {u"lgsco_decided_on",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addDate(c.ombudsman.decidedOn);
     }},
    {u"lgsco_fault",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addYesNo(c.ombudsman.faultFound);
     }},
    {u"lgsco_injustice",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addYesNo(c.ombudsman.injusticeFound);
     }},
    {u"lgsco_remedy_already_provided",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         row.addYesNo(c.ombudsman.satisfactoryRemedyAlreadyProvided);
     }},
    {u"links",
     [](const Case& c, const Vocabulary&, ExportRow& row) {
         QStringList links;
         for (const CaseLink& link : c.links)
             links << link.kind + u':' + link.otherReference;
         row.addText(links.join(QStringLiteral("; ")));
     }},
};

} // namespace

CaseCells::CaseCells(const import::ImportVocabulary& vocabulary)
    : m_vocabulary(vocabulary),
      // Teams travel by code, so an export imports into another database.
      m_unitCode(
          [&vocabulary](qint64 unitId) -> QJsonValue { return vocabulary.orgUnitCode(unitId); })
{
    for (const import::ImportField& field : import::importFields())
        m_readers << readerFor(field);
}

void CaseCells::addHeadings(ExportRow& row)
{
    row.clear();
    for (const import::ImportField& field : import::importFields())
        row.addText(field.header);
}

void CaseCells::fill(const Case& record, ExportRow& row) const
{
    row.clear();
    for (const Reader& reader : m_readers)
        add(reader, record, row);
}

void CaseCells::addCell(const import::ImportField& field, const Case& record,
                        const import::ImportVocabulary& vocabulary, ExportRow& row)
{
    CaseCells(vocabulary).add(readerFor(field), record, row);
}

CaseCells::Reader CaseCells::readerFor(const import::ImportField& field)
{
    Reader reader;
    if (field.stage > 0) {
        reader.stage = field.stage;
        for (const auto& [key, getter] : stageGetters)
            if (key == field.stageKey)
                reader.stageGetter = getter;
        return reader;
    }
    if (field.type == import::FieldType::Json) {
        reader.jsonPart = import::details::partOf(field.code);
        if (!reader.jsonPart)
            reader.jsonCode = field.code;
        return reader;
    }
    for (const auto& [code, getter] : caseGetters)
        if (code == field.code)
            reader.caseGetter = getter;
    return reader;
}

void CaseCells::add(const Reader& reader, const Case& record, ExportRow& row) const
{
    if (reader.stage > 0) {
        const Stage* stage = record.stage(reader.stage);
        if (stage && reader.stageGetter)
            reader.stageGetter(*stage, row);
        else
            row.addEmpty();
    } else if (reader.jsonPart) {
        // Written from CaseJson's array straight to UTF-8 (as import::details::toJson writes
        // it) rather than through a QString and back.
        const QJsonArray list = CaseJson::part(*reader.jsonPart, record, m_unitCode);
        if (list.isEmpty())
            row.addEmpty();
        else
            row.addUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    } else if (!reader.jsonCode.isEmpty()) {
        row.addText(import::details::toJson(reader.jsonCode, record, m_vocabulary));
    } else if (reader.caseGetter) {
        reader.caseGetter(record, m_vocabulary, row);
    } else {
        row.addEmpty();
    }
}

} // namespace redress::exporting
