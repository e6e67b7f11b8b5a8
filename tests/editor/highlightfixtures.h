// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QTextCharFormat>

class QTextDocument;

// What the highlighting tests share: a light and a dark palette, and the format a
// highlighter gave a character. Needs Qt Gui only, so the KF6 test builds on its own too.
namespace QuoteDesk::Test::HighlightFixtures {

QPalette lightPalette();
QPalette darkPalette();

/// The format of the character at @p offset of line @p line; an empty format where the
/// highlighter set none.
QTextCharFormat formatAt(const QTextDocument *document, int line, int offset);

} // namespace QuoteDesk::Test::HighlightFixtures
