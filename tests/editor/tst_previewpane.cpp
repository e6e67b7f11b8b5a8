// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewPane: drafts rendered with their linked records, nothing unsafe or remote in the
// document, library images shown, one render per pause in typing, scroll position kept, and
// pages rendered in the background: a page that is stale when it is ready is never shown, and
// nothing of a render outlives the pane.
#include "editorfixtures.h"
#include "previewbrowser.h"
#include "previewpane.h"
#include "testsupport.h"

#include "assets/assetstore.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

// Every link target and image name in @p document.
QStringList targetsOf(const QTextDocument *document)
{
    QStringList targets;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                targets.append(format.anchorHref());
            if (format.isImageFormat())
                targets.append(format.toImageFormat().name());
        }
    }
    return targets;
}

// A quote whose commentary is far longer than the pane: sections "Part 1" to "Part @p parts".
Quote longDraft(int parts = 60)
{
    Quote draft = Test::makeQuote();
    draft.commentary.clear();
    for (int part = 1; part <= parts; ++part)
        draft.commentary += u"## Part "_s + QString::number(part)
            + u"\n\nA paragraph of commentary about part "_s + QString::number(part) + u".\n\n"_s;
    return draft;
}

bool showWindow(QWidget &widget)
{
    widget.resize(400, 300);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

} // namespace

class TestPreviewPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quoteShowsLinkedRecords();
    void noScriptInTheDocument();
    void remoteImageIsNotFetched();
    void libraryImageIsShown();
    void debounceCoalescesChanges();
    void essayAndSpeaker();
    void unreadableLinkSaysSo();
    void keepsScrollPosition();
    void followsHeading();
    void anotherRecordShowsFromTheTop();
    void clearShowsNothing();
    void unchangedPageIsNotLaidOutAgain();
    void pageArrivesLaidOut();
    void staleRendersAreDropped();
    void refreshNowShowsTheNewestDraft();
    void burstOfEditsShowsTheLastText();
    void deletedWhileRendering();
    void deletedWithARenderWaiting();

private:
    bool refresh(PreviewPane &pane);

    std::unique_ptr<Test::TempLibrary> m_library;
};

void TestPreviewPane::init()
{
    m_library = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_library->open(), qPrintable(m_library->error()));
}

void TestPreviewPane::cleanup()
{
    m_library.reset();
}

bool TestPreviewPane::refresh(PreviewPane &pane)
{
    QSignalSpy refreshed(&pane, &PreviewPane::refreshed);
    return refreshed.wait(2000);
}

void TestPreviewPane::quoteShowsLinkedRecords()
{
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY2(m_library->library().save(speaker, &error), qPrintable(error));
    Essay essay = Test::makeEssay();
    QVERIFY2(m_library->library().save(essay, &error), qPrintable(error));
    Quote draft = Test::makeQuote();
    draft.speakerId = speaker.id;
    draft.essayId = essay.id;

    PreviewPane pane(&m_library->library());
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    const QString text = pane.browser()->toPlainText();
    QVERIFY2(text.contains(draft.text), qPrintable(text));
    QVERIFY(text.contains(u"Jensen Huang: Founder who bet the company on accelerated computing"_s));
    QVERIFY(text.contains(essay.title));
    QVERIFY(text.contains(u"Takeaways"_s));
}

void TestPreviewPane::noScriptInTheDocument()
{
    Quote draft = Test::makeQuote();
    draft.commentary = u"<script>alert('x')</script>\n\n[click me](javascript:alert(1))\n\n"
                       "<a href=\"javascript:alert(2)\">raw link</a> <img src=x onerror=alert(3)>\n\n"
                       "[ok](https://example.com/)"_s;
    PreviewPane pane(&m_library->library());
    pane.showQuote(draft);
    QVERIFY(refresh(pane));

    const QString html = pane.browser()->toHtml().toLower();
    QVERIFY(!html.contains(u"<script"_s));
    // Raw HTML may show as text; it must never become a link or an attribute.
    QVERIFY(!html.contains(u"href=\"javascript:"_s));
    QVERIFY(!html.contains(u"<img src=\"x\""_s));
    QVERIFY(pane.browser()->toPlainText().contains(u"<img src=x onerror=alert(3)>"_s));
    const QStringList targets = targetsOf(pane.browser()->document());
    QVERIFY(targets.contains(u"https://example.com/"_s));
    for (const QString &target : targets)
        QVERIFY2(!target.contains(u"script"_s, Qt::CaseInsensitive) && target != u"x", qPrintable(target));
    QVERIFY(pane.browser()->toPlainText().contains(u"click me"_s));
}

