// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepages.h"

#include "exportfolder.h"
#include "rendertemplate.h"
#include "sitewording.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &href, const QString &text)
{
    return u"<a href=\""_s + escape(href) + u"\">"_s + escape(text) + u"</a>"_s;
}

} // namespace

SitePages::SitePages(const SitePlan &plan, const QString &siteTitle)
    : m_plan(plan)
    , m_siteTitle(siteTitle)
    , m_header(RenderTemplate::fromResource(u"site-header.html"_s))
    , m_footer(RenderTemplate::fromResource(u"post-footer.html"_s))
    , m_archive(RenderTemplate::fromResource(u"archive.html"_s))
    , m_entry(RenderTemplate::fromResource(u"archive-entry.html"_s))
{
}

QString SitePages::header(const QString &pagePath) const
{
    QString items;
    for (const SitePlan::CategoryPage &category : m_plan.categories)
        items += u"<li>"_s + link(ExportFolder::relativeLink(pagePath, category.path), category.name)
            + u"</li>\n"_s;
    return m_header
        .render({ { u"home"_s, escape(ExportFolder::relativeLink(pagePath, SitePlan::archivePath())) },
                  { u"site_title"_s, escape(m_siteTitle) },
                  { u"label_categories"_s, escape(SiteWording::Categories.toString()) },
                  { u"categories"_s, items } })
        .trimmed();
}

QString SitePages::postFooter(const SitePlan::Post &post) const
{
    return m_footer
        .render({ { u"home"_s, escape(ExportFolder::relativeLink(post.path, SitePlan::archivePath())) },
                  { u"label_categories"_s, escape(SiteWording::Categories.toString()) },
                  { u"label_all_posts"_s, escape(SiteWording::AllPosts.toString()) },
                  { u"categories"_s, categoryLinks(post.categoryIds, post.path) } })
        .trimmed();
}

QString SitePages::archive(const QString &pagePath) const
{
    QList<int> all;
    for (int i = 0; i < m_plan.posts.size(); ++i)
        all.append(i);
    return archivePage(pagePath, SiteWording::LatestPosts.toString(), m_siteTitle, all);
}

QString SitePages::categoryArchive(const SitePlan::CategoryPage &category) const
{
    return archivePage(category.path, category.name,
                       SiteWording::categoryPageTitle(category.name, m_siteTitle), category.posts);
}

QString SitePages::archivePage(const QString &pagePath, const QString &heading, const QString &pageTitle,
                               const QList<int> &posts) const
{
    QString entries;
    for (const int index : posts)
        entries += entry(m_plan.posts.at(index), pagePath);
    return m_archive.render(
        { { u"page_title"_s, escape(pageTitle) },
          { u"stylesheet"_s, escape(ExportFolder::relativeLink(pagePath, ExportFolder::styleSheetPath())) },
          { u"header"_s, header(pagePath) },
          { u"heading"_s, escape(heading) },
          { u"entries"_s, entries },
          { u"label_no_posts"_s, escape(SiteWording::NoPosts.toString()) } });
}

QString SitePages::entry(const SitePlan::Post &post, const QString &pagePath) const
{
    return m_entry.render({ { u"url"_s, escape(ExportFolder::relativeLink(pagePath, post.path)) },
                            { u"title"_s, escape(post.title) },
                            { u"date_iso"_s, post.date.toString(Qt::ISODate) },
                            { u"date"_s, escape(QLocale::c().toString(post.date, u"d MMMM yyyy"_s)) },
                            { u"categories"_s, categoryLinks(post.categoryIds, pagePath) },
                            { u"excerpt"_s, escape(post.excerpt) },
                            { u"label_read_more"_s, escape(SiteWording::ReadMore.toString()) } });
}

QString SitePages::categoryLinks(const QList<qint64> &ids, const QString &pagePath) const
{
    QStringList links;
    for (const qint64 id : ids) {
        if (const SitePlan::CategoryPage *category = m_plan.category(id))
            links.append(link(ExportFolder::relativeLink(pagePath, category->path), category->name));
    }
    return links.join(u", "_s);
}

} // namespace QuoteDesk
