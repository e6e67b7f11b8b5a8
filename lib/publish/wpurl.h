// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

// Pure functions that build the addresses and headers of WordPress REST requests.
namespace QuoteDesk::WpUrl {

/// True for localhost and the loopback addresses (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

/// Checks and normalises a site address as a person types it: "example.com" becomes
/// "https://example.com/". Plain http is refused except for loopback hosts; so are other
/// schemes, user info in the address, and a query or fragment.
std::optional<QUrl> siteUrl(const QString &text, QString *error);

/// True when @p url may carry the password: https, or http to a loopback host.
bool isSecureEnough(const QUrl &url);

/// The address of @p route ("wp/v2/posts/12") under a REST base, with @p query added. The
/// base is either a path ("https://example.com/wp-json/") or a plain-permalink base
/// ("https://example.com/index.php?rest_route=/"), whose route goes into rest_route.
QUrl endpoint(const QUrl &restBase, const QString &route, const QUrlQuery &query = {});

/// The REST base a page announces in its Link header (`<…/wp-json/>; rel="https://api.w.org/"`),
/// resolved against @p pageUrl; an empty URL when the header names none.
QUrl restBaseFromLinkHeader(const QByteArray &header, const QUrl &pageUrl);

/// The bases to try, in order, when a site announces none: /wp-json/, then ?rest_route=.
QList<QUrl> restBaseGuesses(const QUrl &siteUrl);

/// The value of an `Authorization: Basic` header. An Application Password works with or
/// without the spaces WordPress shows it with; they are kept as given.
QByteArray basicAuthorization(const QString &user, const QString &password);

/// `attachment; filename="…"` for a media upload: raw UTF-8 inside quotes (WordPress
/// rejects filename*=), with quotes, backslashes, slashes and control characters replaced.
QByteArray contentDisposition(const QString &fileName);

} // namespace QuoteDesk::WpUrl