void TestPreviewPane::remoteImageIsNotFetched()
{
    Quote draft = Test::makeQuote();
    draft.commentary = u"![tracker](https://tracker.example.com/pixel.png)"_s;
    PreviewPane pane(&m_library->library());
    pane.resize(500, 400);
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    QVERIFY(pane.browser()->toPlainText().contains(u"Remote image not loaded in the preview"_s));
    for (const QString &target : targetsOf(pane.browser()->document()))
        QVERIFY2(!target.startsWith(u"http"_s), qPrintable(target));
    QCOMPARE(pane.browser()->refusedCount(), 0);
}

void TestPreviewPane::libraryImageIsShown()
{
    QString error;
    const Asset asset = Test::EditorFixtures::importImage(m_library->library(), m_library->folder(), &error);
    QVERIFY2(asset.id > 0, qPrintable(error));
    Quote draft = Test::makeQuote();
    draft.commentary = u"A chart:\n\n![the chart](asset:"_s + QString::number(asset.id) + u")"_s;

    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    pane.showQuote(draft);
    QVERIFY(refresh(pane));

    const QUrl file = QUrl::fromLocalFile(AssetStore(m_library->path()).filePath(asset.sha256));
    QVERIFY(targetsOf(pane.browser()->document()).contains(file.toString()));
    QTRY_COMPARE(
        pane.browser()->document()->resource(QTextDocument::ImageResource, file).value<QImage>().size(),
        QSize(64, 48));
    QCOMPARE(pane.browser()->refusedCount(), 0);
}

void TestPreviewPane::debounceCoalescesChanges()
{
    PreviewPane pane(&m_library->library());
    QSignalSpy refreshed(&pane, &PreviewPane::refreshed);
    Quote draft = Test::makeQuote();
    for (int i = 0; i < 10; ++i) {
        draft.commentary = u"Typing, step "_s + QString::number(i);
        pane.showQuote(draft);
    }
    QCOMPARE(pane.renderCount(), 0);
    QVERIFY(pane.isRefreshPending());
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(pane.renderCount(), 1);
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(!pane.isRefreshPending());
    QVERIFY(pane.browser()->toPlainText().contains(u"Typing, step 9"_s));
}

void TestPreviewPane::essayAndSpeaker()
{
    PreviewPane pane(&m_library->library());
    Essay essay = Test::makeEssay(u"Infographic: chips by region"_s);
    pane.showEssay(essay);
    QVERIFY(refresh(pane));
    QVERIFY(pane.browser()->toPlainText().contains(u"Infographic: chips by region"_s));
    QVERIFY(pane.browser()->toPlainText().contains(u"Export rules weighed on sales."_s));

    Speaker speaker = Test::makeSpeaker();
    speaker.role = u"CEO *and* founder"_s;
    pane.showSpeaker(speaker);
    QVERIFY(refresh(pane));
    const QString text = pane.browser()->toPlainText();
    QVERIFY2(text.contains(u"Jensen Huang: Founder who bet the company on accelerated computing"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"CEO *and* founder, Nvidia"_s));
    QVERIFY(text.contains(u"Early years"_s));
    QVERIFY(targetsOf(pane.browser()->document()).contains(u"https://www.nvidia.com"_s));
}

void TestPreviewPane::unreadableLinkSaysSo()
{
    Quote draft = Test::makeQuote();
    draft.speakerId = 4242;
    PreviewPane pane(&m_library->library());
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    QVERIFY2(pane.browser()->toPlainText().contains(u"The preview cannot be shown"_s),
             qPrintable(pane.browser()->toPlainText()));
}

void TestPreviewPane::keepsScrollPosition()
{
    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    Quote draft = longDraft();
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    QScrollBar *scrollBar = pane.browser()->verticalScrollBar();
    QTRY_VERIFY(scrollBar->maximum() > 1000);
    scrollBar->setValue(scrollBar->maximum() / 2);
    const int position = scrollBar->value();

    draft.commentary += u"One more line at the end."_s;
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    QCOMPARE(scrollBar->value(), position);
}

