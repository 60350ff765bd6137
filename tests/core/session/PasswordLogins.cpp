#include "PasswordLogins.h"

#include "storage/Sql.h"
#include "storage/TeamServer.h"

#include <QRandomGenerator>
#include <QTest>

namespace redress::test {

std::unique_ptr<PasswordLogins> PasswordLogins::create()
{
    auto holder = TestDatabase::create(Backend::Postgres);
    if (!holder)
        return nullptr;
    if (Status setup = TeamServer::setup(holder->location()); !setup) {
        QTest::qFail(qPrintable(setup.error()), __FILE__, __LINE__);
        return nullptr;
    }
    std::unique_ptr<PasswordLogins> logins(new PasswordLogins);
    logins->m_holder = std::move(holder);
    return logins;
}

QString PasswordLogins::add(const QString& role, const QString& password)
{
    const QString login =
        QStringLiteral("%1.%2").arg(role).arg(QRandomGenerator::global()->bounded(100000000));
    auto dba = m_holder->open();
    if (!dba)
        return {};
    if (Status added = TeamServer::addUser(*dba, login, role, login, password); !added) {
        QTest::qFail(qPrintable(added.error()), __FILE__, __LINE__);
        return {};
    }
    // Roles belong to the whole server, which other tests share: made once, if missing.
    for (const QString& statement :
         {QStringLiteral("DO $$ BEGIN CREATE ROLE redress_password_signin NOLOGIN; EXCEPTION "
                         "WHEN duplicate_object OR unique_violation THEN NULL; END $$"),
          QStringLiteral("GRANT redress_password_signin TO \"%1\"").arg(login)})
        if (auto done = sql::exec(dba->sql(), statement); !done) {
            QTest::qFail(qPrintable(done.error()), __FILE__, __LINE__);
            return {};
        }
    return login;
}

DatabaseLocation PasswordLogins::locationFor(const QString& login) const
{
    DatabaseLocation location = m_holder->location();
    location.user = login;
    location.password.clear();
    return location;
}

DatabaseLocation PasswordLogins::trustedLocation() const
{
    return m_holder->location();
}

Result<std::optional<QString>> MemoryCredentialStore::read(const QString& key)
{
    if (!kept.contains(key))
        return std::optional<QString>();
    return std::optional<QString>(kept.value(key));
}

Status MemoryCredentialStore::write(const QString& key, const QString& password)
{
    kept.insert(key, password);
    return {};
}

Status MemoryCredentialStore::remove(const QString& key)
{
    kept.remove(key);
    return {};
}

} // namespace redress::test
