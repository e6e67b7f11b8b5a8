// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleinput.h"
#include "exportfolder.h"
#include "model/recordtype.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace QuoteDesk {

class Library;

/// "Open in browser": standalone pages of single posts written to a folder.
namespace PageExport {

/// Writes the standalone page of the quote or essay @p id (@p type is RecordType::Quote or
/// RecordType::Essay) into @p folder, with the site's CSS (site.css) and a copy of every
/// asset file it shows or links to (under assets/), so that the page opens in any browser
/// from there. The page is named after the post's slug; writing again replaces it.
///
/// Asset files come from the library's media library, or from @p assetFiles when it is set.
/// An asset whose file is missing is shown as missing on the page and named in
/// @p missingAssets when that is given. Returns the absolute path of the page, or nothing
/// with a message in @p error when the post cannot be read or a file cannot be written.
std::optional<QString> writePostPage(const Library &library, RecordType type, qint64 id,
                                     const QString &folder, QString *error,
                                     QStringList *missingAssets = nullptr,
                                     const AssetFileResolver &assetFiles = {});

/// Writes the standalone page of the post @p input holds (a draft need not be saved) into
/// @p folder, as writePostPage() does; the asset files come from @p library's media library
/// unless @p assetFiles is set.
std::optional<QString> writeArticlePage(const Library &library, const ArticleInput &input,
                                        const QString &folder, QString *error,
                                        QStringList *missingAssets = nullptr,
                                        const AssetFileResolver &assetFiles = {});

} // namespace PageExport

} // namespace QuoteDesk
