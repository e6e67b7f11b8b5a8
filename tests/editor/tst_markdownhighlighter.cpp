// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in Markdown highlighter: what gets which format, code fences across lines, and
// colours that follow the palette.
#include "highlightfixtures.h"
#include "markdownhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
using namespace QuoteDesk::Test::HighlightFixtures;

namespace {

bool isCode(const QTextCharFormat &format)
{
    return format.hasProperty(QTextFormat::BackgroundBrush);
}

} // namespace

class TestMarkdownHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingDiffersFromBody();
    void inlineMarkup_data();
    void inlineMarkup();
    void fencedCodeSpansLines();
    void fenceClosesOnlyWithItsOwnKind();
    void paletteChangesColours();
};

void TestMarkdownHighlighter::headingDiffersFromBody()
{
    QTextDocument document(u"## Takeaways\nDemand keeps rising."_s);
    MarkdownHighlighter highlighter(&document, lightPalette());
    const QTextCharFormat heading = formatAt(&document, 0, 4);
    const QTextCharFormat body = formatAt(&document, 1, 4);
    QCOMPARE(heading.fontWeight(), int(QFont::Bold));
    QVERIFY(heading != body);
    QVERIFY(heading.foreground() != body.foreground());
}

void TestMarkdownHighlighter::inlineMarkup_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("strong") << u"a **bold** word"_s << 5 << u"bold"_s;
    QTest::newRow("emphasis") << u"an *italic* word"_s << 5 << u"italic"_s;
    QTest::newRow("underscore inside a word is no emphasis") << u"snake_case_name"_s << 7 << u"plain"_s;
    QTest::newRow("inline code") << u"run `make` now"_s << 6 << u"code"_s;
    QTest::newRow("link text") << u"see [the site](https://example.com)"_s << 6 << u"link"_s;
    QTest::newRow("image") << u"![portrait](asset:12)"_s << 4 << u"link"_s;
    QTest::newRow("list marker") << u"- an item"_s << 0 << u"marker"_s;
    QTest::newRow("numbered marker") << u"12. an item"_s << 1 << u"marker"_s;
    QTest::newRow("block quote") << u"> quoted words"_s << 5 << u"italic"_s;
    QTest::newRow("plain") << u"nothing special here"_s << 3 << u"plain"_s;
}

void TestMarkdownHighlighter::inlineMarkup()
{
    QFETCH(QString, line);
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QTextDocument document(line);
    const QPalette palette = lightPalette();
    MarkdownHighlighter highlighter(&document, palette);
    const QTextCharFormat format = formatAt(&document, 0, offset);
    if (expected == u"bold")
        QCOMPARE(format.fontWeight(), int(QFont::Bold));
    else if (expected == u"italic")
        QVERIFY(format.fontItalic());
    else if (expected == u"code")
        QVERIFY(isCode(format));
    else if (expected == u"link")
        QCOMPARE(format.foreground().color(), palette.color(QPalette::Link));
    else if (expected == u"marker")
        QVERIFY(format.fontWeight() == QFont::Bold
                && format.foreground().color() == palette.color(QPalette::Link));
    else
        QVERIFY2(!format.isValid() || format.properties().isEmpty(), "plain text has no format");
}

void TestMarkdownHighlighter::fencedCodeSpansLines()
{
    QTextDocument document(
        u"Before\n```cpp\nint *p = nullptr; // **not bold**\n\n# not a heading\n```\nAfter *x*"_s);
    MarkdownHighlighter highlighter(&document, lightPalette());
    QVERIFY(!isCode(formatAt(&document, 0, 1)));
    for (int line = 1; line <= 5; ++line)
        QVERIFY2(line == 3 || isCode(formatAt(&document, line, 0)), qPrintable(QString::number(line)));
    QVERIFY(formatAt(&document, 4, 3).fontWeight() != QFont::Bold);
    QVERIFY(!isCode(formatAt(&document, 6, 1)));
    QVERIFY(formatAt(&document, 6, 7).fontItalic());

    // Opening a fence above re-highlights the lines below it. QSyntaxHighlighter follows
    // edits once its queued first pass has run, and only in a document with a layout, as
    // every editor's document has.
    document.documentLayout();
    QCoreApplication::processEvents();
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.insertText(u"~~~\n"_s);
    QVERIFY(isCode(formatAt(&document, 1, 1)));
    QVERIFY(isCode(formatAt(&document, 7, 1)));
}

void TestMarkdownHighlighter::fenceClosesOnlyWithItsOwnKind()
{
    QTextDocument document(u"````\n```\n~~~\nstill code\n````\nprose"_s);
    MarkdownHighlighter highlighter(&document, lightPalette());
    QVERIFY(isCode(formatAt(&document, 3, 1)));
    QVERIFY(!isCode(formatAt(&document, 5, 1)));
}

void TestMarkdownHighlighter::paletteChangesColours()
{
    QTextDocument document(u"# Heading\nbody"_s);
    MarkdownHighlighter highlighter(&document, lightPalette());
    const QTextCharFormat light = formatAt(&document, 0, 3);
    highlighter.setPalette(darkPalette());
    const QTextCharFormat dark = formatAt(&document, 0, 3);
    QVERIFY(light.foreground() != dark.foreground());
    QVERIFY(dark.foreground().color().lightness() > light.foreground().color().lightness());
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
