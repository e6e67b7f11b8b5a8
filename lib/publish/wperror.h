// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace QuoteDesk {

/// Why a request to a WordPress site failed, as a value a person can act on.
struct WpError
{
    enum class Kind {
        None,
        BadCredentials, ///< 401: wrong user name or Application Password
        NoPermission, ///< 403 or rest_cannot_*: the user may not do this
        NotFound, ///< 404: the post (or other item) is gone from the site
        Unreachable, ///< connection refused, host not found, network down
        Tls, ///< certificate or handshake failure; never ignored
        Timeout, ///< no answer within the transfer timeout
        ConnectionReset, ///< the server closed the connection mid-transfer
        ServerError, ///< 5xx, with the site's message when it sent one
        BadResponse, ///< malformed, truncated or unexpected JSON
        Rejected, ///< another 4xx: the site refused the request (message from the site)
        Cancelled, ///< the user cancelled
        Conflict, ///< the post changed on the site since the last sync
        Invalid, ///< refused locally before anything was sent
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    QString code; ///< WordPress error code ("rest_post_invalid_id"), if any
    QString siteMessage; ///< the site's own message, if any
    QString message; ///< translated: what happened and what to do
    QJsonObject data; ///< WordPress error "data" (term_exists carries term_id)

    bool isError() const { return kind != Kind::None; }
    /// A short, stable name of the kind for logs and the CLI ("bad-credentials").
    static QString kindName(Kind kind);
};

/// Everything about a finished reply that the classification looks at.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    QString errorString; ///< the network layer's own description
    bool timedOut = false; ///< aborted by the transfer timeout, not by the user
    bool cancelled = false; ///< aborted by the user
    QString host; ///< for messages
};

/// Maps a finished reply to an error; Kind::None for a 2xx answer. Pure: tests feed it facts.
WpError classifyReply(const ReplyFacts &facts);

/// An error raised locally (Invalid, Conflict, BadResponse) with a translated message.
WpError makeError(WpError::Kind kind, const QString &message);

/// Parses a JSON body strictly; a parse failure, truncation or an empty body is a
/// BadResponse naming the host.
bool parseJsonBody(const QByteArray &body, const QString &host, QJsonValue *value, WpError *error);

} // namespace QuoteDesk

Q_DECLARE_METATYPE(QuoteDesk::WpError)
