// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wperror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace QuoteDesk {

/// One request to a WordPress site, before it is sent.
struct WpRequest
{
    enum class Method { Get, Post, Delete };
    Method method = Method::Get;
    QString route; ///< under the REST base ("wp/v2/posts"); ignored when url is set
    QUrl url; ///< an absolute address instead (discovery, wp-cron.php)
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QString uploadPath; ///< a file sent as the raw body (media upload)
    QString uploadName; ///< the file name WordPress is told (Content-Disposition)
    bool expectJson = true; ///< parse the answer as JSON; a non-JSON answer is an error

    static WpRequest get(const QString &route, const QUrlQuery &query = {});
    static WpRequest post(const QString &route, const QJsonObject &json, const QUrlQuery &query = {});
    static WpRequest remove(const QString &route, const QUrlQuery &query = {});
    static WpRequest upload(const QString &route, const QString &path, const QString &fileName,
                            const QByteArray &mimeType, const QUrlQuery &query = {});
    static WpRequest page(const QUrl &url);
};

/// What came back: the error (Kind::None on success), the status, the parsed JSON.
struct WpResult
{
    WpError error;
    int httpStatus = 0;
    QJsonValue json;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url; ///< the address finally answered (after same-origin redirects)

    bool ok() const { return !error.isError(); }
    /// A header's value (case-insensitive name); repeated headers joined by ", ".
    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.toObject(); }
};

/// One request in flight. Emits finished() exactly once, then deletes itself later.
class WpCall final : public QObject
{
    Q_OBJECT
public:
    /// Stops the request; finished() follows with a Cancelled error.
    void abort();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const QuoteDesk::WpResult &result);

private:
    friend class WpClient;
    explicit WpCall(QNetworkReply *reply, bool expectJson, QObject *parent);
    void handleFinished();

    QPointer<QNetworkReply> m_reply;
    bool m_expectJson = true;
    bool m_cancelled = false;
    bool m_finished = false;
};

/// The one network entry point of the publisher: one QNetworkAccessManager, one request
/// builder, one way to handle replies.
///
/// Every request carries the user agent `QuoteDesk/<version>` and the Basic authorization
/// of the connection, has a transfer timeout, follows only same-origin redirects (so the
/// password never goes to another host) and keeps TLS strict: certificate errors fail the
/// request and are never ignored. Asynchronous: nothing waits on the calling thread.
class WpClient final : public QObject
{
    Q_OBJECT
public:
    struct Connection
    {
        QUrl restBase; ///< from discovery: ".../wp-json/" or ".../?rest_route=/"
        QString user;
        QString password;
    };

    explicit WpClient(QObject *parent = nullptr);
    ~WpClient() override;

    const Connection &connection() const { return m_connection; }
    void setConnection(const Connection &connection) { m_connection = connection; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Sends @p request. Refused at once (finished() with an Invalid error, queued) when the
    /// address is neither https nor loopback, so no password leaves unencrypted.
    WpCall *send(const WpRequest &request);
    /// Sends @p request and calls @p done with the result, unless @p context is gone by then.
    WpCall *send(const WpRequest &request, QObject *context, std::function<void(const WpResult &)> done);
    /// Aborts every request in flight.
    void abortAll();

    /// The absolute address a request goes to.
    QUrl urlOf(const WpRequest &request) const;
    /// The request builder: headers, timeout, redirect and TLS policy for @p url.
    QNetworkRequest buildRequest(const QUrl &url) const;
    static QByteArray userAgent();

private:
    WpCall *failedCall(const WpError &error);

    QNetworkAccessManager *m_manager;
    Connection m_connection;
    std::chrono::milliseconds m_timeout { 30000 };
};

} // namespace QuoteDesk
