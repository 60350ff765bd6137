#include "ProcedureProfile.h"

#include "domain/CaseKind.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureProfile)
};

struct ClockStartName
{
    StageRule::ClockStart value;
    const char* name;
};

constexpr ClockStartName clockStarts[] = {
    {StageRule::ClockStart::Receipt, "receipt"},
    {StageRule::ClockStart::Acknowledgement, "acknowledgement"},
    {StageRule::ClockStart::StatementAgreedElseRequest, "statementAgreedElseRequest"},
};

QString clockStartName(StageRule::ClockStart value)
{
    for (const auto& entry : clockStarts)
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    return {};
}

// A whole number of working days, at least 0; missing means `fallback`.
Result<int> days(const QJsonObject& json, const char* key, const QString& where, int fallback = 0)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0)
        return fail(Text::tr("%1: %2 must be a whole number of working days, 0 or more")
                        .arg(where, QLatin1String(key)));
    return value.toInt();
}

Result<StageRule> stageFromJson(const QJsonObject& json, const QString& where)
{
    StageRule rule;
    rule.number = json.value(u"number").toInt();
    rule.name = json.value(u"name").toString();
    const QString start = json.value(u"clockStart").toString(QStringLiteral("receipt"));
    bool known = false;
    for (const auto& entry : clockStarts) {
        if (start == QLatin1String(entry.name)) {
            rule.clockStart = entry.value;
            known = true;
        }
    }
    if (!known)
        return fail(Text::tr("%1: clockStart \"%2\" is not one of receipt, acknowledgement, "
                             "statementAgreedElseRequest")
                        .arg(where, start));
    for (auto [key, target] :
         {std::pair{"acknowledgementDays", &rule.acknowledgementDays},
          std::pair{"responseDays", &rule.responseDays}, std::pair{"panelDays", &rule.panelDays},
          std::pair{"panelReportDays", &rule.panelReportDays}}) {
        auto value = days(json, key, where);
        if (!value)
            return Error{value.error()};
        *target = value.value();
    }
    auto maximum = days(json, "maxResponseDays", where, rule.responseDays);
    if (!maximum)
        return Error{maximum.error()};
    rule.maxResponseDays = maximum.value();
    if (rule.maxResponseDays < rule.responseDays)
        return fail(Text::tr("%1: maxResponseDays %2 is less than responseDays %3")
                        .arg(where)
                        .arg(rule.maxResponseDays)
                        .arg(rule.responseDays));
    if (json.contains(u"escalationWindowDays")) {
        auto window = days(json, "escalationWindowDays", where);
        if (!window)
            return Error{window.error()};
        rule.escalationWindowDays = window.value();
    }
    return rule;
}

} // namespace

const StageRule* ProcedureProfile::stage(int number) const
{
    for (const StageRule& rule : stages)
        if (rule.number == number)
            return &rule;
    return nullptr;
}

bool ProcedureProfile::stagesCanChange() const
{
    return code == QLatin1String("corporate");
}

Status ProcedureProfile::setStageCount(int count)
{
    if (!stagesCanChange())
        return fail(Text::tr("The stages of the %1 cannot be added or removed: only the "
                             "corporate procedure's can (the statutory stages are set by the "
                             "regulations, and other kinds of case have one stage)")
                        .arg(name));
    if (count < 1 || count > maxStages)
        return fail(
            Text::tr("The %1 can have 1 to %2 stages, not %3").arg(name).arg(maxStages).arg(count));
    while (stageCount() > count)
        stages.removeLast();
    while (stageCount() < count) {
        StageRule next = stages.constLast();
        next.number = stageCount() + 1;
        next.name = Text::tr("Stage %1").arg(next.number);
        // A later stage is asked for after the one before it was answered; panels and an
        // agreed statement belong to the statutory procedure only.
        if (next.clockStart == StageRule::ClockStart::StatementAgreedElseRequest)
            next.clockStart = StageRule::ClockStart::Receipt;
        next.panelDays = 0;
        next.panelReportDays = 0;
        stages.append(next);
    }
    return {};
}

QJsonObject ProcedureProfile::toJson() const
{
    QJsonArray stageArray;
    for (const StageRule& rule : stages) {
        QJsonObject json{{QStringLiteral("number"), rule.number},
                         {QStringLiteral("name"), rule.name},
                         {QStringLiteral("clockStart"), clockStartName(rule.clockStart)},
                         {QStringLiteral("acknowledgementDays"), rule.acknowledgementDays},
                         {QStringLiteral("responseDays"), rule.responseDays},
                         {QStringLiteral("maxResponseDays"), rule.maxResponseDays}};
        if (rule.escalationWindowDays)
            json.insert(QStringLiteral("escalationWindowDays"), *rule.escalationWindowDays);
        if (rule.hasPanel()) {
            json.insert(QStringLiteral("panelDays"), rule.panelDays);
            json.insert(QStringLiteral("panelReportDays"), rule.panelReportDays);
        }
        stageArray.append(json);
    }
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("effectiveFrom"), effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("applyClosureDays"), applyClosureDays},
            {QStringLiteral("receivedOnNextWorkingDay"), receivedOnNextWorkingDay},
            {QStringLiteral("timeLimitMonths"), timeLimitMonths},
            {QStringLiteral("stages"), stageArray}};
}