void TestPreviewPane::followsHeading()
{
    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    Quote draft = longDraft();
    pane.setFollowedHeading(u"Part *40*"_s);
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    QScrollBar *scrollBar = pane.browser()->verticalScrollBar();
    QVERIFY(scrollBar->value() > 0);
    const QTextCursor heading = pane.browser()->document()->find(u"Part 40"_s);
    QVERIFY(!heading.isNull());
    const QRect rect = pane.browser()->cursorRect(heading);
    QVERIFY2(rect.top() >= 0 && rect.top() < 60, qPrintable(QString::number(rect.top())));
}

void TestPreviewPane::anotherRecordShowsFromTheTop()
{
    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    pane.showQuote(longDraft());
    QVERIFY(refresh(pane));
    QScrollBar *scrollBar = pane.browser()->verticalScrollBar();
    QTRY_VERIFY(scrollBar->maximum() > 1000);
    scrollBar->setValue(scrollBar->maximum() / 2);

    // Another record: from the top, though the page is as long.
    Quote other = longDraft();
    other.text = u"Another quotation altogether."_s;
    pane.showFromTop();
    pane.showQuote(other);
    QVERIFY(refresh(pane));
    QCOMPARE(scrollBar->value(), 0);

    // Edits after that keep the place again.
    scrollBar->setValue(scrollBar->maximum() / 3);
    const int position = scrollBar->value();
    other.commentary += u"One more line at the end."_s;
    pane.showQuote(other);
    QVERIFY(refresh(pane));
    QCOMPARE(scrollBar->value(), position);

    // Another record with the followed heading: from that heading.
    pane.setFollowedHeading(u"Part 40"_s);
    pane.showFromTop();
    pane.showQuote(longDraft(50));
    QVERIFY(refresh(pane));
    const QRect rect = pane.browser()->cursorRect(pane.browser()->document()->find(u"Part 40"_s));
    QVERIFY2(rect.top() >= 0 && rect.top() < 60, qPrintable(QString::number(rect.top())));
}

void TestPreviewPane::clearShowsNothing()
{
    PreviewPane pane(&m_library->library());
    pane.showQuote(Test::makeQuote());
    QVERIFY(refresh(pane));
    QVERIFY(!pane.browser()->toPlainText().isEmpty());
    pane.clear();
    QVERIFY(refresh(pane));
    QVERIFY(pane.browser()->toPlainText().trimmed().isEmpty());
}

void TestPreviewPane::unchangedPageIsNotLaidOutAgain()
{
    PreviewPane pane(&m_library->library());
    Quote draft = Test::makeQuote();
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    const QTextDocument *shown = pane.browser()->document();
    const int revision = shown->revision();

    draft.status = WorkflowStatus::Ready; // not part of the page
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    QCOMPARE(pane.renderCount(), 2);
    QCOMPARE(pane.browser()->document()->revision(), revision);

    draft.text = u"Different words."_s;
    pane.showQuote(draft);
    QVERIFY(refresh(pane));
    QVERIFY(pane.browser()->toPlainText().contains(u"Different words."_s));
}

void TestPreviewPane::pageArrivesLaidOut()
{
    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    pane.showQuote(longDraft());
    QVERIFY(refresh(pane));
    const QTextDocument *document = pane.browser()->document();
    // Rendered in a worker, handed to this thread, laid out for the pane's width already.
    QCOMPARE(document->thread(), pane.thread());
    QCOMPARE(document->textWidth(), qreal(pane.browser()->viewport()->width()));
    const QTextBlock last = document->lastBlock();
    QVERIFY(last.layout() && last.layout()->lineCount() > 0);
    QVERIFY(document->documentLayout()->blockBoundingRect(last).top() > 1000);
    QVERIFY(document->toPlainText().contains(u"Part 60"_s));
}

