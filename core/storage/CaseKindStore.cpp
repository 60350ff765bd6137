#include "CaseKindStore.h"

#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace redress {

namespace {

const QString selectKinds = QStringLiteral(
    "SELECT code, name, reference_prefix, clock_days, report_group, retired, extended_days, "
    "retention_years FROM case_kind ORDER BY sort_order, code");

QJsonObject kindJson(const CouncilKind& kind)
{
    if (kind.code.isEmpty())
        return {};
    return {{QStringLiteral("code"), kind.code},
            {QStringLiteral("name"), kind.name},
            {QStringLiteral("referencePrefix"), kind.referencePrefix},
            {QStringLiteral("clockDays"), kind.clockDays},
            {QStringLiteral("extendedDays"), kind.extendedDays},
            {QStringLiteral("retentionYears"), kind.retentionYears},
            {QStringLiteral("reportGroup"), kindReportGroupCode(kind.reportGroup)},
            {QStringLiteral("retired"), kind.retired}};
}

QString codeFromName(const QString& name)
{
    QString code = name.toLower();
    code.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    while (code.startsWith(u'_'))
        code.remove(0, 1);
    while (code.endsWith(u'_'))
        code.chop(1);
    return code.isEmpty() ? QStringLiteral("kind") : code;
}

// "Social Work England Enquiry" -> "SWEE"; "Correspondence" -> "CO", then "COR"… when taken.
QString prefixFromName(const QString& name, const QSet<QString>& taken)
{
    const QStringList words =
        name.toUpper().split(QRegularExpression(QStringLiteral("[^A-Z]+")), Qt::SkipEmptyParts);
    QString letters = words.join(QString());
    QStringList candidates;
    if (words.size() > 1) {
        QString initials;
        for (const QString& word : words)
            initials += word.at(0);
        candidates << initials.left(4);
    }
    for (int length = 2; length <= 4; ++length)
        candidates << letters.left(length);
    for (const QString& candidate : std::as_const(candidates))
        if (candidate.size() >= 2 && !taken.contains(candidate))
            return candidate;
    // Every short form is taken: the first letter and a second one, in turn.
    const QChar first = letters.isEmpty() ? u'K' : letters.at(0);
    for (char second = 'A'; second <= 'Z'; ++second)
        for (char third = 'A'; third <= 'Z'; ++third) {
            const QString candidate =
                QString(first) + QChar::fromLatin1(second) + QChar::fromLatin1(third);
            if (!taken.contains(candidate))
                return candidate;
        }
    return {};
}

// The prefixes a kind may not take: the built-in kinds', the one references had before kinds
// had their own, and every other council kind's (not `exceptCode`'s own).
QSet<QString> takenPrefixes(const QList<CouncilKind>& stored, const QString& exceptCode)
{
    QSet<QString> prefixes;
    for (CaseKind builtIn : allCaseKinds())
        prefixes.insert(CaseRepository::referencePrefix(builtIn));
    prefixes.insert(QStringLiteral("CS"));
    for (const CouncilKind& other : stored)
        if (other.code != exceptCode)
            prefixes.insert(other.referencePrefix);
    return prefixes;
}

} // namespace

Status CaseKindStore::checkPrefix(const QString& prefix, const QSet<QString>& taken)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z]{2,4}$"));
    if (!valid.match(prefix).hasMatch())
        return fail(
            tr("The reference prefix \"%1\" must be two to four letters, such as CR").arg(prefix));
    if (taken.contains(prefix))
        return fail(
            tr("The reference prefix %1 is taken by another kind; choose another").arg(prefix));
    return {};
}

