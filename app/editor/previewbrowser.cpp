// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbrowser.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace QuoteDesk {

namespace {

constexpr int MaxCachedImages = 64;

} // namespace

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    // The preview shows the page as the site does, light in a dark desktop too: list bullets
    // and text without a colour of their own must not take the desktop's light text colour.
    QPalette page = palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, QColor(0x2b, 0x2b, 0x2b));
    page.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    setPalette(page);
    document()->setDocumentMargin(DocumentMargin);
}

void PreviewBrowser::setAssetFolder(const QString &folder)
{
    m_assetFolder = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_images.clear();
}

bool PreviewBrowser::isAssetFile(const QString &path) const
{
    if (m_assetFolder.isEmpty())
        return false;
    // Compare real paths, so neither "../" nor a symbolic link leads out of the folder.
    const QString root = QFileInfo(m_assetFolder).canonicalFilePath();
    const QString file = QFileInfo(path).canonicalFilePath();
    return !root.isEmpty() && !file.isEmpty() && file.startsWith(root + u'/');
}

QImage PreviewBrowser::assetImage(const QString &path)
{
    if (const auto found = m_images.constFind(path); found != m_images.constEnd())
        return *found;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.width() > MaxImageWidth)
        reader.setScaledSize(size.scaled(MaxImageWidth, size.height(), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (m_images.size() >= MaxCachedImages)
        m_images.clear();
    if (!image.isNull())
        m_images.insert(path, image);
    return image;
}

void PreviewBrowser::setPreviewHtml(const QString &html)
{
    setHtml(html);
    // setHtml() starts a new document, which forgets the margin.
    document()->setDocumentMargin(DocumentMargin);
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    // Qt 6.8 may ask for a file: image by its bare path (no scheme); either way only files
    // inside the library's asset store are served.
    const QString path = name.isLocalFile() ? name.toLocalFile()
        : name.scheme().isEmpty()           ? name.path()
                                            : QString();
    if (type == QTextDocument::ImageResource && !path.isEmpty() && isAssetFile(path)) {
        if (const QImage image = assetImage(path); !image.isNull())
            return image;
    }
    ++m_refused;
    return type == QTextDocument::ImageResource ? QVariant(placeholderImage()) : QVariant();
}

QImage PreviewBrowser::placeholderImage()
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
