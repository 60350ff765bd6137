#include "CaseBatchReader.h"

#include "storage/CaseQuery.h"
#include "storage/CaseRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <functional>

namespace redress::exporting {

namespace {

// Runs `statement`, whose %1 is the batch's ids, and gives each row to `onRow` with the row's
// owner, found through `owners` by the id in column `ownerColumn`. Rows come ordered by
// owner, so each collection is filled in its stored order.
template <typename Owner>
Status eachRow(const QSqlDatabase& db, const QString& statement, const QString& ids,
               const QHash<qint64, Owner*>& owners, int ownerColumn,
               const std::function<void(Owner&, const QSqlQuery&)>& onRow)
{
    auto query = sql::exec(db, statement.arg(ids));
    if (!query)
        return Error{query.error()};
    while (query->next())
        if (Owner* owner = owners.value(query->value(ownerColumn).toLongLong()))
            onRow(*owner, query.value());
    return {};
}

QHash<qint64, Case*> byId(QList<Case>& cases)
{
    QHash<qint64, Case*> result;
    result.reserve(cases.size());
    for (Case& c : cases)
        result.insert(c.id, &c);
    return result;
}

} // namespace

CaseBatchReader::CaseBatchReader(Database& database, QDate from, QDate to,
                                 std::optional<QString> viewer)
    : m_database(database), m_from(from), m_to(to), m_viewer(std::move(viewer))
{}

QString CaseBatchReader::conditions(QVariantList& values) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (m_from.isValid()) {
        where += QStringLiteral(" AND c.received_on >= ?");
        values << sql::date(m_from);
    }
    if (m_to.isValid()) {
        where += QStringLiteral(" AND c.received_on <= ?");
        values << sql::date(m_to);
    }
    if (m_viewer) {
        where += QStringLiteral(" AND ") + CaseQuery::visibleTo(QStringLiteral("c.id"));
        values << *m_viewer;
    }
    return where;
}

Result<qint64> CaseBatchReader::count() const
{
    QVariantList values;
    const QString where = conditions(values);
    auto n = sql::scalar(m_database.sql(), QStringLiteral("SELECT COUNT(*) FROM cases c") + where,
                         values);
    if (!n)
        return Error{n.error()};
    return n->toLongLong();
}

Result<QList<Case>> CaseBatchReader::next()
{
    QList<Case> cases;
    if (m_done)
        return cases;
    QVariantList values;
    QString where = conditions(values);
    // Keyset paging on (received_on, id), which the received_on index (with the row id
    // beside it) serves, so each batch costs the same however far through the export it is.
    if (m_lastId != 0) {
        where += QStringLiteral(" AND (c.received_on > ? OR (c.received_on = ? AND c.id > ?))");
        values << sql::date(m_lastReceived) << sql::date(m_lastReceived) << m_lastId;
    }
    auto query = sql::exec(
        m_database.sql(),
        QStringLiteral("SELECT ") + caseColumns +
            QStringLiteral(" FROM cases c LEFT JOIN person p ON p.id = c.complainant_id") + where +
            QStringLiteral(" ORDER BY c.received_on, c.id LIMIT %1").arg(batchSize),
        values);
    if (!query)
        return Error{query.error()};
    cases.reserve(batchSize);
    while (query->next())
        cases.append(caseFromRow(query.value()));
    if (cases.size() < batchSize)
        m_done = true;
    if (cases.isEmpty())
        return cases;
    m_lastReceived = cases.constLast().receivedOn;
    m_lastId = cases.constLast().id;

    // The ids are the database's own integers, written into the statements rather than bound
    // so a batch needs no more parameters than any database allows.
    QStringList idList;
    idList.reserve(cases.size());
    for (const Case& c : cases)
        idList << QString::number(c.id);
    const QString ids = idList.join(u',');
    for (auto read : {&CaseBatchReader::readStages, &CaseBatchReader::readPeopleAndPoints,
                      &CaseBatchReader::readActions, &CaseBatchReader::readHistory,
                      &CaseBatchReader::readOmbudsman})
        if (Status s = (this->*read)(cases, ids); !s)
            return Error{s.error()};
    return cases;
}

