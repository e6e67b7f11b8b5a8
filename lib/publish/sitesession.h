// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"
#include "wpclient.h"
#include "wpsite.h"

#include <QObject>

#include <functional>

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
    bool isConnected() const { return m_connected; }

    /// Discovers the REST base unless already known; @p done gets the error, if any.
    void connectToSite(QObject *context, std::function<void(const WpError &)> done);
    /// "Test connection": discovery, then who the user is and whether they may publish.
    void test(QObject *context, std::function<void(const WpSite::User &, const WpError &)> done);

private:
    Site m_site;
    WpClient m_client;
    bool m_connected = false;
};

} // namespace QuoteDesk
