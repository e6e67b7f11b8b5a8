// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "model/records.h" // RemoteMedia

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace QuoteDesk {

/// What the renderer needs to know beyond the article: where assets are.
struct RenderContext
{
    /// Where an asset's file is: a file URL for the preview, a path relative to the page for a
    /// standalone page. Unset or an empty URL: the asset is shown as missing.
    std::function<QUrl(const Asset &)> localUrl;
    /// The site's copy of an asset, for block markup at publish time. Unset or nothing: the
    /// asset is not uploaded yet and its image shows as its alternative text.
    std::function<std::optional<RemoteMedia>(const Asset &)> remoteMedia;
    /// Standalone page only: link this style sheet (e.g. "site.css") instead of embedding the
    /// site's CSS in the page.
    QString styleSheetHref;
    /// Standalone page only: markup placed before and after the article's <main> element,
    /// such as a site's header and navigation (already escaped).
    QString pageHeader;
    QString pageFooter;
    /// Standalone page only: whether Markdown links and images with a relative target
    /// ("notes.html", "#part", "/img/a.png") are kept. A page written to a folder of its own
    /// has nothing beside it, so an export turns this off: such links keep only their text
    /// and such images show as not shown.
    bool keepRelativeTargets = true;
};

/// The three outputs of one composed article. Templates in resources/templates/ decide the
/// markup and order of the parts; the Markdown parts are emitted from the article's trees.
namespace ArticleRenderer {

/// HTML for the in-app preview (a QTextBrowser): no scripts, nothing remote. Library assets
/// are shown through RenderContext::localUrl; a remote image becomes a placeholder saying it
/// was not loaded.
QString preview(const Article &article, const RenderContext &context);

/// A standalone HTML5 page with the site's CSS, for "open in browser" and the static export.
QString page(const Article &article, const RenderContext &context);

/// The post content as WordPress block-editor markup. The title, slug and excerpt are sent
/// as their own fields and are not part of it.
QString blocks(const Article &article, const RenderContext &context);

} // namespace ArticleRenderer

} // namespace QuoteDesk