Status CaseBatchReader::readStages(QList<Case>& cases, const QString& ids) const
{
    const QSqlDatabase& db = m_database.sql();
    const QHash<qint64, Case*> owners = byId(cases);
    // The case id comes after the columns stageFromRow reads.
    constexpr int caseColumn = 26;
    if (Status s =
            eachRow<Case>(db,
                          QStringLiteral("SELECT id, ") + stageColumns +
                              QStringLiteral(", case_id FROM stage WHERE case_id IN (%1) "
                                             "ORDER BY case_id, number"),
                          ids, owners, caseColumn,
                          [](Case& c, const QSqlQuery& q) { c.stages.append(stageFromRow(q)); });
        !s)
        return s;
    QHash<qint64, Stage*> stages;
    for (Case& c : cases)
        for (Stage& stage : c.stages)
            stages.insert(stage.id, &stage);
    return eachRow<Stage>(
        db,
        QStringLiteral("SELECT s.stage_id, s.id, s.from_date, s.until_date, s.reason FROM "
                       "suspension s JOIN stage st ON st.id = s.stage_id WHERE st.case_id IN (%1) "
                       "ORDER BY s.stage_id, s.from_date, s.id"),
        ids, stages, 0, [](Stage& stage, const QSqlQuery& q) {
            stage.suspensions.append({q.value(1).toLongLong(), sql::toDate(q.value(2)),
                                      sql::toDate(q.value(3)), q.value(4).toString()});
        });
}

