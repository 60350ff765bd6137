#include "MissingValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace redress::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// "Family Support (North)" -> "family_support_north"
QString codeFor(const QString& wording)
{
    QString code = wording.toLower();
    static const QRegularExpression others(QStringLiteral("[^a-z0-9]+"));
    static const QRegularExpression ends(QStringLiteral("^_+|_+$"));
    code.replace(others, QStringLiteral("_"));
    code.remove(ends);
    return code.isEmpty() ? QStringLiteral("value") : code;
}

} // namespace

MissingValues::MissingValues(Database& database, const QString& actor)
    : m_reference(database, actor), m_kinds(database, actor)
{}

Result<QString> MissingValues::add(ImportVocabulary& vocabulary, const ImportField& field,
                                   const QString& value, bool write)
{
    if (!ImportVocabulary::isOpenList(field))
        return fail(Text::tr("Redress's %1 values are fixed: map \"%2\" to one of them")
                        .arg(field.header, value));
    if (field.vocabulary == u"kind")
        return addKind(vocabulary, field, value.simplified(), write);
    // The service area column shares the team's type; its new values are service areas.
    auto code =
        field.code == u"service_area"   ? addServiceArea(vocabulary, value.simplified(), write)
        : field.type == FieldType::Team ? addTeam(vocabulary, value.simplified(), write)
                                        : addTerm(vocabulary, field, value.simplified(), write);
    if (code)
        m_added << QStringLiteral("%1: %2").arg(field.header, value.simplified());
    return code;
}

// A kind of the council's own, with safe settings an administrator can change later: counted
// among the other feedback, with no response clock, and a reference prefix made from its name.
Result<QString> MissingValues::addKind(ImportVocabulary& vocabulary, const ImportField& field,
                                       const QString& value, bool write)
{
    CouncilKind wanted;
    wanted.name = value;
    auto kind = write ? m_kinds.add(wanted) : m_kinds.prepare(wanted);
    if (!kind)
        return Error{kind.error()};
    if (!write) // known to the rows after this one; the database is read again afterwards
        setCouncilKinds(councilKinds() << kind.value());
    vocabulary.learnKinds();
    m_added << Text::tr("%1: %2 (a kind of feedback of the council's own: reference prefix %3, "
                        "no response clock, counted as other feedback)")
                   .arg(field.header, value, kind->referencePrefix);
    return kind->code;
}

Result<QString> MissingValues::addTerm(ImportVocabulary& vocabulary, const ImportField& field,
                                       const QString& value, bool write)
{
    TaxonomyTerm term;
    term.taxonomy = field.vocabulary;
    term.label = value;
    const QString base = codeFor(value);
    term.code = base;
    QSet<QString> codes;
    for (const TaxonomyTerm& existing : vocabulary.terms(field.vocabulary)) {
        codes.insert(existing.code);
        term.sortOrder = qMax(term.sortOrder, existing.sortOrder + 1);
    }
    for (int n = 2; codes.contains(term.code); ++n)
        term.code = base + u'_' + QString::number(n);
    if (write)
        if (Status saved = m_reference.saveTerm(term); !saved)
            return Error{saved.error()};
    vocabulary.learn(term);
    return term.code;
}

Result<QString> MissingValues::addTeam(ImportVocabulary& vocabulary, const QString& value,
                                       bool write)
{
    auto parent = notKnownServiceArea(vocabulary, write);
    if (!parent)
        return Error{parent.error()};
    OrgUnit team;
    team.level = QStringLiteral("team");
    team.name = value;
    team.parentId = parent.value();
    auto added = addUnit(vocabulary, team, write);
    if (!added)
        return Error{added.error()};
    return added->code;
}

Result<QString> MissingValues::addServiceArea(ImportVocabulary& vocabulary, const QString& value,
                                              bool write)
{
    auto portfolio = firstPortfolio(vocabulary, write);
    if (!portfolio)
        return Error{portfolio.error()};
    OrgUnit service;
    service.level = QStringLiteral("service");
    service.name = value;
    service.parentId = portfolio.value();
    auto added = addUnit(vocabulary, service, write);
    if (!added)
        return Error{added.error()};
    return added->code;
}

// The portfolio new service areas go under: the first, or "Not known" when there is none.
Result<qint64> MissingValues::firstPortfolio(ImportVocabulary& vocabulary, bool write)
{
    for (const OrgUnit& unit : vocabulary.units())
        if (unit.level == u"portfolio")
            return unit.id;
    OrgUnit top;
    top.level = QStringLiteral("portfolio");
    top.name = Text::tr("Not known");
    auto added = addUnit(vocabulary, top, write);
    if (!added)
        return Error{added.error()};
    return added->id;
}

Result<qint64> MissingValues::notKnownServiceArea(ImportVocabulary& vocabulary, bool write)
{
    const QString name = Text::tr("Not known");
    for (const OrgUnit& unit : vocabulary.units())
        if (unit.level == u"service" && unit.name.compare(name, Qt::CaseInsensitive) == 0)
            return unit.id;
    auto portfolioId = firstPortfolio(vocabulary, write);
    if (!portfolioId)
        return Error{portfolioId.error()};
    OrgUnit service;
    service.level = QStringLiteral("service");
    service.name = name;
    service.parentId = portfolioId.value();
    auto added = addUnit(vocabulary, service, write);
    if (!added)
        return Error{added.error()};
    m_added << Text::tr("Service area: %1").arg(name);
    return added->id;
}

Result<OrgUnit> MissingValues::addUnit(ImportVocabulary& vocabulary, OrgUnit unit, bool write)
{
    if (!write) {
        // A code of its own, as saving gives one: a team and a service area may share a name.
        unit.id = --m_provisional;
        const QString base = codeFor(unit.name);
        unit.code = base;
        auto taken = [&](const QString& code) {
            for (const OrgUnit& known : vocabulary.units())
                if (known.code == code)
                    return true;
            return false;
        };
        for (int n = 2; taken(unit.code); ++n)
            unit.code = base + u'_' + QString::number(n);
        vocabulary.learn(unit);
        return unit;
    }
    auto id = m_reference.saveOrgUnit(unit);
    if (!id)
        return Error{id.error()};
    auto units = m_reference.orgUnits(); // for the code it was given
    if (!units)
        return Error{units.error()};
    for (const OrgUnit& saved : units.value())
        if (saved.id == id.value()) {
            vocabulary.learn(saved);
            return saved;
        }
    return fail(Text::tr("\"%1\" was added but cannot be found").arg(unit.name));
}

} // namespace redress::import
