#include "SubjectAccess.h"

#include "SubjectAccessText.h"
#include "attachments/Attachments.h"
#include "attachments/AttachmentsInZip.h"
#include "domain/CaseJson.h"
#include "export/ZipWriter.h"
#include "intake/PeopleDirectory.h"
#include "privacy/CaseRestriction.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceLabels.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "util/SafeOutput.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace redress {

namespace {

// A name this short would match half the database; such a record is looked up by its cases
// only.
constexpr qsizetype shortestNameSearched = 3;

QJsonObject personToJson(const Person& person)
{
    return {{QStringLiteral("id"), person.id},
            {QStringLiteral("fullName"), person.fullName},
            {QStringLiteral("email"), person.email},
            {QStringLiteral("phone"), person.phone},
            {QStringLiteral("address"), person.address},
            {QStringLiteral("postcode"), person.postcode},
            {QStringLiteral("ward"), person.ward},
            {QStringLiteral("ageBand"), person.ageBand},
            {QStringLiteral("ethnicity"), person.ethnicity},
            {QStringLiteral("disability"), person.disability},
            {QStringLiteral("anonymous"), person.anonymous}};
}

QJsonObject auditToJson(const AuditEntry& entry)
{
    return {{QStringLiteral("at"), entry.atUtc.toString(Qt::ISODate)},
            {QStringLiteral("actor"), entry.actor},
            {QStringLiteral("caseReference"), entry.caseReference},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("detail"), entry.detail},
            {QStringLiteral("before"), entry.before},
            {QStringLiteral("after"), entry.after}};
}

// The people in a case who are not the subject: each to be reviewed before disclosure.
QList<ThirdParty> thirdPartiesIn(const Case& record, const Person& subject)
{
    QList<ThirdParty> parties;
    const auto add = [&](const QString& name, const QString& role) {
        if (!name.trimmed().isEmpty() &&
            name.trimmed().compare(subject.fullName.trimmed(), Qt::CaseInsensitive) != 0)
            parties.append({name.trimmed(), role, record.reference});
    };
    if (record.complainant.id != subject.id)
        add(record.complainant.fullName, SubjectAccess::tr("complainant"));
    for (const ChildConcerned& child : record.children)
        add(child.name, SubjectAccess::tr("child concerned"));
    for (const StaffNamed& staff : record.staffNamed)
        add(staff.name, SubjectAccess::tr("member of staff named"));
    return parties;
}

} // namespace

Result<QList<Case>> SubjectAccess::loadCases(const QString& statement,
                                             const QVariantList& values) const
{
    auto ids = sql::exec(m_session.database().sql(), statement, values);
    if (!ids)
        return Error{ids.error()};
    QList<qint64> caseIds;
    while (ids->next())
        caseIds.append(ids->value(0).toLongLong());
    // Cases restricted to others are not this person's to disclose.
    auto hidden = CaseRestriction::hiddenFrom(m_session.database(), m_session.actor());
    if (!hidden)
        return Error{hidden.error()};
    caseIds.removeIf([&](qint64 id) { return hidden->contains(id); });
    QList<Case> cases;
    CaseRepository repository = m_session.cases();
    for (qint64 id : caseIds) {
        auto loaded = repository.load(id);
        if (!loaded)
            return Error{loaded.error()};
        cases.append(std::move(loaded.value()));
    }
    return cases;
}