Status CaseBatchReader::readPeopleAndPoints(QList<Case>& cases, const QString& ids) const
{
    const QSqlDatabase& db = m_database.sql();
    const QHash<qint64, Case*> owners = byId(cases);
    if (Status s = eachRow<Case>(
            db,
            QStringLiteral("SELECT cc.case_id, ch.id, ch.social_care_reference, ch.name, "
                           "cc.status, cc.advocate_offered, cc.advocate_provider FROM case_child "
                           "cc JOIN child ch ON ch.id = cc.child_id WHERE cc.case_id IN (%1) "
                           "ORDER BY cc.case_id, cc.id"),
            ids, owners, 0,
            [](Case& c, const QSqlQuery& q) {
                c.children.append({q.value(1).toLongLong(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(),
                                   q.value(5).toInt() != 0, q.value(6).toString()});
            });
        !s)
        return s;
    if (Status s = eachRow<Case>(
            db,
            QStringLiteral("SELECT case_id, id, description, category, team_id FROM "
                           "complaint_point WHERE case_id IN (%1) ORDER BY case_id, position"),
            ids, owners, 0,
            [](Case& c, const QSqlQuery& q) {
                c.points.append({q.value(1).toLongLong(),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toLongLong(),
                                 {}});
            });
        !s)
        return s;
    QHash<qint64, ComplaintPoint*> points;
    for (Case& c : cases)
        for (ComplaintPoint& point : c.points)
            points.insert(point.id, &point);
    if (Status s = eachRow<ComplaintPoint>(
            db,
            QStringLiteral("SELECT f.point_id, f.stage_number, f.finding FROM point_finding f "
                           "JOIN complaint_point p ON p.id = f.point_id WHERE p.case_id IN (%1) "
                           "ORDER BY f.point_id, f.stage_number"),
            ids, points, 0,
            [](ComplaintPoint& point, const QSqlQuery& q) {
                point.findings.append({q.value(1).toInt(), q.value(2).toString()});
            });
        !s)
        return s;
    return eachRow<Case>(db,
                         QStringLiteral("SELECT case_id, id, name, job_title FROM staff_named "
                                        "WHERE case_id IN (%1) ORDER BY case_id, id"),
                         ids, owners, 0, [](Case& c, const QSqlQuery& q) {
                             c.staffNamed.append({q.value(1).toLongLong(), q.value(2).toString(),
                                                  q.value(3).toString()});
                         });
}

Status CaseBatchReader::readActions(QList<Case>& cases, const QString& ids) const
{
    const QSqlDatabase& db = m_database.sql();
    const QHash<qint64, Case*> owners = byId(cases);
    if (Status s = eachRow<Case>(
            db,
            QStringLiteral("SELECT case_id, id, stage_number, type, description, amount_pence, "
                           "agreed_on, completed_on FROM remedy WHERE case_id IN (%1) "
                           "ORDER BY case_id, id"),
            ids, owners, 0,
            [](Case& c, const QSqlQuery& q) {
                c.remedies.append({q.value(1).toLongLong(), q.value(2).toInt(),
                                   q.value(3).toString(), q.value(4).toString(),
                                   q.value(5).toLongLong(), sql::toDate(q.value(6)),
                                   sql::toDate(q.value(7))});
            });
        !s)
        return s;
    if (Status s = eachRow<Case>(
            db,
            QStringLiteral("SELECT case_id, id, description, theme, owner, due_on, status, "
                           "not_implemented_reason, completed_on FROM learning_action "
                           "WHERE case_id IN (%1) ORDER BY case_id, id"),
            ids, owners, 0,
            [](Case& c, const QSqlQuery& q) {
                c.learningActions.append({q.value(1).toLongLong(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(),
                                          sql::toDate(q.value(5)), q.value(6).toString(),
                                          q.value(7).toString(), sql::toDate(q.value(8))});
            });
        !s)
        return s;
    return eachRow<Case>(
        db,
        QStringLiteral("SELECT case_id, id, stage_number, kind, amount_pence, incurred_on, note "
                       "FROM cost WHERE case_id IN (%1) ORDER BY case_id, id"),
        ids, owners, 0, [](Case& c, const QSqlQuery& q) {
            c.costs.append({q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
                            q.value(4).toLongLong(), sql::toDate(q.value(5)),
                            q.value(6).toString()});
        });
}

Status CaseBatchReader::readHistory(QList<Case>& cases, const QString& ids) const
{
    const QSqlDatabase& db = m_database.sql();
    const QHash<qint64, Case*> owners = byId(cases);
    if (Status s = eachRow<Case>(
            db,
            QStringLiteral("SELECT l.from_case_id, l.to_case_id, c.reference, l.kind FROM "
                           "case_link l JOIN cases c ON c.id = l.to_case_id "
                           "WHERE l.from_case_id IN (%1) ORDER BY l.from_case_id, l.id"),
            ids, owners, 0,
            [](Case& c, const QSqlQuery& q) {
                c.links.append(
                    {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
            });
        !s)
        return s;
    if (Status s =
            eachRow<Case>(db,
                          QStringLiteral("SELECT case_id, reopened_on, reason FROM "
                                         "reopening WHERE case_id IN (%1) "
                                         "ORDER BY case_id, id"),
                          ids, owners, 0,
                          [](Case& c, const QSqlQuery& q) {
                              c.reopenings.append({sql::toDate(q.value(1)), q.value(2).toString()});
                          });
        !s)
        return s;
    return eachRow<Case>(db,
                         QStringLiteral("SELECT case_id, id, created_at, author, text FROM note "
                                        "WHERE case_id IN (%1) ORDER BY case_id, id"),
                         ids, owners, 0, [](Case& c, const QSqlQuery& q) {
                             c.notes.append({q.value(1).toLongLong(), sql::toTimestamp(q.value(2)),
                                             q.value(3).toString(), q.value(4).toString()});
                         });
}

Status CaseBatchReader::readOmbudsman(QList<Case>& cases, const QString& ids) const
{
    // As CaseRepository::load, only an Ombudsman enquiry carries the Ombudsman's decision.
    QHash<qint64, Case*> enquiries;
    for (Case& c : cases)
        if (c.kind == CaseKind::OmbudsmanEnquiry)
            enquiries.insert(c.id, &c);
    if (enquiries.isEmpty())
        return {};
    const QSqlDatabase& db = m_database.sql();
    if (Status s = eachRow<Case>(
            db,
            QStringLiteral("SELECT case_id, lgsco_reference, decision, decided_on, fault_found, "
                           "injustice_found, remedy_already_provided FROM ombudsman_decision "
                           "WHERE case_id IN (%1) ORDER BY case_id"),
            ids, enquiries, 0,
            [](Case& c, const QSqlQuery& q) {
                OmbudsmanDecision& d = c.ombudsman;
                d.lgscoReference = q.value(1).toString();
                d.decisionCode = q.value(2).toString();
                d.decidedOn = sql::toDate(q.value(3));
                d.faultFound = q.value(4).toInt() != 0;
                d.injusticeFound = q.value(5).toInt() != 0;
                d.satisfactoryRemedyAlreadyProvided = q.value(6).toInt() != 0;
            });
        !s)
        return s;
    return eachRow<Case>(
        db,
        QStringLiteral("SELECT case_id, id, description, amount_pence, due_on, complied_on, "
                       "remedy_type FROM ombudsman_recommendation WHERE case_id IN (%1) "
                       "ORDER BY case_id, id"),
        ids, enquiries, 0, [](Case& c, const QSqlQuery& q) {
            c.ombudsman.recommendations.append({q.value(1).toLongLong(), q.value(2).toString(),
                                                q.value(3).toLongLong(), sql::toDate(q.value(4)),
                                                sql::toDate(q.value(5)), q.value(6).toString()});
        });
}

} // namespace redress::exporting
