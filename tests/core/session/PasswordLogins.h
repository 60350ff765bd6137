#pragma once

#include "TestSupport.h"
#include "session/CredentialStore.h"

#include <QHash>
#include <memory>

namespace redress::test {

// A team database on the test server (tests/postgres/with-test-server.sh), set up as a DBA
// would, whose logins must give their password: they are members of redress_password_signin,
// which the test server's pg_hba.conf asks for a password.
class PasswordLogins
{
public:
    // nullptr with a QSKIP/QFAIL already issued when there is no server.
    static std::unique_ptr<PasswordLogins> create();

    // A new login in the group of `role` ("officer", "lead", "admin") with `password`.
    QString add(const QString& role, const QString& password);
    // The database, as someone who has typed only the server's address and their login.
    DatabaseLocation locationFor(const QString& login) const;
    // A login the server trusts without a password (the way Kerberos signs a person in).
    DatabaseLocation trustedLocation() const;

private:
    std::unique_ptr<TestDatabase> m_holder;
};

// A credential store in memory, to see what a sign-in keeps and replaces.
class MemoryCredentialStore final : public CredentialStore
{
public:
    Result<std::optional<QString>> read(const QString& key) override;
    Status write(const QString& key, const QString& password) override;
    Status remove(const QString& key) override;

    QHash<QString, QString> kept;
};

} // namespace redress::test
