// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdowndocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

using Type = MarkdownNode::Type;

namespace {

// The node types of a document in walk order, as "Type(child, …)" text.
QString outline(const MarkdownDocument &document)
{
    static const QStringList names = { u"doc"_s, u"p"_s,      u"h"_s,   u"quote"_s, u"ul"_s,    u"ol"_s,
                                       u"li"_s,  u"code"_s,   u"hr"_s,  u"table"_s, u"thead"_s, u"tbody"_s,
                                       u"tr"_s,  u"th"_s,     u"td"_s,  u"text"_s,  u"soft"_s,  u"br"_s,
                                       u"em"_s,  u"strong"_s, u"del"_s, u"tt"_s,    u"a"_s,     u"img"_s };
    QString out;
    document.walk(
        MarkdownDocument::root(),
        [&](int, const MarkdownNode &node) {
            if (!out.isEmpty() && !out.endsWith(u'('))
                out += u' ';
            out += names.value(int(node.type));
            if (node.firstChild >= 0)
                out += u'(';
            return true;
        },
        [&](int, const MarkdownNode &node) {
            if (node.firstChild >= 0)
                out += u")"_s;
        });
    return out;
}

int depthOf(const MarkdownDocument &document)
{
    int deepest = 0;
    for (int i = 0; i < document.nodes().size(); ++i) {
        int depth = 0;
        for (int n = i; n >= 0; n = document.node(n).parent)
            ++depth;
        deepest = qMax(deepest, depth);
    }
    return deepest;
}

} // namespace

class TestMarkdownDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTextIsEmptyDocument();
    void structure_data();
    void structure();
    void detailsAreKept();
    void entitiesAreDecoded_data();
    void entitiesAreDecoded();
    void rawHtmlStaysText();
    void nulAndInvalidUtf8BecomeReplacementCharacters();
    void deepNestingIsCapped_data();
    void deepNestingIsCapped();
    void everySiblingSpanIsKept();
    void aSpanLeftTwiceClosesNoBlock();
    void plainText_data();
    void plainText();
    void proseText_data();
    void proseText();
};

void TestMarkdownDocument::emptyTextIsEmptyDocument()
{
    QVERIFY(MarkdownDocument().isEmpty());
    QVERIFY(MarkdownDocument::parse(u""_s).isEmpty());
    QVERIFY(MarkdownDocument::parse(u"\n\n  \n"_s).isEmpty());
    QVERIFY(!MarkdownDocument::parse(u"x"_s).isEmpty());
}

void TestMarkdownDocument::structure_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("outline");
    QTest::newRow("paragraph") << u"Hello"_s << u"doc(p(text))"_s;
    QTest::newRow("emphasis and strong") << u"*a* **b**"_s << u"doc(p(em(text) text strong(text)))"_s;
    QTest::newRow("strikethrough") << u"~~gone~~"_s << u"doc(p(del(text)))"_s;
    QTest::newRow("soft and hard breaks") << u"a\nb  \nc"_s << u"doc(p(text soft text br text))"_s;
    QTest::newRow("heading") << u"## Takeaways"_s << u"doc(h(text))"_s;
    QTest::newRow("nested list") << u"- a\n  - b\n- c"_s << u"doc(ul(li(text ul(li(text))) li(text)))"_s;
    QTest::newRow("loose list") << u"- a\n\n- b"_s << u"doc(ul(li(p(text)) li(p(text))))"_s;
    QTest::newRow("ordered list") << u"3. a\n4. b"_s << u"doc(ol(li(text) li(text)))"_s;
    QTest::newRow("block quote") << u"> quoted\n> > deeper"_s << u"doc(quote(p(text) quote(p(text))))"_s;
    QTest::newRow("fenced code") << u"```cpp\nint x;\n```"_s << u"doc(code)"_s;
    QTest::newRow("inline code") << u"use `md_parse()`"_s << u"doc(p(text tt))"_s;
    QTest::newRow("thematic break") << u"a\n\n---\n\nb"_s << u"doc(p(text) hr p(text))"_s;
    QTest::newRow("table") << u"| a | b |\n|---|:-:|\n| 1 | 2 |"_s
                           << u"doc(table(thead(tr(th(text) th(text))) tbody(tr(td(text) td(text)))))"_s;
    QTest::newRow("link") << u"[site](https://example.com)"_s << u"doc(p(a(text)))"_s;
    QTest::newRow("permissive autolink")
        << u"see https://example.com now"_s << u"doc(p(text a(text) text))"_s;
    QTest::newRow("www autolink") << u"www.example.com"_s << u"doc(p(a(text)))"_s;
    QTest::newRow("image") << u"![chart](asset:4)"_s << u"doc(p(img(text)))"_s;
}

