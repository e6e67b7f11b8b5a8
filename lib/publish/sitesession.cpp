// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesession.h"

#include "wpurl.h"

#include <QPointer>

namespace QuoteDesk {

SiteSession::SiteSession(const Site &site, const QString &password, QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_client(this)
{
    m_client.setConnection({ QUrl(site.baseUrl), site.userName, password });
}

void SiteSession::setRestBase(const QUrl &restBase)
{
    WpClient::Connection connection = m_client.connection();
    connection.restBase = restBase;
    m_client.setConnection(connection);
    m_hasRestBase = true;
}

void SiteSession::connectToSite(QObject *context, std::function<void(const WpError &)> done)
{
    if (m_user) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done)] {
                if (guard)
                    done({});
            },
            Qt::QueuedConnection);
        return;
    }
    test(context, [done = std::move(done)](const WpSite::User &, const WpError &error) { done(error); });
}

void SiteSession::test(QObject *context, std::function<void(const WpSite::User &, const WpError &)> done)
{
    auto ask = [this, context, done](const WpError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        WpSite::whoAmI(&m_client, context, [this, done](const WpSite::User &user, const WpError &e) {
            if (!e.isError())
                m_user = user;
            done(user, e);
        });
    };
    if (m_hasRestBase) {
        ask({});
        return;
    }
    QString error;
    const auto url = WpUrl::siteUrl(m_site.baseUrl, &error);
    if (!url) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, error, ask] {
                if (guard)
                    ask(makeError(WpError::Kind::Invalid, error));
            },
            Qt::QueuedConnection);
        return;
    }
    WpSite::discover(&m_client, *url, context, [this, ask](const QUrl &base, const WpError &e) {
        if (!e.isError())
            setRestBase(base);
        ask(e);
    });
}

std::optional<qint64> SiteSession::termId(const QString &taxonomy, const QString &name) const
{
    const auto it = m_termIds.constFind(taxonomy + u'\n' + name.trimmed().toCaseFolded());
    if (it == m_termIds.cend())
        return std::nullopt;
    return *it;
}

void SiteSession::setTermId(const QString &taxonomy, const QString &name, qint64 id)
{
    m_termIds.insert(taxonomy + u'\n' + name.trimmed().toCaseFolded(), id);
}

} // namespace QuoteDesk
