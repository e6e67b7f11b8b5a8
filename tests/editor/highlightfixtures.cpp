// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightfixtures.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace QuoteDesk::Test::HighlightFixtures {

namespace {

QPalette paletteWith(const QColor &window, const QColor &base, const QColor &text, const QColor &link)
{
    QPalette palette(window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Link, link);
    return palette;
}

} // namespace

QPalette lightPalette()
{
    return paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black, QColor(0x0b, 0x57, 0xd0));
}

QPalette darkPalette()
{
    return paletteWith(QColor(0x2b, 0x2b, 0x2b), QColor(0x1e, 0x1e, 0x1e), QColor(0xe0, 0xe0, 0xe0),
                       QColor(0x8a, 0xb4, 0xf8));
}

QTextCharFormat formatAt(const QTextDocument *document, int line, int offset)
{
    const QTextBlock block = document->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace QuoteDesk::Test::HighlightFixtures
