// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndocument.h"

#include <QHash>

#include <md4c-html.h>
#include <md4c.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

constexpr unsigned s_dialect =
    MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML;

// md4c hands entities over verbatim. Its HTML renderer knows the whole HTML5 entity table, so
// an entity is decoded by rendering it alone and reading the character back.
QString decodeEntity(const MD_CHAR *text, MD_SIZE size)
{
    thread_local QHash<QByteArray, QString> cache;
    const QByteArray key(text, qsizetype(size));
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QByteArray html;
    md_html(
        text, size,
        [](const MD_CHAR *out, MD_SIZE outSize, void *userdata) {
            static_cast<QByteArray *>(userdata)->append(out, qsizetype(outSize));
        },
        &html, 0, 0);
    html = html.trimmed();
    if (html.startsWith("<p>") && html.endsWith("</p>"))
        html = html.mid(3, html.size() - 7);
    html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    QString decoded = QString::fromUtf8(html);
    // Bounded, so text made of millions of different entities cannot grow it without end.
    if (cache.size() < 4096)
        cache.insert(key, decoded);
    return decoded;
}

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString result;
    if (!attribute.text || attribute.size == 0)
        return result;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const MD_CHAR *text = attribute.text + begin;
        switch (attribute.substr_types[i]) {
        case MD_TEXT_NULLCHAR:
            result += QChar::ReplacementCharacter;
            break;
        case MD_TEXT_ENTITY:
            result += decodeEntity(text, end - begin);
            break;
        default:
            result += QString::fromUtf8(text, qsizetype(end - begin));
            break;
        }
    }
    return result;
}

MarkdownNode::Align alignOf(MD_ALIGN align)
{
    switch (align) {
    case MD_ALIGN_LEFT:
        return MarkdownNode::Align::Left;
    case MD_ALIGN_CENTER:
        return MarkdownNode::Align::Center;
    case MD_ALIGN_RIGHT:
        return MarkdownNode::Align::Right;
    case MD_ALIGN_DEFAULT:
        break;
    }
    return MarkdownNode::Align::Default;
}

} // namespace

// Builds the tree from md4c's callbacks. Each entered block or span pushes its node, or -1
// when it is dropped because the nesting cap is reached; leaving pops it again. Blocks and
// spans have a stack each: md4c 0.4.8 (Debian 12) can leave a span it never entered, for some
// permissive autolinks (found by tests/fuzz/fuzz_render), and such a leave is ignored rather
// than allowed to close a block.
class MarkdownBuilder final
{
public:
    MarkdownBuilder(MarkdownDocument &document, qsizetype inputSize)
        : m_nodes(document.m_nodes)
        , m_inputSize(inputSize)
    {
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail);
    int leaveBlock();
    int enterSpan(MD_SPANTYPE type, void *detail);
    int leaveSpan();
    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size);

private:
    int append(MarkdownNode::Type type);
    void closeImplicitParagraph();
    int inlineParent();
    void appendText(const QString &text);
    bool plausible(MD_SIZE size) const;

    QList<MarkdownNode> &m_nodes;
    qsizetype m_inputSize = 0;
    QList<int> m_open;
    QList<int> m_openSpans;
    int m_current = MarkdownDocument::root();
    int m_containerDepth = 0;
    int m_spanDepth = 0;
    int m_implicitParagraph = -1;
};

int MarkdownBuilder::append(MarkdownNode::Type type)
{
    MarkdownNode node;
    node.type = type;
    node.parent = m_current;
    const int index = int(m_nodes.size());
    MarkdownNode &parent = m_nodes[m_current];
    if (parent.lastChild >= 0)
        m_nodes[parent.lastChild].next = index;
    else
        parent.firstChild = index;
    parent.lastChild = index;
    m_nodes.append(std::move(node));
    return index;
}

void MarkdownBuilder::closeImplicitParagraph()
{
    if (m_implicitParagraph >= 0 && m_current == m_implicitParagraph)
        m_current = m_nodes.at(m_implicitParagraph).parent;
    m_implicitParagraph = -1;
}

// Text of a list item dropped at the nesting cap can land in a block quote or the document,
// which hold blocks only: it gets a paragraph of its own.
int MarkdownBuilder::inlineParent()
{
    const MarkdownNode::Type type = m_nodes.at(m_current).type;
    if (type == MarkdownNode::Type::Document || type == MarkdownNode::Type::BlockQuote) {
        m_implicitParagraph = append(MarkdownNode::Type::Paragraph);
        m_current = m_implicitParagraph;
    }
    return m_current;
}

