// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken Markdown through the whole pipeline: parse, compose, all three outputs,
// and the preview in a rich-text document as the app shows it. Nothing may crash or hang
// (ctest's timeout catches a hang), and the preview must never hold a script or a
// javascript: link.
#include "render/articlerenderer.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

ArticleInput inputWith(const QString &markdown)
{
    ArticleInput input;
    input.quote = Test::makeQuote(markdown.left(200));
    input.quote->speakerId = 1;
    input.quote->essayId = 2;
    input.quote->commentary = markdown;
    input.quote->excerpt.clear();
    input.speaker = Test::makeSpeaker();
    input.speaker->biography = markdown;
    input.essay = Test::makeEssay();
    input.essay->body = markdown;
    return input;
}

QString invalidUtf8()
{
    // Lone continuation bytes, an overlong form, a surrogate, a cut sequence.
    static const char raw[] = "ok \x80\xbf \xc0\xaf \xed\xa0\x80 \xf0\x9f\x98 end";
    return QString::fromUtf8(QByteArrayView(raw, sizeof raw - 1));
}

} // namespace

class TestRenderBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survives_data();
    void survives();
    void invalidUtf8BytesParse();
};

void TestRenderBadInput::survives_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("mustShow");
    QTest::newRow("raw HTML") << u"<div onclick=\"steal()\">*hi*</div>\n\n<b>bold</b> <style>body{}</style>"_s
                              << u"onclick"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>\n\n<SCRIPT SRC=//x.example/a.js></SCRIPT>"_s
                            << u"alert(1)"_s;
    QTest::newRow("script in code and entities")
        << u"`<script>` &lt;script&gt; &#60;script&#62;"_s << u"script"_s;
    QTest::newRow("javascript links")
        << u"[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](java%0ascript:x) [d](<java\nscript:x>) "
           "<javascript:alert(1)> [e](&#106;avascript:x) ![f](javascript:x)"_s
        << u"a b c"_s;
    QTest::newRow("10000 nested lists") << QString(u"- "_s.repeated(10000) + u"bottom"_s) << u"bottom"_s;
    QTest::newRow("10000 nested indented lists") << [] {
        QString text;
        for (int i = 0; i < 10000; ++i)
            text += QString(qMin(i, 200) * 2, u' ') + u"- level\n"_s;
        return text;
    }() << u"level"_s;
    QTest::newRow("10000 nested block quotes")
        << QString(u">"_s.repeated(10000) + u" bottom"_s) << u"bottom"_s;
    QTest::newRow("10000 nested emphasis")
        << QString(u"*"_s.repeated(10000) + u"x"_s + u"*"_s.repeated(10000)) << u"x"_s;
    QTest::newRow("10000 open brackets") << QString(u"["_s.repeated(10000) + u"x"_s) << u"x"_s;
    QTest::newRow("5 MB of text") << [] {
        QString text;
        text.reserve(5 * 1024 * 1024 + 64);
        while (text.size() < 5 * 1024 * 1024)
            text += u"Word *after* word, [a link](https://example.com) and `code`.\n\n"_s;
        return text;
    }() << u"after"_s;
    QTest::newRow("5 MB in one line") << QString(5 * 1024 * 1024, u'x') << u"xxx"_s;
    QTest::newRow("NUL bytes") << QString(u"a\0b\0\0c\n\n- \0\n\n[\0](\0)"_s) << u"a\uFFFDb"_s;
    QTest::newRow("invalid UTF-8") << invalidUtf8() << u"end"_s;
    QTest::newRow("lone surrogates") << QString(u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00)) << u"a"_s;
}

void TestRenderBadInput::survives()
{
    QFETCH(QString, markdown);
    QFETCH(QString, mustShow);
    const Article article = composeArticle(inputWith(markdown));
    RenderContext context;
    context.localUrl = [](const Asset &asset) {
        return QUrl::fromLocalFile(u"/library/"_s + asset.sha256);
    };

    const QString preview = ArticleRenderer::preview(article, context);
    const QString page = ArticleRenderer::page(article, context);
    const QString blocks = ArticleRenderer::blocks(article, context);
    QVERIFY(preview.contains(mustShow));
    QVERIFY(!page.isEmpty());
    QVERIFY(!blocks.isEmpty());
    QVERIFY(article.excerpt.size() <= 1000);

    for (const QString *html : { &preview, &page, &blocks }) {
        const QString lower = html->toLower();
        QVERIFY(!lower.contains(u"<script"_s));
        QVERIFY(!lower.contains(u"<style>body"_s));
        QVERIFY(!lower.contains(QRegularExpression(u"(href|src)=\"\\s*java"_s)));
        // No event handler attribute: with the quoted attribute values (where escaped text may
        // say anything) taken out, no tag has an on…= attribute.
        QString tags = lower;
        tags.remove(QRegularExpression(u"\"[^\"]*\""_s));
        QVERIFY(!tags.contains(QRegularExpression(u"<[a-z][^>]*\\son[a-z]+="_s)));
    }

    // The preview pane is a rich-text document: it must take the output whole.
    if (preview.size() < 1024 * 1024) {
        QTextDocument document;
        document.setHtml(preview);
        document.setTextWidth(600);
        QVERIFY(document.size().height() > 0);
    }
}

void TestRenderBadInput::invalidUtf8BytesParse()
{
    static const char raw[] = "start \xff\xfe\xfd \xc3\x28 \xe2\x82 \0 [a](\xff) end";
    QByteArray bytes(raw, sizeof raw - 1);
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    const MarkdownDocument document = MarkdownDocument::parseUtf8(bytes);
    const QString text = document.plainText();
    QVERIFY(text.startsWith(u"start"_s));
    QVERIFY(text.contains(QChar::ReplacementCharacter));
}

QTEST_MAIN(TestRenderBadInput)
#include "tst_renderbadinput.moc"
