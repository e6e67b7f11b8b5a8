// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetstore.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace QuoteDesk {

/// Thumbnails of a library's assets, made on a background thread pool when first asked
/// for, kept on disk in the store's thumbs/ folder and the most recent ones in memory.
///
/// thumbnail() never blocks: it returns what is in memory or starts making it and emits
/// thumbnailReady() (on the cache's thread) when it is there.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(const QString &libraryPath, QObject *parent = nullptr);
    /// Drops the requests not started yet and waits for the ones running.
    ~ThumbnailCache() override;

    /// The thumbnail of the asset with content @p sha256 and type @p mimeType, at most
    /// @p edge pixels wide and high; a null image while it is being made (or when it cannot
    /// be made: see thumbnailFailed()).
    QImage thumbnail(const QString &sha256, const QString &mimeType, int edge);

    /// Makes (or reads from the disk cache) a thumbnail on the calling thread.
    static QImage loadOrMake(const AssetStore &store, const QString &sha256, const QString &mimeType,
                             int edge, QString *error);

    /// How many thumbnails are being made or waiting to be.
    int pendingCount() const { return int(m_pending.size()); }
    /// Waits until every requested thumbnail is made (tests and benchmarks).
    bool waitForDone(int msecs = -1);
    /// How many kilobytes of thumbnails are kept in memory (default 64 MB).
    void setMemoryLimit(int kilobytes) { m_memory.setMaxCost(kilobytes); }

Q_SIGNALS:
    void thumbnailReady(const QString &sha256, int edge);
    void thumbnailFailed(const QString &sha256, int edge, const QString &error);

private:
    void deliver(const QString &key, const QString &sha256, int edge, const QImage &image,
                 const QString &error);

    AssetStore m_store;
    QCache<QString, QImage> m_memory;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QThreadPool m_pool;
    int m_nextPriority = 0;
};

} // namespace QuoteDesk
