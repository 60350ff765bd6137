#include "ProcedureSuggestion.h"

#include <QCoreApplication>

namespace redress {

namespace {
// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureSuggestion)
};
} // namespace

ProcedureSuggestion::Table ProcedureSuggestion::defaultTable()
{
    Table table;
    // s.26(3) Children Act 1989: the child, a parent, anyone with parental responsibility, a
    // local authority foster carer, special guardians and adopters, and anyone the council
    // considers to have a sufficient interest in the child's welfare (family, an advocate).
    for (const char* role : {"child", "care_leaver", "parent", "foster_carer", "special_guardian",
                             "adopter", "other_family", "advocate"})
        table.statutoryRoles.insert(QLatin1String(role), true);
    // Professionals, elected members and others complain on their own account; an anonymous
    // complainant cannot be shown to be eligible.
    for (const char* role : {"professional", "mp", "councillor", "other", "anonymous"})
        table.statutoryRoles.insert(QLatin1String(role), false);
    table.socialCareUnits.insert(QStringLiteral("childrens_social_care"));
    return table;
}

ProcedureSuggestion::ProcedureSuggestion(QList<OrgUnit> units, Table table)
    : m_units(std::move(units)), m_table(std::move(table))
{}

const OrgUnit* ProcedureSuggestion::unit(qint64 id) const
{
    for (const OrgUnit& u : m_units)
        if (u.id == id)
            return &u;
    return nullptr;
}

bool ProcedureSuggestion::isSocialCare(qint64 teamId) const
{
    // Walks up team → service → portfolio; the depth bound guards against a cycle.
    const OrgUnit* current = unit(teamId);
    for (int depth = 0; current && depth < 8; ++depth) {
        if (m_table.socialCareUnits.contains(current->code))
            return true;
        current = current->parentId ? unit(current->parentId) : nullptr;
    }
    return false;
}

ProcedureSuggestion::Suggestion ProcedureSuggestion::suggest(const QString& roleCode,
                                                             qint64 teamId) const
{
    const OrgUnit* team = unit(teamId);
    if (roleCode.isEmpty() || !team)
        return {Procedure::None,
                Text::tr("Choose the complainant's role and the team to get a suggestion")};
    const auto eligible = m_table.statutoryRoles.constFind(roleCode);
    if (eligible == m_table.statutoryRoles.cend() || !eligible.value())
        return {
            Procedure::Corporate,
            Text::tr(
                "Corporate: this complainant is not among those the children's statutory "
                "procedure hears (a child, a parent or carer, or someone acting for the child)")};
    if (!isSocialCare(teamId))
        return {Procedure::Corporate,
                Text::tr("Corporate: %1 is not a children's social care function").arg(team->name)};
    return {Procedure::Statutory,
            Text::tr("Children's statutory: a complaint by or for a child about "
                     "%1, a children's social care function")
                .arg(team->name)};
}

} // namespace redress
