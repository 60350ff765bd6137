// The council's name and logo, kept in report_setting (0017_council_identity) so that every
// desktop sharing a team server prints the same cover.
#include "ReferenceData.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace redress {

namespace {

// What the audit trail keeps of a council's identity: the name, and the logo by its format,
// size and digest (the picture itself is in report_setting).
QJsonObject identityJson(const CouncilIdentity& identity)
{
    QJsonObject json{{QStringLiteral("councilName"), identity.name}};
    if (identity.hasLogo()) {
        json.insert(QStringLiteral("logoFormat"), identity.logoFormat);
        json.insert(QStringLiteral("logoBytes"), qint64(identity.logo.size()));
        json.insert(
            QStringLiteral("logoSha256"),
            QString::fromLatin1(
                QCryptographicHash::hash(identity.logo, QCryptographicHash::Sha256).toHex()));
    }
    return json;
}

} // namespace

Result<CouncilIdentity> ReferenceData::councilIdentity() const
{
    auto query = sql::exec(m_database.sql(),
                           QStringLiteral("SELECT council_name, council_logo, council_logo_format "
                                          "FROM report_setting WHERE id = 1"));
    if (!query)
        return Error{query.error()};
    CouncilIdentity identity;
    if (query->next()) {
        identity.name = query->value(0).toString();
        identity.logo = query->value(1).toByteArray();
        identity.logoFormat = query->value(2).toString();
    }
    return identity;
}

Status ReferenceData::saveCouncilIdentity(const CouncilIdentity& identity)
{
    auto name = councilNameChecked(identity.name);
    if (!name)
        return Error{name.error()};
    CouncilIdentity saved{name.value(), identity.logo, {}};
    if (!identity.logo.isEmpty()) {
        auto format = councilLogoFormat(identity.logo, tr("The logo"));
        if (!format)
            return Error{format.error()};
        saved.logoFormat = format.value();
    }
    auto before = councilIdentity();
    if (!before)
        return Error{before.error()};
    if (before->name == saved.name && before->logo == saved.logo)
        return {};
    return change([&]() -> Status {
        const QVariant logo =
            saved.logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : saved.logo;
        auto updated = sql::exec(m_database.sql(),
                                 QStringLiteral("UPDATE report_setting SET council_name = ?, "
                                                "council_logo = ?, council_logo_format = ? "
                                                "WHERE id = 1"),
                                 {saved.name, logo, saved.logoFormat});
        if (!updated)
            return Error{updated.error()};
        QString detail = saved.name.isEmpty()
                             ? tr("The council's name was taken off the report cover")
                             : tr("The report cover names the council \"%1\"").arg(saved.name);
        if (before->logo != saved.logo)
            detail += u' ' + (saved.logo.isEmpty() ? tr("and has no logo.")
                                                   : tr("with a new logo (%1, %2 KB).")
                                                         .arg(saved.logoFormat.toUpper())
                                                         .arg((saved.logo.size() + 1023) / 1024));
        return audit(QStringLiteral("admin_council_identity"), detail, identityJson(before.value()),
                     identityJson(saved));
    });
}

} // namespace redress
