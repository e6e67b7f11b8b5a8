// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "assets/assetstore.h"
#include "previewbrowser.h"
#include "render/articlerenderer.h"
#include "store/library.h"
#include "util/threadpriority.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

constexpr int FollowMargin = 12;

// Compares heading text as the editor has it ("**Why** it matters") with the rendered one.
QString headingKey(QString text)
{
    static const QRegularExpression markup(u"[*_`\\\\]"_s);
    return text.remove(markup).simplified();
}

// Text of a record field placed into Markdown: its punctuation stays punctuation.
QString escapeMarkdown(const QString &text)
{
    static const QRegularExpression special(u"([\\\\`*_\\[\\]<>#!|])"_s);
    return QString(text).replace(special, u"\\\\1"_s);
}

QString messagePage(const QString &text)
{
    return u"<p><i>"_s + text.toHtmlEscaped() + u"</i></p>"_s;
}

} // namespace

// What a worker needs to render one draft: everything read from the library is read here,
// on the UI thread, as the library's connection belongs to it.
struct PreviewPane::Job
{
    quint64 generation = 0;
    std::optional<ArticleInput> input; ///< none: html is the page
    RenderContext context;
    QString html;
    QString shownHtml;
    PreviewDocument::Page page;
    std::shared_ptr<PreviewResources> resources;
    QThread *target = nullptr;
};

PreviewPane::PreviewPane(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_browser(new PreviewBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setObjectName(u"previewBrowser"_s);
    m_browser->setAccessibleName(tr("Preview"));
    if (m_library && !m_library->path().isEmpty())
        m_browser->setAssetFolder(AssetStore(m_library->path()).root());

    m_timer.setSingleShot(true);
    m_timer.setInterval(DebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPane::refresh);
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"preview"_s);
    connect(&m_render, &QFutureWatcherBase::finished, this, &PreviewPane::finish);
}

PreviewPane::~PreviewPane()
{
    // A render not begun is dropped: its future never finishes, and nothing waits for it. The
    // page of the one running goes with the watcher, on this thread, which owns it by then.
    m_pool.clear();
    m_pool.waitForDone();
}

void PreviewPane::showQuote(const Quote &draft)
{
    m_draft = draft;
    ++m_generation;
    m_timer.start();
}

void PreviewPane::showEssay(const Essay &draft)
{
    m_draft = draft;
    ++m_generation;
    m_timer.start();
}

void PreviewPane::showSpeaker(const Speaker &draft)
{
    m_draft = draft;
    ++m_generation;
    m_timer.start();
}

void PreviewPane::clear()
{
    m_draft = std::monostate {};
    ++m_generation;
    m_timer.start();
}

void PreviewPane::refreshNow()
{
    if (!isRefreshPending())
        return;
    m_timer.stop();
    m_waiting.reset();
    ++m_renderCount;
    Result result = run(makeJob());
    show(result);
}

void PreviewPane::setFollowedHeading(const QString &heading)
{
    m_followedHeading = headingKey(heading);
    if (!m_followedHeading.isEmpty())
        scrollToHeading(m_followedHeading);
}

std::optional<ArticleInput> PreviewPane::inputFor(const Quote &quote, QString *error) const
{
    if (m_library)
        return articleInputFor(*m_library, quote, error);
    ArticleInput input;
    input.quote = quote;
    return input;
}

ArticleInput PreviewPane::inputFor(const Essay &essay) const
{
    if (m_library)
        return articleInputFor(*m_library, essay);
    ArticleInput input;
    input.essay = essay;
    return input;
}

// The renderer knows quote and essay posts; a speaker is shown as an essay whose title is
// the profile heading, whose featured image is the portrait and whose body is the biography.
ArticleInput PreviewPane::inputFor(const Speaker &speaker) const
{
    Essay profile;
    profile.kind = EssayKind::Profile;
    profile.title =
        speaker.headline.isEmpty() ? speaker.name : tr("%1: %2").arg(speaker.name, speaker.headline);
    profile.featuredAssetId = speaker.portraitAssetId;
    QStringList facts;
    for (const QString &fact : { speaker.role, speaker.organisation }) {
        if (!fact.trimmed().isEmpty())
            facts.append(escapeMarkdown(fact.trimmed()));
    }
    if (!facts.isEmpty())
        profile.body = u'*' + facts.join(u", "_s) + u"*\n\n"_s;
    profile.body += speaker.biography;
    QStringList links;
    for (const QString &link : speaker.links)
        links.append(u"- <"_s + link + u'>');
    profile.sources = links.join(u'\n');
    return inputFor(profile);
}

