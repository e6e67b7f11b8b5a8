// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerResponder>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <vector>

namespace QuoteDesk::Test {

/// A loopback HTTP(S) server for what a real WordPress cannot be made to do on demand:
/// answers that hang, are cut off, are not JSON, 5xx with a message, and (see
/// ResetListener) a connection reset in the middle of an upload.
class FaultServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Fault {
        None, ///< answer as configured
        Hang, ///< read the request, never answer
        Truncate, ///< announce the full Content-Length, send half, close
        Close, ///< read the request, act on it (count it), close without answering
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Fault fault = Fault::None;
    };
    struct Seen
    {
        QByteArray method;
        QString route; ///< the path, or the rest_route of a plain-permalink request
        QUrl url;
        QByteArray authorization;
        QByteArray userAgent;
        QByteArray body;
    };

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    /// Listens on 127.0.0.1 on a free port; with @p certificatePem and @p keyPem over TLS.
    bool start(const QByteArray &certificatePem = {}, const QByteArray &keyPem = {});
    /// "http://127.0.0.1:PORT/" (or https).
    QUrl url() const { return m_url; }

    /// Answers requests whose route is @p route or ends with "/" + @p route ("wp/v2/posts").
    void on(const QString &route, const Answer &answer) { m_answers.insert(route, answer); }
    /// A JSON answer.
    void onJson(const QString &route, int status, const QByteArray &json);

    const QList<Seen> &seen() const { return m_seen; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QUrl m_url;
    QHash<QString, Answer> m_answers;
    QList<Seen> m_seen;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hanging;
};

/// A listener that reads the request line, the headers and a few KB of the body, then resets
/// the connection: the "connection reset mid-upload" a real server does not produce at will.
class ResetListener final : public QTcpServer
{
    Q_OBJECT
public:
    explicit ResetListener(QObject *parent = nullptr);
    bool start();
    QUrl url() const;
    /// How many bytes it read before resetting the last connection.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    void accept();
    qint64 m_bytesRead = 0;
};

/// A self-signed certificate and key for 127.0.0.1, made with the openssl tool.
bool makeSelfSignedCertificate(QByteArray *certificatePem, QByteArray *keyPem, QString *error);

} // namespace QuoteDesk::Test