Status CaseKindStore::checkClock(const CouncilKind& kind)
{
    if (kind.clockDays < 0 || kind.clockDays > 365)
        return fail(tr("The response clock of \"%1\" must be 0 (none) to 365 working days, not %2")
                        .arg(kind.name)
                        .arg(kind.clockDays));
    if (kind.extendedDays == 0)
        return {};
    if (kind.clockDays == 0)
        return fail(tr("\"%1\" has no response clock, so it cannot have extended days; give it a "
                       "clock first")
                        .arg(kind.name));
    if (kind.extendedDays <= kind.clockDays || kind.extendedDays > 365)
        return fail(tr("The extended clock of \"%1\" must be more than its %2 working days and "
                       "at most 365, not %3 (0 for no extension)")
                        .arg(kind.name)
                        .arg(kind.clockDays)
                        .arg(kind.extendedDays));
    return {};
}

Result<QList<CouncilKind>> CaseKindStore::load(Database& database)
{
    auto query = sql::exec(database.sql(), selectKinds);
    if (!query)
        return Error{query.error()};
    QList<CouncilKind> kinds;
    while (query->next()) {
        CouncilKind kind;
        kind.code = query->value(0).toString();
        kind.name = query->value(1).toString();
        kind.referencePrefix = query->value(2).toString();
        kind.clockDays = query->value(3).toInt();
        kind.reportGroup = kindReportGroupFromCode(query->value(4).toString())
                               .value_or(KindReportGroup::OtherFeedback);
        kind.retired = query->value(5).toInt() != 0;
        kind.extendedDays = query->value(6).toInt();
        kind.retentionYears = query->value(7).toInt(); // NULL reads as 0
        kinds.append(kind);
    }
    setCouncilKinds(kinds);
    return kinds;
}

std::optional<CouncilKind> CaseKindStore::find(const QString& typed)
{
    const QString folded = typed.simplified().toCaseFolded();
    for (const CouncilKind& kind : councilKinds())
        if (kind.code == typed.trimmed() || kind.name.toCaseFolded() == folded)
            return kind;
    return std::nullopt;
}

Result<CouncilKind> CaseKindStore::prepare(CouncilKind kind) const
{
    kind.name = kind.name.simplified();
    if (kind.name.isEmpty())
        return fail(tr("A kind of feedback needs a name"));
    auto stored = load(m_database);
    if (!stored)
        return Error{stored.error()};
    QSet<QString> codes;
    for (CaseKind builtIn : allCaseKinds()) {
        if (caseKindLabel(builtIn).toCaseFolded() == kind.name.toCaseFolded())
            return fail(tr("\"%1\" is a built-in kind already").arg(kind.name));
        codes.insert(caseKindCode(builtIn));
    }
    for (const CouncilKind& other : stored.value()) {
        if (other.name.toCaseFolded() == kind.name.toCaseFolded())
            return fail(tr("There is a kind called \"%1\" already").arg(other.name));
        codes.insert(other.code);
    }
    if (Status clock = checkClock(kind); !clock)
        return Error{clock.error()};
    const QSet<QString> prefixes = takenPrefixes(stored.value(), QString());
    kind.referencePrefix = kind.referencePrefix.trimmed().toUpper();
    if (kind.referencePrefix.isEmpty())
        kind.referencePrefix = prefixFromName(kind.name, prefixes);
    else if (Status prefix = checkPrefix(kind.referencePrefix, prefixes); !prefix)
        return Error{prefix.error()};
    const QString base = codeFromName(kind.name);
    kind.code = base;
    for (int n = 2; codes.contains(kind.code); ++n)
        kind.code = base + u'_' + QString::number(n);
    kind.retired = false;
    return kind;
}

