// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// The words a post and the exported pages put around the records' own text. They are the
// site's words, in the site's language: the language of QuoteDesk's interface must not change
// what is published or exported, nor the content hash that tells whether a post changed. So
// they are deliberately not translated, like the dates on the pages (QLocale::c()).
namespace QuoteDesk::SiteWording {

inline constexpr QStringView Sources = u"Sources";
inline constexpr QStringView DownloadBrochure = u"Download brochure";
inline constexpr QStringView Download = u"Download";
inline constexpr QStringView Quote = u"Quote";
inline constexpr QStringView Categories = u"Categories";
inline constexpr QStringView AllPosts = u"All posts";
inline constexpr QStringView LatestPosts = u"Latest posts";
inline constexpr QStringView NoPosts = u"There are no posts yet.";
inline constexpr QStringView ReadMore = u"read more";
inline constexpr QStringView Posts = u"Posts";

/// "Quote: Jensen Huang, Nvidia CEO": a quote post's title when the record has none.
inline QString quoteTitle(const QString &attribution)
{
    return QStringLiteral("Quote: ") + attribution;
}

/// "Name, role" after the quotation.
inline QString attribution(const QString &name, const QString &role)
{
    return name + QStringLiteral(", ") + role;
}

/// "Name: headline" over the speaker profile.
inline QString profileHeading(const QString &name, const QString &headline)
{
    return name + QStringLiteral(": ") + headline;
}

/// "Category – Site" as the title of a category's archive page.
inline QString categoryPageTitle(const QString &category, const QString &site)
{
    return category + QStringLiteral(" – ") + site;
}

} // namespace QuoteDesk::SiteWording