void TestPreviewPane::staleRendersAreDropped()
{
    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    Quote draft = longDraft();
    QString latest;
    QStringList shownStale;
    int shown = 0;
    connect(&pane, &PreviewPane::refreshed, &pane, [&] {
        ++shown;
        if (!pane.browser()->toPlainText().contains(latest))
            shownStale.append(latest);
    });
    // Typing with pauses just longer than the quiet time: each draft's render starts (or
    // waits for the one running), and newer drafts arrive while they run.
    for (int step = 0; step < 8; ++step) {
        latest = u"Typed step "_s + QString::number(step) + u'.';
        draft.text = latest;
        const int renders = pane.renderCount();
        pane.showQuote(draft);
        QVERIFY(QTest::qWaitFor([&] { return pane.renderCount() > renders; }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isRefreshPending(), 5000);
    QVERIFY2(shownStale.isEmpty(), qPrintable(shownStale.join(u", "_s)));
    QVERIFY(shown > 0);
    QVERIFY(pane.browser()->toPlainText().contains(u"Typed step 7."_s));
    QVERIFY(!pane.browser()->toPlainText().contains(u"Typed step 6."_s));
    QVERIFY(pane.renderCount() <= 8);
}

void TestPreviewPane::refreshNowShowsTheNewestDraft()
{
    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    Quote draft = longDraft();
    draft.text = u"The first draft."_s;
    pane.showQuote(draft);
    // Let its render start in the background, then ask for a newer draft at once.
    QTRY_COMPARE(pane.renderCount(), 1);
    draft.text = u"The second draft."_s;
    pane.showQuote(draft);
    QElapsedTimer render;
    render.start();
    pane.refreshNow();
    const int renderMs = int(render.elapsed());
    QVERIFY(pane.browser()->toPlainText().contains(u"The second draft."_s));
    // The first render, when it ends, does not bring its page back, then or later. An absence
    // can only be watched for a while: a bounded wait that must run out, here for the time of
    // a quiet time and two renders of this draft (refreshNow() just timed one), the most a
    // page started now would take. After it nothing is pending that could bring one.
    QSignalSpy refreshed(&pane, &PreviewPane::refreshed);
    QTRY_VERIFY(!pane.isRefreshPending());
    QVERIFY(!QTest::qWaitFor(
        [&] {
            return !refreshed.isEmpty() || !pane.browser()->toPlainText().contains(u"The second draft."_s);
        },
        PreviewPane::DebounceMs + 2 * renderMs));
    QVERIFY(!pane.isRefreshPending());
    QVERIFY(pane.browser()->toPlainText().contains(u"The second draft."_s));
    QVERIFY(!pane.browser()->toPlainText().contains(u"The first draft."_s));
}

void TestPreviewPane::burstOfEditsShowsTheLastText()
{
    PreviewPane pane(&m_library->library());
    QVERIFY(showWindow(pane));
    // Long enough that each render is still running when the next drafts come.
    Quote draft = longDraft(400);
    QString latest;
    QStringList shownStale;
    connect(&pane, &PreviewPane::refreshed, &pane, [&] {
        if (!pane.browser()->toPlainText().contains(latest))
            shownStale.append(latest);
    });
    // Keys in quick succession, every fourth after a pause just past the quiet time: the
    // draft waiting behind the render in flight is replaced again and again.
    constexpr int Edits = 24;
    for (int edit = 0; edit < Edits; ++edit) {
        latest = u"Burst edit "_s + QString::number(edit) + u'.';
        draft.text = latest;
        const int renders = pane.renderCount();
        pane.showQuote(draft);
        if (edit % 4 == 3)
            QVERIFY(QTest::qWaitFor([&] { return pane.renderCount() > renders; }));
        else
            QTest::qWait(2);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isRefreshPending(), 20000);
    QVERIFY2(shownStale.isEmpty(), qPrintable(shownStale.join(u", "_s)));
    const QString text = pane.browser()->toPlainText();
    QVERIFY(text.contains(latest));
    for (int edit = 0; edit + 1 < Edits; ++edit) {
        const QString stale = u"Burst edit "_s + QString::number(edit) + u'.';
        QVERIFY2(!text.contains(stale), qPrintable(stale));
    }
}

void TestPreviewPane::deletedWhileRendering()
{
    auto pane = std::make_unique<PreviewPane>(&m_library->library());
    pane->showQuote(longDraft());
    QTRY_COMPARE(pane->renderCount(), 1);
    pane.reset(); // waits for the render; its page goes with the pane
    // The render's answer was posted to the pane before it went: deliver everything posted,
    // so that an answer that outlived the pane would run now (and the sanitizers see it).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestPreviewPane::deletedWithARenderWaiting()
{
    auto pane = std::make_unique<PreviewPane>(&m_library->library());
    // Every job and page holds the browser's resources: none may outlive the pane.
    const std::weak_ptr<PreviewResources> resources = pane->browser()->resources();
    Quote draft = longDraft(400);
    pane->showQuote(draft);
    QTRY_COMPARE(pane->renderCount(), 1);
    draft.text = u"A newer draft."_s;
    pane->showQuote(draft);
    QTRY_COMPARE(pane->renderCount(), 2);
    QVERIFY(pane->isRefreshPending());
    pane.reset();
    QVERIFY(resources.expired());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
