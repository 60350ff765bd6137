// The fields of a council's own log that Redress's first shape had no place for: the service
// area apart from the team, a previous-complaint flag, how many times a case was re-opened,
// the Ombudsman's decision in the log's wording, and a case suspended when the log was kept.
#include "ImportValidator_p.h"

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

    // A count, or a log's Y/N for "was it re-opened"; the dated re-openings a Redress export
    // lists are among the count, not beside it.
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
