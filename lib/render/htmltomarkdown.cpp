// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltomarkdown.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

struct HtmlToMarkdown::Node
{
    QString tag; ///< lower case; empty for text
    QString text; ///< raw text (entities not decoded yet)
    QHash<QString, QString> attributes; ///< values decoded
    std::vector<Node> children;

    bool isText() const { return tag.isEmpty(); }
    QString attribute(const QString &name) const { return attributes.value(name); }
};

namespace {

bool isVoid(const QString &tag)
{
    static const QStringList tags { u"br"_s,     u"img"_s, u"hr"_s,  u"input"_s, u"meta"_s, u"link"_s,
                                    u"source"_s, u"wbr"_s, u"col"_s, u"area"_s,  u"embed"_s };
    return tags.contains(tag);
}

bool isBlock(const QString &tag)
{
    static const QStringList tags { u"p"_s,   u"h1"_s,         u"h2"_s,      u"h3"_s,     u"h4"_s,
                                    u"h5"_s,  u"h6"_s,         u"ul"_s,      u"ol"_s,     u"li"_s,
                                    u"pre"_s, u"blockquote"_s, u"hr"_s,      u"figure"_s, u"table"_s,
                                    u"div"_s, u"figcaption"_s, u"section"_s, u"thead"_s,  u"tbody"_s,
                                    u"tr"_s,  u"td"_s,         u"th"_s,      u"cite"_s };
    return tags.contains(tag);
}

bool containsBlock(const HtmlToMarkdown::Node &node);

QString textOf(const HtmlToMarkdown::Node &node)
{
    if (node.isText())
        return HtmlToMarkdown::decodeEntities(node.text);
    if (node.tag == u"br"_s)
        return u"\n"_s;
    QString text;
    for (const auto &child : node.children)
        text += textOf(child);
    return text;
}

QString indentLines(const QString &text, const QString &prefix, const QString &first)
{
    QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i == 0)
            lines[i] = first + lines[i];
        else if (!lines[i].isEmpty())
            lines[i] = prefix + lines[i];
    }
    return lines.join(u'\n');
}

QString codeSpan(const QString &code)
{
    QString fence = u"`"_s;
    while (code.contains(fence))
        fence += u'`';
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
    return fence + (pad ? u" "_s : QString()) + code + (pad ? u" "_s : QString()) + fence;
}

// Wraps @p inner in @p mark, with the spaces at its ends outside (Markdown needs the marks
// against the text).
QString wrap(const QString &inner, const QString &mark)
{
    const QString core = inner.trimmed();
    if (core.isEmpty())
        return inner;
    const qsizetype lead = inner.indexOf(core);
    return inner.left(lead) + mark + core + mark + inner.mid(lead + core.size());
}

} // namespace

