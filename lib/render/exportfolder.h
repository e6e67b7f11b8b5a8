// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerenderer.h"
#include "model/records.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace QuoteDesk {

/// Where the file of an asset is on this machine; an empty string when there is none.
using AssetFileResolver = std::function<QString(const Asset &asset)>;

/// A folder that standalone pages are written into: the pages, the site's style sheet
/// (site.css) and a copy of every asset file they show or link to, once each, under
/// assets/. Every file appears under its name only once it is complete, so a failed write
/// never leaves half a file behind; each error names the file that could not be written.
///
/// Paths given to and returned by it are relative to the folder and use '/'.
class ExportFolder final
{
public:
    /// A folder at @p root (created when needed) whose asset files @p assetFiles finds.
    ExportFolder(const QString &root, AssetFileResolver assetFiles);

    /// Finds asset files in the media library kept beside the library file at
    /// @p libraryPath (see AssetStore).
    static AssetFileResolver libraryAssetFiles(const QString &libraryPath);

    QString root() const { return m_root; }
    /// The absolute path of @p relativePath inside the folder.
    QString filePath(const QString &relativePath) const;

    /// Writes @p text as UTF-8 to @p relativePath, creating its folders.
    bool writeText(const QString &relativePath, const QString &text, QString *error);
    /// Writes the site's CSS as styleSheetPath().
    bool writeStyleSheet(QString *error);
    static QString styleSheetPath() { return QStringLiteral("site.css"); }

    /// Copies the file of each of @p assets not copied yet. An asset whose file cannot be
    /// found is no error: it is listed in missingAssets() and pages show it as missing.
    /// Returns false when a file that exists cannot be read or copied.
    bool copyAssets(const QList<Asset> &assets, QString *error);
    /// Where the copy of the asset @p id is, or an empty string when it has none.
    QString assetPath(qint64 id) const { return m_assetPaths.value(id); }
    /// The assets whose files were not found, as "label (original name)".
    QStringList missingAssets() const { return m_missing; }
    /// How many asset files were copied.
    int copiedAssetCount() const { return int(m_assetPaths.size()); }

    /// How a page at @p pagePath finds the style sheet and the copied assets: by paths
    /// relative to the page. Relative links written in Markdown are dropped: nothing they
    /// could point at is in the folder.
    RenderContext pageContext(const QString &pagePath) const;
    /// @p target as a link from the page at @p pagePath ("posts/a.html" to "index.html"
    /// gives "../index.html").
    static QString relativeLink(const QString &pagePath, const QString &target);

    /// A file name made of ASCII letters, digits, '-', '_' and '.', never starting with a
    /// dot, at most 80 characters; @p fallback when nothing of @p name is left.
    static QString safeFileName(const QString &name, const QString &fallback);

private:
    QString copyName(const Asset &asset) const;

    QString m_root;
    AssetFileResolver m_assetFiles;
    QHash<qint64, QString> m_assetPaths;
    QHash<qint64, bool> m_seen;
    QStringList m_missing;
};

} // namespace QuoteDesk
