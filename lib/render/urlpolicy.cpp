// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlpolicy.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace QuoteDesk::UrlPolicy {

namespace {

// The scheme as a browser sees it, or empty when the target has none.
QString schemeOf(QStringView url)
{
    QString scheme;
    for (const QChar c : url) {
        if (c == u':')
            return scheme.toLower();
        if (c == u'/' || c == u'?' || c == u'#')
            return {};
        if (c.unicode() <= 0x20)
            continue;
        scheme += c;
    }
    return {};
}

} // namespace

Target classify(QStringView url)
{
    const QString scheme = schemeOf(url);
    if (scheme.isEmpty()) {
        // "//host/path" borrows the page's scheme: it still leaves the machine.
        const QStringView trimmed = url.trimmed();
        const bool networkPath = trimmed.size() >= 2 && (trimmed[0] == u'/' || trimmed[0] == u'\\')
            && (trimmed[1] == u'/' || trimmed[1] == u'\\');
        return networkPath ? Target::Web : Target::Relative;
    }
    if (scheme == u"http"_s || scheme == u"https"_s)
        return Target::Web;
    if (scheme == u"mailto"_s || scheme == u"tel"_s)
        return Target::Contact;
    if (scheme == u"asset"_s)
        return Target::Asset;
    return Target::Unsafe;
}

std::optional<qint64> assetId(QStringView url)
{
    if (classify(url) != Target::Asset)
        return std::nullopt;
    const QStringView rest = url.mid(url.indexOf(u':') + 1).trimmed();
    bool ok = false;
    const qint64 id = rest.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString assetUrl(qint64 id)
{
    return u"asset:"_s + QString::number(id);
}

QString hostOf(QStringView url)
{
    return QUrl(url.toString()).host();
}

} // namespace QuoteDesk::UrlPolicy
