// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteversion.h"

#include "publishjob.h"
#include "render/article.h"
#include "render/articleinput.h"
#include "render/articlerenderer.h"
#include "render/htmltomarkdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::SiteVersion)
};

/// One top-level block of a post's content; a run of text outside any block is "freeform"
/// (what the classic editor leaves).
struct Block
{
    QString name; ///< without "core/"
    QString raw; ///< delimiters included, trimmed

    bool operator==(const Block &other) const { return name == other.name && raw == other.raw; }
};

QList<Block> parseBlocks(const QString &markup)
{
    static const QRegularExpression delimiter(
        u"<!--\\s+(/)?wp:([a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)(?:\\s+\\{.*?\\})?\\s+(/)?-->"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QList<Block> blocks;
    const auto addFreeform = [&](qsizetype from, qsizetype to) {
        const QString text = markup.mid(from, to - from).trimmed();
        if (!text.isEmpty())
            blocks << Block { u"freeform"_s, text };
    };
    int depth = 0;
    qsizetype start = 0;
    qsizetype last = 0; // end of the last top-level block
    QString name;
    auto matches = delimiter.globalMatch(markup);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const bool closing = !match.captured(1).isEmpty();
        const bool selfClosing = !match.captured(3).isEmpty();
        if (depth == 0 && !closing) {
            addFreeform(last, match.capturedStart());
            name = match.captured(2);
            if (name.startsWith(u"core/"_s))
                name = name.mid(5);
            start = match.capturedStart();
            if (selfClosing) {
                blocks << Block { name, match.captured(0) };
                last = match.capturedEnd();
                continue;
            }
        }
        if (selfClosing)
            continue;
        depth += closing ? -1 : 1;
        if (depth == 0 && closing) {
            blocks << Block { name, markup.mid(start, match.capturedEnd() - start).trimmed() };
            last = match.capturedEnd();
        }
        depth = qMax(depth, 0);
    }
    addFreeform(last, markup.size());
    return blocks;
}

qsizetype indexOfMarker(const QList<Block> &blocks, const QString &marker)
{
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).raw.contains(marker))
            return i;
    }
    return -1;
}

bool matchesAt(const QList<Block> &blocks, qsizetype at, const QList<Block> &part)
{
    if (at < 0 || at + part.size() > blocks.size())
        return false;
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (!(blocks.at(at + i) == part.at(i)))
            return false;
    }
    return true;
}

int minHeadingLevel(const QString &markdown)
{
    const MarkdownDocument document = MarkdownDocument::parse(markdown);
    int level = 7;
    for (const MarkdownNode &node : document.nodes()) {
        if (node.type == MarkdownNode::Type::Heading)
            level = qMin(level, node.number);
    }
    return level == 7 ? 1 : level;
}

QString plainText(const QString &html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    return HtmlToMarkdown::decodeEntities(QString(html).remove(tag)).simplified();
}

class Reader
{
public:
    Reader(const PublishConflict &conflict, SiteVersion *version)
        : m_conflict(conflict)
        , m_version(version)
    {
        for (auto it = conflict.media.cbegin(); it != conflict.media.cend(); ++it)
            m_assetOfUrl.insert(it->url, it.key());
    }

    QString render(const Article &article) const
    {
        RenderContext context;
        context.remoteMedia = [this](const Asset &asset) -> std::optional<RemoteMedia> {
            const auto it = m_conflict.media.constFind(asset.id);
            return it == m_conflict.media.cend() ? std::nullopt : std::optional(*it);
        };
        return ArticleRenderer::blocks(article, context);
    }

    // The blocks of one part as Markdown whose top heading is @p topLevel, rendered from
    // level @p floor.
    QString markdown(const QList<Block> &blocks, int floor, int topLevel, const QString &part)
    {
        QString html;
        QStringList foreign;
        static const QStringList written { u"paragraph"_s, u"heading"_s, u"list"_s,      u"list-item"_s,
                                           u"quote"_s,     u"code"_s,    u"separator"_s, u"image"_s,
                                           u"table"_s,     u"file"_s };
        for (const Block &block : blocks) {
            if (!written.contains(block.name) && !foreign.contains(block.name))
                foreign << block.name;
            html += block.raw + u"\n\n"_s;
        }
        HtmlToMarkdown::Options options;
        options.headingOffset = floor - topLevel;
        options.mapUrl = [this](const QString &url) {
            const auto it = m_assetOfUrl.constFind(url);
            return it == m_assetOfUrl.cend() ? QString() : u"asset:"_s + QString::number(*it);
        };
        HtmlToMarkdown converter(options);
        const QString markdown = converter.convert(html);
        if (!foreign.isEmpty()) {
            m_version->notes << Tr::tr("The %1 has blocks QuoteDesk does not write (%2); they were "
                                       "converted to Markdown as well as possible: check them.")
                                    .arg(part, foreign.join(u", "_s));
        }
        if (!converter.lost().isEmpty()) {
            m_version->notes << Tr::tr("The %1 has formatting Markdown cannot hold (%2); its text "
                                       "was kept, the formatting was not.")
                                    .arg(part, converter.lost().join(u", "_s));
        }
        return markdown;
    }

    void readQuote(const ArticleInput &input);
    void readEssay(const ArticleInput &input);

private:
    const PublishConflict &m_conflict;
    SiteVersion *m_version;
    QHash<QString, qint64> m_assetOfUrl;
};

const QString s_marker = u"qd-section-marker-3b7f1c"_s;
const QString s_marker2 = u"qd-section-marker-9e24d0"_s;