void TestMarkdownDocument::structure()
{
    QFETCH(QString, markdown);
    QFETCH(QString, outline);
    QCOMPARE(::outline(MarkdownDocument::parse(markdown)), outline);
}

void TestMarkdownDocument::detailsAreKept()
{
    const MarkdownDocument doc = MarkdownDocument::parse(
        u"### Three\n\n7. seven\n\n```python\nprint(1)\n```\n\n[t](https://example.com/a?b=1&amp;c=2 "
        u"\"Title\")\n\n"
        "| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |"_s);
    const auto find = [&doc](Type type) {
        for (const MarkdownNode &node : doc.nodes()) {
            if (node.type == type)
                return node;
        }
        return MarkdownNode {};
    };
    QCOMPARE(find(Type::Heading).number, 3);
    QCOMPARE(find(Type::OrderedList).number, 7);
    QVERIFY(find(Type::OrderedList).tight);
    QCOMPARE(find(Type::CodeBlock).url, u"python"_s);
    QCOMPARE(find(Type::CodeBlock).text, u"print(1)\n"_s);
    QCOMPARE(find(Type::Link).url, u"https://example.com/a?b=1&c=2"_s);
    QCOMPARE(find(Type::Link).title, u"Title"_s);
    QList<MarkdownNode::Align> aligns;
    for (const MarkdownNode &node : doc.nodes()) {
        if (node.type == Type::TableHeaderCell)
            aligns.append(node.align);
    }
    QCOMPARE(aligns,
             (QList { MarkdownNode::Align::Left, MarkdownNode::Align::Center, MarkdownNode::Align::Right }));
}

void TestMarkdownDocument::entitiesAreDecoded_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("named") << u"a &amp; b &mdash; c"_s << u"a & b \u2014 c"_s;
    QTest::newRow("decimal") << u"&#8220;x&#8221;"_s << u"\u201Cx\u201D"_s;
    QTest::newRow("hexadecimal") << u"&#x2019;"_s << u"\u2019"_s;
    QTest::newRow("markup characters") << u"&lt;script&gt;"_s << u"<script>"_s;
    QTest::newRow("unknown name stays as typed") << u"&nosuchentity;"_s << u"&nosuchentity;"_s;
    QTest::newRow("NUL code point") << u"&#0;"_s << u"\uFFFD"_s;
}

void TestMarkdownDocument::entitiesAreDecoded()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownDocument::parse(markdown).plainText(), text);
}

void TestMarkdownDocument::proseText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("heading left out") << u"## Takeaways\n\n- Demand rises"_s << u"Demand rises"_s;
    QTest::newRow("table left out") << u"Before.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter."_s
                                    << u"Before.\n\nAfter."_s;
    QTest::newRow("code block left out") << u"Run:\n\n```\nmake\n```\n"_s << u"Run:"_s;
    QTest::newRow("image description left out") << u"See ![chart](asset:8) here."_s << u"See  here."_s;
    QTest::newRow("inline code kept") << u"Call `open()` first."_s << u"Call open() first."_s;
}

void TestMarkdownDocument::proseText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownDocument::parse(markdown).plainText(MarkdownDocument::root(),
                                                         MarkdownDocument::TextParts::Prose),
             text);
}

void TestMarkdownDocument::rawHtmlStaysText()
{
    const MarkdownDocument doc =
        MarkdownDocument::parse(u"<script>alert(1)</script>\n\nx <b onclick=\"f()\">y</b>"_s);
    QCOMPARE(outline(doc), u"doc(p(text) p(text))"_s);
    QCOMPARE(doc.plainText(), u"<script>alert(1)</script>\n\nx <b onclick=\"f()\">y</b>"_s);
}

void TestMarkdownDocument::nulAndInvalidUtf8BecomeReplacementCharacters()
{
    const MarkdownDocument withNul = MarkdownDocument::parse(QStringView(u"a\0b", 3));
    QCOMPARE(withNul.plainText(), u"a\uFFFDb"_s);
    const MarkdownDocument invalid = MarkdownDocument::parseUtf8(QByteArrayView("a\xff\xfe b\xc3", 6));
    QVERIFY(invalid.plainText().startsWith(u'a'));
    QVERIFY(invalid.plainText().contains(QChar::ReplacementCharacter));
}

