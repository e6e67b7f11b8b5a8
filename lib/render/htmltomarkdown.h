// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace QuoteDesk {

/// Turns HTML (or WordPress block markup, whose block comments it skips) back into the
/// Markdown dialect QuoteDesk writes: paragraphs, headings, emphasis, strong, strikethrough,
/// links, images, lists (nested, ordered with their start), block quotes, code, separators and
/// tables. Made for what BlockEmitter and HtmlEmitter write, and what the block editor keeps of
/// it after an edit: Markdown → blocks → Markdown renders the same blocks again.
///
/// Other markup is not guessed at: an unknown element gives its text, and is named in
/// lost() so the caller can tell the user what did not come back.
class HtmlToMarkdown final
{
public:
    struct Options
    {
        /// The Markdown level of the highest heading: an `<h2>` of a part rendered with its
        /// headings from level 2 comes back as `#` with 1, as `##` with 2.
        int headingOffset = 0;
        /// Maps a link or image address back (the site's copy of a file → `asset:ID`);
        /// unset or an empty answer keeps the address.
        std::function<QString(const QString &url)> mapUrl;
    };

    HtmlToMarkdown();
    explicit HtmlToMarkdown(Options options);

    /// The Markdown of @p html, blocks separated by a blank line, without a final line end.
    QString convert(const QString &html);
    /// The elements met in the last convert() that have no Markdown form (by tag name, once
    /// each), such as `span` or `iframe`; their text was kept.
    const QStringList &lost() const { return m_lost; }

    /// Text as Markdown shows it literally: characters that would start markup escaped.
    static QString escapeText(const QString &text, bool lineStart);
    /// Decodes the HTML character references in @p text (named, decimal and hex).
    static QString decodeEntities(const QString &text);

    /// A parsed element or text (internal).
    struct Node;

private:
    QString blocks(const Node &node, int depth);
    QString block(const Node &node, int depth);
    QString inlines(const Node &node);
    QString list(const Node &node, int depth);
    QString table(const Node &node);
    QString url(const QString &href) const;
    void noteLost(const QString &tag);

    Options m_options;
    QStringList m_lost;
};

} // namespace QuoteDesk
