// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>
#include <QUrl>

namespace QuoteDesk::Test {

/// A loopback HTTP relay in front of a real server that can lose a reply: the request reaches
/// the server and is acted on, but the answer never reaches the client (the connection is
/// reset instead). One request per connection, as PHP's built-in server answers.
class LossyProxy final : public QTcpServer
{
    Q_OBJECT
public:
    explicit LossyProxy(const QUrl &upstream, QObject *parent = nullptr);
    bool start();
    QUrl url() const;

    /// Loses the reply of the next request whose request line starts with @p method and
    /// whose target contains @p pathPart.
    void dropNextReply(const QByteArray &method, const QByteArray &pathPart);
    int dropped() const { return m_dropped; }

private:
    void accept();
    QUrl m_upstream;
    QByteArray m_dropMethod;
    QByteArray m_dropPath;
    int m_dropped = 0;
};

} // namespace QuoteDesk::Test
