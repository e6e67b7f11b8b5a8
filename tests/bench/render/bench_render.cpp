// SPDX-License-Identifier: GPL-3.0-or-later
// Times the rendering of a 10,000-word post and prints medians:
//   Markdown → HTML (parse + emit; budget 5 ms), md4c's own md_html() on the same text for
//   reference, the full composition + preview (what a preview refresh costs), and the
//   WordPress block markup.
// Usage: bench_render [runs]   (default 51)
#include "render/articlerenderer.h"
#include "render/htmlemitter.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <md4c-html.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

using Bench::longPost;
using Bench::medianMs;

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
