// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewresources.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMutexLocker>
#include <QPainter>
#include <QTextDocument>

namespace QuoteDesk {

namespace {

constexpr int MaxCachedImages = 64;

// Compares real paths, so neither "../" nor a symbolic link leads out of the folder.
bool isInside(const QString &folder, const QString &path)
{
    if (folder.isEmpty())
        return false;
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QString file = QFileInfo(path).canonicalFilePath();
    return !root.isEmpty() && !file.isEmpty() && file.startsWith(root + u'/');
}

} // namespace

void PreviewResources::setAssetFolder(const QString &folder)
{
    const QMutexLocker locker(&m_mutex);
    m_assetFolder = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_images.clear();
}

QString PreviewResources::assetFolder() const
{
    const QMutexLocker locker(&m_mutex);
    return m_assetFolder;
}

QImage PreviewResources::assetImage(const QString &path)
{
    {
        const QMutexLocker locker(&m_mutex);
        if (const auto found = m_images.constFind(path); found != m_images.constEnd())
            return *found;
    }
    // Read outside the lock: the UI thread may ask for another image meanwhile.
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.width() > MaxImageWidth)
        reader.setScaledSize(size.scaled(MaxImageWidth, size.height(), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (!image.isNull()) {
        const QMutexLocker locker(&m_mutex);
        if (m_images.size() >= MaxCachedImages)
            m_images.clear();
        m_images.insert(path, image);
    }
    return image;
}

QVariant PreviewResources::load(int type, const QUrl &name)
{
    // Qt 6.8 may ask for a file: image by its bare path (no scheme); either way only files
    // inside the library's asset store are served.
    const QString path = name.isLocalFile() ? name.toLocalFile()
        : name.scheme().isEmpty()           ? name.path()
                                            : QString();
    if (type == QTextDocument::ImageResource && !path.isEmpty() && isInside(assetFolder(), path)) {
        if (const QImage image = assetImage(path); !image.isNull())
            return image;
    }
    ++m_refused;
    return type == QTextDocument::ImageResource ? QVariant(placeholderImage()) : QVariant();
}

QImage PreviewResources::placeholderImage()
{
    static const QImage image = [] {
        QImage placeholder(96, 64, QImage::Format_ARGB32_Premultiplied);
        placeholder.fill(QColor(0xe6, 0xe6, 0xe6));
        QPainter painter(&placeholder);
        painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 2));
        painter.drawRect(placeholder.rect().adjusted(1, 1, -2, -2));
        painter.drawLine(QPoint(30, 20), QPoint(66, 44));
        painter.drawLine(QPoint(66, 20), QPoint(30, 44));
        return placeholder;
    }();
    return image;
}

} // namespace QuoteDesk