Result<CouncilKind> CaseKindStore::add(const CouncilKind& wanted)
{
    if (!m_refusal.isEmpty())
        return fail(m_refusal);
    CouncilKind kind;
    Status added = m_database.transaction([&]() -> Status {
        auto prepared = prepare(wanted);
        if (!prepared)
            return Error{prepared.error()};
        kind = prepared.value();
        auto order = sql::scalar(m_database.sql(),
                                 QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM "
                                                "case_kind"));
        if (!order)
            return Error{order.error()};
        return change(tr("Kind \"%1\" added").arg(kind.name), {}, kind,
                      QStringLiteral("INSERT INTO case_kind (code, name, reference_prefix, "
                                     "clock_days, report_group, retired, sort_order, "
                                     "extended_days) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"),
                      {kind.code, kind.name, kind.referencePrefix, kind.clockDays,
                       kindReportGroupCode(kind.reportGroup), order->toInt(), kind.extendedDays});
    });
    // Read again whatever happened: a refused change leaves the kinds as the database has them.
    auto reloaded = load(m_database);
    if (!added)
        return Error{added.error()};
    if (!reloaded)
        return Error{reloaded.error()};
    return kind;
}

Status CaseKindStore::rename(const QString& code, const QString& name)
{
    if (!m_refusal.isEmpty())
        return fail(m_refusal);
    Status renamed = m_database.transaction([&]() -> Status {
        auto stored = load(m_database);
        if (!stored)
            return Error{stored.error()};
        const auto before = find(code);
        if (!before || before->code != code)
            return fail(tr("There is no kind of the council's with the code \"%1\"; built-in "
                           "kinds cannot be renamed")
                            .arg(code));
        CouncilKind after = *before;
        after.name = name.simplified();
        if (after.name.isEmpty())
            return fail(tr("A kind of feedback needs a name"));
        for (CaseKind builtIn : allCaseKinds())
            if (caseKindLabel(builtIn).toCaseFolded() == after.name.toCaseFolded())
                return fail(tr("\"%1\" is a built-in kind already").arg(after.name));
        for (const CouncilKind& other : stored.value())
            if (other.code != code && other.name.toCaseFolded() == after.name.toCaseFolded())
                return fail(tr("There is a kind called \"%1\" already").arg(other.name));
        return change(tr("Kind \"%1\" renamed \"%2\"").arg(before->name, after.name), *before,
                      after, QStringLiteral("UPDATE case_kind SET name = ? WHERE code = ?"),
                      {after.name, code});
    });
    auto reloaded = load(m_database);
    if (!renamed)
        return renamed;
    return reloaded ? Status{} : Status{Error{reloaded.error()}};
}

Status CaseKindStore::setRetired(const QString& code, bool retired)
{
    if (!m_refusal.isEmpty())
        return fail(m_refusal);
    Status changed = m_database.transaction([&]() -> Status {
        if (auto stored = load(m_database); !stored)
            return Error{stored.error()};
        const auto before = find(code);
        if (!before || before->code != code)
            return fail(tr("There is no kind of the council's with the code \"%1\"; built-in "
                           "kinds cannot be retired")
                            .arg(code));
        CouncilKind after = *before;
        after.retired = retired;
        return change(retired ? tr("Kind \"%1\" retired").arg(after.name)
                              : tr("Kind \"%1\" offered again").arg(after.name),
                      *before, after,
                      QStringLiteral("UPDATE case_kind SET retired = ? WHERE code = ?"),
                      {retired ? 1 : 0, code});
    });
    auto reloaded = load(m_database);
    if (!changed)
        return changed;
    return reloaded ? Status{} : Status{Error{reloaded.error()}};
}

