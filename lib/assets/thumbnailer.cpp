// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailer.h"

#include "svgsanitizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>
#include <QSvgRenderer>

#include <limits>
#include <mutex>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Thumbnailer {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Thumbnailer)
};

// Largest file read into memory to make an SVG thumbnail.
constexpr qint64 MaxSvgBytes = 32 * 1024 * 1024;

// QImageReader refuses to decode images over a process-wide limit (256 MiB by default);
// the importer's own pixel limit decides instead, so raise it to fit what was let in. Only
// ever raised, under a lock, so one thread never lowers it under another.
void raiseAllocationLimit(QSize size)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    const qint64 megabytes = qint64(size.width()) * size.height() * 4 / (1024 * 1024) + 1;
    if (megabytes > QImageReader::allocationLimit() && megabytes < std::numeric_limits<int>::max())
        QImageReader::setAllocationLimit(int(megabytes));
}

} // namespace

QSize fittedSize(QSize original, int edge)
{
    if (original.isEmpty())
        return QSize(edge, edge);
    if (original.width() <= edge && original.height() <= edge)
        return original;
    return original.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QImage decodeScaled(QImageReader &reader, int edge, QString *error)
{
    const QSize size = reader.size();
    if (size.isValid()) {
        reader.setScaledSize(fittedSize(size, edge));
        raiseAllocationLimit(size);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = reader.errorString();
        return image;
    }
    // Formats that ignore the scaled size arrive at full size.
    if (image.width() > edge || image.height() > edge)
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage renderFirstPage(QPdfDocument &document, int edge)
{
    const QSizeF points = document.pagePointSize(0);
    if (document.pageCount() < 1 || points.isEmpty())
        return {};
    const QSize size = points.scaled(edge, edge, Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    QImage page = document.render(0, size);
    if (page.isNull())
        return page;
    // Pages without a background are transparent; paper is white.
    QImage white(page.size(), QImage::Format_RGB32);
    white.fill(Qt::white);
    QPainter painter(&white);
    painter.drawImage(0, 0, page);
    painter.end();
    return white;
}

QImage renderSvg(const QByteArray &svg, int edge, QString *error)
{
    const std::optional<QByteArray> safe = SvgSanitizer::sanitize(svg, error);
    if (!safe)
        return {};
    QSvgRenderer renderer(*safe);
    if (!renderer.isValid()) {
        if (error)
            *error = Tr::tr("the SVG cannot be drawn");
        return {};
    }
    QSizeF natural = renderer.defaultSize();
    if (natural.isEmpty())
        natural = renderer.viewBoxF().size();
    if (natural.isEmpty())
        natural = QSizeF(edge, edge);
    const QSize size = natural.scaled(edge, edge, Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

QImage make(const QString &path, const QString &mimeType, int edge, QString *error)
{
    if (mimeType == u"application/pdf") {
        QPdfDocument document;
        if (document.load(path) != QPdfDocument::Error::None) {
            if (error)
                *error = Tr::tr("the PDF cannot be opened");
            return {};
        }
        return renderFirstPage(document, edge);
    }
    if (mimeType == u"image/svg+xml") {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSvgBytes) {
            if (error)
                *error = file.isOpen() ? Tr::tr("the SVG is too large") : file.errorString();
            return {};
        }
        return renderSvg(file.readAll(), edge, error);
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    return decodeScaled(reader, edge, error);
}

} // namespace QuoteDesk::Thumbnailer
