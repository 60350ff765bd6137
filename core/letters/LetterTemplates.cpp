#include "LetterTemplates.h"

#include "letters/DefaultLetters.h"
#include "letters/MergeFields.h"
#include "letters/OdtPackage.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace redress::letters {

LetterTemplates::LetterTemplates(Database& database, QString actor)
    : m_database(database), m_actor(std::move(actor))
{}

Result<QList<LetterTemplate>> LetterTemplates::all() const
{
    QList<LetterTemplate> templates;
    for (const DefaultLetter& letter : DefaultLetters::all())
        templates.append({letter.name,
                          letter.title,
                          OdtPackage::fromParagraphs(letter.paragraphs).toBytes(),
                          true,
                          {},
                          {}});
    auto rows = sql::exec(m_database.sql(),
                          QStringLiteral("SELECT name, title, content, updated_by, updated_at "
                                         "FROM letter_template ORDER BY id"));
    if (!rows)
        return Error{rows.error()};
    while (rows->next()) {
        LetterTemplate stored{rows->value(0).toString(),    rows->value(1).toString(),
                              rows->value(2).toByteArray(), false,
                              rows->value(3).toString(),    sql::toTimestamp(rows->value(4))};
        auto same = std::find_if(templates.begin(), templates.end(),
                                 [&](const LetterTemplate& t) { return t.name == stored.name; });
        if (same != templates.end())
            *same = stored;
        else
            templates.append(stored);
    }
    return templates;
}

Result<LetterTemplate> LetterTemplates::find(const QString& nameOrTitle) const
{
    auto templates = all();
    if (!templates)
        return Error{templates.error()};
    const QString wanted = nameOrTitle.trimmed();
    QStringList names;
    for (const LetterTemplate& letter : templates.value()) {
        if (letter.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            letter.title.compare(wanted, Qt::CaseInsensitive) == 0)
            return letter;
        names.append(letter.name);
    }
    return fail(tr("There is no letter template \"%1\"; the templates are: %2")
                    .arg(wanted, names.join(QStringLiteral(", "))));
}

Status LetterTemplates::save(const QString& name, const QString& title, const QByteArray& odt)
{
    if (m_refusal)
        return *m_refusal;
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return fail(tr("\"%1\" cannot be a template's name: use lower-case letters, digits and "
                       "hyphens. Nothing was saved.")
                        .arg(name));
    if (title.trimmed().isEmpty())
        return fail(tr("The template needs a title. Nothing was saved."));
    auto package = OdtPackage::read(odt, tr("The template \"%1\"").arg(title.trimmed()));
    if (!package)
        return Error{package.error() + u' ' + tr("Nothing was saved.")};
    QStringList unknown;
    for (const QString& field : fieldsIn(package->member(QStringLiteral("content.xml"))))
        if (!MergeFields::isKnown(field))
            unknown.append(u"{{" + field + u"}}");
    if (!unknown.isEmpty()) {
        unknown.sort();
        return fail(tr("The template \"%1\" uses merge fields Redress does not know: %2. "
                       "Correct them (the user guide lists the fields). Nothing was saved.")
                        .arg(title.trimmed(), unknown.join(QStringLiteral(", "))));
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(odt, QCryptographicHash::Sha256).toHex());
    return m_database.transaction([&]() -> Status {
        auto removed = sql::exec(
            m_database.sql(), QStringLiteral("DELETE FROM letter_template WHERE name = ?"), {name});
        if (!removed)
            return Error{removed.error()};
        const bool replaced = removed->numRowsAffected() > 0;
        auto inserted = sql::exec(
            m_database.sql(),
            QStringLiteral("INSERT INTO letter_template (name, title, content, updated_by, "
                           "updated_at) VALUES (?, ?, ?, ?, ?)"),
            {name, title.trimmed(), odt, m_actor, sql::timestamp(now)});
        if (!inserted)
            return Error{inserted.error()};
        AuditEntry entry;
        entry.actor = m_actor;
        entry.atUtc = now;
        entry.action = QStringLiteral("letter_template");
        entry.detail = (replaced ? tr("Letter template replaced: %1")
                                 : tr("Letter template "
                                      "added: %1"))
                           .arg(title.trimmed());
        entry.after = {{QStringLiteral("template"), name},
                       {QStringLiteral("size"), qint64(odt.size())},
                       {QStringLiteral("sha256"), hash}};
        return AuditLog(m_database).append(entry);
    });
}

} // namespace redress::letters
