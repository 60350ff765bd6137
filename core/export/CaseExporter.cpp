#include "CaseExporter.h"

#include "export/CaseBatchReader.h"
#include "export/XlsxWriter.h"
#include "import/CaseDetailsJson.h"
#include "storage/Database.h"
#include "util/Csv.h"
#include "util/SafeOutput.h"
#include "util/UkFormat.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>

namespace redress::exporting {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseExporter)
};

QVariant dateCell(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

QVariant textCell(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Y") : QStringLiteral("N");
}

using StageGetter = QVariant (*)(const Stage&);

// Each stage column's value, by its key.
const std::pair<QStringView, StageGetter> stageGetters[] = {
    {u"requested_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.requestedOn);
     }},
    {u"acknowledged_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.acknowledgedOn);
     }},
    {u"io_appointed_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.investigatingOfficerAppointedOn);
     }},
    {u"ip_appointed_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.independentPersonAppointedOn);
     }},
    {u"statement_agreed_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.statementAgreedOn);
     }},
    {u"report_received_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.reportReceivedOn);
     }},
    {u"panel_held_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.panelHeldOn);
     }},
    {u"panel_report_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.panelReportOn);
     }},
    {u"responded_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.respondedOn);
     }},
    {u"extended",
     [](const Stage& s) -> QVariant {
         return yesNo(s.extendedToDays > 0);
     }},
    {u"extended_to_days",
     [](const Stage& s) -> QVariant {
         return s.extendedToDays > 0 ? QVariant(s.extendedToDays) : QVariant();
     }},
    {u"extension_agreed_on",
     [](const Stage& s) -> QVariant {
         return dateCell(s.extensionAgreedOn);
     }},
    {u"extension_reason",
     [](const Stage& s) -> QVariant {
         return textCell(s.extensionReason);
     }},
    {u"ombudsman_details_given",
     [](const Stage& s) -> QVariant {
         return yesNo(s.ombudsmanDetailsGiven);
     }},
    {u"outcome",
     [](const Stage& s) -> QVariant {
         return textCell(s.outcomeCode);
     }},
    {u"outcome_overridden",
     [](const Stage& s) -> QVariant {
         return yesNo(s.outcomeOverridden);
     }},
    {u"responding_manager",
     [](const Stage& s) -> QVariant {
         return textCell(s.respondingManager);
     }},
    {u"investigating_officer",
     [](const Stage& s) -> QVariant {
         return textCell(s.investigatingOfficer);
     }},
    {u"independent_person",
     [](const Stage& s) -> QVariant {
         return textCell(s.independentPerson);
     }},
    {u"panel_chair",
     [](const Stage& s) -> QVariant {
         return textCell(s.panelChair);
     }},
    {u"escalation_waiver_reason",
     [](const Stage& s) -> QVariant {
         return textCell(s.escalationWaiverReason);
     }},
    {u"before_log",
     [](const Stage& s) -> QVariant {
         return yesNo(s.beforeLog);
     }},
};

using Vocabulary = import::ImportVocabulary;
using CaseGetter = QVariant (*)(const Case&, const Vocabulary&);

