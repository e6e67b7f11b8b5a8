// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"
#include "wpclient.h"
#include "wpsite.h"

#include <QObject>

#include <functional>
#include <optional>

namespace QuoteDesk {

/// A connection to one site for as long as it is used: its WpClient, the REST base found
/// once by discovery, the password given for this session.
class SiteSession final : public QObject
{
    Q_OBJECT
public:
    SiteSession(const Site &site, const QString &password, QObject *parent = nullptr);

    const Site &site() const { return m_site; }
    WpClient *client() { return &m_client; }
    bool isConnected() const { return m_user.has_value(); }
    /// The user, once connectToSite() succeeded.
    const std::optional<WpSite::User> &user() const { return m_user; }
    /// Uses @p restBase instead of discovering it (a base remembered from earlier, a proxy).
    void setRestBase(const QUrl &restBase);

    /// Discovers the REST base and asks who the user is, once per session; @p done gets the
    /// error, if any (a wrong password shows here, before anything is written).
    void connectToSite(QObject *context, std::function<void(const WpError &)> done);
    /// "Test connection": discovery, then who the user is and whether they may publish.
    void test(QObject *context, std::function<void(const WpSite::User &, const WpError &)> done);

    /// Term ids found or created during this session ("categories", name) → id.
    std::optional<qint64> termId(const QString &taxonomy, const QString &name) const;
    void setTermId(const QString &taxonomy, const QString &name, qint64 id);
    void clearTermIds() { m_termIds.clear(); }

private:
    Site m_site;
    QHash<QString, qint64> m_termIds;
    WpClient m_client;
    bool m_hasRestBase = false;
    std::optional<WpSite::User> m_user;
};

} // namespace QuoteDesk
