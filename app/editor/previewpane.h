// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"
#include "previewdocument.h"
#include "render/articleinput.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <variant>

namespace QuoteDesk {

class Library;
class PreviewBrowser;

/// The rendered preview of the record being edited, as ArticleRenderer::preview() makes it:
/// what is previewed is what is published. Show a draft as often as it changes; the pane
/// renders once typing pauses (DebounceMs after the last call), keeps its scroll position
/// across refreshes, shows only the library's own image files and loads nothing remote.
/// The page is rendered and laid out on the pane's own thread pool and only swapped in here,
/// so typing never waits for it; a page whose draft changed meanwhile is dropped, and at most
/// one render runs while one more waits.
class PreviewPane final : public QWidget
{
    Q_OBJECT

public:
    /// @p library gives the speaker, essay and assets a draft links to; it may be null, and
    /// must outlive the pane otherwise.
    explicit PreviewPane(Library *library, QWidget *parent = nullptr);
    /// Drops a render that has not begun and waits for the one running; neither shows.
    ~PreviewPane() override;

    void showQuote(const Quote &draft);
    void showEssay(const Essay &draft);
    /// A speaker is no post of its own: shown as its profile ("name: headline", role,
    /// portrait and biography).
    void showSpeaker(const Speaker &draft);
    /// Shows nothing.
    void clear();
    /// Renders a waiting change now, on this thread, instead of after the quiet time or in the
    /// background (before a screenshot, a print or a close).
    void refreshNow();

    /// Keeps the heading with the text @p heading (Markdown emphasis ignored) at the top of
    /// the pane, now and after each refresh: the section being edited. Empty: keep the
    /// scroll position instead.
    void setFollowedHeading(const QString &heading);
    /// The next page shows from its top (or from the heading followed), not from where the
    /// last one was scrolled to: another record is about to be shown.
    void showFromTop() { m_fromTop = true; }

    PreviewBrowser *browser() const { return m_browser; }
    /// True while a change waits for its refresh or is being rendered.
    bool isRefreshPending() const { return m_timer.isActive() || m_inFlight; }
    /// How many times the pane has started a render.
    int renderCount() const { return m_renderCount; }

    /// The quiet time after the last change before the pane renders.
    static constexpr int DebounceMs = 30;

Q_SIGNALS:
    /// The pane shows the latest draft.
    void refreshed();

private:
    struct Job;
    // A render's page, on its way to this thread.
    struct Result
    {
        quint64 generation = 0;
        QString html;
        std::unique_ptr<PreviewDocument> document; ///< none when html is the page shown
    };

    void refresh();
    Job makeJob();
    void start(Job job);
    void finish();
    void show(Result &result);
    static Result run(const Job &job);
    std::optional<ArticleInput> inputFor(const Quote &quote, QString *error) const;
    ArticleInput inputFor(const Essay &essay) const;
    ArticleInput inputFor(const Speaker &speaker) const;
    bool scrollToHeading(const QString &heading);

    Library *m_library = nullptr;
    PreviewBrowser *m_browser = nullptr;
    QTimer m_timer;
    std::variant<std::monostate, Quote, Essay, Speaker> m_draft;
    QString m_followedHeading;
    QString m_shownHtml;
    int m_renderCount = 0;
    quint64 m_generation = 0; ///< counts the drafts shown to the pane
    bool m_inFlight = false;
    bool m_fromTop = false;
    std::unique_ptr<Job> m_waiting; ///< the newest draft, while a render is in flight
    QFutureWatcher<Result> m_render; ///< brings the page of the render in flight to this thread
    QThreadPool m_pool; ///< one thread: a second render would only be dropped for the newer draft
};

} // namespace QuoteDesk
