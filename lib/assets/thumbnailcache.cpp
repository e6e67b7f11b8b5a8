// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include "thumbnailer.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

QString keyOf(const QString &sha256, int edge)
{
    return sha256 + u'-' + QString::number(edge);
}

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
    const AssetStore store = m_store;
    // Newest requests first: they are what the view shows now.
    m_pool.start(QRunnable::create([this, store, key, sha256, mimeType, edge] {
                     QString error;
                     const QImage image = loadOrMake(store, sha256, mimeType, edge, &error);
                     QMetaObject::invokeMethod(
                         this, [=, this] { deliver(key, sha256, edge, image, error); }, Qt::QueuedConnection);
                 }),
                 ++m_nextPriority);
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
