// SPDX-License-Identifier: GPL-3.0-or-later
#include "wpurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace QuoteDesk::WpUrl {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::WpUrl)
};

} // namespace

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == "localhost"_L1 || h.endsWith(".localhost"_L1))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool isSecureEnough(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == "https"_L1 || (scheme == "http"_L1 && isLoopbackHost(url.host()));
}

std::optional<QUrl> siteUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = Tr::tr("Enter the address of the WordPress site, for example https://example.com.");
        return std::nullopt;
    }
    QUrl url = QUrl::fromUserInput(trimmed.contains("://"_L1) ? trimmed : u"https://"_s + trimmed);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Tr::tr("“%1” is not a web address. Enter it like https://example.com.").arg(trimmed);
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1) {
        *error = Tr::tr("“%1” is not a web address (it starts with %2:). Enter it like https://example.com.")
                     .arg(trimmed, scheme);
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *error = Tr::tr("Enter the site address without a user name, password, query or #part: only "
                        "like https://example.com or https://example.com/blog.");
        return std::nullopt;
    }
    if (!isSecureEnough(url)) {
        *error = Tr::tr("%1 uses plain http, which would send the password unencrypted. Use the site's "
                        "https address (plain http is only accepted for this computer: localhost).")
                     .arg(url.host());
        return std::nullopt;
    }
    url.setScheme(scheme);
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    return url;
}

QUrl endpoint(const QUrl &restBase, const QString &route, const QUrlQuery &query)
{
    QUrl url = restBase;
    QUrlQuery baseQuery(restBase);
    QString cleanRoute = route;
    while (cleanRoute.startsWith(u'/'))
        cleanRoute.remove(0, 1);
    if (baseQuery.hasQueryItem(u"rest_route"_s)) {
        baseQuery.removeAllQueryItems(u"rest_route"_s);
        QUrlQuery combined;
        combined.addQueryItem(u"rest_route"_s, u"/"_s + cleanRoute);
        for (const auto &item : baseQuery.queryItems(QUrl::FullyDecoded))
            combined.addQueryItem(item.first, item.second);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            combined.addQueryItem(item.first, item.second);
        url.setQuery(combined);
        return url;
    }
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + cleanRoute);
    url.setQuery(query);
    return url;
}

QUrl restBaseFromLinkHeader(const QByteArray &header, const QUrl &pageUrl)
{
    // A Link header holds comma-separated `<url>; param; param` entries; several Link headers
    // arrive joined by ", " (QNetworkReply joins repeated headers). URLs keep their commas
    // inside the angle brackets, so split on the brackets rather than on commas.
    static const QRegularExpression entry(uR"(<([^>]*)>([^<]*))"_s);
    static const QRegularExpression apiRel(uR"(rel\s*=\s*"?https://api\.w\.org/"?(\s|;|,|$))"_s);
    const QString text = QString::fromUtf8(header);
    auto it = entry.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(2).contains(apiRel))
            return pageUrl.resolved(QUrl(match.captured(1)));
    }
    return {};
}

QList<QUrl> restBaseGuesses(const QUrl &siteUrl)
{
    QUrl pretty = siteUrl;
    pretty.setPath(siteUrl.path() + u"wp-json/"_s);
    QUrl plain = siteUrl;
    QUrlQuery query;
    query.addQueryItem(u"rest_route"_s, u"/"_s);
    plain.setQuery(query);
    return { pretty, plain };
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray contentDisposition(const QString &fileName)
{
    QString clean;
    clean.reserve(fileName.size());
    for (const QChar c : fileName) {
        if (c == u'"' || c == u'\\' || c == u'/' || c.category() == QChar::Other_Control)
            clean += u'_';
        else
            clean += c;
    }
    if (clean.isEmpty())
        clean = u"file"_s;
    return "attachment; filename=\"" + clean.toUtf8() + '"';
}

} // namespace QuoteDesk::WpUrl
