#include "ImportVocabulary.h"

#include "domain/CaseKind.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace redress::import {

namespace {

// The context lupdate files these labels under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportVocabulary)
};

QString key(const QString& text)
{
    return normalisedHeading(text);
}

// Wordings seen in councils' logs for codes whose labels say it differently.
const QHash<QString, QString>& commonWordings(const QString& vocabulary)
{
    static const QHash<QString, QHash<QString, QString>> wordings{
        {QStringLiteral("outcome"),
         {{QStringLiteral("partly upheld"), QStringLiteral("partially_upheld")},
          {QStringLiteral("part upheld"), QStringLiteral("partially_upheld")},
          {QStringLiteral("upheld in part"), QStringLiteral("partially_upheld")},
          {QStringLiteral("partial"), QStringLiteral("partially_upheld")},
          {QStringLiteral("partially"), QStringLiteral("partially_upheld")},
          {QStringLiteral("fully upheld"), QStringLiteral("upheld")},
          {QStringLiteral("not upheld"), QStringLiteral("not_upheld")},
          {QStringLiteral("no fault"), QStringLiteral("not_upheld")},
          {QStringLiteral("withdrawn by complainant"), QStringLiteral("withdrawn")},
          {QStringLiteral("advice only"), QStringLiteral("did_not_qualify")},
          {QStringLiteral("did not qualify"), QStringLiteral("did_not_qualify")},
          {QStringLiteral("out of remit"), QStringLiteral("outside_remit")},
          {QStringLiteral("non responsive"), QStringLiteral("non_responsive")},
          {QStringLiteral("resolved"), QStringLiteral("resolved_by_service")}}},
        {QStringLiteral("kind"),
         {{QStringLiteral("mp"), QStringLiteral("mp_enquiry")},
          {QStringLiteral("mp letter"), QStringLiteral("mp_enquiry")},
          {QStringLiteral("member enquiry"), QStringLiteral("councillor_enquiry")},
          {QStringLiteral("councillor"), QStringLiteral("councillor_enquiry")},
          {QStringLiteral("enquiry"), QStringLiteral("general_enquiry")},
          {QStringLiteral("ombudsman"), QStringLiteral("lgsco_enquiry")},
          {QStringLiteral("lgsco"), QStringLiteral("lgsco_enquiry")},
          {QStringLiteral("ombudsman enquiry"), QStringLiteral("lgsco_enquiry")},
          {QStringLiteral("compliments"), QStringLiteral("compliment")},
          {QStringLiteral("comments"), QStringLiteral("comment")},
          {QStringLiteral("complaints"), QStringLiteral("complaint")},
          {QStringLiteral("informal"), QStringLiteral("concern")}}},
        {QStringLiteral("procedure"),
         {{QStringLiteral("stat"), QStringLiteral("statutory")},
          {QStringLiteral("children s statutory"), QStringLiteral("statutory")},
          {QStringLiteral("childrens statutory"), QStringLiteral("statutory")},
          {QStringLiteral("children act"), QStringLiteral("statutory")},
          {QStringLiteral("corp"), QStringLiteral("corporate")}}},
        {QStringLiteral("complainant_role"),
         {{QStringLiteral("young person"), QStringLiteral("child")},
          {QStringLiteral("child"), QStringLiteral("child")},
          {QStringLiteral("yp"), QStringLiteral("child")},
          {QStringLiteral("mother"), QStringLiteral("parent")},
          {QStringLiteral("father"), QStringLiteral("parent")},
          {QStringLiteral("mum"), QStringLiteral("parent")},
          {QStringLiteral("dad"), QStringLiteral("parent")},
          {QStringLiteral("step parent"), QStringLiteral("parent")},
          {QStringLiteral("parents"), QStringLiteral("parent")},
          {QStringLiteral("grandparent"), QStringLiteral("other_family")},
          {QStringLiteral("relative"), QStringLiteral("other_family")},
          {QStringLiteral("family member"), QStringLiteral("other_family")},
          {QStringLiteral("foster parent"), QStringLiteral("foster_carer")}}},
        {QStringLiteral("stage"),
         {{QStringLiteral("s1"), QStringLiteral("1")},
          {QStringLiteral("st1"), QStringLiteral("1")},
          {QStringLiteral("stage1"), QStringLiteral("1")},
          {QStringLiteral("stage one"), QStringLiteral("1")},
          {QStringLiteral("first stage"), QStringLiteral("1")},
          {QStringLiteral("local resolution"), QStringLiteral("1")},
          {QStringLiteral("s2"), QStringLiteral("2")},
          {QStringLiteral("st2"), QStringLiteral("2")},
          {QStringLiteral("stage2"), QStringLiteral("2")},
          {QStringLiteral("stage two"), QStringLiteral("2")},
          {QStringLiteral("second stage"), QStringLiteral("2")},
          {QStringLiteral("investigation"), QStringLiteral("2")},
          {QStringLiteral("s3"), QStringLiteral("3")},
          {QStringLiteral("st3"), QStringLiteral("3")},
          {QStringLiteral("stage3"), QStringLiteral("3")},
          {QStringLiteral("stage three"), QStringLiteral("3")},
          {QStringLiteral("third stage"), QStringLiteral("3")},
          {QStringLiteral("review panel"), QStringLiteral("3")},
          {QStringLiteral("panel"), QStringLiteral("3")},
          {QStringLiteral("ombudsman"), QStringLiteral("lgsco")},
          {QStringLiteral("lgo"), QStringLiteral("lgsco")},
          {QStringLiteral("lgsco enquiry"), QStringLiteral("lgsco")},
          {QStringLiteral("ombudsman enquiry"), QStringLiteral("lgsco")},
          {QStringLiteral("local government ombudsman"), QStringLiteral("lgsco")},
          {QStringLiteral("local government and social care ombudsman"), QStringLiteral("lgsco")}}},
        {QStringLiteral("channel"),
         {{QStringLiteral("phone"), QStringLiteral("telephone")},
          {QStringLiteral("e mail"), QStringLiteral("email")},
          {QStringLiteral("online"), QStringLiteral("web_form")},
          {QStringLiteral("website"), QStringLiteral("web_form")},
          {QStringLiteral("face to face"), QStringLiteral("in_person")},
          {QStringLiteral("advocate"), QStringLiteral("via_advocate")}}},
    };
    static const QHash<QString, QString> none;
    const auto it = wordings.constFind(vocabulary);
    return it == wordings.cend() ? none : *it;
}

} // namespace

