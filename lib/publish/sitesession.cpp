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

void SiteSession::connectToSite(QObject *context, std::function<void(const WpError &)> done)
{
    if (m_connected) {
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
    QString error;
    const auto url = WpUrl::siteUrl(m_site.baseUrl, &error);
    if (!url) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, error, done = std::move(done)] {
                if (guard)
                    done(makeError(WpError::Kind::Invalid, error));
            },
            Qt::QueuedConnection);
        return;
    }
    WpSite::discover(&m_client, *url, context,
                     [this, done = std::move(done)](const QUrl &base, const WpError &e) {
                         if (!e.isError()) {
                             WpClient::Connection connection = m_client.connection();
                             connection.restBase = base;
                             m_client.setConnection(connection);
                             m_connected = true;
                         }
                         done(e);
                     });
}

void SiteSession::test(QObject *context, std::function<void(const WpSite::User &, const WpError &)> done)
{
    connectToSite(context, [this, context, done = std::move(done)](const WpError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        WpSite::whoAmI(&m_client, context, done);
    });
}

} // namespace QuoteDesk