void Reader::readQuote(const ArticleInput &input)
{
    const QList<Block> site = parseBlocks(m_conflict.siteContent);
    m_version->notes << Tr::tr("The speaker profile, the context essay and its sources "
                               "are not changed; edit them in their own records.");

    // The quotation: the paragraphs of the first quote block, without the quotation marks.
    qsizetype start = 0;
    if (!site.isEmpty() && site.first().name == u"quote"_s) {
        static const QRegularExpression paragraph(u"<p[^>]*>(.*?)</p>"_s,
                                                  QRegularExpression::DotMatchesEverythingOption);
        QStringList words;
        auto matches = paragraph.globalMatch(site.first().raw);
        while (matches.hasNext())
            words << plainText(matches.next().captured(1));
        QString quotation = words.join(u' ');
        if (quotation.startsWith(u'“') && quotation.endsWith(u'”')) {
            quotation.chop(1);
            quotation.remove(0, 1);
        }
        if (!quotation.trimmed().isEmpty())
            m_version->quotation = quotation.trimmed();
        if (words.size() > 1)
            m_version->notes << Tr::tr(
                "The quotation has several paragraphs on the site; they were joined into one.");
        start = 1;
    } else {
        m_version->notes << Tr::tr(
            "The post on the site does not start with the quotation block; the quotation was not "
            "taken.");
    }

    // Where the commentary is: the blocks the library renders before it (the quotation, the
    // context essay) and after it (speaker profile, sources, brochure) are found on the site.
    Article article = composeArticle(input);
    article.commentary = MarkdownDocument::parse(s_marker);
    const QList<Block> local = parseBlocks(render(article));
    const qsizetype marker = indexOfMarker(local, s_marker);
    if (marker < 1) {
        m_version->notes << Tr::tr("The commentary could not be found in the post; it was not taken.");
        return;
    }
    const QList<Block> before = local.mid(1, marker - 1);
    const QList<Block> after = local.mid(marker + 1);
    if (!matchesAt(site, start, before)) {
        m_version->notes << Tr::tr(
            "The context essay on the site differs from the one in the library, so where the "
            "commentary starts cannot be told; the commentary was not taken. Compare the two "
            "and copy what you need by hand.");
        return;
    }
    const qsizetype from = start + before.size();
    qsizetype to = site.size() - after.size();
    if (!after.isEmpty() && !matchesAt(site, to, after)) {
        // The speaker profile, sources or brochure were edited there (or here): the commentary
        // ends where the first of them begins.
        to = -1;
        for (qsizetype i = from; i < site.size() && to < 0; ++i) {
            if (site.at(i) == after.first())
                to = i;
        }
        if (to < 0) {
            m_version->notes << Tr::tr(
                "The speaker profile on the site differs from the one in the library, so where "
                "the commentary ends cannot be told; the commentary was not taken.");
            return;
        }
        m_version->notes << Tr::tr(
            "The speaker profile, sources or brochure differ on the site; those edits are not "
            "taken.");
    }
    if (to < from) {
        m_version->notes << Tr::tr("The commentary could not be found in the post; it was not taken.");
        return;
    }
    const QString commentary = input.quote ? input.quote->commentary : QString();
    m_version->commentary =
        markdown(site.mid(from, to - from), 2, minHeadingLevel(commentary), Tr::tr("commentary"));
}

void Reader::readEssay(const ArticleInput &input)
{
    const QList<Block> site = parseBlocks(m_conflict.siteContent);
    Article article = composeArticle(input);
    article.body = MarkdownDocument::parse(s_marker);
    article.sources = MarkdownDocument::parse(s_marker2);
    const QList<Block> local = parseBlocks(render(article));
    const qsizetype bodyAt = indexOfMarker(local, s_marker);
    const qsizetype sourcesAt = indexOfMarker(local, s_marker2);
    if (bodyAt < 0 || sourcesAt <= bodyAt + 1) {
        m_version->notes << Tr::tr("The text could not be found in the post; it was not taken.");
        return;
    }
    // Before the body: the featured image, which is the asset's, not the text's.
    const QList<Block> before = local.mid(0, bodyAt);
    qsizetype from = 0;
    if (matchesAt(site, 0, before)) {
        from = before.size();
    } else if (!before.isEmpty() && !site.isEmpty() && site.first().name == u"image"_s) {
        from = 1;
        m_version->notes << Tr::tr("The featured image differs on the site; it is not changed here.");
    }
    // The sources follow the last "Sources" heading.
    const Block sourcesHeading = local.at(bodyAt + 1);
    qsizetype heading = -1;
    for (qsizetype i = site.size() - 1; i >= from && heading < 0; --i) {
        if (site.at(i) == sourcesHeading)
            heading = i;
    }
    const qsizetype bodyEnd = heading < 0 ? site.size() : heading;
    const Essay &essay = *input.essay;
    m_version->body =
        markdown(site.mid(from, bodyEnd - from), 2, minHeadingLevel(essay.body), Tr::tr("text"));
    m_version->sources = heading < 0
        ? QString()
        : markdown(site.mid(heading + 1), 3, minHeadingLevel(essay.sources), Tr::tr("sources"));
}

} // namespace

SiteVersion SiteVersion::read(const Library &library, RecordType type, qint64 id,
                              const PublishConflict &conflict)
{
    SiteVersion version;
    version.title = conflict.siteTitle;
    version.excerpt = conflict.siteExcerpt;
    QString error;
    const auto input = loadArticleInput(library, type, id, &error);
    if (!input) {
        version.notes << Tr::tr("Only the title and excerpt can be taken: the record could not be "
                                "read (%1).")
                             .arg(error);
        return version;
    }
    Reader reader(conflict, &version);
    if (type == RecordType::Essay && input->essay)
        reader.readEssay(*input);
    else if (input->quote)
        reader.readQuote(*input);
    return version;
}

} // namespace QuoteDesk