namespace {

// A forgiving parser for the HTML the block editor saves: comments are skipped, unknown end
// tags ignored, unclosed elements closed by their parent's end tag.
HtmlToMarkdown::Node parseHtml(const QString &html)
{
    static const QRegularExpression attributePattern(
        u"([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?"_s);
    HtmlToMarkdown::Node root;
    root.tag = u"#root"_s;
    std::vector<HtmlToMarkdown::Node *> stack { &root };
    qsizetype pos = 0;
    const qsizetype size = html.size();
    const auto addText = [&](const QString &text) {
        if (text.isEmpty())
            return;
        HtmlToMarkdown::Node node;
        node.text = text;
        stack.back()->children.push_back(std::move(node));
    };
    while (pos < size) {
        const qsizetype lt = html.indexOf(u'<', pos);
        if (lt < 0) {
            addText(html.mid(pos));
            break;
        }
        addText(html.mid(pos, lt - pos));
        if (html.mid(lt, 4) == u"<!--"_s) {
            const qsizetype end = html.indexOf(u"-->"_s, lt + 4);
            pos = end < 0 ? size : end + 3;
            continue;
        }
        const qsizetype gt = html.indexOf(u'>', lt);
        const bool tagLike =
            gt > lt + 1 && (html.at(lt + 1).isLetter() || (html.at(lt + 1) == u'/' && gt > lt + 2));
        if (gt < 0 || !tagLike) {
            addText(u"<"_s);
            pos = lt + 1;
            continue;
        }
        QString inside = html.mid(lt + 1, gt - lt - 1);
        pos = gt + 1;
        if (inside.startsWith(u'/')) {
            const QString tag = inside.mid(1).trimmed().toLower();
            for (auto i = qsizetype(stack.size()) - 1; i > 0; --i) {
                if (stack[size_t(i)]->tag == tag) {
                    stack.resize(size_t(i));
                    break;
                }
            }
            continue;
        }
        const bool selfClosing = inside.endsWith(u'/');
        if (selfClosing)
            inside.chop(1);
        const qsizetype nameEnd = inside.indexOf(QRegularExpression(u"\\s"_s));
        HtmlToMarkdown::Node element;
        element.tag = (nameEnd < 0 ? inside : inside.left(nameEnd)).toLower();
        if (nameEnd > 0) {
            auto matches = attributePattern.globalMatch(inside.mid(nameEnd));
            while (matches.hasNext()) {
                const auto match = matches.next();
                QString value = match.captured(2);
                if (value.isEmpty())
                    value = match.captured(3);
                if (value.isEmpty())
                    value = match.captured(4);
                element.attributes.insert(match.captured(1).toLower(), HtmlToMarkdown::decodeEntities(value));
            }
        }
        if (element.tag == u"script"_s || element.tag == u"style"_s) {
            const qsizetype end = html.indexOf(u"</"_s + element.tag, pos, Qt::CaseInsensitive);
            const qsizetype close = end < 0 ? -1 : html.indexOf(u'>', end);
            pos = close < 0 ? size : close + 1;
            stack.back()->children.push_back(std::move(element));
            continue;
        }
        // A new paragraph or list item ends an open one, as in HTML.
        if (isBlock(element.tag) && element.tag != u"li"_s && stack.back()->tag == u"p"_s)
            stack.pop_back();
        stack.back()->children.push_back(std::move(element));
        HtmlToMarkdown::Node *added = &stack.back()->children.back();
        if (!selfClosing && !isVoid(added->tag))
            stack.push_back(added);
    }
    return root;
}

bool containsBlock(const HtmlToMarkdown::Node &node)
{
    for (const auto &child : node.children) {
        if (!child.isText() && (isBlock(child.tag) || containsBlock(child)))
            return true;
    }
    return false;
}

} // namespace

HtmlToMarkdown::HtmlToMarkdown()
    : HtmlToMarkdown(Options {})
{
}

HtmlToMarkdown::HtmlToMarkdown(Options options)
    : m_options(std::move(options))
{
}

QString HtmlToMarkdown::convert(const QString &html)
{
    m_lost.clear();
    const Node root = parseHtml(html);
    return blocks(root, 0);
}

void HtmlToMarkdown::noteLost(const QString &tag)
{
    if (!m_lost.contains(tag))
        m_lost << tag;
}

QString HtmlToMarkdown::url(const QString &href) const
{
    QString target = href;
    if (m_options.mapUrl) {
        if (const QString mapped = m_options.mapUrl(href); !mapped.isEmpty())
            target = mapped;
    }
    if (target.contains(u' ') || target.contains(u'(') || target.contains(u')'))
        return u'<' + target + u'>';
    return target;
}

QString HtmlToMarkdown::blocks(const Node &node, int depth)
{
    QStringList out;
    Node paragraph; // inline children between blocks
    paragraph.tag = u"p"_s;
    const auto flush = [&] {
        if (!paragraph.children.empty()) {
            const QString text = block(paragraph, depth);
            if (!text.isEmpty())
                out << text;
            paragraph.children.clear();
        }
    };
    for (const Node &child : node.children) {
        if (child.isText() || (!isBlock(child.tag) && !containsBlock(child))) {
            paragraph.children.push_back(child);
            continue;
        }
        flush();
        const QString text = block(child, depth);
        if (!text.isEmpty())
            out << text;
    }
    flush();
    return out.join(u"\n\n"_s);
}

