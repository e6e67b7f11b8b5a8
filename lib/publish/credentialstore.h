// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace QuoteDesk {

/// Where the Application Passwords of sites are kept: never in the library file, the
/// settings or a log. Keys are Site::credentialKey. Every call answers asynchronously
/// (queued, even when the answer is known at once) so callers have one shape to handle.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    /// @p secret is empty (nullopt) when nothing is stored under the key; @p error is set
    /// only when the store itself failed.
    using ReadDone = std::function<void(const std::optional<QString> &secret, const QString &error)>;
    using WriteDone = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteDone done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteDone done) = 0;
    /// Translated: where secrets go ("the system keychain", "memory, for this session").
    virtual QString location() const = 0;

protected:
    /// Calls @p f from the event loop, unless @p context is gone by then.
    static void later(QObject *context, std::function<void()> f);
};

/// Keeps secrets in memory for the running session only: the fallback where no keychain
/// service runs (the person is asked once per session), and the store of tests.
class SessionCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    QString location() const override;

    /// The same without the event loop, for the keychain store's fallback.
    std::optional<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    void removeValue(const QString &key) { m_secrets.remove(key); }

private:
    QHash<QString, QString> m_secrets;
};

/// The command-line tool's source: the environment variable QUOTEDESK_WP_APP_PASSWORD, or a
/// file named with --password-file (its first line). Never the command line, where other
/// users could read it. Read-only: write() and remove() fail with a message.
class EnvironmentCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr const char *VariableName = "QUOTEDESK_WP_APP_PASSWORD";

    /// With an empty @p passwordFile, the environment variable is used.
    explicit EnvironmentCredentialStore(const QString &passwordFile = {}, QObject *parent = nullptr);

    /// The password, or nothing with @p error saying how to provide one.
    std::optional<QString> password(QString *error) const;

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    QString location() const override;

private:
    QString m_passwordFile;
};

} // namespace QuoteDesk
