#pragma once

#include "util/Result.h"

#include <QString>
#include <optional>

namespace redress {

// Where a person's password for the team server may be kept between sign-ins: the operating
// system's credential store (Windows Credential Manager, the desktop's keyring), never a
// settings file. An interface, so that core and the commands stay free of the store's library
// (KeychainCredentialStore is the real one) and tests can use a store of their own.
class CredentialStore
{
public:
    virtual ~CredentialStore();

    // The password kept under `key`; nullopt when there is none. An error when the store
    // itself cannot be reached (no keyring service, access refused).
    virtual Result<std::optional<QString>> read(const QString& key) = 0;
    // Keeps `password` under `key`, replacing any kept before.
    virtual Status write(const QString& key, const QString& password) = 0;
    // Forgets the password under `key`; nothing to forget is not an error.
    virtual Status remove(const QString& key) = 0;

protected:
    CredentialStore() = default;
};

} // namespace redress