// Each case column's value, by its code.
const std::pair<QStringView, CaseGetter> caseGetters[] = {
    {u"reference",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return c.reference;
     }},
    {u"source_reference",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.sourceReference);
     }},
    {u"kind",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return caseKindCode(c.kind);
     }},
    {u"procedure",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(procedureCode(c.procedure));
     }},
    {u"state",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return caseStateCode(c.state);
     }},
    {u"received_on",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return dateCell(c.receivedOn);
     }},
    {u"matter_arose",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return dateCell(c.matterArose);
     }},
    {u"summary",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.summary);
     }},
    {u"channel",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.channelCode);
     }},
    {u"team",
     [](const Case& c, const Vocabulary& vocabulary) -> QVariant {
         return textCell(vocabulary.orgUnitCode(c.teamId));
     }},
    {u"service_area",
     [](const Case& c, const Vocabulary& vocabulary) -> QVariant {
         return textCell(vocabulary.orgUnitCode(c.serviceAreaId));
     }},
    {u"complainant_key",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return p.id > 0 ? QVariant(QString::number(p.id)) : QVariant();
     }},
    {u"complainant_name",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.fullName);
     }},
    {u"complainant_email",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.email);
     }},
    {u"complainant_phone",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.phone);
     }},
    {u"complainant_address",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.address);
     }},
    {u"complainant_postcode",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.postcode);
     }},
    {u"complainant_ward",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.ward);
     }},
    {u"complainant_age_band",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.ageBand);
     }},
    {u"complainant_ethnicity",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.ethnicity);
     }},
    {u"complainant_disability",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return textCell(p.disability);
     }},
    {u"complainant_anonymous",
     [](const Case& c, const Vocabulary&) -> QVariant {
         const Person& p = c.complainant;
         return yesNo(p.anonymous);
     }},
    {u"complainant_role",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.complainantRoleCode);
     }},
    {u"advocacy_offered",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return yesNo(c.advocacyOffered);
     }},
    {u"advocate_provided_by",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.advocateProvidedBy);
     }},
    {u"officer",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.officer);
     }},
    {u"time_limit_waiver_reason",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.timeLimitWaiverReason);
     }},
    {u"publishable",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return yesNo(c.publishable);
     }},
    {u"compliment_theme",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.complimentThemeCode);
     }},
    {u"previous_complaint",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return yesNo(c.previousComplaint);
     }},
    {u"times_reopened",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return c.timesReopened() > 0 ? QVariant(c.timesReopened()) : QVariant();
     }},
    {u"reopened_dates",
     [](const Case& c, const Vocabulary&) -> QVariant {
         QStringList dates;
         for (const Reopening& reopening : c.reopenings)
             dates << ukDate(reopening.reopenedOn);
         return textCell(dates.join(QStringLiteral("; ")));
     }},
    {u"closed_on",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return dateCell(c.closedOn);
     }},
    {u"categories",
     [](const Case& c, const Vocabulary&) -> QVariant {
         QStringList codes;
         for (const ComplaintPoint& point : c.points)
             if (!point.categoryCode.isEmpty() && !codes.contains(point.categoryCode))
                 codes << point.categoryCode;
         return textCell(codes.join(QStringLiteral("; ")));
     }},
    {u"child_reference",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return c.children.isEmpty() ? QVariant()
                                     : textCell(c.children.first().socialCareReference);
     }},
    {u"child_status",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return c.children.isEmpty() ? QVariant() : textCell(c.children.first().statusCode);
     }},
    {u"remedies",
     [](const Case& c, const Vocabulary&) -> QVariant {
         QStringList codes;
         for (const Remedy& remedy : c.remedies)
             if (!codes.contains(remedy.typeCode))
                 codes << remedy.typeCode;
         return textCell(codes.join(QStringLiteral("; ")));
     }},
    {u"compensation",
     [](const Case& c, const Vocabulary&) -> QVariant {
         qint64 pence = 0;
         for (const Remedy& remedy : c.remedies)
             pence += remedy.amountPence;
         return pence > 0 ? QVariant(double(pence) / 100.0) : QVariant();
     }},
    {u"lgsco_reference",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.ombudsman.lgscoReference);
     }},
    {u"lgsco_decision",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.ombudsman.decisionCode);
     }},
    {u"lgsco_decision_wording",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return textCell(c.ombudsman.decisionWording);
     }},
    {u"lgsco_decided_on",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return dateCell(c.ombudsman.decidedOn);
     }},
    {u"lgsco_fault",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return yesNo(c.ombudsman.faultFound);
     }},
    {u"lgsco_injustice",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return yesNo(c.ombudsman.injusticeFound);
     }},
    {u"lgsco_remedy_already_provided",
     [](const Case& c, const Vocabulary&) -> QVariant {
         return yesNo(c.ombudsman.satisfactoryRemedyAlreadyProvided);
     }},
    {u"links",
     [](const Case& c, const Vocabulary&) -> QVariant {
         QStringList links;
         for (const CaseLink& link : c.links)
             links << link.kind + u':' + link.otherReference;
         return textCell(links.join(QStringLiteral("; ")));
     }},
};

// How one column is read from a case, found once per export: comparing the field's code with
// every column's for every cell took a tenth of the export's time.
struct FieldReader
{
    int stage = 0;                     // a stage's column: of this stage,
    StageGetter stageGetter = nullptr; // read by this
    QString jsonCode;                  // a JSON list's column
    CaseGetter caseGetter = nullptr;   // any other column
};

FieldReader readerFor(const import::ImportField& field)
{
    FieldReader reader;
    if (field.stage > 0) {
        reader.stage = field.stage;
        for (const auto& [key, getter] : stageGetters)
            if (key == field.stageKey)
                reader.stageGetter = getter;
        return reader;
    }
    if (field.type == import::FieldType::Json) {
        reader.jsonCode = field.code;
        return reader;
    }
    for (const auto& [code, getter] : caseGetters)
        if (code == field.code)
            reader.caseGetter = getter;
    return reader;
}

