#include "KeychainCredentialStore.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace redress {

namespace {

// Long enough for a person to unlock their keyring when the desktop asks them to.
constexpr int waitMilliseconds = 60'000;

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString text;
};

// Runs one job (which deletes itself when done) and waits for it: the stores answer
// asynchronously, and a sign-in cannot go on without the answer.
std::shared_ptr<Outcome> await(QKeychain::Job* job)
{
    auto outcome = std::make_shared<Outcome>();
    job->setAutoDelete(true);
    // A plain file is exactly what the password must never be kept in.
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&loop, outcome](QKeychain::Job* done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->message = done->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
            outcome->text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(waitMilliseconds, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec();
    return outcome;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service)) {}

Result<std::optional<QString>> KeychainCredentialStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const auto outcome = await(job);
    if (!outcome->finished)
        return fail(tr("the credential store did not answer"));
    if (outcome->error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (outcome->error != QKeychain::NoError)
        return fail(tr("the credential store could not be read (%1)").arg(outcome->message));
    return std::optional<QString>(outcome->text);
}

Status KeychainCredentialStore::write(const QString& key, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    const auto outcome = await(job);
    if (!outcome->finished)
        return fail(tr("the credential store did not answer"));
    if (outcome->error != QKeychain::NoError)
        return fail(tr("the credential store refused it (%1)").arg(outcome->message));
    return {};
}

Status KeychainCredentialStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const auto outcome = await(job);
    if (!outcome->finished)
        return fail(tr("the credential store did not answer"));
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound)
        return fail(tr("the credential store could not forget it (%1)").arg(outcome->message));
    return {};
}

} // namespace redress
