// The fields of a council's own log that Redress's first shape had no place for: the service
// area apart from the team, a previous-complaint flag, how many times a case was re-opened,
// the Ombudsman's decision in the log's wording, and a case suspended when the log was kept.
#include "ImportValidator_p.h"

#include <QRegularExpression>
#include <algorithm>

namespace redress::import {

namespace {

const OrgUnit* unitWithId(const ImportVocabulary& vocabulary, qint64 id)
{
    for (const OrgUnit& unit : vocabulary.units())
        if (unit.id == id)
            return &unit;
    return nullptr;
}

} // namespace

void ImportValidator::assembleLogFields(RowReader& row, Case& record) const
{
    const QString area = QStringLiteral("service_area");
    if (const qint64 id = row.team(area)) {
        const OrgUnit* unit = unitWithId(m_vocabulary, id);
        if (unit && unit->level == u"team")
            row.problem(area, Text::tr("\"%1\" is a team, not a service area; map the column "
                                       "to the team, or give the team's service area")
                                  .arg(row.text(area)));
        else
            record.serviceAreaId = id;
    }

    record.previousComplaint = row.flag(QStringLiteral("previous_complaint"));

    // A log's advocate is the child's: the advocacy table counts children by status and by
    // the service that provided their advocate. A Redress export lists its children itself.
    if (!m_columns.contains(QStringLiteral("children_json")) &&
        record.kind == CaseKind::Complaint &&
        (record.advocacyOffered || !record.advocateProvidedBy.isEmpty())) {
        if (record.children.isEmpty())
            record.children.append(ChildConcerned{});
        ChildConcerned& child = record.children.first();
        child.advocateOffered = true;
        if (child.advocateProvider.isEmpty())
            child.advocateProvider = record.advocateProvidedBy;
    }

    // The dates a log gives in one cell, unless a Redress export lists the re-openings whole.
    if (!m_columns.contains(QStringLiteral("reopenings_json")))
        readReopenedDates(row, record);

    // A count, or a log's Y/N for "was it re-opened"; the dated re-openings (a Redress
    // export's, or the log's dates) are among the count, not beside it.
    const QString reopened = QStringLiteral("times_reopened");
    const QVariant times = row.raw(reopened);
    if (!cell::isEmpty(times)) {
        int count = 0;
        if (const auto yes = ImportVocabulary::flag(cell::text(times));
            yes && !cell::wholeNumber(times))
            count = *yes ? 1 : 0;
        else
            count = row.number(reopened);
        if (count < 0)
            row.problem(reopened, Text::tr("a case cannot be re-opened %1 times").arg(count));
        record.reopenedUndated = std::max(0, count - int(record.reopenings.size()));
    }

    // The code is what reports count; the wording is what the log (and the Ombudsman) said.
    record.ombudsman.decisionWording = row.text(QStringLiteral("lgsco_decision_wording"));
    if (record.ombudsman.decisionWording.isEmpty() && !record.ombudsman.decisionCode.isEmpty())
        record.ombudsman.decisionWording = row.text(QStringLiteral("lgsco_decision"));
}

// "01/06/2020; 03/09/2020": the dates separated by semicolons, commas or new lines (or one
// date a spreadsheet holds as a date). Each is a re-opening; a date that is not one is a
// problem at the cell.
void ImportValidator::readReopenedDates(RowReader& row, Case& record) const
{
    const QString code = QStringLiteral("reopened_dates");
    const QVariant value = row.raw(code);
    if (cell::isEmpty(value))
        return;
    QVariantList dates;
    if (value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QDateTime) {
        dates << value;
    } else {
        static const QRegularExpression separators(QStringLiteral("[;,\\n\\r]+"));
        for (const QString& part : cell::text(value).split(separators, Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                dates << part.trimmed();
    }
    for (const QVariant& date : std::as_const(dates)) {
        auto parsed = cell::date(date, m_mapping.dateOrder);
        if (!parsed) {
            row.problem(code, parsed.error());
            continue;
        }
        if (parsed.value() > Clock::today()) {
            row.problem(code, Text::tr("%1 is in the future").arg(ukDate(parsed.value())));
            continue;
        }
        record.reopenings.append({parsed.value(), Text::tr("Re-opened, as the imported log says")});
    }
    std::sort(record.reopenings.begin(), record.reopenings.end(),
              [](const Reopening& a, const Reopening& b) { return a.reopenedOn < b.reopenedOn; });
}

// A log says a case was suspended without saying since when: its clock is stopped from the
// day it comes in, so the deadline it had stands and restarts when the suspension ends.
void ImportValidator::suspendAsLogged(Case& record) const
{
    if (record.state != CaseState::Suspended || record.stages.isEmpty() ||
        record.stages.last().isSuspended())
        return;
    Stage& stage = record.stages.last();
    const QDate from = std::max(stage.requestedOn, Clock::today());
    stage.suspensions.append({0, from, {}, Text::tr("Suspended in the imported log")});
}

} // namespace redress::import