QString unitLevelOf(const ImportField& field)
{
    return field.code == u"service_area" ? QStringLiteral("service") : QStringLiteral("team");
}

ImportVocabulary::ImportVocabulary(QMap<QString, QList<TaxonomyTerm>> terms, QList<OrgUnit> units)
    : m_terms(std::move(terms)), m_units(std::move(units))
{}

Result<ImportVocabulary> ImportVocabulary::load(Database& database)
{
    ReferenceData reference(database);
    auto taxonomies = reference.taxonomies();
    if (!taxonomies)
        return Error{taxonomies.error()};
    QMap<QString, QList<TaxonomyTerm>> terms;
    for (const QString& taxonomy : taxonomies.value()) {
        auto list = reference.terms(taxonomy);
        if (!list)
            return Error{list.error()};
        terms.insert(taxonomy, list.value());
    }
    auto units = reference.orgUnits();
    if (!units)
        return Error{units.error()};
    return ImportVocabulary(std::move(terms), units.value());
}

QList<std::pair<QString, QString>> ImportVocabulary::codesAndLabels(const QString& vocabulary) const
{
    QList<std::pair<QString, QString>> result;
    if (vocabulary == u"kind") {
        for (CaseKind kind : caseKindsWithCouncil()) // retired ones too: old logs have them
            result.append({caseKindCode(kind), caseKindLabel(kind)});
    } else if (vocabulary == u"procedure") {
        for (Procedure p : {Procedure::Statutory, Procedure::Corporate})
            result.append({procedureCode(p), procedureLabel(p)});
    } else if (vocabulary == u"stage") {
        for (int number = 1; number <= 3; ++number)
            result.append({QString::number(number), Text::tr("Stage %1").arg(number)});
        result.append({QStringLiteral("lgsco"), Text::tr("Ombudsman (LGSCO)")});
    } else if (vocabulary == u"state") {
        for (CaseState state : allCaseStates())
            result.append({caseStateCode(state), caseStateLabel(state)});
    } else {
        for (const TaxonomyTerm& term : m_terms.value(vocabulary))
            result.append({term.code, term.label});
    }
    return result;
}

std::optional<QString> ImportVocabulary::resolve(const ImportField& field,
                                                 const QString& text) const
{
    // Remembered per field and text, up to a bound: free text is not worth keeping.
    constexpr qsizetype remembered = 20000;
    const QString memo = field.code + QChar(0x1f) + text;
    const auto known = m_resolved.constFind(memo);
    if (known != m_resolved.cend())
        return *known;
    std::optional<QString> code = lookUp(field, text);
    if (m_resolved.size() < remembered)
        m_resolved.insert(memo, code);
    return code;
}