QString HtmlToMarkdown::block(const Node &node, int depth)
{
    const QString &tag = node.tag;
    if (tag == u"p"_s || tag == u"figcaption"_s || tag == u"cite"_s)
        return inlines(node).trimmed();
    if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'1' && tag.at(1) <= u'6') {
        const int level = qBound(1, tag.at(1).digitValue() - m_options.headingOffset, 6);
        const QString text = inlines(node).trimmed().replace(u'\n', u' ');
        return QString(level, u'#') + u' ' + text;
    }
    if (tag == u"ul"_s || tag == u"ol"_s)
        return list(node, depth);
    if (tag == u"blockquote"_s) {
        const QString inner = blocks(node, depth + 1);
        QStringList lines = inner.split(u'\n');
        for (QString &line : lines)
            line = line.isEmpty() ? u">"_s : u"> "_s + line;
        return lines.join(u'\n');
    }
    if (tag == u"pre"_s) {
        QString code = textOf(node);
        if (code.endsWith(u'\n'))
            code.chop(1);
        QString language;
        for (const Node &child : node.children) {
            const QString cls = child.attribute(u"class"_s);
            if (child.tag == u"code"_s && cls.startsWith(u"language-"_s))
                language = cls.mid(9);
        }
        QString fence = u"```"_s;
        while (code.contains(fence))
            fence += u'`';
        return fence + language + u'\n' + code + u'\n' + fence;
    }
    if (tag == u"hr"_s)
        return u"---"_s;
    if (tag == u"table"_s)
        return table(node);
    if (tag == u"img"_s)
        return inlines(Node { u"p"_s, {}, {}, { node } });
    if (tag == u"figure"_s || tag == u"div"_s || tag == u"section"_s || tag == u"li"_s || tag == u"#root"_s)
        return blocks(node, depth);
    noteLost(tag);
    return containsBlock(node) ? blocks(node, depth) : inlines(node).trimmed();
}

QString HtmlToMarkdown::list(const Node &node, int depth)
{
    const bool ordered = node.tag == u"ol"_s;
    int number = ordered ? node.attribute(u"start"_s).toInt() : 0;
    if (ordered && number == 0 && node.attribute(u"start"_s).isEmpty())
        number = 1;
    QStringList items;
    for (const Node &item : node.children) {
        if (item.isText())
            continue;
        const QString marker = ordered ? QString::number(number++) + u". "_s : u"- "_s;
        const QString indent(marker.size(), u' ');
        // The item's own text (lines joined by <br>), then its nested lists.
        Node text;
        text.tag = u"p"_s;
        QStringList nested;
        for (const Node &child : item.children) {
            if (child.tag == u"ul"_s || child.tag == u"ol"_s)
                nested << list(child, depth + 1);
            else if (!child.isText() && containsBlock(child) && child.tag != u"p"_s)
                nested << blocks(child, depth + 1);
            else
                text.children.push_back(child);
        }
        QString content = inlines(text).trimmed();
        for (const QString &sub : std::as_const(nested))
            content += (content.isEmpty() ? QString() : u"\n"_s) + sub;
        items << indentLines(content, indent, marker);
    }
    return items.join(u'\n');
}

QString HtmlToMarkdown::table(const Node &node)
{
    QList<QStringList> rows;
    QStringList aligns;
    const std::function<void(const Node &)> collect = [&](const Node &parent) {
        for (const Node &child : parent.children) {
            if (child.tag == u"tr"_s) {
                QStringList cells;
                const bool first = rows.isEmpty();
                for (const Node &cell : child.children) {
                    if (cell.tag != u"td"_s && cell.tag != u"th"_s)
                        continue;
                    cells << inlines(cell).trimmed().replace(u'\n', u' ').replace(u"|"_s, u"\\|"_s);
                    if (first) {
                        const QString align = cell.attribute(u"data-align"_s) + cell.attribute(u"style"_s)
                            + cell.attribute(u"class"_s);
                        aligns << (align.contains(u"center"_s)      ? u":-:"_s
                                       : align.contains(u"right"_s) ? u"--:"_s
                                       : align.contains(u"left"_s)  ? u":--"_s
                                                                    : u"---"_s);
                    }
                }
                rows << cells;
            } else if (!child.isText()) {
                collect(child);
            }
        }
    };
    collect(node);
    if (rows.isEmpty())
        return {};
    const auto line = [](const QStringList &cells) -> QString {
        return u"| "_s + cells.join(u" | "_s) + u" |"_s;
    };
    QStringList out { line(rows.first()), line(aligns) };
    for (qsizetype i = 1; i < rows.size(); ++i)
        out << line(rows.at(i));
    return out.join(u'\n');
}

