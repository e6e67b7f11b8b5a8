// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace QuoteDesk {

/// Keeps secrets in the operating system's keychain (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Store) through QtKeychain, never in a plain-text fallback.
///
/// When the keychain fails because no keychain service runs (no backend, no D-Bus session),
/// the store switches to memory for the rest of the session and says so with
/// fallbackActivated(): the app then asks for the password once per session. A person
/// refusing access is reported as an error, not hidden by the fallback.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("QuoteDesk"),
                                     QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    QString location() const override;

    /// True once the keychain failed and secrets are kept in memory instead.
    bool isUsingFallback() const { return m_usingFallback; }
    /// Why the keychain could not be used; empty while it works.
    QString fallbackReason() const { return m_fallbackReason; }

Q_SIGNALS:
    void fallbackActivated(const QString &reason);

private:
    void activateFallback(const QString &reason);

    QString m_service;
    SessionCredentialStore m_session;
    bool m_usingFallback = false;
    QString m_fallbackReason;
};

} // namespace QuoteDesk