Result<CouncilKind> CaseKindStore::setSettings(const QString& code, const CouncilKindChange& wanted)
{
    if (!m_refusal.isEmpty())
        return fail(m_refusal);
    CouncilKind after;
    Status changed = m_database.transaction([&]() -> Status {
        auto stored = load(m_database);
        if (!stored)
            return Error{stored.error()};
        const auto before = find(code);
        if (!before || before->code != code)
            return fail(tr("There is no kind of the council's with the code \"%1\"; built-in "
                           "kinds cannot be changed")
                            .arg(code));
        after = *before;
        if (wanted.referencePrefix) {
            after.referencePrefix = wanted.referencePrefix->trimmed().toUpper();
            if (after.referencePrefix != before->referencePrefix)
                if (Status prefix =
                        checkPrefix(after.referencePrefix, takenPrefixes(stored.value(), code));
                    !prefix)
                    return prefix;
        }
        if (wanted.clockDays) {
            after.clockDays = *wanted.clockDays;
            // No clock, or a clock as long as the extension was, leaves nothing to extend.
            if (after.clockDays == 0 || after.extendedDays <= after.clockDays)
                after.extendedDays = 0;
        }
        if (wanted.extendedDays)
            after.extendedDays = *wanted.extendedDays;
        if (Status clock = checkClock(after); !clock)
            return clock;
        if (wanted.reportGroup)
            after.reportGroup = *wanted.reportGroup;
        if (wanted.retentionYears) {
            after.retentionYears = *wanted.retentionYears;
            if (after.retentionYears < 0 || after.retentionYears > 100)
                return fail(tr("Cases of \"%1\" can be kept 1 to 100 years after closure (0: as "
                               "long as its report group's), not %2")
                                .arg(after.name)
                                .arg(after.retentionYears));
        }
        if (after == *before)
            return {};
        const auto text = [](const CouncilKind& kind) {
            if (!kind.hasClock())
                return tr("no clock");
            return kind.isExtendable() ? tr("%1 working days, %2 extended")
                                             .arg(kind.clockDays)
                                             .arg(kind.extendedDays)
                                       : tr("%1 working days").arg(kind.clockDays);
        };
        const auto keptText = [](const CouncilKind& kind) {
            return kind.retentionYears > 0
                       ? tr("%n year(s) after closure", nullptr, kind.retentionYears)
                       : tr("as its report group");
        };
        QStringList what;
        if (after.referencePrefix != before->referencePrefix)
            what << tr("reference prefix %1, now %2")
                        .arg(before->referencePrefix, after.referencePrefix);
        if (after.clockDays != before->clockDays || after.extendedDays != before->extendedDays)
            what << tr("clock %1, now %2").arg(text(*before), text(after));
        if (after.retentionYears != before->retentionYears)
            what << tr("kept %1, now %2").arg(keptText(*before), keptText(after));
        if (after.reportGroup != before->reportGroup)
            what << tr("counted as %1, now %2")
                        .arg(kindReportGroupLabel(before->reportGroup),
                             kindReportGroupLabel(after.reportGroup));
        Status written =
            change(tr("Kind \"%1\" changed: %2").arg(after.name, what.join(QStringLiteral("; "))),
                   *before, after,
                   QStringLiteral("UPDATE case_kind SET reference_prefix = ?, clock_days = ?, "
                                  "extended_days = ?, report_group = ?, retention_years = ? "
                                  "WHERE code = ?"),
                   {after.referencePrefix, after.clockDays, after.extendedDays,
                    kindReportGroupCode(after.reportGroup),
                    after.retentionYears > 0 ? QVariant(after.retentionYears)
                                             : QVariant(QMetaType::fromType<int>()),
                    code});
        if (!written)
            return written;
        // The program's kinds follow at once, inside the transaction, so deadlines
        // recomputed in it count with the new clock.
        auto reloaded = load(m_database);
        return reloaded ? Status{} : Status{Error{reloaded.error()}};
    });
    // A refused change leaves the kinds as the database has them.
    auto reloaded = load(m_database);
    if (!changed)
        return Error{changed.error()};
    if (!reloaded)
        return Error{reloaded.error()};
    return after;
}

Status CaseKindStore::change(const QString& detail, const CouncilKind& before,
                             const CouncilKind& after, const QString& statement,
                             const QVariantList& values)
{
    if (auto written = sql::exec(m_database.sql(), statement, values); !written)
        return Error{written.error()};
    AuditEntry entry;
    entry.actor = m_actor.isEmpty() ? QStringLiteral("unknown") : m_actor;
    entry.action = QStringLiteral("admin_case_kind");
    entry.detail = detail;
    entry.before = kindJson(before);
    entry.after = kindJson(after);
    return AuditLog(m_database).append(entry);
}

} // namespace redress
