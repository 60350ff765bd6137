#include "CaseExporter.h"

#include "export/XlsxWriter.h"
#include "import/CaseDetailsJson.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Csv.h"

#include <QCoreApplication>
#include <QSaveFile>

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

QVariant stageValue(const import::ImportField& field, const Stage& s)
{
    const QString& k = field.stageKey;
    if (k == u"requested_on")
        return dateCell(s.requestedOn);
    if (k == u"acknowledged_on")
        return dateCell(s.acknowledgedOn);
    if (k == u"io_appointed_on")
        return dateCell(s.investigatingOfficerAppointedOn);
    if (k == u"ip_appointed_on")
        return dateCell(s.independentPersonAppointedOn);
    if (k == u"statement_agreed_on")
        return dateCell(s.statementAgreedOn);
    if (k == u"report_received_on")
        return dateCell(s.reportReceivedOn);
    if (k == u"panel_held_on")
        return dateCell(s.panelHeldOn);
    if (k == u"panel_report_on")
        return dateCell(s.panelReportOn);
    if (k == u"responded_on")
        return dateCell(s.respondedOn);
    if (k == u"extended")
        return yesNo(s.extendedToDays > 0);
    if (k == u"extended_to_days")
        return s.extendedToDays > 0 ? QVariant(s.extendedToDays) : QVariant();
    if (k == u"extension_agreed_on")
        return dateCell(s.extensionAgreedOn);
    if (k == u"extension_reason")
        return textCell(s.extensionReason);
    if (k == u"ombudsman_details_given")
        return yesNo(s.ombudsmanDetailsGiven);
    if (k == u"outcome")
        return textCell(s.outcomeCode);
    if (k == u"outcome_overridden")
        return yesNo(s.outcomeOverridden);
    if (k == u"responding_manager")
        return textCell(s.respondingManager);
    if (k == u"investigating_officer")
        return textCell(s.investigatingOfficer);
    if (k == u"independent_person")
        return textCell(s.independentPerson);
    if (k == u"panel_chair")
        return textCell(s.panelChair);
    if (k == u"escalation_waiver_reason")
        return textCell(s.escalationWaiverReason);
    if (k == u"before_log")
        return yesNo(s.beforeLog);
    return {};
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
    using import::FieldType;
    if (field.stage > 0) {
        const Stage* stage = c.stage(field.stage);
        return stage ? stageValue(field, *stage) : QVariant();
    }
    if (field.type == FieldType::Json)
        return textCell(import::details::toJson(field.code, c, vocabulary));
    const QString& k = field.code;
    const Person& p = c.complainant;
    if (k == u"reference")
        return c.reference;
    if (k == u"source_reference")
        return textCell(c.sourceReference);
    if (k == u"kind")
        return caseKindCode(c.kind);
    if (k == u"procedure")
        return textCell(procedureCode(c.procedure));
    if (k == u"state")
        return caseStateCode(c.state);
    if (k == u"received_on")
        return dateCell(c.receivedOn);
    if (k == u"matter_arose")
        return dateCell(c.matterArose);
    if (k == u"summary")
        return textCell(c.summary);
    if (k == u"channel")
        return textCell(c.channelCode);
    if (k == u"team")
        return textCell(vocabulary.orgUnitCode(c.teamId));
    if (k == u"service_area")
        return textCell(vocabulary.orgUnitCode(c.serviceAreaId));
    if (k == u"complainant_key")
        return p.id > 0 ? QVariant(QString::number(p.id)) : QVariant();
    if (k == u"complainant_name")
        return textCell(p.fullName);
    if (k == u"complainant_email")
        return textCell(p.email);
    if (k == u"complainant_phone")
        return textCell(p.phone);
    if (k == u"complainant_address")
        return textCell(p.address);
    if (k == u"complainant_postcode")
        return textCell(p.postcode);
    if (k == u"complainant_ward")
        return textCell(p.ward);
    if (k == u"complainant_age_band")
        return textCell(p.ageBand);
    if (k == u"complainant_ethnicity")
        return textCell(p.ethnicity);
    if (k == u"complainant_disability")
        return textCell(p.disability);
    if (k == u"complainant_anonymous")
        return yesNo(p.anonymous);
    if (k == u"complainant_role")
        return textCell(c.complainantRoleCode);
    if (k == u"advocacy_offered")
        return yesNo(c.advocacyOffered);
    if (k == u"advocate_provided_by")
        return textCell(c.advocateProvidedBy);
    if (k == u"officer")
        return textCell(c.officer);
    if (k == u"time_limit_waiver_reason")
        return textCell(c.timeLimitWaiverReason);
    if (k == u"publishable")
        return yesNo(c.publishable);
    if (k == u"previous_complaint")
        return yesNo(c.previousComplaint);
    if (k == u"times_reopened")
        return c.timesReopened() > 0 ? QVariant(c.timesReopened()) : QVariant();
    if (k == u"closed_on")
        return dateCell(c.closedOn);
    if (k == u"categories") {
        QStringList codes;
        for (const ComplaintPoint& point : c.points)
            if (!point.categoryCode.isEmpty() && !codes.contains(point.categoryCode))
                codes << point.categoryCode;
        return textCell(codes.join(QStringLiteral("; ")));
    }
    if (k == u"child_reference")
        return c.children.isEmpty() ? QVariant() : textCell(c.children.first().socialCareReference);
    if (k == u"child_status")
        return c.children.isEmpty() ? QVariant() : textCell(c.children.first().statusCode);
    if (k == u"remedies") {
        QStringList codes;
        for (const Remedy& remedy : c.remedies)
            if (!codes.contains(remedy.typeCode))
                codes << remedy.typeCode;
        return textCell(codes.join(QStringLiteral("; ")));
    }
    if (k == u"compensation") {
        qint64 pence = 0;
        for (const Remedy& remedy : c.remedies)
            pence += remedy.amountPence;
        return pence > 0 ? QVariant(double(pence) / 100.0) : QVariant();
    }
    if (k == u"lgsco_reference")
        return textCell(c.ombudsman.lgscoReference);
    if (k == u"lgsco_decision")
        return textCell(c.ombudsman.decisionCode);
    if (k == u"lgsco_decision_wording")
        return textCell(c.ombudsman.decisionWording);
    if (k == u"lgsco_decided_on")
        return dateCell(c.ombudsman.decidedOn);
    if (k == u"lgsco_fault")
        return yesNo(c.ombudsman.faultFound);
    if (k == u"lgsco_injustice")
        return yesNo(c.ombudsman.injusticeFound);
    if (k == u"lgsco_remedy_already_provided")
        return yesNo(c.ombudsman.satisfactoryRemedyAlreadyProvided);
    if (k == u"links") {
        QStringList links;
        for (const CaseLink& link : c.links)
            links << link.kind + u':' + link.otherReference;
        return textCell(links.join(QStringLiteral("; ")));
    }
    return {};
}

