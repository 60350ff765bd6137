#pragma once

#include "session/CredentialStore.h"

#include <QCoreApplication>
#include <QString>

namespace redress {

// The operating system's credential store, through QtKeychain: Windows Credential Manager,
// the macOS keychain, or the desktop's Secret Service keyring (GNOME Keyring, KWallet) on
// Linux. Never falls back to a plain file: where there is no store, every call fails with a
// message and the caller carries on without remembering. A library of its own
// (redress_credentials), so core keeps to QtCore and QtSql. Needs a running event loop's
// application object; each call waits for the store, at most a few seconds.
class KeychainCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Redress"));

    Result<std::optional<QString>> read(const QString& key) override;
    Status write(const QString& key, const QString& password) override;
    Status remove(const QString& key) override;

private:
    QString m_service;
};

} // namespace redress