int MarkdownBuilder::enterBlock(MD_BLOCKTYPE type, void *detail)
{
    closeImplicitParagraph();
    using T = MarkdownNode::Type;
    T nodeType = T::Paragraph;
    bool container = false;
    switch (type) {
    case MD_BLOCK_DOC:
        m_open.append(-1);
        return 0;
    case MD_BLOCK_QUOTE:
        nodeType = T::BlockQuote;
        container = true;
        break;
    case MD_BLOCK_UL:
        nodeType = T::BulletList;
        container = true;
        break;
    case MD_BLOCK_OL:
        nodeType = T::OrderedList;
        container = true;
        break;
    case MD_BLOCK_LI:
        if (!m_open.isEmpty() && m_open.last() < 0) {
            m_open.append(-1); // its list was dropped at the cap
            return 0;
        }
        nodeType = T::ListItem;
        break;
    case MD_BLOCK_HR:
        nodeType = T::ThematicBreak;
        break;
    case MD_BLOCK_H:
        nodeType = T::Heading;
        break;
    case MD_BLOCK_CODE:
        nodeType = T::CodeBlock;
        break;
    case MD_BLOCK_HTML: // not produced: the dialect has MD_FLAG_NOHTML
    case MD_BLOCK_P:
        nodeType = T::Paragraph;
        break;
    case MD_BLOCK_TABLE:
        nodeType = T::Table;
        break;
    case MD_BLOCK_THEAD:
        nodeType = T::TableHead;
        break;
    case MD_BLOCK_TBODY:
        nodeType = T::TableBody;
        break;
    case MD_BLOCK_TR:
        nodeType = T::TableRow;
        break;
    case MD_BLOCK_TH:
        nodeType = T::TableHeaderCell;
        break;
    case MD_BLOCK_TD:
        nodeType = T::TableCell;
        break;
    }
    if (container) {
        if (m_containerDepth >= MarkdownDocument::maxDepth()) {
            m_open.append(-1);
            return 0;
        }
        ++m_containerDepth;
    }
    const int index = append(nodeType);
    MarkdownNode &node = m_nodes[index];
    switch (type) {
    case MD_BLOCK_UL:
        node.tight = static_cast<MD_BLOCK_UL_DETAIL *>(detail)->is_tight != 0;
        break;
    case MD_BLOCK_OL: {
        const auto *ol = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
        node.tight = ol->is_tight != 0;
        node.number = int(qMin<unsigned>(ol->start, std::numeric_limits<int>::max()));
        break;
    }
    case MD_BLOCK_H:
        node.number = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_CODE:
        node.url = attributeText(static_cast<MD_BLOCK_CODE_DETAIL *>(detail)->lang);
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        node.align = alignOf(static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align);
        break;
    default:
        break;
    }
    m_open.append(index);
    m_current = index;
    return 0;
}

int MarkdownBuilder::leaveBlock()
{
    closeImplicitParagraph();
    if (m_open.isEmpty())
        return 0;
    // A span md4c left open ends with its block.
    m_openSpans.clear();
    m_spanDepth = 0;
    const int index = m_open.takeLast();
    if (index >= 0) {
        const MarkdownNode::Type type = m_nodes.at(index).type;
        if (type == MarkdownNode::Type::BlockQuote || type == MarkdownNode::Type::BulletList
            || type == MarkdownNode::Type::OrderedList)
            --m_containerDepth;
        m_current = m_nodes.at(index).parent;
    }
    return 0;
}

int MarkdownBuilder::leaveSpan()
{
    if (m_openSpans.isEmpty())
        return 0;
    const int index = m_openSpans.takeLast();
    if (index >= 0) {
        --m_spanDepth;
        m_current = m_nodes.at(index).parent;
    }
    return 0;
}

int MarkdownBuilder::enterSpan(MD_SPANTYPE type, void *detail)
{
    using T = MarkdownNode::Type;
    T nodeType = T::Emphasis;
    switch (type) {
    case MD_SPAN_EM:
        nodeType = T::Emphasis;
        break;
    case MD_SPAN_STRONG:
        nodeType = T::Strong;
        break;
    case MD_SPAN_A:
        nodeType = T::Link;
        break;
    case MD_SPAN_IMG:
        nodeType = T::Image;
        break;
    case MD_SPAN_CODE:
        nodeType = T::Code;
        break;
    case MD_SPAN_DEL:
        nodeType = T::Strikethrough;
        break;
    default: // extensions this dialect does not enable
        m_openSpans.append(-1);
        return 0;
    }
    // Inline code keeps its text in the node; nothing nests in it.
    if (m_spanDepth >= MarkdownDocument::maxDepth() || m_nodes.at(m_current).type == T::Code) {
        m_openSpans.append(-1);
        return 0;
    }
    inlineParent();
    const int index = append(nodeType);
    MarkdownNode &node = m_nodes[index];
    if (type == MD_SPAN_A) {
        const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
        node.url = attributeText(a->href);
        node.title = attributeText(a->title);
    } else if (type == MD_SPAN_IMG) {
        const auto *img = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
        node.url = attributeText(img->src);
        node.title = attributeText(img->title);
    }
    ++m_spanDepth;
    m_openSpans.append(index);
    m_current = index;
    return 0;
}

