// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfolder.h"
#include "model/recordtype.h"

#include <QString>

#include <optional>

namespace QuoteDesk {

class Library;

/// "Open in browser": standalone pages of single posts written to a folder.
namespace PageExport {

/// Writes the standalone page of the quote or essay @p id (@p type is RecordType::Quote or
/// RecordType::Essay) into @p folder, with the site's CSS (site.css) and a copy of every
/// asset file it shows or links to (under assets/, found through @p assetFiles), so that
/// the page opens in any browser from there. The page is named after the post's slug.
///
/// Returns the absolute path of the page, or nothing with a message in @p error when the
/// post cannot be read or a file cannot be written. An asset whose file is missing is shown
/// as missing on the page and named in @p missingAssets when that is given.
std::optional<QString> writePostPage(const Library &library, RecordType type, qint64 id,
                                     const QString &folder, const AssetFileResolver &assetFiles,
                                     QString *error, QStringList *missingAssets = nullptr);

} // namespace PageExport

} // namespace QuoteDesk
