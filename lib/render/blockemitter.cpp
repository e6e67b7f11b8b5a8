// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockemitter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

using Type = MarkdownNode::Type;

const QString s_separator = u"\n\n"_s;

QString alignAttributes(MarkdownNode::Align align)
{
    switch (align) {
    case MarkdownNode::Align::Left:
        return u" class=\"has-text-align-left\" data-align=\"left\""_s;
    case MarkdownNode::Align::Center:
        return u" class=\"has-text-align-center\" data-align=\"center\""_s;
    case MarkdownNode::Align::Right:
        return u" class=\"has-text-align-right\" data-align=\"right\""_s;
    case MarkdownNode::Align::Default:
        break;
    }
    return {};
}

// Inner blocks are followed by a blank line; a container's closing tag follows its last one
// directly.
void closeInner(QString &out)
{
    if (out.endsWith(s_separator))
        out.chop(s_separator.size());
}

} // namespace

BlockEmitter::BlockEmitter(MarkupPolicy policy, ImageBlock imageBlock)
    : m_inline(policy)
    , m_headingOffset(policy.headingOffset)
    , m_imageBlock(std::move(imageBlock))
{
}

QString BlockEmitter::attributesJson(const QJsonObject &attributes)
{
    // As WordPress's serialize_block_attributes(): nothing in the comment can end it early.
    return QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact))
        .replace(u"--"_s, u"\\u002d\\u002d"_s)
        .replace(u"<"_s, u"\\u003c"_s)
        .replace(u">"_s, u"\\u003e"_s)
        .replace(u"&"_s, u"\\u0026"_s);
}

QString BlockEmitter::block(const QString &name, const QString &html, const QJsonObject &attributes)
{
    const QString attrs = attributes.isEmpty() ? QString() : u' ' + attributesJson(attributes);
    return u"<!-- wp:"_s + name + attrs + u" -->\n"_s + html + u"\n<!-- /wp:"_s + name + u" -->"_s;
}

bool BlockEmitter::isLoneImage(const MarkdownDocument &document, int paragraph) const
{
    int images = 0;
    for (int child = document.node(paragraph).firstChild; child >= 0; child = document.node(child).next) {
        const MarkdownNode &node = document.node(child);
        if (node.type == Type::Image)
            ++images;
        else if (node.type != Type::SoftBreak && !(node.type == Type::Text && node.text.trimmed().isEmpty()))
            return false;
    }
    return images == 1;
}

// A list item holds inline text and nested lists only: its paragraphs become lines, any
// other block inside it (code, a quote, a table) its plain text.
QString BlockEmitter::listItemContent(const MarkdownDocument &document, int index) const
{
    QString html;
    for (int child = document.node(index).firstChild; child >= 0; child = document.node(child).next) {
        const MarkdownNode &node = document.node(child);
        if (node.type == Type::BulletList || node.type == Type::OrderedList)
            continue;
        if (!node.isBlock()) {
            html += m_inline.renderInline(document, child);
            continue;
        }
        if (!html.isEmpty())
            html += u"<br>"_s;
        html += node.type == Type::Paragraph ? m_inline.renderInlines(document, child)
                                             : HtmlEmitter::escape(document.plainText(child));
    }
    return html;
}

QString BlockEmitter::table(const MarkdownDocument &document, int index) const
{
    QString html = u"<figure class=\"wp-block-table\"><table>"_s;
    document.walk(
        index,
        [&](int i, const MarkdownNode &node) {
            switch (node.type) {
            case Type::TableHead:
                html += u"<thead>"_s;
                return true;
            case Type::TableBody:
                html += u"<tbody>"_s;
                return true;
            case Type::TableRow:
                html += u"<tr>"_s;
                return true;
            case Type::TableHeaderCell:
            case Type::TableCell: {
                const QString tag = node.type == Type::TableCell ? u"td"_s : u"th"_s;
                html += u'<' + tag + alignAttributes(node.align) + u'>' + m_inline.renderInlines(document, i)
                    + u"</"_s + tag + u'>';
                return false;
            }
            default:
                return true;
            }
        },
        [&](int, const MarkdownNode &node) {
            if (node.type == Type::TableHead)
                html += u"</thead>"_s;
            else if (node.type == Type::TableBody)
                html += u"</tbody>"_s;
            else if (node.type == Type::TableRow)
                html += u"</tr>"_s;
        });
    return block(u"table"_s, html + u"</table></figure>"_s);
}