QString HtmlToMarkdown::inlines(const Node &node)
{
    QString out;
    for (const Node &child : node.children) {
        const QString &tag = child.tag;
        if (child.isText()) {
            QString text = decodeEntities(child.text);
            // Whitespace at the start of a line would indent (code); HTML ignores it anyway.
            static const QRegularExpression lineIndent(u"\\n[ \\t]+"_s);
            text.replace(lineIndent, u"\n"_s);
            out += escapeText(text, out.isEmpty() || out.endsWith(u'\n'));
        } else if (tag == u"em"_s || tag == u"i"_s) {
            out += wrap(inlines(child), u"*"_s);
        } else if (tag == u"strong"_s || tag == u"b"_s) {
            out += wrap(inlines(child), u"**"_s);
        } else if (tag == u"del"_s || tag == u"s"_s || tag == u"strike"_s) {
            out += wrap(inlines(child), u"~~"_s);
        } else if (tag == u"code"_s) {
            out += codeSpan(textOf(child));
        } else if (tag == u"br"_s) {
            out += u"\\\n"_s;
        } else if (tag == u"a"_s) {
            const QString href = child.attribute(u"href"_s);
            const QString inner = inlines(child);
            if (href.isEmpty()) {
                out += inner;
                continue;
            }
            const QString title = child.attribute(u"title"_s);
            out += u'[' + inner + u"]("_s + url(href)
                + (title.isEmpty() ? QString() : u" \""_s + QString(title).replace(u'"', u"\\\""_s) + u'"')
                + u')';
        } else if (tag == u"img"_s) {
            const QString title = child.attribute(u"title"_s);
            out += u"!["_s + escapeText(child.attribute(u"alt"_s), false) + u"]("_s
                + url(child.attribute(u"src"_s))
                + (title.isEmpty() ? QString() : u" \""_s + QString(title).replace(u'"', u"\\\""_s) + u'"')
                + u')';
        } else if (isBlock(tag)) {
            out += inlines(child);
        } else { // formatting Markdown cannot hold keeps its text (script and style have none)
            noteLost(tag);
            out += inlines(child);
        }
    }
    return out;
}

QString HtmlToMarkdown::escapeText(const QString &text, bool lineStart)
{
    static const QString always = u"\\`*_[]<~"_s;
    static const QRegularExpression entityLike(u"^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"_s);
    QString out;
    out.reserve(text.size() + 8);
    bool atStart = lineStart;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (atStart && c != u' ') {
            atStart = false;
            if (c == u'#' || c == u'>' || c == u'-' || c == u'+' || c == u'=') {
                out += u'\\';
            } else if (c.isDigit()) {
                qsizetype j = i;
                while (j < text.size() && text.at(j).isDigit())
                    ++j;
                if (j < text.size() && (text.at(j) == u'.' || text.at(j) == u')')) {
                    out += text.mid(i, j - i) + u'\\' + text.at(j);
                    i = j;
                    continue;
                }
            }
        }
        if (always.contains(c))
            out += u'\\';
        else if (c == u'&' && entityLike.match(text.mid(i, 40)).hasMatch())
            out += u'\\';
        out += c;
        if (c == u'\n')
            atStart = true;
    }
    return out;
}

QString HtmlToMarkdown::decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, QString> named {
        { u"amp"_s, u"&"_s },   { u"lt"_s, u"<"_s },    { u"gt"_s, u">"_s },
        { u"quot"_s, u"\""_s }, { u"apos"_s, u"'"_s },  { u"nbsp"_s, QString(QChar(0xa0)) },
        { u"ndash"_s, u"–"_s }, { u"mdash"_s, u"—"_s }, { u"hellip"_s, u"…"_s },
        { u"lsquo"_s, u"‘"_s }, { u"rsquo"_s, u"’"_s }, { u"ldquo"_s, u"“"_s },
        { u"rdquo"_s, u"”"_s }, { u"copy"_s, u"©"_s },  { u"euro"_s, u"€"_s },
    };
    static const QRegularExpression reference(
        u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);"_s);
    QString out;
    qsizetype last = 0;
    auto matches = reference.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString name = match.captured(1);
        QString replacement;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code =
                name.at(1).toLower() == u'x' ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10ffff) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            replacement = named.value(name);
        }
        if (replacement.isEmpty())
            continue;
        out += text.mid(last, match.capturedStart() - last) + replacement;
        last = match.capturedEnd();
    }
    return out + text.mid(last);
}

} // namespace QuoteDesk
