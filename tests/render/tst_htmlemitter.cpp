// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/htmlemitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestHtmlEmitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markup_data();
    void markup();
    void headingOffset();
    void policyCallbacks();
    void deepNestingStaysBalanced();
};

void TestHtmlEmitter::markup_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraph") << u"Hello *you* and **them** ~~not~~"_s
                               << u"<p>Hello <em>you</em> and <strong>them</strong> <del>not</del></p>\n"_s;
    QTest::newRow("escaped text") << u"a < b & \"c\""_s << u"<p>a &lt; b &amp; &quot;c&quot;</p>\n"_s;
    QTest::newRow("nested list")
        << u"- a\n  1. b\n  2. c\n- d"_s
        << u"<ul>\n<li>a<ol>\n<li>b</li>\n<li>c</li>\n</ol>\n</li>\n<li>d</li>\n</ul>\n"_s;
    QTest::newRow("ordered start") << u"4. four"_s << u"<ol start=\"4\">\n<li>four</li>\n</ol>\n"_s;
    QTest::newRow("quote") << u"> said"_s << u"<blockquote>\n<p>said</p>\n</blockquote>\n"_s;
    QTest::newRow("code block") << u"```sh\necho <x>\n```"_s
                                << u"<pre><code class=\"language-sh\">echo &lt;x&gt;\n</code></pre>\n"_s;
    QTest::newRow("table")
        << u"| a | b |\n|---|--:|\n| 1 | 2 |"_s
        << u"<table>\n<thead>\n<tr><th>a</th><th style=\"text-align: right\">b</th></tr>\n</thead>\n"
           "<tbody>\n<tr><td>1</td><td style=\"text-align: right\">2</td></tr>\n</tbody>\n</table>\n"_s;
    QTest::newRow("web link") << u"[x](https://example.com \"T\")"_s
                              << u"<p><a href=\"https://example.com\" title=\"T\">x</a></p>\n"_s;
    QTest::newRow("javascript link keeps text only")
        << u"[click](javascript:alert(1))"_s << u"<p>click</p>\n"_s;
    QTest::newRow("disguised javascript link")
        << u"[click](JaVa%09script:x) [two](<java\tscript:x>)"_s << u"<p>click two</p>\n"_s;
    QTest::newRow("data link") << u"[d](data:text/html,hi)"_s << u"<p>d</p>\n"_s;
    QTest::newRow("raw html is text")
        << u"<script>alert(1)</script>"_s << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"_s;
    QTest::newRow("inline raw html is text")
        << u"a <img src=x onerror=f()> b"_s << u"<p>a &lt;img src=x onerror=f()&gt; b</p>\n"_s;
    QTest::newRow("web image") << u"![A chart](https://example.com/c.png)"_s
                               << u"<p><img src=\"https://example.com/c.png\" alt=\"A chart\"></p>\n"_s;
    QTest::newRow("javascript image is its text") << u"![alt](javascript:x)"_s << u"<p>alt</p>\n"_s;
    QTest::newRow("hard break") << u"a\\\nb"_s << u"<p>a<br>\nb</p>\n"_s;
    QTest::newRow("rule") << u"***"_s << u"<hr>\n"_s;
}

void TestHtmlEmitter::markup()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(HtmlEmitter().render(MarkdownDocument::parse(markdown)), html);
}

void TestHtmlEmitter::headingOffset()
{
    const MarkdownDocument doc = MarkdownDocument::parse(u"# One\n\n##### Five"_s);
    MarkupPolicy policy;
    policy.headingOffset = 2;
    QCOMPARE(HtmlEmitter(policy).render(doc), u"<h3>One</h3>\n<h6>Five</h6>\n"_s);
}

void TestHtmlEmitter::policyCallbacks()
{
    MarkupPolicy policy;
    QStringList seen;
    policy.linkTarget = [&seen](const QString &url) {
        seen << url;
        return url == u"asset:3"_s ? u"files/brochure.pdf"_s : QString();
    };
    policy.image = [](const QString &url, const QString &alt, const QString &) -> QString {
        return u"[IMG "_s + url + u' ' + alt + u']';
    };
    const HtmlEmitter emitter(policy);
    QCOMPARE(
        emitter.render(MarkdownDocument::parse(u"[b](asset:3) [w](https://x.example) ![*p*](asset:4)"_s)),
        u"<p><a href=\"files/brochure.pdf\">b</a> w [IMG asset:4 p]</p>\n"_s);
    QCOMPARE(seen, (QStringList { u"asset:3"_s, u"https://x.example"_s }));
}

void TestHtmlEmitter::deepNestingStaysBalanced()
{
    const QString html =
        HtmlEmitter().render(MarkdownDocument::parse(QString(u"> - "_s.repeated(5000) + u"x"_s)));
    QCOMPARE(html.count(u"<blockquote>"_s), html.count(u"</blockquote>"_s));
    QCOMPARE(html.count(u"<ul>"_s), html.count(u"</ul>"_s));
    QCOMPARE(html.count(u"<li>"_s), html.count(u"</li>"_s));
    QVERIFY(html.count(u"<blockquote>"_s) + html.count(u"<ul>"_s) <= MarkdownDocument::maxDepth());
    QVERIFY(html.contains(u"x"_s));
}

QTEST_GUILESS_MAIN(TestHtmlEmitter)
#include "tst_htmlemitter.moc"