QString BlockEmitter::render(const MarkdownDocument &document) const
{
    QString out;
    document.walk(
        MarkdownDocument::root(),
        [&](int index, const MarkdownNode &node) {
            const bool inListItem = node.parent >= 0 && document.node(node.parent).type == Type::ListItem;
            if (inListItem && node.type != Type::BulletList && node.type != Type::OrderedList)
                return false; // written by listItemContent()
            switch (node.type) {
            case Type::Document:
                return true;
            case Type::Paragraph:
                if (isLoneImage(document, index)) {
                    int image = node.firstChild;
                    while (document.node(image).type != Type::Image)
                        image = document.node(image).next;
                    const MarkdownNode &img = document.node(image);
                    out += m_imageBlock(img.url, document.plainText(image), img.title);
                } else {
                    out +=
                        block(u"paragraph"_s, u"<p>"_s + m_inline.renderInlines(document, index) + u"</p>"_s);
                }
                break;
            case Type::Heading: {
                const int level = qBound(1, node.number + m_headingOffset, 6);
                QJsonObject attributes;
                if (level != 2)
                    attributes.insert(u"level"_s, level);
                const QString tag = u"h"_s + QString::number(level);
                out +=
                    block(u"heading"_s,
                          u'<' + tag + u'>' + m_inline.renderInlines(document, index) + u"</"_s + tag + u'>',
                          attributes);
                break;
            }
            case Type::ThematicBreak:
                out +=
                    block(u"separator"_s, u"<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>"_s);
                break;
            case Type::CodeBlock: {
                QString code = node.text;
                if (code.endsWith(u'\n'))
                    code.chop(1);
                out += block(u"code"_s,
                             u"<pre class=\"wp-block-code\"><code>"_s + HtmlEmitter::escape(code)
                                 + u"</code></pre>"_s);
                break;
            }
            case Type::Table:
                out += table(document, index);
                break;
            case Type::BlockQuote:
                out += u"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">"_s;
                return true;
            case Type::BulletList:
            case Type::OrderedList: {
                const bool ordered = node.type == Type::OrderedList;
                QJsonObject attributes;
                QString tag = u"<ul>"_s;
                if (ordered) {
                    attributes.insert(u"ordered"_s, true);
                    tag = u"<ol>"_s;
                    if (node.number != 1) {
                        attributes.insert(u"start"_s, node.number);
                        tag = u"<ol start=\""_s + QString::number(node.number) + u"\">"_s;
                    }
                }
                const QString attrs = attributes.isEmpty() ? QString() : u' ' + attributesJson(attributes);
                out += u"<!-- wp:list"_s + attrs + u" -->\n"_s + tag;
                return true;
            }
            case Type::ListItem:
                out += u"<!-- wp:list-item -->\n<li>"_s + listItemContent(document, index);
                return true;
            default:
                // Inline content outside a paragraph does not occur: the builder wraps it.
                return false;
            }
            out += s_separator;
            return false;
        },
        [&](int, const MarkdownNode &node) {
            switch (node.type) {
            case Type::BlockQuote:
                closeInner(out);
                out += u"</blockquote>\n<!-- /wp:quote -->"_s + s_separator;
                break;
            case Type::BulletList:
            case Type::OrderedList:
                closeInner(out);
                out += (node.type == Type::OrderedList ? u"</ol>"_s : u"</ul>"_s) + u"\n<!-- /wp:list -->"_s
                    + s_separator;
                break;
            case Type::ListItem:
                closeInner(out);
                out += u"</li>\n<!-- /wp:list-item -->"_s + s_separator;
                break;
            default:
                break;
            }
        });
    closeInner(out);
    return out;
}

} // namespace QuoteDesk
