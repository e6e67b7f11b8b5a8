// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace QuoteDesk {

/// The built-in Markdown highlighter, used when the build has no KDE Syntax Highlighting:
/// ATX headings, emphasis and strong emphasis, inline code and fenced code blocks, links and
/// images, list markers and block quotes, in colours taken from a palette.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    /// Takes the colours from @p palette and highlights the document again.
    void setPalette(const QPalette &palette);

    /// Code fences, line by line: the state after @p line when the line before it left
    /// @p previousState; 0 outside a fenced code block (and for the first line), another
    /// number inside one (the fence's character and length, so only a matching fence closes it).
    static int fenceStateAfter(const QString &line, int previousState);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Formats
    {
        QTextCharFormat heading;
        QTextCharFormat markup; ///< the Markdown punctuation itself
        QTextCharFormat emphasis;
        QTextCharFormat strong;
        QTextCharFormat code;
        QTextCharFormat link;
        QTextCharFormat url;
        QTextCharFormat listMarker;
        QTextCharFormat quote;
    };
    static Formats formatsFor(const QPalette &palette);

    bool highlightFence(const QString &text);
    void highlightInline(const QString &text, int from);

    Formats m_formats;
};

} // namespace QuoteDesk
