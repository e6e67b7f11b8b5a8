// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace QuoteDesk {

/// One node of a parsed Markdown document: a block (paragraph, list, …) or an inline
/// (text, link, …). Nodes live in MarkdownDocument::nodes() and point at each other by index.
struct MarkdownNode
{
    enum class Type : quint8 {
        Document,
        Paragraph,
        Heading, ///< level in `number`
        BlockQuote,
        BulletList, ///< `tight` says whether the items hold bare text
        OrderedList, ///< first number in `number`
        ListItem,
        CodeBlock, ///< the code in `text`, the info string's language in `url`
        ThematicBreak,
        Table,
        TableHead,
        TableBody,
        TableRow,
        TableHeaderCell, ///< alignment in `align`
        TableCell,
        Text, ///< `text`, entities already decoded
        SoftBreak,
        LineBreak,
        Emphasis,
        Strong,
        Strikethrough,
        Code, ///< inline code in `text`
        Link, ///< target in `url`, title in `title`
        Image, ///< source in `url`, title in `title`, alternative text is the children's text
    };
    enum class Align : quint8 { Default, Left, Center, Right };

    Type type = Type::Document;
    Align align = Align::Default;
    bool tight = false;
    int number = 0;
    int parent = -1;
    int firstChild = -1;
    int lastChild = -1;
    int next = -1;
    QString text;
    QString url;
    QString title;

    bool isBlock() const { return type <= Type::TableCell; }
};

/// A Markdown text parsed once into a tree (CommonMark plus tables, strikethrough and
/// autolinks) that every output is emitted from: the HTML of the preview and the page, and
/// the WordPress block markup. Raw HTML is not markup here: it stays text, shown as typed.
///
/// Nesting of block quotes and lists is capped at maxDepth(): deeper containers are
/// flattened into the deepest one kept, so no walk over the tree, and no browser or editor
/// reading its output, has to follow thousands of levels.
class MarkdownDocument final
{
public:
    /// The empty document.
    MarkdownDocument();

    /// Parses @p markdown. Never fails: any text is some Markdown.
    static MarkdownDocument parse(QStringView markdown);
    /// Parses UTF-8 bytes; invalid sequences and NUL bytes become U+FFFD.
    static MarkdownDocument parseUtf8(QByteArrayView markdown);

    /// How many block quotes and lists may be nested in one another.
    static constexpr int maxDepth() { return 32; }

    const QList<MarkdownNode> &nodes() const { return m_nodes; }
    const MarkdownNode &node(int index) const { return m_nodes.at(index); }
    /// The document node (always index 0).
    static constexpr int root() { return 0; }
    bool isEmpty() const { return m_nodes.first().firstChild < 0; }

    /// Which parts of the text plainText() keeps.
    enum class TextParts : quint8 {
        All,
        /// Running prose only: no headings, tables, code blocks or image descriptions, which
        /// read as noise in an excerpt or a search snippet.
        Prose,
    };

    /// The text of @p index and everything under it, without markup; blocks are separated
    /// by a blank line, soft breaks become spaces.
    QString plainText(int index = root(), TextParts parts = TextParts::All) const;

    /// Walks the subtree of @p from in document order without recursion. @p enter(index, node)
    /// returns whether to visit the node's children; @p leave(index, node) follows for each
    /// node whose children were visited (also when it has none).
    template<class Enter, class Leave>
    void walk(int from, Enter &&enter, Leave &&leave) const
    {
        int n = from;
        for (;;) {
            const MarkdownNode &current = m_nodes.at(n);
            if (enter(n, current)) {
                if (current.firstChild >= 0) {
                    n = current.firstChild;
                    continue;
                }
                leave(n, current);
            }
            while (n != from && m_nodes.at(n).next < 0) {
                n = m_nodes.at(n).parent;
                leave(n, m_nodes.at(n));
            }
            if (n == from)
                return;
            n = m_nodes.at(n).next;
        }
    }

private:
    friend class MarkdownBuilder;
    QList<MarkdownNode> m_nodes;
};

} // namespace QuoteDesk