QVariant read(const FieldReader& reader, const Case& c, const import::ImportVocabulary& vocabulary)
{
    if (reader.stage > 0) {
        const Stage* stage = c.stage(reader.stage);
        return stage && reader.stageGetter ? reader.stageGetter(*stage) : QVariant();
    }
    if (!reader.jsonCode.isEmpty())
        return textCell(import::details::toJson(reader.jsonCode, c, vocabulary));
    return reader.caseGetter ? reader.caseGetter(c, vocabulary) : QVariant();
}

QString csvText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', 2);
    default:
        return value.toString();
    }
}

} // namespace

QStringList CaseExporter::headings()
{
    QStringList result;
    for (const import::ImportField& field : import::importFields())
        result << field.header;
    return result;
}

QVariant CaseExporter::value(const import::ImportField& field, const Case& c,
                             const import::ImportVocabulary& vocabulary)
{
    return read(readerFor(field), c, vocabulary);
}

Status CaseExporter::forEachRow(QDate from, QDate to,
                                const std::function<void(const QVariantList&)>& onRow,
                                const std::function<bool(double)>& progress)
{
    auto vocabulary = import::ImportVocabulary::load(m_database);
    if (!vocabulary)
        return Error{vocabulary.error()};
    // A batch of cases at a time, each written as it is read: a million cases never sit in
    // memory, and a batch costs a query per collection rather than a dozen per case.
    CaseBatchReader reader(m_database, from, to, m_viewer);
    auto total = reader.count();
    if (!total)
        return Error{total.error()};

    QVariantList heading;
    for (const QString& text : headings())
        heading << text;
    onRow(heading);
    QList<FieldReader> readers;
    for (const import::ImportField& field : import::importFields())
        readers << readerFor(field);
    QVariantList row;
    qint64 done = 0;
    for (;;) {
        auto batch = reader.next();
        if (!batch)
            return Error{batch.error()};
        if (batch->isEmpty())
            break;
        for (const Case& record : batch.value()) {
            row.clear();
            row.reserve(readers.size());
            for (const FieldReader& reader : readers)
                row << read(reader, record, vocabulary.value());
            onRow(row);
        }
        done += batch->size();
        if (progress && !progress(double(done) / double(std::max<qint64>(total.value(), 1))))
            return fail(Text::tr("The export was cancelled; no file was written"));
    }
    return {};
}

Result<QList<QVariantList>> CaseExporter::rows(QDate from, QDate to,
                                               const std::function<bool(double)>& progress)
{
    QList<QVariantList> result;
    const Status read = forEachRow(
        from, to, [&](const QVariantList& row) { result.append(row); }, progress);
    if (!read)
        return Error{read.error()};
    return result;
}

Result<qint64> CaseExporter::write(const QString& path, ExportFormat format, QDate from, QDate to,
                                   const std::function<bool(double)>& progress)
{
    if (from.isValid() && to.isValid() && to < from)
        return fail(Text::tr("The period ends (%1) before it starts (%2)")
                        .arg(to.toString(QStringLiteral("dd/MM/yyyy")),
                             from.toString(QStringLiteral("dd/MM/yyyy"))));
    qint64 count = -1; // the heading row is not a case
    if (format == ExportFormat::Xlsx) {
        // Written beside the target and moved over it only when complete: a failed or
        // cancelled export leaves no file.
        const Status saved = safeoutput::writeThrough(path, true, [&](const QString& part) {
            XlsxWriter writer(part, Text::tr("Cases"));
            Status added;
            const Status read = forEachRow(
                from, to,
                [&](const QVariantList& row) {
                    if (added)
                        added = writer.addRow(row);
                    ++count;
                },
                [&](double done) { return added && (!progress || progress(done)); });
            if (!added)
                return added;
            if (!read)
                return read;
            return writer.close();
        });
        if (!saved)
            return Error{saved.error()};
        return count;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    CsvWriter writer(file);
    const Status read = forEachRow(
        from, to,
        [&](const QVariantList& row) {
            QStringList fields;
            fields.reserve(row.size());
            for (const QVariant& cell : row)
                fields << csvText(cell);
            writer.writeRecord(fields);
            ++count;
        },
        progress);
    if (!read)
        return Error{read.error()}; // the QSaveFile is discarded: no file is written
    if (!writer.ok() || !file.commit())
        return fail(Text::tr("%1 could not be written in full: %2").arg(path, file.errorString()));
    return count;
}

} // namespace redress::exporting
