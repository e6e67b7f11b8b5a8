// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetstore.h"

#include "store/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::AssetStore)
};

bool isOldEnough(const QFileInfo &info, const QDateTime &cutoff)
{
    return info.lastModified().toUTC() <= cutoff;
}

} // namespace

AssetStore::AssetStore(const QString &libraryPath)
    : m_root(QFileInfo(libraryPath).absoluteFilePath() + u".assets"_s)
{
}

QString AssetStore::filePath(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool AssetStore::contains(const QString &sha256) const
{
    return isValidHash(sha256) && QFileInfo(filePath(sha256)).isFile();
}

QString AssetStore::tempFolder() const
{
    return m_root + u"/tmp"_s;
}

QString AssetStore::thumbnailFolder() const
{
    return m_root + u"/thumbs"_s;
}

QString AssetStore::thumbnailPath(const QString &sha256, int size) const
{
    return thumbnailFolder() + u'/' + sha256 + u'-' + QString::number(size) + u".png"_s;
}

bool AssetStore::ensureFolders(QString *error) const
{
    for (const QString &folder : { m_root, tempFolder(), thumbnailFolder() }) {
        if (QFileInfo(folder).isDir())
            continue;
        QDir dir;
        if (!dir.mkpath(folder)
            || !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            if (error)
                *error = Tr::tr("Cannot create the media folder “%1”. Check that you may write next to the "
                                "library file and that the disk is not full.")
                             .arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    return true;
}

bool AssetStore::isValidHash(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    return std::all_of(sha256.begin(), sha256.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

AssetStore::CleanupReport AssetStore::cleanupOrphans(const Library &library, std::chrono::seconds minimumAge,
                                                     QString *error) const
{
    CleanupReport report;
    const std::optional<QSet<QString>> recorded = library.store().assetHashes(error);
    if (!recorded)
        return report;
    const QSet<QString> &known = *recorded;

    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minimumAge.count());
    const auto remove = [&report](const QString &path) {
        (QFile::remove(path) ? report.removed : report.failed).append(path);
    };

    QDirIterator temps(tempFolder(), QDir::Files | QDir::Hidden | QDir::System);
    while (temps.hasNext()) {
        temps.next();
        if (isOldEnough(temps.fileInfo(), cutoff))
            remove(temps.filePath());
    }
    QDirIterator thumbs(thumbnailFolder(), QDir::Files);
    while (thumbs.hasNext()) {
        const QString sha = thumbs.next().section(u'/', -1).section(u'-', 0, 0);
        if (!known.contains(sha) && isOldEnough(thumbs.fileInfo(), cutoff))
            remove(thumbs.filePath());
    }
    QDirIterator folders(m_root, QDir::Dirs | QDir::NoDotAndDotDot);
    while (folders.hasNext()) {
        const QString folder = folders.next();
        if (folders.fileName().size() != 2)
            continue; // tmp/ and thumbs/
        QDirIterator files(folder, QDir::Files | QDir::Hidden);
        while (files.hasNext()) {
            files.next();
            if (!known.contains(files.fileName()) && isOldEnough(files.fileInfo(), cutoff))
                remove(files.filePath());
        }
    }
    return report;
}

} // namespace QuoteDesk
