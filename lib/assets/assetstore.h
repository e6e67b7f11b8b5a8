// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace QuoteDesk {

class Library;

/// The content-addressed folder that keeps the files of a library's assets next to it:
/// `<library>.assets/ab/abcdef…` (the full SHA-256 as name, its first two digits as
/// folder), `tmp/` for copies in progress and `thumbs/` for cached thumbnails.
///
/// A file only ever appears under its final name by an atomic rename of a complete copy,
/// and a record is saved only after its file is in place; so a killed import can leave a
/// file without a record (see cleanupOrphans()) but never a record without its file.
class AssetStore final
{
public:
    /// The store of the library file at @p libraryPath.
    explicit AssetStore(const QString &libraryPath);

    QString root() const { return m_root; }
    /// Where the file with content hash @p sha256 is kept.
    QString filePath(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    QString tempFolder() const;
    QString thumbnailFolder() const;
    /// The cached thumbnail of @p sha256 that fits in @p size × @p size pixels.
    QString thumbnailPath(const QString &sha256, int size) const;

    /// Creates the store's folders (private to the user) if they are missing.
    bool ensureFolders(QString *error) const;

    /// True when @p sha256 is 64 lower-case hex digits, so it is safe to use as a file name.
    static bool isValidHash(const QString &sha256);

    struct CleanupReport
    {
        QStringList removed; ///< files removed: copies in progress, files without a record
        QStringList failed; ///< files that could not be removed
    };
    /// Removes what a killed import left behind: unfinished copies in tmp/, files no asset
    /// record (trashed ones included) refers to, and their thumbnails. Only touches files
    /// older than @p minimumAge, so an import running in another process at the same time
    /// keeps the file it is about to record. Call it when the library is opened.
    CleanupReport cleanupOrphans(const Library &library, std::chrono::seconds minimumAge,
                                 QString *error) const;
    CleanupReport cleanupOrphans(const Library &library, QString *error) const
    {
        return cleanupOrphans(library, DefaultOrphanAge, error);
    }

    static constexpr std::chrono::seconds DefaultOrphanAge { 15 * 60 };

private:
    QString m_root;
};

} // namespace QuoteDesk