Result<SubjectAccessRecord> SubjectAccess::gather(qint64 personId) const
{
    if (m_session.role() == Session::Role::Officer)
        return fail(tr("Only a lead officer or an administrator can answer a subject access "
                       "request; %1 is signed in as an officer.")
                        .arg(m_session.actor()));
    auto person = m_session.people().person(personId);
    if (!person)
        return fail(tr("There is no person %1 in this database (the number is shown beside "
                       "the complainant in a case)")
                        .arg(personId));

    SubjectAccessRecord record;
    record.person = person.value();
    record.producedOn = Clock::today();
    record.producedBy = m_session.actor();

    auto own = loadCases(QStringLiteral("SELECT id FROM cases WHERE complainant_id = ? "
                                        "ORDER BY received_on, id"),
                         {personId});
    if (!own)
        return Error{own.error()};
    record.cases = std::move(own.value());

    QSet<qint64> ownIds;
    for (const Case& c : std::as_const(record.cases))
        ownIds.insert(c.id);
    const QString name = record.person.fullName.trimmed();
    const bool searchByName = !record.person.anonymous && name.size() >= shortestNameSearched;
    const QString pattern = u'%' + PeopleDirectory::escapeLike(name.toLower()) + u'%';
    if (searchByName) {
        auto others = loadCases(
            QStringLiteral(
                "SELECT id FROM cases WHERE (complainant_id IS NULL OR complainant_id <> ?) AND ("
                "LOWER(summary) LIKE ? ESCAPE '!' "
                "OR id IN (SELECT case_id FROM note WHERE LOWER(text) LIKE ? ESCAPE '!') "
                "OR id IN (SELECT case_id FROM staff_named WHERE LOWER(name) LIKE ? ESCAPE '!') "
                "OR id IN (SELECT cc.case_id FROM case_child cc JOIN child ch ON ch.id = "
                "cc.child_id WHERE LOWER(ch.name) LIKE ? ESCAPE '!')) ORDER BY received_on, id"),
            {personId, pattern, pattern, pattern, pattern});
        if (!others)
            return Error{others.error()};
        record.mentioning = std::move(others.value());
    }

    AuditLog audit = m_session.auditLog();
    auto hidden = CaseRestriction::hiddenFrom(m_session.database(), m_session.actor());
    if (!hidden)
        return Error{hidden.error()};
    QSet<qint64> seen;
    const auto addEntries = [&](const QList<AuditEntry>& entries) {
        for (const AuditEntry& entry : entries)
            if (!seen.contains(entry.id) && !hidden->contains(entry.caseId)) {
                seen.insert(entry.id);
                record.audit.append(entry);
            }
    };
    for (const Case& c : std::as_const(record.cases)) {
        auto entries = audit.entriesForCase(c.id);
        if (!entries)
            return Error{entries.error()};
        addEntries(entries.value());
    }
    if (searchByName) {
        auto naming = audit.entriesMatching(pattern);
        if (!naming)
            return Error{naming.error()};
        addEntries(naming.value());
    }
    std::sort(record.audit.begin(), record.audit.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });

    for (const Case& c : std::as_const(record.cases))
        record.thirdParties += thirdPartiesIn(c, record.person);
    for (const Case& c : std::as_const(record.mentioning))
        record.thirdParties += thirdPartiesIn(c, record.person);
    return record;
}

QJsonObject SubjectAccess::toJson(const SubjectAccessRecord& record)
{
    QJsonArray cases;
    for (const Case& c : record.cases)
        cases.append(CaseJson::toJson(c));
    QJsonArray mentioning;
    for (const Case& c : record.mentioning)
        mentioning.append(CaseJson::toJson(c));
    QJsonArray audit;
    for (const AuditEntry& entry : record.audit)
        audit.append(auditToJson(entry));
    QJsonArray parties;
    for (const ThirdParty& party : record.thirdParties)
        parties.append(QJsonObject{{QStringLiteral("name"), party.name},
                                   {QStringLiteral("role"), party.role},
                                   {QStringLiteral("caseReference"), party.caseReference}});
    return {{QStringLiteral("producedOn"), CaseJson::date(record.producedOn)},
            {QStringLiteral("producedBy"), record.producedBy},
            {QStringLiteral("person"), personToJson(record.person)},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("casesNamingThem"), mentioning},
            {QStringLiteral("auditEntries"), audit},
            {QStringLiteral("thirdPartiesToReview"), parties}};
}

Result<SubjectAccessRecord> SubjectAccess::writePackage(qint64 personId, const QString& path,
                                                        bool overwrite, const PdfRenderer& pdf)
{
    auto record = gather(personId);
    if (!record)
        return record;
    auto labels = ReferenceLabels::load(m_session.database());
    if (!labels)
        return Error{labels.error()};

    exporting::ZipWriter zip;
    zip.add(QStringLiteral("subject-access.json"),
            QJsonDocument(toJson(record.value())).toJson(QJsonDocument::Indented));
    // The files kept with the cases they brought (not those of cases that only name them).
    if (auto files = addAttachmentsToZip(m_session.attachments(), record->cases, zip); !files)
        return Error{files.error()};
    const QString title = tr("Subject access: %1").arg(record->person.fullName);
    const QString html = subjectAccessHtml(record.value(), labels.value());
    if (pdf) {
        auto rendered = pdf(title, html);
        if (!rendered)
            return Error{rendered.error()};
        zip.add(QStringLiteral("subject-access.pdf"), rendered.value());
    } else {
        zip.add(QStringLiteral("subject-access.html"), html.toUtf8());
    }

    // Recorded before the file appears, in the trail that cannot be changed: who took a copy
    // of a person's data, and when. Identified by number only, so the entry adds no name.
    AuditEntry entry;
    entry.actor = m_session.actor();
    entry.action = QStringLiteral("subject_access");
    entry.detail = tr("Subject access package written for person %1 (%n case(s))", nullptr,
                      int(record->cases.size()))
                       .arg(personId);
    entry.after = {{QStringLiteral("personId"), personId},
                   {QStringLiteral("cases"), qint64(record->cases.size())}};
    const Status written = m_session.database().transaction([&]() -> Status {
        if (Status audited = m_session.auditLog().append(entry); !audited)
            return audited;
        return safeoutput::writeThrough(path, overwrite, [&](const QString& temporary) -> Status {
            QFile file(temporary);
            if (!file.open(QIODevice::WriteOnly) || !zip.write(file))
                return fail(tr("%1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
            return {};
        });
    });
    if (!written)
        return Error{written.error()};
    return record;
}

} // namespace redress