std::optional<QString> ImportVocabulary::lookUp(const ImportField& field, const QString& text) const
{
    if (field.type == FieldType::Team) {
        const auto id = orgUnitId(text, unitLevelOf(field));
        return id ? std::optional<QString>(orgUnitCode(*id)) : std::nullopt;
    }
    const QString wanted = key(text);
    if (wanted.isEmpty())
        return std::nullopt;
    auto codes = m_codeByKey.find(field.vocabulary);
    if (codes == m_codeByKey.end()) {
        // The first term whose code or label has the key wins, as when matching in order.
        QHash<QString, QString> byKey;
        for (const auto& [code, label] : codesAndLabels(field.vocabulary)) {
            for (const QString& k : {key(code), key(label)})
                if (!byKey.contains(k))
                    byKey.insert(k, code);
        }
        codes = m_codeByKey.insert(field.vocabulary, byKey);
    }
    const auto found = codes->constFind(wanted);
    if (found != codes->cend())
        return *found;
    const QString common = commonWordings(field.vocabulary).value(wanted);
    if (!common.isEmpty())
        return common;
    return std::nullopt;
}

QStringList ImportVocabulary::knownValues(const ImportField& field) const
{
    QStringList result;
    if (field.type == FieldType::Team) {
        for (const OrgUnit& unit : m_units)
            result << unit.name;
        return result;
    }
    for (const auto& [code, label] : codesAndLabels(field.vocabulary))
        result << label;
    return result;
}

std::optional<qint64> ImportVocabulary::orgUnitId(const QString& codeOrName) const
{
    const QString wanted = key(codeOrName);
    if (wanted.isEmpty())
        return std::nullopt;
    if (!m_unitByKey) {
        // The first unit whose code or name has the key wins, as when matching in order.
        QHash<QString, qint64> byKey;
        for (const OrgUnit& unit : m_units)
            for (const QString& k : {key(unit.code), key(unit.name)})
                if (!byKey.contains(k))
                    byKey.insert(k, unit.id);
        m_unitByKey = byKey;
    }
    const auto found = m_unitByKey->constFind(wanted);
    if (found == m_unitByKey->cend())
        return std::nullopt;
    return *found;
}

std::optional<qint64> ImportVocabulary::orgUnitId(const QString& codeOrName,
                                                  const QString& level) const
{
    const QString wanted = key(codeOrName);
    if (wanted.isEmpty())
        return std::nullopt;
    std::optional<qint64> other;
    const QList<std::pair<QString, QString>>& keys = unitKeys();
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        const OrgUnit& unit = m_units.at(i);
        if (keys.at(i).first != wanted && keys.at(i).second != wanted)
            continue;
        if (unit.level == level)
            return unit.id;
        if (!other)
            other = unit.id;
    }
    return other;
}

// Normalising a name is a regular expression's work, and a team is looked up on every row.
const QList<std::pair<QString, QString>>& ImportVocabulary::unitKeys() const
{
    if (m_unitKeys.size() != m_units.size()) {
        m_unitKeys.clear();
        m_unitKeys.reserve(m_units.size());
        for (const OrgUnit& unit : m_units)
            m_unitKeys.append({key(unit.code), key(unit.name)});
    }
    return m_unitKeys;
}

const OrgUnit* ImportVocabulary::orgUnit(qint64 id) const
{
    for (const OrgUnit& unit : m_units)
        if (unit.id == id)
            return &unit;
    return nullptr;
}

QString ImportVocabulary::orgUnitCode(qint64 id) const
{
    for (const OrgUnit& unit : m_units)
        if (unit.id == id)
            return unit.code;
    return {};
}

QString ImportVocabulary::orgUnitName(qint64 id) const
{
    for (const OrgUnit& unit : m_units)
        if (unit.id == id)
            return unit.name;
    return {};
}

void ImportVocabulary::learn(const TaxonomyTerm& term)
{
    m_terms[term.taxonomy].append(term);
    m_codeByKey.remove(term.taxonomy);
    m_resolved.clear(); // it remembers the value as unknown
}

void ImportVocabulary::learnKinds()
{
    m_codeByKey.remove(QStringLiteral("kind"));
    m_resolved.clear();
}

void ImportVocabulary::learn(const OrgUnit& unit)
{
    m_units.append(unit);
    m_unitByKey.reset();
    m_unitKeys.clear();
    m_resolved.clear();
}

bool ImportVocabulary::isOpenList(const ImportField& field)
{
    if (field.type == FieldType::Team)
        return true;
    return !field.vocabulary.isEmpty() && field.vocabulary != u"procedure" &&
           field.vocabulary != u"state" && field.vocabulary != u"stage";
}

std::optional<bool> ImportVocabulary::flag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"y" || t == u"yes" || t == u"true" || t == u"1" || t == u"x" || t == u"ticked")
        return true;
    if (t == u"n" || t == u"no" || t == u"false" || t == u"0" || t.isEmpty())
        return false;
    return std::nullopt;
}

} // namespace redress::import
