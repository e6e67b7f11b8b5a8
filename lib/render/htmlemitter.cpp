// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlemitter.h"

#include "urlpolicy.h"

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

using Type = MarkdownNode::Type;

QString alignAttribute(MarkdownNode::Align align)
{
    switch (align) {
    case MarkdownNode::Align::Left:
        return u" style=\"text-align: left\""_s;
    case MarkdownNode::Align::Center:
        return u" style=\"text-align: center\""_s;
    case MarkdownNode::Align::Right:
        return u" style=\"text-align: right\""_s;
    case MarkdownNode::Align::Default:
        break;
    }
    return {};
}

} // namespace

HtmlEmitter::HtmlEmitter(MarkupPolicy policy)
    : m_policy(std::move(policy))
{
}

QString HtmlEmitter::linkTarget(const QString &url) const
{
    return m_policy.linkTarget ? m_policy.linkTarget(url) : defaultLinkTarget(url);
}

QString HtmlEmitter::defaultLinkTarget(const QString &url)
{
    switch (UrlPolicy::classify(url)) {
    case UrlPolicy::Target::Web:
    case UrlPolicy::Target::Contact:
    case UrlPolicy::Target::Relative:
        return url;
    case UrlPolicy::Target::Asset:
    case UrlPolicy::Target::Unsafe:
        break;
    }
    return {};
}

QString HtmlEmitter::image(const QString &url, const QString &alt, const QString &title) const
{
    if (m_policy.image)
        return m_policy.image(url, alt, title);
    const UrlPolicy::Target target = UrlPolicy::classify(url);
    if (target != UrlPolicy::Target::Web && target != UrlPolicy::Target::Relative)
        return escape(alt);
    QString html = u"<img src=\""_s + escape(url) + u"\" alt=\""_s + escape(alt) + u'"';
    if (!title.isEmpty())
        html += u" title=\""_s + escape(title) + u'"';
    return html + u">"_s;
}

bool HtmlEmitter::enterInline(const MarkdownDocument &document, int index, QString &out,
                              QList<bool> &links) const
{
    const MarkdownNode &node = document.node(index);
    switch (node.type) {
    case Type::Text:
        out += escape(node.text);
        return false;
    case Type::SoftBreak:
        out += u'\n';
        return false;
    case Type::LineBreak:
        out += u"<br>\n"_s;
        return false;
    case Type::Code:
        out += u"<code>"_s + escape(node.text) + u"</code>"_s;
        return false;
    case Type::Emphasis:
        out += u"<em>"_s;
        return true;
    case Type::Strong:
        out += u"<strong>"_s;
        return true;
    case Type::Strikethrough:
        out += u"<del>"_s;
        return true;
    case Type::Image:
        out += image(node.url, document.plainText(index), node.title);
        return false;
    case Type::Link: {
        const QString href = linkTarget(node.url);
        links.append(!href.isEmpty());
        if (!href.isEmpty()) {
            out += u"<a href=\""_s + escape(href) + u'"';
            if (!node.title.isEmpty())
                out += u" title=\""_s + escape(node.title) + u'"';
            out += u'>';
        }
        return true;
    }
    default:
        return true;
    }
}

void HtmlEmitter::leaveInline(const MarkdownNode &node, QString &out, QList<bool> &links)
{
    switch (node.type) {
    case Type::Emphasis:
        out += u"</em>"_s;
        break;
    case Type::Strong:
        out += u"</strong>"_s;
        break;
    case Type::Strikethrough:
        out += u"</del>"_s;
        break;
    case Type::Link:
        if (links.takeLast())
            out += u"</a>"_s;
        break;
    default:
        break;
    }
}

QString HtmlEmitter::renderInline(const MarkdownDocument &document, int index) const
{
    QString out;
    QList<bool> links;
    document.walk(
        index, [&](int i, const MarkdownNode &) { return enterInline(document, i, out, links); },
        [&](int, const MarkdownNode &node) { leaveInline(node, out, links); });
    return out;
}

QString HtmlEmitter::renderInlines(const MarkdownDocument &document, int index) const
{
    QString out;
    for (int child = document.node(index).firstChild; child >= 0; child = document.node(child).next)
        out += renderInline(document, child);
    return out;
}

QString HtmlEmitter::render(const MarkdownDocument &document) const
{
    QString out;
    QList<bool> links;
    document.walk(
        MarkdownDocument::root(),
        [&](int index, const MarkdownNode &node) {
            switch (node.type) {
            case Type::Document:
                return true;
            case Type::Paragraph:
                out += u"<p>"_s;
                return true;
            case Type::Heading:
                out += u"<h"_s + QString::number(headingLevel(node.number)) + u'>';
                return true;
            case Type::BlockQuote:
                out += u"<blockquote>\n"_s;
                return true;
            case Type::BulletList:
                out += u"<ul>\n"_s;
                return true;
            case Type::OrderedList:
                out += node.number == 1 ? u"<ol>\n"_s
                                        : u"<ol start=\""_s + QString::number(node.number) + u"\">\n"_s;
                return true;
            case Type::ListItem:
                out += u"<li>"_s;
                return true;
            case Type::CodeBlock:
                out += node.url.isEmpty() ? u"<pre><code>"_s
                                          : u"<pre><code class=\"language-"_s + escape(node.url) + u"\">"_s;
                out += escape(node.text) + u"</code></pre>\n"_s;
                return false;
            case Type::ThematicBreak:
                out += u"<hr>\n"_s;
                return false;
            case Type::Table:
                out += u"<table>\n"_s;
                return true;
            case Type::TableHead:
                out += u"<thead>\n"_s;
                return true;
            case Type::TableBody:
                out += u"<tbody>\n"_s;
                return true;
            case Type::TableRow:
                out += u"<tr>"_s;
                return true;
            case Type::TableHeaderCell:
                out += u"<th"_s + alignAttribute(node.align) + u'>';
                return true;
            case Type::TableCell:
                out += u"<td"_s + alignAttribute(node.align) + u'>';
                return true;
            default:
                return enterInline(document, index, out, links);
            }
        },
        [&](int, const MarkdownNode &node) {
            switch (node.type) {
            case Type::Paragraph:
                out += u"</p>\n"_s;
                break;
            case Type::Heading:
                out += u"</h"_s + QString::number(headingLevel(node.number)) + u">\n"_s;
                break;
            case Type::BlockQuote:
                out += u"</blockquote>\n"_s;
                break;
            case Type::BulletList:
                out += u"</ul>\n"_s;
                break;
            case Type::OrderedList:
                out += u"</ol>\n"_s;
                break;
            case Type::ListItem:
                out += u"</li>\n"_s;
                break;
            case Type::Table:
                out += u"</table>\n"_s;
                break;
            case Type::TableHead:
                out += u"</thead>\n"_s;
                break;
            case Type::TableBody:
                out += u"</tbody>\n"_s;
                break;
            case Type::TableRow:
                out += u"</tr>\n"_s;
                break;
            case Type::TableHeaderCell:
                out += u"</th>"_s;
                break;
            case Type::TableCell:
                out += u"</td>"_s;
                break;
            default:
                leaveInline(node, out, links);
                break;
            }
        });
    return out;
}

} // namespace QuoteDesk
