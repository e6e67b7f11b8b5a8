// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocksof.h"
#include "render/blockemitter.h"
#include "render/htmltomarkdown.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
using QuoteDesk::Test::blocksOf;

class TestHtmlToMarkdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameText_data();
    void sameText();
    void goldenInputsRoundTrip_data();
    void goldenInputsRoundTrip();
    void editorMarkup_data();
    void editorMarkup();
    void unknownMarkupIsNamed();
    void headingOffsetAndMappedUrls();
};

void TestHtmlToMarkdown::sameText_data()
{
    // Markdown as QuoteDesk's editors write it: blocks → Markdown gives the very same text.
    QTest::addColumn<QString>("markdown");
    QTest::newRow("paragraphs") << u"First paragraph.\n\nSecond one,\nwith a soft break."_s;
    QTest::newRow("emphasis and strong") << u"Some *emphasis*, **strong** and ~~struck~~ words."_s;
    QTest::newRow("link with title")
        << u"Read the [results](https://example.com/q1 \"Q1\") and [this](https://example.com/)."_s;
    QTest::newRow("code span and block") << u"Call `render()` first.\n\n```\nint x = 1;\n```"_s;
    QTest::newRow("headings") << u"# Takeaways\n\nText.\n\n## Detail"_s;
    QTest::newRow("nested lists")
        << u"- Inference drives demand.\n- Compute is *infrastructure*:\n  1. power grids\n  2. data centres\n- Costs."_s;
    QTest::newRow("ordered from 3") << u"3. third\n4. fourth"_s;
    QTest::newRow("block quote") << u"> Quoted words.\n>\n> Second paragraph."_s;
    QTest::newRow("separator") << u"Before.\n\n---\n\nAfter."_s;
    QTest::newRow("image") << u"![A chart](https://example.com/chart.png)"_s;
    QTest::newRow("escaped markup characters") << u"Costs \\*fell\\* by 5 \\_percent\\_ \\[sic\\]."_s;
    QTest::newRow("table") << u"| Year | Revenue |\n| --- | --: |\n| 2024 | 61 |"_s;
}

void TestHtmlToMarkdown::sameText()
{
    QFETCH(QString, markdown);
    HtmlToMarkdown converter;
    QCOMPARE(converter.convert(blocksOf(markdown)), markdown);
    QVERIFY(converter.lost().isEmpty());
}

void TestHtmlToMarkdown::goldenInputsRoundTrip_data()
{
    // Every Markdown part of the golden render inputs: Markdown → blocks → Markdown → blocks
    // gives the same blocks (the text may differ in spelling: escapes, list markers).
    QTest::addColumn<QString>("markdown");
    const QDir dir(Test::dataPath(u"render/input"_s));
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QJsonObject input = QJsonDocument::fromJson(Test::readAll(dir.filePath(file))).object();
        const QList<QPair<QString, QString>> parts {
            { u"quote"_s, u"commentary"_s },
            { u"speaker"_s, u"biography"_s },
            { u"essay"_s, u"body"_s },
            { u"essay"_s, u"sources"_s },
        };
        for (const auto &[record, field] : parts) {
            const QString markdown = input[record][field].toString();
            if (!markdown.isEmpty())
                QTest::addRow("%s %s.%s", qPrintable(file), qPrintable(record), qPrintable(field))
                    << markdown;
        }
    }
}

void TestHtmlToMarkdown::goldenInputsRoundTrip()
{
    QFETCH(QString, markdown);
    const QString blocks = blocksOf(markdown);
    const QString back = HtmlToMarkdown().convert(blocks);
    QCOMPARE(blocksOf(back), blocks);
}

void TestHtmlToMarkdown::editorMarkup_data()
{
    // What the block editor or a person may leave in a post.
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("entities") << u"<p>Fish &amp; chips &#8211; &lt;tag&gt; &#x201C;q&#x201D;</p>"_s
                              << u"Fish & chips – \\<tag> “q”"_s;
    QTest::newRow("b and i") << u"<p><b>bold</b> and <i>italic </i>text</p>"_s
                             << u"**bold** and *italic* text"_s;
    QTest::newRow("line break") << u"<p>one<br>two</p>"_s << u"one\\\ntwo"_s;
    QTest::newRow("text that looks like a list")
        << u"<p>1. not a list</p><p>- nor this</p>"_s << u"1\\. not a list\n\n\\- nor this"_s;
    QTest::newRow("classic editor text") << u"First line\n\n<p>Second</p>"_s << u"First line\n\nSecond"_s;
    QTest::newRow("code with language")
        << u"<pre><code class=\"language-cpp\">a &lt; b</code></pre>"_s << u"```cpp\na < b\n```"_s;
}

void TestHtmlToMarkdown::editorMarkup()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QCOMPARE(HtmlToMarkdown().convert(html), markdown);
}

void TestHtmlToMarkdown::unknownMarkupIsNamed()
{
    HtmlToMarkdown converter;
    QCOMPARE(converter.convert(u"<p>Say <span class=\"x\">hello</span></p><iframe src=\"x\"></iframe>"_s),
             u"Say hello"_s);
    QCOMPARE(converter.lost(), QStringList({ u"span"_s, u"iframe"_s }));
}

void TestHtmlToMarkdown::headingOffsetAndMappedUrls()
{
    HtmlToMarkdown::Options options;
    options.headingOffset = 1;
    options.mapUrl = [](const QString &url) {
        return url == u"https://site.example/wp-content/uploads/a.pdf"_s ? u"asset:7"_s : QString();
    };
    HtmlToMarkdown converter(options);
    QCOMPARE(converter.convert(u"<h2>Takeaways</h2><h3>More</h3><p><a "
                               "href=\"https://site.example/wp-content/uploads/a.pdf\">Brochure</a> and <a "
                               "href=\"https://example.com/\">site</a></p>"_s),
             u"# Takeaways\n\n## More\n\n[Brochure](asset:7) and [site](https://example.com/)"_s);
}

QTEST_GUILESS_MAIN(TestHtmlToMarkdown)
#include "tst_htmltomarkdown.moc"
