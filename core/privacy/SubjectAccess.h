#pragma once

#include "domain/Case.h"
#include "storage/AuditLog.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace redress {

class Session;

// Someone other than the person asking who is named in what is disclosed: the officer
// reviews each before the package is sent (a child's details may not be the parent's to see).
struct ThirdParty
{
    QString name;
    QString role; // as a person reads it: "child concerned", "member of staff named"…
    QString caseReference;
};

// Everything Redress holds about one person: their record, the cases they brought (whole,
// with stages, points, notes), other cases that name them, and every audit entry of those
// cases or naming them.
struct SubjectAccessRecord
{
    Person person;
    QList<Case> cases;      // they are the complainant
    QList<Case> mentioning; // someone else's case names them (summary, notes, staff, child)
    QList<AuditEntry> audit;
    QList<ThirdParty> thirdParties;
    QDate producedOn;
    QString producedBy;
};

// Renders a readable document (HTML, which redress_documents lays out as a PDF) as PDF
// bytes; QtGui does that, so the programs hand it in.
using PdfRenderer = std::function<Result<QByteArray>(const QString& title, const QString& html)>;

// A subject access request answered from the database: gathered, then written as one zip
// holding the data as JSON and a document a person can read (PDF, or HTML when no renderer
// is given). A lead officer's or administrator's task; writing a package is audited.
class SubjectAccess
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)

public:
    explicit SubjectAccess(Session& session) : m_session(session) {}

    Result<SubjectAccessRecord> gather(qint64 personId) const;
    // The package at `path` (all or nothing; an existing file only when `overwrite`). Gives
    // the record written, for a summary.
    Result<SubjectAccessRecord> writePackage(qint64 personId, const QString& path, bool overwrite,
                                             const PdfRenderer& pdf);

    static QJsonObject toJson(const SubjectAccessRecord& record);

private:
    Result<QList<Case>> loadCases(const QString& statement, const QVariantList& values) const;

    Session& m_session;
};

} // namespace redress
