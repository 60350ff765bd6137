#include "CaseRestriction.h"

#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseRestriction)
};

QJsonObject listed(const QStringList& logins)
{
    return {{QStringLiteral("restricted_to"), QJsonArray::fromStringList(logins)}};
}

} // namespace

bool CaseRestriction::mayChange() const
{
    return m_session.role() != Session::Role::Officer;
}

Result<QStringList> CaseRestriction::peopleFor(qint64 caseId) const
{
    auto rows = sql::exec(m_session.database().sql(),
                          QStringLiteral("SELECT username FROM case_restriction WHERE case_id = ? "
                                         "ORDER BY username"),
                          {caseId});
    if (!rows)
        return Error{rows.error()};
    QStringList logins;
    while (rows->next())
        logins << rows->value(0).toString();
    return logins;
}

Status CaseRestriction::restrictTo(const Case& record, const QStringList& logins)
{
    QStringList named{m_session.actor()};
    for (const QString& login : logins)
        if (const QString trimmed = login.trimmed(); !trimmed.isEmpty() && !named.contains(trimmed))
            named << trimmed;
    Database& database = m_session.database();
    for (const QString& login : std::as_const(named).sliced(1)) {
        auto known = sql::scalar(database.sql(),
                                 QStringLiteral("SELECT COUNT(*) FROM app_user WHERE username = ? "
                                                "AND active = 1"),
                                 {login}, 0);
        if (!known)
            return Error{known.error()};
        if (known->toLongLong() == 0)
            return fail(Text::tr("%1 is not a current user of Redress, so case %2 cannot be "
                                 "restricted to them; nothing was changed. Users are listed "
                                 "under Administration › Users.")
                            .arg(login, record.reference));
    }
    return change(record, named);
}

Status CaseRestriction::lift(const Case& record)
{
    return change(record, {});
}

Status CaseRestriction::change(const Case& record, const QStringList& logins)
{
    if (!mayChange())
        return fail(Text::tr("Only a lead officer or an administrator can restrict a case or "
                             "lift a restriction; %1 is signed in as an officer. Nothing was "
                             "changed.")
                        .arg(m_session.actor()));
    auto before = peopleFor(record.id);
    if (!before)
        return Error{before.error()};
    QStringList after = logins;
    after.sort();
    if (before.value() == after)
        return {};
    Database& database = m_session.database();
    Status done = database.transaction([&]() -> Status {
        AuditLog audit = m_session.auditLog();
        // Queue behind other writers of the trail before taking any row lock.
        if (Status locked = audit.lockChain(); !locked)
            return locked;
        if (auto cleared = sql::exec(
                database.sql(), QStringLiteral("DELETE FROM case_restriction WHERE case_id = ?"),
                {record.id});
            !cleared)
            return Error{cleared.error()};
        if (!logins.isEmpty()) {
            // One statement, the person restricting first: on PostgreSQL the row-level check
            // of each new row then finds the case still within their sight.
            QStringList rows;
            QVariantList values;
            for (const QString& login : logins) {
                rows << QStringLiteral("(?, ?)");
                values << record.id << login;
            }
            if (auto added = sql::exec(database.sql(),
                                       QStringLiteral("INSERT INTO case_restriction (case_id, "
                                                      "username) VALUES ") +
                                           rows.join(QStringLiteral(", ")),
                                       values);
                !added)
                return Error{added.error()};
        }
        AuditEntry entry;
        entry.actor = m_session.actor();
        entry.caseId = record.id;
        entry.caseReference = record.reference;
        entry.action =
            logins.isEmpty() ? QStringLiteral("lift_restriction") : QStringLiteral("restrict");
        entry.detail = logins.isEmpty()
                           ? Text::tr("Restriction lifted: everyone may see the case")
                           : Text::tr("Restricted to %1").arg(after.join(QStringLiteral(", ")));
        entry.before = listed(before.value());
        entry.after = listed(after);
        return audit.append(entry);
    });
    if (!done)
        return fail(Text::tr("Case %1 was not changed: %2").arg(record.reference, done.error()));
    m_session.notifyCasesChanged();
    return {};
}

Result<QSet<qint64>> CaseRestriction::hiddenFrom(Database& database, const QString& viewer)
{
    auto rows = sql::exec(database.sql(),
                          QStringLiteral("SELECT case_id FROM case_restriction GROUP BY case_id "
                                         "HAVING SUM(CASE WHEN username = ? THEN 1 ELSE 0 END) "
                                         "= 0"),
                          {viewer});
    if (!rows)
        return Error{rows.error()};
    QSet<qint64> hidden;
    while (rows->next())
        hidden.insert(rows->value(0).toLongLong());
    return hidden;
}

} // namespace redress