Result<ProcedureProfile> ProcedureProfile::fromJson(const QJsonObject& json, const QString& where)
{
    ProcedureProfile profile;
    profile.code = json.value(u"code").toString().trimmed();
    if (profile.code.isEmpty())
        return fail(Text::tr("%1: the profile has no code").arg(where));
    const QString context = Text::tr("%1: profile \"%2\"").arg(where, profile.code);
    profile.name = json.value(u"name").toString(profile.code);
    const QString from = json.value(u"effectiveFrom").toString();
    profile.effectiveFrom = QDate::fromString(from, Qt::ISODate);
    if (!profile.effectiveFrom.isValid() || from.size() != 10)
        return fail(Text::tr("%1: effectiveFrom \"%2\" is not a real date (expected YYYY-MM-DD)")
                        .arg(context, from));
    profile.applyClosureDays = json.value(u"applyClosureDays").toBool(false);
    profile.receivedOnNextWorkingDay = json.value(u"receivedOnNextWorkingDay").toBool(false);
    auto months = days(json, "timeLimitMonths", context);
    if (!months)
        return Error{months.error()};
    profile.timeLimitMonths = months.value();
    const QJsonArray stageArray = json.value(u"stages").toArray();
    if (stageArray.isEmpty())
        return fail(Text::tr("%1: it has no stages").arg(context));
    if (stageArray.size() > maxStages)
        return fail(Text::tr("%1: it has %2 stages; a case can have at most %3")
                        .arg(context)
                        .arg(stageArray.size())
                        .arg(maxStages));
    for (qsizetype i = 0; i < stageArray.size(); ++i) {
        auto rule = stageFromJson(stageArray.at(i).toObject(),
                                  Text::tr("%1 stage %2").arg(context).arg(i + 1));
        if (!rule)
            return Error{rule.error()};
        if (rule->number != i + 1)
            return fail(
                Text::tr("%1: stages must be numbered 1, 2, 3 in order; entry %2 is numbered %3")
                    .arg(context)
                    .arg(i + 1)
                    .arg(rule->number));
        profile.stages.append(rule.value());
    }
    return profile;
}

ProcedureCatalog::ProcedureCatalog(QList<ProcedureProfile> profiles)
    : m_profiles(std::move(profiles))
{
    std::sort(m_profiles.begin(), m_profiles.end(),
              [](const ProcedureProfile& a, const ProcedureProfile& b) {
                  return a.code != b.code ? a.code < b.code : a.effectiveFrom < b.effectiveFrom;
              });
}

Result<ProcedureCatalog> ProcedureCatalog::fromJson(const QByteArray& json,
                                                    const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("%1: not valid JSON at byte %2: %3")
                        .arg(sourceName)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonArray entries = document.object().value(u"profiles").toArray();
    if (entries.isEmpty())
        return fail(Text::tr("%1: expected an object with a \"profiles\" list").arg(sourceName));
    QList<ProcedureProfile> profiles;
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto profile = ProcedureProfile::fromJson(
            entries.at(i).toObject(), Text::tr("%1: profiles[%2]").arg(sourceName).arg(i));
        if (!profile)
            return Error{profile.error()};
        const QString key = profile->code + u'@' + profile->effectiveFrom.toString(Qt::ISODate);
        if (seen.contains(key))
            return fail(
                Text::tr("%1: profile \"%2\" has two versions from %3")
                    .arg(sourceName, profile->code, profile->effectiveFrom.toString(Qt::ISODate)));
        seen.insert(key);
        profiles.append(profile.value());
    }
    return ProcedureCatalog(profiles);
}

ProcedureCatalog ProcedureCatalog::defaults()
{
    static const ProcedureCatalog shipped = [] {
        QFile file(QStringLiteral(":/profiles/procedures.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The procedure profiles are missing from this build");
        auto catalog = fromJson(file.readAll(), QStringLiteral("procedures.json"));
        if (!catalog)
            qFatal("%s", qPrintable(catalog.error()));
        return catalog.value();
    }();
    return shipped;
}

QByteArray ProcedureCatalog::toJson() const
{
    QJsonArray profiles;
    for (const ProcedureProfile& profile : m_profiles)
        profiles.append(profile.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("profiles"), profiles}}).toJson();
}

QStringList ProcedureCatalog::codes() const
{
    QStringList result;
    for (const ProcedureProfile& profile : m_profiles)
        if (!result.contains(profile.code))
            result.append(profile.code);
    return result;
}

Result<ProcedureProfile> ProcedureCatalog::profileFor(const QString& code, QDate date) const
{
    const ProcedureProfile* chosen = nullptr;
    for (const ProcedureProfile& profile : m_profiles) {
        if (profile.code != code)
            continue;
        if (!chosen || (date.isValid() && profile.effectiveFrom <= date))
            chosen = &profile;
    }
    if (!chosen) {
        if (const auto kind = caseKindFromCode(code); kind && isCouncilKind(*kind))
            return councilKindProfile(*councilKind(*kind));
        return fail(Text::tr("There is no procedure \"%1\" (known: %2)")
                        .arg(code, codes().join(QStringLiteral(", "))));
    }
    return *chosen;
}

ProcedureProfile ProcedureCatalog::councilKindProfile(const CouncilKind& kind)
{
    ProcedureProfile profile;
    profile.code = kind.code;
    profile.name = kind.name;
    profile.effectiveFrom = QDate(2000, 1, 1);
    StageRule stage;
    stage.name = kind.name;
    stage.responseDays = kind.clockDays;
    stage.maxResponseDays = kind.maxDays();
    profile.stages.append(stage);
    return profile;
}

} // namespace redress
