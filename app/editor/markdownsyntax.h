// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

/// The one place that decides which Markdown highlighter the editor uses: KDE Syntax
/// Highlighting's "Markdown" definition when the build found KF6SyntaxHighlighting
/// (QUOTEDESK_HAVE_KF6_SYNTAX), otherwise the built-in MarkdownHighlighter.
namespace QuoteDesk::MarkdownSyntax {

/// True when this build highlights with KDE Syntax Highlighting.
bool usesKSyntaxHighlighting();

/// "KSyntaxHighlighting" or "built-in", for logs and the about box.
QString highlighterName();

/// "KSyntaxHighlighting 6.x.y" (the version of the library in use) when this build highlights
/// with it, else highlighterName().
QString highlighterVersion();

/// True when @p palette is a dark one (its window colour is darker than mid-grey).
bool isDark(const QPalette &palette);

/// A new highlighter of @p document (which owns it) in the colours of @p palette.
QSyntaxHighlighter *createHighlighter(QTextDocument *document, const QPalette &palette);

/// Re-colours @p highlighter, made by createHighlighter(), for @p palette and highlights its
/// document again.
void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);

} // namespace QuoteDesk::MarkdownSyntax
