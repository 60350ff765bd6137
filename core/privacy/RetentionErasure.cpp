#include "RetentionErasure.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QStringList>

namespace redress {

namespace {

Status run(Database& database, const QString& statement, const QVariantList& values)
{
    auto done = sql::exec(database.sql(), statement, values);
    return done ? Status{} : Status{Error{done.error()}};
}

Result<QList<qint64>> ids(Database& database, const QString& statement, const QVariantList& values)
{
    auto query = sql::exec(database.sql(), statement, values);
    if (!query)
        return Error{query.error()};
    QList<qint64> result;
    while (query->next())
        result.append(query->value(0).toLongLong());
    return result;
}

// The cases of this run, as a list SQL can take (ids are numbers Redress read itself).
QString idList(const QList<qint64>& removing)
{
    QStringList ids;
    for (qint64 id : removing)
        ids << QString::number(id);
    return ids.isEmpty() ? QStringLiteral("0") : ids.join(u',');
}

// Free text and names held in a case's parts, blanked where it is anonymised. (A statement
// split over lines is in parentheses: one element, not two by a missing comma.)
const char* const blankParts[] = {
    ("UPDATE stage SET extension_reason = '', escalation_waiver_reason = '', "
     "responding_manager = '', investigating_officer = '', independent_person = '', "
     "panel_chair = '' WHERE case_id = ?"),
    "UPDATE suspension SET reason = '' WHERE stage_id IN (SELECT id FROM stage WHERE case_id = ?)",
    "UPDATE complaint_point SET description = '' WHERE case_id = ?",
    "UPDATE remedy SET description = '' WHERE case_id = ?",
    ("UPDATE learning_action SET description = '', owner = '', not_implemented_reason = '' "
     "WHERE case_id = ?"),
    "UPDATE staff_named SET name = '', job_title = '' WHERE case_id = ?",
    "UPDATE cost SET note = '' WHERE case_id = ?",
    "UPDATE reopening SET reason = '' WHERE case_id = ?",
    "UPDATE ombudsman_recommendation SET description = '' WHERE case_id = ?",
    "DELETE FROM note WHERE case_id = ?",
};

} // namespace

// Deleted rather than blanked: a file is personal data through and through, and no report
// counts files, so an emptied row would keep nothing worth keeping.
Status RetentionErasure::removeDocuments(qint64 caseId)
{
    auto removed = sql::exec(m_database.sql(),
                             QStringLiteral("DELETE FROM attachment WHERE case_id = ?"), {caseId});
    if (!removed)
        return Error{removed.error()};
    m_documentsRemoved += removed->numRowsAffected();
    return {};
}

Status RetentionErasure::anonymise(qint64 caseId, const QList<qint64>& removing, QDate today)
{
    if (Status s = removeDocuments(caseId); !s)
        return s;
    if (Status s = detachPerson(caseId, removing); !s)
        return s;
    if (Status s = detachChildren(caseId, removing); !s)
        return s;
    for (const char* statement : blankParts)
        if (Status s = run(m_database, QString::fromLatin1(statement), {caseId}); !s)
            return s;
    return run(m_database,
               QStringLiteral("UPDATE cases SET summary = '', time_limit_waiver_reason = '', "
                              "anonymised_on = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ?"),
               {sql::date(today), sql::timestamp(Clock::currentDateTimeUtc()), caseId});
}

Status RetentionErasure::detachPerson(qint64 caseId, const QList<qint64>& removing)
{
    auto person = sql::scalar(m_database.sql(),
                              QStringLiteral("SELECT complainant_id FROM cases WHERE id = ?"),
                              {caseId}, QVariant());
    if (!person)
        return Error{person.error()};
    if (person->isNull())
        return {};
    const qint64 personId = person->toLongLong();
    // On a team server a case restricted from the login applying retention still keeps the
    // person, so the server counts with the owner's rights (migration 0026).
    auto kept = sql::scalar(
        m_database.sql(),
        (m_database.isSqlite()
             ? QStringLiteral("SELECT COUNT(*) FROM cases WHERE complainant_id = ? "
                              "AND anonymised_on IS NULL AND id NOT IN (%1)")
             : QStringLiteral("SELECT redress_cases_keeping_person(?, ARRAY[%1]::BIGINT[])"))
            .arg(idList(removing)),
        {personId});
    if (!kept)
        return Error{kept.error()};
    if (kept->toLongLong() == 0)
        return run(m_database,
                   QStringLiteral("UPDATE person SET full_name = '', email = '', phone = '', "
                                  "address = '', postcode = '', version = version + 1 "
                                  "WHERE id = ?"),
                   {personId});
    // The equality monitoring fields stay with the anonymised case, for the reports.
    auto copy = sql::insert(
        m_database.sql(),
        QStringLiteral("INSERT INTO person (ward, age_band, ethnicity, disability, anonymous) "
                       "SELECT ward, age_band, ethnicity, disability, anonymous FROM person "
                       "WHERE id = ? RETURNING id"),
        {personId});
    if (!copy)
        return Error{copy.error()};
    return run(m_database, QStringLiteral("UPDATE cases SET complainant_id = ? WHERE id = ?"),
               {copy.value(), caseId});
}

Status RetentionErasure::detachChildren(qint64 caseId, const QList<qint64>& removing)
{
    auto children =
        ids(m_database,
            QStringLiteral("SELECT DISTINCT child_id FROM case_child WHERE case_id = ?"), {caseId});
    if (!children)
        return Error{children.error()};
    for (qint64 child : children.value()) {
        auto kept = sql::scalar(
            m_database.sql(),
            (m_database.isSqlite()
                 ? QStringLiteral("SELECT COUNT(*) FROM case_child cc JOIN cases c ON c.id = "
                                  "cc.case_id WHERE cc.child_id = ? AND c.anonymised_on IS NULL "
                                  "AND c.id NOT IN (%1)")
                 : QStringLiteral("SELECT redress_cases_keeping_child(?, ARRAY[%1]::BIGINT[])"))
                .arg(idList(removing)),
            {child});
        if (!kept)
            return Error{kept.error()};
        if (kept->toLongLong() == 0) {
            if (Status s = run(m_database,
                               QStringLiteral("UPDATE child SET name = '', social_care_reference "
                                              "= '' WHERE id = ?"),
                               {child});
                !s)
                return s;
            continue;
        }
        auto copy = sql::insert(m_database.sql(),
                                QStringLiteral("INSERT INTO child (name, social_care_reference) "
                                               "VALUES ('', '') RETURNING id"),
                                {});
        if (!copy)
            return Error{copy.error()};
        if (Status s = run(m_database,
                           QStringLiteral("UPDATE case_child SET child_id = ? WHERE case_id = ? "
                                          "AND child_id = ?"),
                           {copy.value(), caseId, child});
            !s)
            return s;
    }
    return {};
}

Status RetentionErasure::onServer(qint64 caseId, const QList<qint64>& removing,
                                  const QString& detail)
{
    auto documents = sql::scalar(
        m_database.sql(),
        QStringLiteral("SELECT redress_retention_for_hidden_case(?, CAST(? AS BIGINT[]), ?)"),
        {caseId, QString(u'{' + idList(removing) + u'}'), detail});
    if (!documents)
        return Error{documents.error()};
    m_documentsRemoved += documents->toLongLong();
    return {};
}

Status RetentionErasure::remove(qint64 caseId)
{
    auto person = sql::scalar(m_database.sql(),
                              QStringLiteral("SELECT complainant_id FROM cases WHERE id = ?"),
                              {caseId}, QVariant());
    if (!person)
        return Error{person.error()};
    auto children =
        ids(m_database,
            QStringLiteral("SELECT DISTINCT child_id FROM case_child WHERE case_id = ?"), {caseId});
    if (!children)
        return Error{children.error()};
    // The foreign key would take them with the case; removed first so the run can count them.
    if (Status s = removeDocuments(caseId); !s)
        return s;
    if (Status s = run(m_database, QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId}); !s)
        return s;
    if (!person->isNull())
        if (Status s = run(m_database,
                           QStringLiteral("DELETE FROM person WHERE id = ? AND NOT EXISTS (SELECT "
                                          "1 FROM cases WHERE complainant_id = ?)"),
                           {person->toLongLong(), person->toLongLong()});
            !s)
            return s;
    for (qint64 child : children.value())
        if (Status s = run(m_database,
                           QStringLiteral("DELETE FROM child WHERE id = ? AND NOT EXISTS (SELECT 1 "
                                          "FROM case_child WHERE child_id = ?)"),
                           {child, child});
            !s)
            return s;
    return {};
}

} // namespace redress
