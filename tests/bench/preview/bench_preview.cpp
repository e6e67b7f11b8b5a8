// SPDX-License-Identifier: GPL-3.0-or-later
// Times the preview of a 10,000-word post and prints figures against the budgets of
// DESIGN.md §6:
//   Markdown → HTML (parse + emit; budget 5 ms),
//   the preview HTML of the whole post (library look-ups, composition, rendering),
//   building and laying out the page (the worker thread's part of a refresh),
//   swapping a laid-out page into the shown pane and painting it (the UI thread's part),
//   a full refresh: from an edit to the new page shown, after the quiet time (budget 50 ms),
//   and the UI thread while keys are typed into the editor every 30 ms in bursts that let
//   the preview refresh: how long a key waits to be handled, and the longest stretch the UI
//   thread is busy between two refreshes ("typing never waits for rendering").
// Usage: bench_preview [runs]   (default 31; runs offscreen unless QT_QPA_PLATFORM is set)
#include "markdownedit.h"
#include "previewbrowser.h"
#include "previewdocument.h"
#include "previewpane.h"

#include "render/articlerenderer.h"
#include "render/htmlemitter.h"
#include "store/library.h"

#include "benchsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QEventLoop>
#include <QInputDevice>
#include <QKeyEvent>
#include <QMutex>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <deque>
#include <thread>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats statsOf(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    return { values.at(values.size() / 2), values.last() };
}

// Measures how long posted key presses wait before the editor handles them.
class KeyLatency final : public QObject
{
public:
    explicit KeyLatency(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }

    void posted(qint64 at)
    {
        const QMutexLocker locker(&m_mutex);
        m_posted.push_back(at);
    }

