// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include "thumbnailer.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/qtconcurrenttask.h> // no class-named header in Qt 6.4

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

QString keyOf(const QString &sha256, int edge)
{
    return sha256 + u'-' + QString::number(edge);
}

// What a worker brings back.
struct Made
{
    QImage image;
    QString error;
};

} // namespace

ThumbnailCache::ThumbnailCache(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_store(libraryPath)
    , m_memory(64 * 1024)
{
    // One core stays free for the window.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    m_pool.setThreadPriority(QThread::LowPriority);
}

ThumbnailCache::~ThumbnailCache()
{
    // The futures of dropped requests never finish: nothing waits for them, and their
    // watchers go with this object.
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::loadOrMake(const AssetStore &store, const QString &sha256, const QString &mimeType,
                                  int edge, QString *error)
{
    if (!AssetStore::isValidHash(sha256))
        return {};
    const QString cached = store.thumbnailPath(sha256, edge);
    if (QFileInfo::exists(cached)) {
        QImage image(cached);
        if (!image.isNull())
            return image;
    }
    QImage image = Thumbnailer::make(store.filePath(sha256), mimeType, edge, error);
    if (image.isNull())
        return image;
    QString ignored;
    if (store.ensureFolders(&ignored)) {
        QSaveFile file(cached);
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
            file.commit();
    }
    return image;
}

QImage ThumbnailCache::thumbnail(const QString &sha256, const QString &mimeType, int edge)
{
    const QString key = keyOf(sha256, edge);
    if (const QImage *image = m_memory.object(key))
        return *image;
    if (m_pending.contains(key) || m_failed.contains(key))
        return {};
    m_pending.insert(key);
    // The watcher brings the thumbnail back to this thread; it goes with its delivery, or
    // with the cache when the request was dropped unstarted.
    auto *watcher = new QFutureWatcher<Made>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, sha256, edge] {
        const Made made = watcher->result();
        watcher->deleteLater();
        deliver(key, sha256, edge, made.image, made.error);
    });
    // Newest requests first: they are what the view shows now.
    watcher->setFuture(QtConcurrent::task([store = m_store, sha256, mimeType, edge] {
                           Made made;
                           made.image = loadOrMake(store, sha256, mimeType, edge, &made.error);
                           return made;
                       })
                           .onThreadPool(m_pool)
                           .withPriority(++m_nextPriority)
                           .spawn());
    return {};
}

void ThumbnailCache::deliver(const QString &key, const QString &sha256, int edge, const QImage &image,
                             const QString &error)
{
    m_pending.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
        Q_EMIT thumbnailFailed(sha256, edge, error);
        return;
    }
    m_memory.insert(key, new QImage(image), qMax<int>(1, int(image.sizeInBytes() / 1024)));
    Q_EMIT thumbnailReady(sha256, edge);
}

bool ThumbnailCache::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

} // namespace QuoteDesk
