// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

// The errors that mean "there is no keychain to talk to", as opposed to a refusal or a
// missing entry. QtKeychain reports a missing D-Bus session or Secret Service as OtherError.
bool meansNoService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

void KeychainCredentialStore::activateFallback(const QString &reason)
{
    if (m_usingFallback)
        return;
    m_usingFallback = true;
    m_fallbackReason = tr("No keychain service answered (%1); passwords are kept in memory until "
                          "QuoteDesk quits.")
                           .arg(reason);
    Q_EMIT fallbackActivated(m_fallbackReason);
}

void KeychainCredentialStore::read(const QString &key, QObject *context, ReadDone done)
{
    if (m_usingFallback) {
        m_session.read(key, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, done = std::move(done)] {
        if (!guard)
            return;
        switch (job->error()) {
        case QKeychain::NoError:
            done(job->textData(), {});
            return;
        case QKeychain::EntryNotFound:
            done(std::nullopt, {});
            return;
        default:
            break;
        }
        if (meansNoService(job->error())) {
            activateFallback(job->errorString());
            done(m_session.value(key), {});
            return;
        }
        done(std::nullopt, tr("The keychain refused to give the password: %1").arg(job->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    WriteDone done)
{
    if (m_usingFallback) {
        m_session.write(key, secret, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, guard, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && meansNoService(job->error())) {
            activateFallback(job->errorString());
            m_session.setValue(key, secret);
            if (guard)
                done(true, {});
            return;
        }
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError)
            done(false, tr("The keychain did not store the password: %1").arg(job->errorString()));
        else
            done(true, {});
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, WriteDone done)
{
    m_session.removeValue(key);
    if (m_usingFallback) {
        later(context, [done = std::move(done)] { done(true, {}); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        const auto error = job->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound || meansNoService(error))
            done(true, {});
        else
            done(false, tr("The keychain did not delete the password: %1").arg(job->errorString()));
    });
    job->start();
}

QString KeychainCredentialStore::location() const
{
    return m_usingFallback ? m_session.location() : tr("the system keychain");
}

} // namespace QuoteDesk
