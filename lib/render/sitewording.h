// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The words a post and the exported pages put around the records' own text. They are the
// site's words, in the site's language: the language of QuoteDesk's interface must not change
// what is published or exported, nor the content hash that tells whether a post changed. So
// they are deliberately not translated, like the dates on the pages (QLocale::c()).
namespace QuoteDesk::SiteWording {

inline QString sources()
{
    return QStringLiteral("Sources");
}
inline QString downloadBrochure()
{
    return QStringLiteral("Download brochure");
}
inline QString download()
{
    return QStringLiteral("Download");
}
inline QString quote()
{
    return QStringLiteral("Quote");
}
inline QString quoteTitle(const QString &attribution)
{
    return QStringLiteral("Quote: %1").arg(attribution);
}
inline QString attribution(const QString &name, const QString &role)
{
    return QStringLiteral("%1, %2").arg(name, role);
}
inline QString profileHeading(const QString &name, const QString &headline)
{
    return QStringLiteral("%1: %2").arg(name, headline);
}
inline QString categories()
{
    return QStringLiteral("Categories");
}
inline QString allPosts()
{
    return QStringLiteral("All posts");
}
inline QString latestPosts()
{
    return QStringLiteral("Latest posts");
}
inline QString categoryPageTitle(const QString &category, const QString &site)
{
    return QStringLiteral("%1 – %2").arg(category, site);
}
inline QString noPosts()
{
    return QStringLiteral("There are no posts yet.");
}
inline QString readMore()
{
    return QStringLiteral("read more");
}
inline QString posts()
{
    return QStringLiteral("Posts");
}

} // namespace QuoteDesk::SiteWording
