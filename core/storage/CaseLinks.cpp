#include "CaseLinks.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>

namespace redress {

QString reverseLinkKind(const QString& kind)
{
    if (kind == u"lgsco_enquiry_of")
        return QStringLiteral("referred_to_lgsco");
    if (kind == u"referred_to_lgsco")
        return QStringLiteral("lgsco_enquiry_of");
    return kind;
}

Result<QList<CaseLink>> linkedCases(Database& database, qint64 caseId)
{
    QList<CaseLink> links;
    auto outgoing =
        sql::exec(database.sql(),
                  QStringLiteral(
                      "SELECT l.to_case_id, c.reference, l.kind FROM case_link l "
                      "JOIN cases c ON c.id = l.to_case_id WHERE l.from_case_id = ? ORDER BY l.id"),
                  {caseId});
    if (!outgoing)
        return Error{outgoing.error()};
    while (outgoing->next())
        links.append({outgoing->value(0).toLongLong(), outgoing->value(1).toString(),
                      outgoing->value(2).toString()});
    auto incoming =
        sql::exec(database.sql(),
                  QStringLiteral(
                      "SELECT l.from_case_id, c.reference, l.kind FROM case_link l "
                      "JOIN cases c ON c.id = l.from_case_id WHERE l.to_case_id = ? ORDER BY l.id"),
                  {caseId});
    if (!incoming)
        return Error{incoming.error()};
    while (incoming->next()) {
        const CaseLink link{incoming->value(0).toLongLong(), incoming->value(1).toString(),
                            reverseLinkKind(incoming->value(2).toString())};
        const bool known = std::any_of(links.cbegin(), links.cend(), [&](const CaseLink& other) {
            return other.otherCaseId == link.otherCaseId && other.kind == link.kind;
        });
        if (!known)
            links.append(link);
    }
    return links;
}

} // namespace redress
