// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

namespace QuoteDesk::SvgSanitizer {

/// A copy of the SVG document @p svg that can be rendered without loading anything:
/// scripts, foreign objects, processing instructions and the document type (with its
/// entities) are left out, and so is every element that refers to something outside the
/// document (an `href` that is not `#id` or a `data:` URL; links keep their text but lose
/// the reference). Nothing when @p svg is not a
/// well-formed SVG document (@p error says why).
std::optional<QByteArray> sanitize(const QByteArray &svg, QString *error);

/// The size in CSS pixels the root `<svg>` element of @p svg declares (width and height,
/// else its viewBox); an empty size when it declares none. Reads the root element only.
QSize declaredSize(const QByteArray &svg);

/// True when the root element of @p head (the start of a file) is `<svg>`.
bool looksLikeSvg(const QByteArray &head);

} // namespace QuoteDesk::SvgSanitizer