Status CaseExporter::forEachRow(QDate from, QDate to,
                                const std::function<void(const QVariantList&)>& onRow,
                                const std::function<bool(double)>& progress)
{
    auto vocabulary = import::ImportVocabulary::load(m_database);
    if (!vocabulary)
        return Error{vocabulary.error()};
    QString statement = QStringLiteral("SELECT id FROM cases WHERE 1 = 1");
    QVariantList values;
    if (from.isValid()) {
        statement += QStringLiteral(" AND received_on >= ?");
        values << sql::date(from);
    }
    if (to.isValid()) {
        statement += QStringLiteral(" AND received_on <= ?");
        values << sql::date(to);
    }
    if (m_viewer) {
        statement += QStringLiteral(" AND ") + CaseQuery::visibleTo(QStringLiteral("id"));
        values << *m_viewer;
    }
    statement += QStringLiteral(" ORDER BY received_on, id");
    auto query = sql::exec(m_database.sql(), statement, values);
    if (!query)
        return Error{query.error()};
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());

    QVariantList heading;
    for (const QString& text : headings())
        heading << text;
    onRow(heading);
    // One case at a time, written as it is read: a million cases never sit in memory.
    CaseRepository cases(m_database);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto record = cases.load(ids.at(i));
        if (!record)
            return Error{record.error()};
        QVariantList row;
        row.reserve(import::importFields().size());
        for (const import::ImportField& field : import::importFields())
            row << value(field, record.value(), vocabulary.value());
        onRow(row);
        if (progress && i % 100 == 0 && !progress(double(i) / double(ids.size())))
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
        XlsxWriter writer(Text::tr("Cases"));
        const Status read = forEachRow(
            from, to,
            [&](const QVariantList& row) {
                writer.addRow(row);
                ++count;
            },
            progress);
        if (!read)
            return Error{read.error()};
        if (Status saved = writer.save(path); !saved)
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
