// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmlemitter.h"
#include "markdowndocument.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace QuoteDesk {

/// Writes a MarkdownDocument as WordPress block-editor markup (the serialised form
/// WordPress 6.1 saves: `<!-- wp:paragraph -->…`), so a published post stays editable as
/// native blocks. Paragraphs, headings, lists (with list items, nested and ordered), quotes,
/// code, tables, separators and images each become their core block; inline markup is the
/// HtmlEmitter's under the same policy.
class BlockEmitter final
{
public:
    /// The wp:image block for an image that stands alone in its paragraph.
    using ImageBlock = std::function<QString(const QString &url, const QString &alt, const QString &title)>;

    BlockEmitter(MarkupPolicy policy, ImageBlock imageBlock);

    /// The blocks of the whole document, separated by blank lines as WordPress writes them,
    /// with no line end after the last.
    QString render(const MarkdownDocument &document) const;

    /// One block: its comment delimiters (with @p attributes when not empty) around @p html.
    static QString block(const QString &name, const QString &html, const QJsonObject &attributes = {});
    /// The JSON of block attributes, escaped the way WordPress serialises them.
    static QString attributesJson(const QJsonObject &attributes);

private:
    QString listItemContent(const MarkdownDocument &document, int index) const;
    QString table(const MarkdownDocument &document, int index) const;
    bool isLoneImage(const MarkdownDocument &document, int paragraph) const;

    HtmlEmitter m_inline;
    int m_headingOffset;
    ImageBlock m_imageBlock;
};

} // namespace QuoteDesk
