// SPDX-License-Identifier: GPL-3.0-or-later
// Times the preview of a 10,000-word post and prints medians against the budgets of
// DESIGN.md §6:
//   Markdown → HTML (parse + emit; budget 5 ms),
//   the preview HTML of the whole post (library look-ups, composition, rendering),
//   showing it (setHtml and laying it out), and
//   a full refresh of a shown PreviewPane: all of that plus painting (budget 50 ms).
// Usage: bench_preview [runs]   (default 31; runs offscreen unless QT_QPA_PLATFORM is set)
#include "previewbrowser.h"
#include "previewpane.h"

#include "render/articlerenderer.h"
#include "render/htmlemitter.h"
#include "store/library.h"

#include "benchsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 31;

    QTemporaryDir folder;
    Library library;
    QString error;
    if (!folder.isValid() || !library.open(folder.filePath(u"bench.qdlib"_s), &error)) {
        std::fprintf(stderr, "bench_preview: %s\n", qPrintable(error));
        return 1;
    }
    Speaker speaker;
    speaker.name = u"A Speaker"_s;
    speaker.headline = u"Who says things worth quoting"_s;
    speaker.biography = u"## Career\n\nA long one."_s;
    if (!library.save(speaker, &error)) {
        std::fprintf(stderr, "bench_preview: %s\n", qPrintable(error));
        return 1;
    }

    const QString markdown = Bench::longPost();
    Quote draft;
    draft.text = u"Demand for accelerated computing keeps rising."_s;
    draft.title = u"Quote: A Speaker"_s;
    draft.speakerId = speaker.id;
    draft.commentary = markdown;

    qsizetype sink = 0;
    const double toHtml = Bench::medianMs(
        runs, [&] { sink += HtmlEmitter().render(MarkdownDocument::parse(markdown)).size(); });
    QString html;
    const double previewHtml = Bench::medianMs(runs, [&] {
        html = ArticleRenderer::preview(composeArticle(*articleInputFor(library, draft, &error)), {});
        sink += html.size();
    });

    PreviewBrowser browser;
    browser.resize(700, 900);
    browser.show();
    const double show = Bench::medianMs(runs, [&] {
        browser.setPreviewHtml(html);
        sink += qsizetype(browser.document()->documentLayout()->documentSize().height());
    });
    browser.hide();

    PreviewPane pane(&library);
    pane.resize(700, 900);
    pane.show();
    int run = 0;
    const double refresh = Bench::medianMs(runs, [&] {
        // Each run shows a changed draft, as typing does.
        draft.commentary = markdown + QString::number(++run);
        pane.showQuote(draft);
        pane.refreshNow();
        sink += qsizetype(pane.browser()->document()->documentLayout()->documentSize().height());
        pane.repaint();
    });

    const int words = int(markdown.split(u' ', Qt::SkipEmptyParts).size());
    std::printf("bench_preview: %d words, median of %d runs (sink %lld)\n", words, runs,
                static_cast<long long>(sink));
    std::printf("  Markdown -> HTML (tree + emit)          %8.3f ms   budget 5 ms\n", toHtml);
    std::printf("  preview HTML (look-ups, compose, emit)  %8.3f ms\n", previewHtml);
    std::printf("  setHtml + layout                        %8.3f ms\n", show);
    std::printf("  full preview refresh (+ paint)          %8.3f ms   budget 50 ms\n", refresh);
    return 0;
}
