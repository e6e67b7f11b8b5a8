// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

class QImageReader;
class QPdfDocument;

namespace QuoteDesk::Thumbnailer {

/// The size an image of @p original pixels gets as a thumbnail that fits in @p edge ×
/// @p edge: scaled down keeping its proportions, never scaled up.
QSize fittedSize(QSize original, int edge);

/// Decodes the image @p reader reads, scaled to fit in @p edge × @p edge (formats that can,
/// such as JPEG, decode at the smaller size directly). A null image when the data is
/// damaged; @p error says what the decoder reported.
QImage decodeScaled(QImageReader &reader, int edge, QString *error);

/// The first page of a loaded PDF, white behind, with its longer side @p edge pixels.
QImage renderFirstPage(QPdfDocument &document, int edge);

/// Renders the SVG document @p svg with its longer side @p edge pixels, after
/// SvgSanitizer::sanitize(): no scripts run and nothing outside the document is loaded.
QImage renderSvg(const QByteArray &svg, int edge, QString *error);

/// The thumbnail of the file at @p path of type @p mimeType (one the media library takes),
/// with its longer side at most @p edge pixels. A null image when it cannot be made.
QImage make(const QString &path, const QString &mimeType, int edge, QString *error);

} // namespace QuoteDesk::Thumbnailer
