// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

void CredentialStore::later(QObject *context, std::function<void()> f)
{
    QTimer::singleShot(0, context, std::move(f));
}

void SessionCredentialStore::read(const QString &key, QObject *context, ReadDone done)
{
    later(context, [done = std::move(done), secret = value(key)] { done(secret, {}); });
}

void SessionCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                   WriteDone done)
{
    setValue(key, secret);
    later(context, [done = std::move(done)] { done(true, {}); });
}

void SessionCredentialStore::remove(const QString &key, QObject *context, WriteDone done)
{
    removeValue(key);
    later(context, [done = std::move(done)] { done(true, {}); });
}

QString SessionCredentialStore::location() const
{
    return tr("memory, for this session only");
}

std::optional<QString> SessionCredentialStore::value(const QString &key) const
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return std::nullopt;
    return *it;
}

EnvironmentCredentialStore::EnvironmentCredentialStore(const QString &passwordFile, QObject *parent)
    : CredentialStore(parent)
    , m_passwordFile(passwordFile)
{
}

std::optional<QString> EnvironmentCredentialStore::password(QString *error) const
{
    if (!m_passwordFile.isEmpty()) {
        QFile file(m_passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the password file %1: %2.").arg(m_passwordFile, file.errorString());
            return std::nullopt;
        }
        const QString secret = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (secret.isEmpty()) {
            *error = tr("The password file %1 is empty. Put the site's Application Password on its first "
                        "line.")
                         .arg(m_passwordFile);
            return std::nullopt;
        }
        return secret;
    }
    const QString secret = qEnvironmentVariable(VariableName).trimmed();
    if (secret.isEmpty()) {
        *error = tr("No Application Password given. Set the environment variable %1, or name a file "
                    "that holds it with --password-file.")
                     .arg(QLatin1StringView(VariableName));
        return std::nullopt;
    }
    return secret;
}

void EnvironmentCredentialStore::read(const QString &, QObject *context, ReadDone done)
{
    QString error;
    const auto secret = password(&error);
    later(context, [done = std::move(done), secret, error] { done(secret, secret ? QString() : error); });
}

void EnvironmentCredentialStore::write(const QString &, const QString &, QObject *context, WriteDone done)
{
    later(context, [done = std::move(done)] {
        done(false,
             tr("The command-line tool does not store passwords; give it with %1 or --password-file.")
                 .arg(QLatin1StringView(VariableName)));
    });
}

void EnvironmentCredentialStore::remove(const QString &, QObject *context, WriteDone done)
{
    later(context, [done = std::move(done)] { done(true, {}); });
}

QString EnvironmentCredentialStore::location() const
{
    return m_passwordFile.isEmpty() ? tr("the environment variable %1").arg(QLatin1StringView(VariableName))
                                    : tr("the file %1").arg(m_passwordFile);
}

} // namespace QuoteDesk
