// SPDX-License-Identifier: GPL-3.0-or-later
// Times the rendering of a 10,000-word post and prints medians:
//   Markdown → HTML (parse + emit; budget 5 ms), md4c's own md_html() on the same text for
//   reference, the full composition + preview (what a preview refresh costs), and the
//   WordPress block markup.
// Usage: bench_render [runs]   (default 51)
#include "render/articlerenderer.h"
#include "render/htmlemitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <md4c-html.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

// About 10,000 words in the shape of a long post: sections, paragraphs with emphasis and
// links, lists (some nested), a table and a quote now and then.
QString longPost()
{
    static const QStringList words = { u"inference"_s, u"demand"_s, u"accelerated"_s, u"computing"_s,
                                       u"the"_s,       u"market"_s, u"grew"_s,        u"while"_s,
                                       u"export"_s,    u"rules"_s,  u"tightened"_s,   u"and"_s,
                                       u"margins"_s,   u"held"_s,   u"steady"_s };
    QString text;
    int count = 0;
    int section = 0;
    const auto sentence = [&](int length) -> QString {
        QString s;
        for (int i = 0; i < length; ++i, ++count) {
            const QString &word = words.at((count * 7 + i) % words.size());
            if (i % 11 == 3)
                s += u'*' + word + u"* "_s;
            else if (i % 17 == 5)
                s += u'[' + word + u"](https://example.com/"_s + word + u") "_s;
            else
                s += word + u' ';
        }
        s.chop(1);
        return s + u". "_s;
    };
    while (count < 10000) {
        text += u"## Section "_s + QString::number(++section) + u"\n\n"_s;
        for (int p = 0; p < 3; ++p)
            text += sentence(18) + sentence(22) + sentence(15) + u"\n\n"_s;
        text += u"- "_s + sentence(9) + u"\n  - "_s + sentence(7) + u"\n- "_s + sentence(8) + u"\n\n"_s;
        if (section % 3 == 0)
            text += u"| a | b |\n|---|--:|\n| "_s + sentence(3) + u" | 42 |\n\n"_s;
        if (section % 4 == 0)
            text += u"> "_s + sentence(20) + u"\n\n"_s;
    }
    return text;
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times.at(times.size() / 2)) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 51;
    const QString markdown = longPost();
    const QByteArray utf8 = markdown.toUtf8();
    const int wordCount = int(markdown.split(u' ', Qt::SkipEmptyParts).size());

    ArticleInput input;
    input.quote = Quote {};
    input.quote->text = u"Demand for accelerated computing keeps rising."_s;
    input.quote->speakerId = 1;
    input.quote->commentary = markdown;
    input.speaker = Speaker {};
    input.speaker->name = u"A Speaker"_s;

    qsizetype sink = 0;
    const double md4c = medianMs(runs, [&] {
        QByteArray out;
        md_html(
            utf8.constData(), MD_SIZE(utf8.size()),
            [](const MD_CHAR *text, MD_SIZE size, void *data) {
                static_cast<QByteArray *>(data)->append(text, qsizetype(size));
            },
            &out, MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML, 0);
        sink += out.size();
    });
    const double parse = medianMs(runs, [&] { sink += MarkdownDocument::parse(markdown).nodes().size(); });
    const double toHtml =
        medianMs(runs, [&] { sink += HtmlEmitter().render(MarkdownDocument::parse(markdown)).size(); });
    const double preview =
        medianMs(runs, [&] { sink += ArticleRenderer::preview(composeArticle(input), {}).size(); });
    const double blocks =
        medianMs(runs, [&] { sink += ArticleRenderer::blocks(composeArticle(input), {}).size(); });

    std::printf("bench_render: %d words, %lld bytes of Markdown, median of %d runs (sink %lld)\n", wordCount,
                static_cast<long long>(utf8.size()), runs, static_cast<long long>(sink));
    std::printf("  md4c md_html() alone              %8.3f ms\n", md4c);
    std::printf("  parse to tree                     %8.3f ms\n", parse);
    std::printf("  Markdown -> HTML (tree + emit)    %8.3f ms   budget 5 ms\n", toHtml);
    std::printf("  compose + preview HTML            %8.3f ms   (preview refresh budget 50 ms)\n", preview);
    std::printf("  compose + WordPress blocks        %8.3f ms\n", blocks);
    return 0;
}
