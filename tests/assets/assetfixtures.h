// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

// Files the asset tests import, made on the fly.
namespace QuoteDesk::Test::AssetFixtures {

/// Writes @p bytes to @p path (creating its folder); false on failure.
bool write(const QString &path, const QByteArray &bytes);

/// An image of @p width × @p height in @p format ("PNG", "JPEG", "WEBP") filled with @p color.
QByteArray image(int width, int height, const char *format = "PNG", QColor color = QColor(30, 90, 160));
/// A PNG of only a signature, an IHDR chunk declaring @p width × @p height and IEND:
/// readers see its size without any pixel data.
QByteArray pngHeader(quint32 width, quint32 height);
/// A PNG whose compressed pixel data is overwritten with garbage.
QByteArray corruptPng();
/// A 1 × 1 GIF.
QByteArray gif();
/// A small SVG drawing of @p width × @p height with @p fill.
QByteArray svg(int width, int height, const QString &fill = QStringLiteral("#1e5aa0"));
/// The checked-in two-page PDF (title "Sovereign AI brochure", author "Strategy Desk").
QByteArray brochurePdf();

} // namespace QuoteDesk::Test::AssetFixtures