PreviewPane::Job PreviewPane::makeJob()
{
    Job job;
    job.generation = m_generation;
    QString error;
    if (const auto *quote = std::get_if<Quote>(&m_draft))
        job.input = inputFor(*quote, &error);
    else if (const auto *essay = std::get_if<Essay>(&m_draft))
        job.input = inputFor(*essay);
    else if (const auto *speaker = std::get_if<Speaker>(&m_draft))
        job.input = inputFor(*speaker);
    if (!job.input && !error.isEmpty())
        job.html = messagePage(tr("The preview cannot be shown: %1").arg(error));

    if (m_library && !m_library->path().isEmpty()) {
        job.context.localUrl = [store = AssetStore(m_library->path())](const Asset &asset) {
            return AssetStore::isValidHash(asset.sha256) ? QUrl::fromLocalFile(store.filePath(asset.sha256))
                                                         : QUrl();
        };
    }
    job.shownHtml = m_shownHtml;
    job.page = m_browser->page();
    job.resources = m_browser->resources();
    job.target = thread();
    return job;
}

PreviewPane::Result PreviewPane::run(const Job &job)
{
    Result result;
    result.generation = job.generation;
    result.html = job.input ? ArticleRenderer::preview(composeArticle(*job.input), job.context) : job.html;
    // Laying out a long post is most of a refresh: skip it when a change (a status, a tag)
    // does not show in the preview.
    if (result.html != job.shownHtml) {
        result.document = PreviewDocument::build(result.html, job.page, job.resources);
        result.document->moveToUiThread(job.target);
    }
    return result;
}

void PreviewPane::refresh()
{
    ++m_renderCount;
    Job job = makeJob();
    if (m_inFlight)
        m_waiting = std::make_unique<Job>(std::move(job));
    else
        start(std::move(job));
}

void PreviewPane::start(Job job)
{
    m_inFlight = true;
    m_render.setFuture(QtConcurrent::run(&m_pool, [job = std::move(job)] {
        // On a busy machine a page that comes a little later beats a key press that waits
        // (bench_preview prints how long keys wait).
        lowerCurrentThreadPriority(10);
        return run(job);
    }));
}

void PreviewPane::finish()
{
    m_inFlight = false;
    // Taken here in any case, so that a dropped page is deleted on the thread it was handed to.
    Result result = m_render.future().takeResult();
    if (m_waiting) {
        // A newer draft came while this one rendered: this page is stale.
        const std::unique_ptr<Job> job = std::move(m_waiting);
        start(std::move(*job));
    } else if (result.generation == m_generation) {
        show(result);
    }
    // Otherwise the newer draft waits for its quiet time, and renders after it.
}

void PreviewPane::show(Result &result)
{
    if (result.html != m_shownHtml) {
        if (!result.document) {
            // Rendered against a page that was replaced meanwhile (refreshNow()).
            refresh();
            return;
        }
        // The browser keeps the scroll position as far as the new page reaches, while the same
        // record is edited.
        m_browser->showDocument(std::move(result.document));
        m_shownHtml = result.html;
        const bool followed = !m_followedHeading.isEmpty() && scrollToHeading(m_followedHeading);
        if (std::exchange(m_fromTop, false) && !followed)
            m_browser->verticalScrollBar()->setValue(0);
    }
    Q_EMIT refreshed();
}

bool PreviewPane::scrollToHeading(const QString &heading)
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && headingKey(block.text()) == heading) {
            const QRectF rect = document->documentLayout()->blockBoundingRect(block);
            // A little of what comes before stays in view, so the heading is not glued to the edge.
            m_browser->verticalScrollBar()->setValue(qMax(0, int(rect.top()) - FollowMargin));
            return true;
        }
    }
    return false;
}

} // namespace QuoteDesk