void MarkdownBuilder::appendText(const QString &text)
{
    MarkdownNode &parent = m_nodes[inlineParent()];
    if (parent.type == MarkdownNode::Type::Code || parent.type == MarkdownNode::Type::CodeBlock) {
        parent.text += text;
        return;
    }
    // md4c splits text at entities and other places; one node per run keeps the tree small.
    if (parent.lastChild >= 0 && m_nodes.at(parent.lastChild).type == MarkdownNode::Type::Text) {
        m_nodes[parent.lastChild].text += text;
        return;
    }
    m_nodes[append(MarkdownNode::Type::Text)].text = text;
}

int MarkdownBuilder::text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
{
    switch (type) {
    case MD_TEXT_NULLCHAR:
        appendText(QString(QChar::ReplacementCharacter));
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR: {
        const MarkdownNode::Type parentType = m_nodes.at(inlineParent()).type;
        if (parentType == MarkdownNode::Type::Code)
            appendText(u" "_s);
        else
            append(type == MD_TEXT_BR ? MarkdownNode::Type::LineBreak : MarkdownNode::Type::SoftBreak);
        break;
    }
    case MD_TEXT_ENTITY:
        if (plausible(size))
            appendText(decodeEntity(text, size));
        break;
    default:
        if (plausible(size))
            appendText(QString::fromUtf8(text, qsizetype(size)));
        break;
    }
    return 0;
}

// md4c 0.4.8 (Debian 12) can report a text run with a length that wrapped below zero for some
// permissive autolinks (found by tests/fuzz/fuzz_render); a run longer than the whole input is
// dropped rather than read. (Runs may also point at md4c's own constants, such as "\n".)
bool MarkdownBuilder::plausible(MD_SIZE size) const
{
    return qsizetype(size) <= m_inputSize;
}

MarkdownDocument::MarkdownDocument()
{
    m_nodes.append(MarkdownNode {});
}

MarkdownDocument MarkdownDocument::parse(QStringView markdown)
{
    return parseUtf8(markdown.toUtf8());
}

MarkdownDocument MarkdownDocument::parseUtf8(QByteArrayView markdown)
{
    MarkdownDocument document;
    if (markdown.isEmpty() || markdown.size() > std::numeric_limits<MD_SIZE>::max())
        return document;
    MarkdownBuilder builder(document, markdown.size());
    MD_PARSER parser {};
    parser.flags = s_dialect;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *userdata) {
        return static_cast<MarkdownBuilder *>(userdata)->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *userdata) {
        return static_cast<MarkdownBuilder *>(userdata)->leaveBlock();
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *userdata) {
        return static_cast<MarkdownBuilder *>(userdata)->enterSpan(type, detail);
    };
    parser.leave_span = [](MD_SPANTYPE, void *, void *userdata) {
        return static_cast<MarkdownBuilder *>(userdata)->leaveSpan();
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata) {
        return static_cast<MarkdownBuilder *>(userdata)->text(type, text, size);
    };
    md_parse(markdown.data(), MD_SIZE(markdown.size()), &parser, &builder);
    return document;
}

QString MarkdownDocument::plainText(int index, TextParts parts) const
{
    QString text;
    const auto endBlock = [&text] {
        while (text.endsWith(u' '))
            text.chop(1);
        if (!text.isEmpty() && !text.endsWith(u"\n\n"_s))
            text += text.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
    };
    walk(
        index,
        [&](int, const MarkdownNode &node) {
            if (parts == TextParts::Prose) {
                switch (node.type) {
                case MarkdownNode::Type::Heading:
                case MarkdownNode::Type::Table:
                case MarkdownNode::Type::CodeBlock:
                case MarkdownNode::Type::Image:
                    return false;
                default:
                    break;
                }
            }
            switch (node.type) {
            case MarkdownNode::Type::Text:
            case MarkdownNode::Type::Code:
                text += node.text;
                return false;
            case MarkdownNode::Type::CodeBlock:
                text += node.text;
                endBlock();
                return false;
            case MarkdownNode::Type::SoftBreak:
            case MarkdownNode::Type::LineBreak:
                text += u' ';
                return false;
            case MarkdownNode::Type::TableHeaderCell:
            case MarkdownNode::Type::TableCell:
                if (!text.isEmpty() && !text.endsWith(u'\n'))
                    text += u' ';
                return true;
            default:
                return true;
            }
        },
        [&](int, const MarkdownNode &node) {
            if (node.isBlock() && node.type != MarkdownNode::Type::TableHeaderCell
                && node.type != MarkdownNode::Type::TableCell)
                endBlock();
        });
    return text.trimmed();
}

} // namespace QuoteDesk