    QList<double> waits() const { return m_waits; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const QMutexLocker locker(&m_mutex);
            if (!m_posted.empty()) {
                m_waits.append(double(m_clock.nsecsElapsed() - m_posted.front()) / 1e6);
                m_posted.pop_front();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    QMutex m_mutex;
    std::deque<qint64> m_posted;
    QList<double> m_waits;
};

// CPU time of the calling thread: a stretch with less of it than wall time waited for a core.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Waits for the pane's next refresh; returns the milliseconds from now until it.
double msUntilRefreshed(PreviewPane &pane)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&pane, &PreviewPane::refreshed, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

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
    const double build = Bench::medianMs(runs, [&] {
        sink += qsizetype(PreviewDocument::build(html, browser.page(), browser.resources())->pageCount());
    });
    QList<double> swaps;
    for (int run = 0; run < runs; ++run) {
        auto document =
            PreviewDocument::build(html + QString::number(run), browser.page(), browser.resources());
        QElapsedTimer timer;
        timer.start();
        browser.showDocument(std::move(document));
        browser.repaint();
        swaps.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const Stats swap = statsOf(swaps);
    browser.hide();

    // The editor beside the pane, as in a record editor: every change goes to the preview.
    QSplitter window;
    auto *edit = new MarkdownEdit(&window);
    auto *pane = new PreviewPane(&library, &window);
    window.addWidget(edit);
    window.addWidget(pane);
    window.resize(1400, 900);
    window.show();
    edit->setPlainText(markdown);
    QObject::connect(edit, &QPlainTextEdit::textChanged, pane, [&] {
        draft.commentary = edit->toPlainText();
        pane->showQuote(draft);
    });
    pane->showQuote(draft);
    pane->refreshNow();

    QList<double> refreshes;
    for (int run = 0; run < runs; ++run) {
        // Each run shows a changed draft, as typing does.
        draft.commentary = markdown + QString::number(run);
        pane->showQuote(draft);
        refreshes.append(msUntilRefreshed(*pane) - PreviewPane::DebounceMs);
    }
    const Stats refresh = statsOf(refreshes);

    // Typing: keys posted from another thread on time, whatever the UI thread is doing, four
    // 30 ms apart and then a pause in which the preview catches up; a 1 ms timer on the UI
    // thread finds the longest stretch it was busy in one go, per burst of keys.
    QInputDevice::primaryKeyboard(); // made here, not by the first key event in the typist thread
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    const int keys = qMax(50, runs * 5);
    const auto type = [&](QObject *editor) {
        QElapsedTimer clock;
        clock.start();
        KeyLatency latency(clock);
        QList<double> busiest;
        QList<double> busiestCpu;
        double longest = 0;
        double longestCpu = 0;
        qint64 lastTick = clock.nsecsElapsed();
        qint64 lastCpu = threadCpuNs();
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            longest = qMax(longest, double(now - lastTick) / 1e6 - 1);
            longestCpu = qMax(longestCpu, double(cpu - lastCpu) / 1e6);
            lastTick = now;
            lastCpu = cpu;
        });
        editor->installEventFilter(&latency);
        std::thread typist([&] {
            for (int key = 0; key < keys; ++key) {
                std::this_thread::sleep_for(std::chrono::milliseconds(key % 5 == 4 ? 150 : 30));
                latency.posted(clock.nsecsElapsed());
                QCoreApplication::postEvent(
                    editor, new QKeyEvent(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s));
            }
        });
        probe.start();
        qsizetype handled = 0;
        while (handled < keys) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            const qsizetype now = latency.waits().size();
            // A burst ends with its pause: what the UI thread did until the next one counts.
            if (now != handled && now % 5 == 0) {
                QTimer::singleShot(140, &probe, [&] {
                    busiest.append(longest);
                    busiestCpu.append(longestCpu);
                    longest = 0;
                    longestCpu = 0;
                });
            }
            handled = now;
        }
        typist.join();
        editor->removeEventFilter(&latency);
        msUntilRefreshed(*pane);
        probe.stop();
        return std::tuple { statsOf(latency.waits()), statsOf(busiest), statsOf(busiestCpu) };
    };
    const int renderedBefore = pane->renderCount();
    const auto [wait, busy, busyCpu] = type(edit);
    const int rendered = pane->renderCount() - renderedBefore;
    // The same typing with the preview showing a page but not following the edits.
    QObject::disconnect(edit, &QPlainTextEdit::textChanged, pane, nullptr);
    const auto [aloneWait, aloneBusy, aloneBusyCpu] = type(edit);

    const int words = int(markdown.split(u' ', Qt::SkipEmptyParts).size());
    std::printf("bench_preview: %d words, median of %d runs (sink %lld)\n", words, runs,
                static_cast<long long>(sink));
    std::printf("  Markdown -> HTML (tree + emit)          %8.3f ms   budget 5 ms\n", toHtml);
    std::printf("  preview HTML (look-ups, compose, emit)  %8.3f ms\n", previewHtml);
    std::printf("  page built + laid out (worker thread)   %8.3f ms\n", build);
    std::printf("  page swapped in + painted (UI thread)   %8.3f ms   max %.3f ms\n", swap.median, swap.max);
    std::printf("  full refresh (edit -> page shown)       %8.3f ms   max %.3f ms   budget 50 ms"
                "   (after the %d ms quiet time)\n",
                refresh.median, refresh.max, PreviewPane::DebounceMs);
    std::printf("  typing %d keys (%d renders) with the preview following | without:\n", keys, rendered);
    std::printf(
        "    key press waits for the UI thread     %8.3f ms   max %6.3f ms | %8.3f ms   max %6.3f ms\n",
        wait.median, wait.max, aloneWait.median, aloneWait.max);
    std::printf(
        "    longest UI-thread stretch per burst   %8.3f ms   max %6.3f ms | %8.3f ms   max %6.3f ms\n",
        busy.median, busy.max, aloneBusy.median, aloneBusy.max);
    std::printf(
        "      of it running on a core (CPU time)  %8.3f ms   max %6.3f ms | %8.3f ms   max %6.3f ms\n",
        busyCpu.median, busyCpu.max, aloneBusyCpu.median, aloneBusyCpu.max);
    return 0;
}
