// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocksof.h"
#include "render/blockemitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
using QuoteDesk::Test::blocksOf;

class TestBlockEmitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data();
    void blocks();
    void attributesCannotCloseTheComment();
    void blockDelimitersBalanceAtAnyDepth();
};

void TestBlockEmitter::blocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("blocks");
    QTest::newRow("paragraph")
        << u"Hello *you*"_s << u"<!-- wp:paragraph -->\n<p>Hello <em>you</em></p>\n<!-- /wp:paragraph -->"_s;
    QTest::newRow("heading level 2 has no attributes")
        << u"## Two"_s << u"<!-- wp:heading -->\n<h2>Two</h2>\n<!-- /wp:heading -->"_s;
    QTest::newRow("heading level 4")
        << u"#### Four"_s << u"<!-- wp:heading {\"level\":4} -->\n<h4>Four</h4>\n<!-- /wp:heading -->"_s;
    QTest::newRow("separator")
        << u"---"_s
        << u"<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n"
           "<!-- /wp:separator -->"_s;
    QTest::newRow("code")
        << u"    a < b\n"_s
        << u"<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>a &lt; b</code></pre>\n<!-- /wp:code -->"_s;
    QTest::newRow("ordered list from 3")
        << u"3. c\n4. d"_s
        << u"<!-- wp:list {\"ordered\":true,\"start\":3} -->\n<ol start=\"3\"><!-- wp:list-item "
           u"-->\n<li>c</li>\n"
           "<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>d</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->"_s;
    QTest::newRow("loose list item paragraphs become lines")
        << u"- a\n\n  b\n\n- c"_s
        << u"<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>a<br>b</li>\n<!-- /wp:list-item -->\n\n"
           "<!-- wp:list-item -->\n<li>c</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->"_s;
    QTest::newRow("quote")
        << u"> q"_s
        << u"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>q</p>\n"
           "<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->"_s;
    QTest::newRow("lone image is an image block")
        << u"![alt](https://example.com/a.png)"_s
        << u"<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://example.com/a.png\" "
           u"alt=\"alt\"/>"
           "</figure>\n<!-- /wp:image -->"_s;
    QTest::newRow("table")
        << u"| a |\n|:-:|\n| 1 |"_s
        << u"<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><thead><tr><th "
           u"class=\"has-text-align-center\" "
           "data-align=\"center\">a</th></tr></thead><tbody><tr><td class=\"has-text-align-center\" "
           "data-align=\"center\">1</td></tr></tbody></table></figure>\n<!-- /wp:table -->"_s;
    QTest::newRow("blocks apart by a blank line")
        << u"a\n\nb"_s
        << u"<!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>b</p>\n"
           "<!-- /wp:paragraph -->"_s;
}

void TestBlockEmitter::blocks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, blocks);
    QCOMPARE(blocksOf(markdown), blocks);
}

void TestBlockEmitter::attributesCannotCloseTheComment()
{
    const QString json = BlockEmitter::attributesJson({ { u"href"_s, u"https://x/?a=1&b=--><script>"_s } });
    QVERIFY(!json.contains(u"--"_s));
    QVERIFY(!json.contains(u'<'));
    QVERIFY(!json.contains(u'>'));
    QVERIFY(!json.contains(u'&'));
}

void TestBlockEmitter::blockDelimitersBalanceAtAnyDepth()
{
    const QString blocks = blocksOf(QString(u"> 1. "_s.repeated(5000) + u"deep"_s));
    for (const QString &name : { u"quote"_s, u"list"_s, u"list-item"_s }) {
        const int opened = int(blocks.count(u"<!-- wp:"_s + name + u" "_s));
        QCOMPARE(opened, int(blocks.count(u"<!-- /wp:"_s + name + u" "_s)));
    }
    QVERIFY(blocks.contains(u"deep"_s));
}

QTEST_GUILESS_MAIN(TestBlockEmitter)
#include "tst_blockemitter.moc"
