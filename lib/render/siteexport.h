// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfolder.h"
#include "siteplan.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace QuoteDesk {

class Library;

struct SiteExportOptions
{
    PostSelection posts; ///< which quotes and essays are posts
    /// The site's name in the header of every page; empty: the name of the library's first
    /// site, or "Posts" when it has none.
    QString siteTitle;
    /// Finds the asset files the posts show or link to. Unset: the library's media library.
    AssetFileResolver assetFiles;
};

/// What an export wrote.
struct SiteExportReport
{
    QString folder; ///< absolute path of the export
    int postCount = 0;
    int categoryCount = 0; ///< category archive pages
    int assetCount = 0; ///< asset files copied
    QStringList files; ///< every file written, relative to the folder, sorted
    QStringList missingAssets; ///< assets whose files were not found; their pages show them as missing
};

/// Called as the export goes: @p done of @p total steps are finished and @p step is being
/// done ("Writing posts/a.html"). Return false to cancel the export.
using SiteExportProgress = std::function<bool(int done, int total, const QString &step)>;

/// Writes a static copy of the library's posts to @p folder, to read in a browser or put on
/// any web server:
///
/// - `index.html`, the archive: every post, newest first, with its title, date, categories,
///   excerpt and a "read more" link;
/// - `category/<slug>.html`, one archive page per category that has posts;
/// - `posts/<slug>.html`, one page per post (see PostSelection for which records are posts);
/// - `site.css` and, under `assets/`, the files of the assets the posts use.
///
/// Every link is relative, so the folder can be moved or served from any path, and every
/// page is HTML5. @p folder must be missing, empty, or hold an earlier export, which is then
/// replaced as a whole. The pages are written to a new folder beside it that takes its place
/// only once complete: a failed or cancelled export leaves @p folder as it was and says in
/// @p error what failed, or that it was cancelled.
std::optional<SiteExportReport> exportSite(const Library &library, const QString &folder,
                                           const SiteExportOptions &options,
                                           const SiteExportProgress &progress, QString *error);

} // namespace QuoteDesk
