// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "assets/assetstore.h"
#include "previewbrowser.h"
#include "render/articlerenderer.h"
#include "store/library.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

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
}

void PreviewPane::showQuote(const Quote &draft)
{
    m_draft = draft;
    m_timer.start();
}

void PreviewPane::showEssay(const Essay &draft)
{
    m_draft = draft;
    m_timer.start();
}

void PreviewPane::showSpeaker(const Speaker &draft)
{
    m_draft = draft;
    m_timer.start();
}

void PreviewPane::clear()
{
    m_draft = std::monostate {};
    m_timer.start();
}

void PreviewPane::refreshNow()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    refresh();
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

QString PreviewPane::render(QString *error) const
{
    std::optional<ArticleInput> input;
    if (const auto *quote = std::get_if<Quote>(&m_draft))
        input = inputFor(*quote, error);
    else if (const auto *essay = std::get_if<Essay>(&m_draft))
        input = inputFor(*essay);
    else if (const auto *speaker = std::get_if<Speaker>(&m_draft))
        input = inputFor(*speaker);
    else
        return {};
    if (!input)
        return {};

    RenderContext context;
    if (m_library && !m_library->path().isEmpty()) {
        context.localUrl = [store = AssetStore(m_library->path())](const Asset &asset) {
            return AssetStore::isValidHash(asset.sha256) ? QUrl::fromLocalFile(store.filePath(asset.sha256))
                                                         : QUrl();
        };
    }
    return ArticleRenderer::preview(composeArticle(*input), context);
}

void PreviewPane::refresh()
{
    ++m_renderCount;
    QString error;
    QString html = render(&error);
    if (html.isEmpty() && !error.isEmpty())
        html = messagePage(tr("The preview cannot be shown: %1").arg(error));

    // Laying out a long post is most of a refresh: skip it when a change (a status, a tag)
    // does not show in the preview.
    if (html != m_shownHtml) {
        QScrollBar *scrollBar = m_browser->verticalScrollBar();
        const int position = scrollBar->value();
        m_browser->setPreviewHtml(html);
        m_shownHtml = html;
        if (m_followedHeading.isEmpty() || !scrollToHeading(m_followedHeading))
            scrollBar->setValue(position);
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