void TestMarkdownDocument::deepNestingIsCapped_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("10000 block quotes") << QString(u"> "_s.repeated(10000) + u"deep"_s);
    QTest::newRow("10000 bullet lists") << QString(u"- "_s.repeated(10000) + u"deep"_s);
    QTest::newRow("10000 ordered lists") << QString(u"1. "_s.repeated(10000) + u"deep"_s);
    QTest::newRow("10000 mixed") << QString(u"> - "_s.repeated(5000) + u"deep"_s);
    QTest::newRow("10000 emphasis") << QString(u"*_"_s.repeated(5000) + u"deep"_s + u"_*"_s.repeated(5000));
    QTest::newRow("10000 links") << QString(u"["_s.repeated(10000) + u"deep"_s + u"](x)"_s.repeated(10000));
}

void TestMarkdownDocument::deepNestingIsCapped()
{
    QFETCH(QString, markdown);
    const MarkdownDocument doc = MarkdownDocument::parse(markdown);
    QVERIFY(doc.plainText().contains(u"deep"_s));
    QVERIFY2(depthOf(doc) <= 3 * MarkdownDocument::maxDepth() + 4, qPrintable(QString::number(depthOf(doc))));
    // Whatever was dropped, blocks still only hold what they may.
    for (const MarkdownNode &node : doc.nodes()) {
        if (node.type == Type::Text || node.type == Type::Link)
            QVERIFY(!doc.node(node.parent).isBlock() || doc.node(node.parent).type != Type::BlockQuote);
    }
}

// The nesting cap counts open spans, not every span of the document.
void TestMarkdownDocument::everySiblingSpanIsKept()
{
    QString markdown;
    for (int i = 0; i < 100; ++i)
        markdown += u"*e%1* **s%1** [l%1](https://example.org/%1) "_s.arg(i);
    const MarkdownDocument doc = MarkdownDocument::parse(QString(markdown + u"\n\n> after"_s));
    int emphasis = 0, strong = 0, links = 0;
    for (const MarkdownNode &node : doc.nodes()) {
        emphasis += node.type == Type::Emphasis;
        strong += node.type == Type::Strong;
        links += node.type == Type::Link;
    }
    QCOMPARE(emphasis, 100);
    QCOMPARE(strong, 100);
    QCOMPARE(links, 100);
    QVERIFY(outline(doc).endsWith(u"quote(p(text)))"_s));
}

// Found by tests/fuzz/fuzz_render (kept in tests/data/fuzz/render/): md4c 0.4.8 leaves a span
// it did not enter after a permissive autolink. The document still parses, in the right shape.
void TestMarkdownDocument::aSpanLeftTwiceClosesNoBlock()
{
    const QByteArray input = QByteArray::fromBase64(
        "W3dlYl0oaHR0cHMtOi8vZXhhbXAqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKirY1dXV1SoqKioqKSoqKioqKioq"
        "PiBxdW90ZWQKEAkAOyAmbWRhc2g7ICYjKTwvc2N0dXM6Ly9hLmV4YW1wPgoK");
    const MarkdownDocument doc = MarkdownDocument::parseUtf8(input);
    QCOMPARE(doc.node(MarkdownDocument::root()).parent, -1);
    QVERIFY(doc.plainText().contains(u"quoted"_s));
    for (int i = 1; i < doc.nodes().size(); ++i)
        QVERIFY(doc.node(i).parent >= 0 && doc.node(i).parent < i);
    const MarkdownDocument next = MarkdownDocument::parseUtf8(QByteArray(input + "\n> after"));
    QVERIFY(outline(next).contains(u"quote(p(text))"_s));
}

void TestMarkdownDocument::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << u"One *two*\nthree.\n\nFour."_s << u"One two three.\n\nFour."_s;
    QTest::newRow("list") << u"- a\n- b"_s << u"a\n\nb"_s;
    QTest::newRow("link text, not target") << u"[read](https://x.example)"_s << u"read"_s;
    QTest::newRow("table cells") << u"| a | b |\n|---|---|\n| 1 | 2 |"_s << u"a b\n\n1 2"_s;
}

void TestMarkdownDocument::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownDocument::parse(markdown).plainText(), text);
}

QTEST_GUILESS_MAIN(TestMarkdownDocument)
#include "tst_markdowndocument.moc"
