// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rendertemplate.h"
#include "siteplan.h"

#include <QString>

namespace QuoteDesk {

/// The markup of the static site around the posts: the header of every page, the footer of
/// a post, and the archive pages. Every link is relative to the page it is written for
/// (a path such as "posts/a.html"); templates in resources/templates/ decide the markup.
class SitePages final
{
public:
    SitePages(const SitePlan &plan, const QString &siteTitle);

    /// The site's name linking to the archive, and a link to every category's archive.
    QString header(const QString &pagePath) const;
    /// Under a post: links to its categories and back to the archive.
    QString postFooter(const SitePlan::Post &post) const;
    /// The archive of every post, written to @p pagePath.
    QString archive(const QString &pagePath) const;
    /// The archive of one category, written to its path.
    QString categoryArchive(const SitePlan::CategoryPage &category) const;

private:
    QString archivePage(const QString &pagePath, const QString &heading, const QString &pageTitle,
                        const QList<int> &posts) const;
    QString entry(const SitePlan::Post &post, const QString &pagePath) const;
    QString categoryLinks(const QList<qint64> &ids, const QString &pagePath) const;

    const SitePlan &m_plan;
    QString m_siteTitle;
    // Parsed once: an archive renders the entry template for each of its posts.
    RenderTemplate m_header;
    RenderTemplate m_footer;
    RenderTemplate m_archive;
    RenderTemplate m_entry;
};

} // namespace QuoteDesk
