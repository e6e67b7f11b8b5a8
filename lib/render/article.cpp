// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include "excerpt.h"
#include "sitewording.h"
#include "urlpolicy.h"

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

// A slug for a record that has none yet: lower-case letters and digits joined by hyphens.
QString slugify(const QString &title)
{
    QString slug;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            slug += c.toLower();
        else if (c.isSpace() || c == u'-' || c == u'_' || c == u':' || c == u',' || c == u'.')
            slug += u'-';
    }
    while (slug.contains(u"--"_s))
        slug.replace(u"--"_s, u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

std::optional<Asset> assetFor(const ArticleInput &input, const std::optional<qint64> &id)
{
    if (!id)
        return std::nullopt;
    const auto found = input.assets.constFind(*id);
    if (found == input.assets.constEnd())
        return std::nullopt;
    return *found;
}

QString attributionOf(const Quote &quote, const std::optional<Speaker> &speaker)
{
    if (!speaker)
        return {};
    const QString role = quote.speakerRole.isEmpty() ? speaker->role : quote.speakerRole;
    return role.isEmpty() ? speaker->name : SiteWording::attribution(speaker->name, role);
}

void composeQuote(const ArticleInput &input, Article &article)
{
    const Quote &quote = *input.quote;
    article.kind = Article::Kind::Quote;
    article.quotation = quote.text.trimmed();
    article.attribution = attributionOf(quote, input.speaker);
    article.title = quote.title;
    if (article.title.isEmpty()) {
        article.title = article.attribution.isEmpty() ? SiteWording::Quote.toString()
                                                      : SiteWording::quoteTitle(article.attribution);
    }
    article.slug = quote.slug;
    article.occasion = quote.whereLabel;
    article.occasionUrl = quote.whereUrl;
    article.saidOn = quote.saidOn;
    if (input.essay) {
        article.contextTitle = input.essay->title;
        article.context = MarkdownDocument::parse(input.essay->body);
        article.sources = MarkdownDocument::parse(input.essay->sources);
    }
    article.commentary = MarkdownDocument::parse(quote.commentary);
    if (input.speaker) {
        const Speaker &speaker = *input.speaker;
        article.profileHeading = speaker.headline.isEmpty()
            ? speaker.name
            : SiteWording::profileHeading(speaker.name, speaker.headline);
        article.biography = MarkdownDocument::parse(speaker.biography);
        article.portrait = assetFor(input, speaker.portraitAssetId);
    }
    article.brochure = assetFor(input, quote.brochureAssetId);
    article.featured = assetFor(input, quote.featuredAssetId);
    article.excerpt = quote.excerpt;
    if (article.excerpt.isEmpty()) {
        QString text = u'\u201C' + article.quotation + u'\u201D';
        if (!article.attribution.isEmpty())
            text += u" \u2014 "_s + article.attribution;
        constexpr auto prose = MarkdownDocument::TextParts::Prose;
        text += u' ' + article.context.plainText(MarkdownDocument::root(), prose) + u' '
            + article.commentary.plainText(MarkdownDocument::root(), prose);
        article.excerpt = makeExcerpt(text);
    }
}

void composeEssay(const Essay &essay, const ArticleInput &input, Article &article)
{
    article.kind = Article::Kind::Essay;
    article.title = essay.title;
    article.slug = essay.slug;
    article.body = MarkdownDocument::parse(essay.body);
    article.sources = MarkdownDocument::parse(essay.sources);
    article.featured = assetFor(input, essay.featuredAssetId);
    article.excerpt = essay.excerpt.isEmpty()
        ? makeExcerpt(article.body.plainText(MarkdownDocument::root(), MarkdownDocument::TextParts::Prose))
        : essay.excerpt;
}

} // namespace

QList<qint64> assetReferences(const MarkdownDocument &document)
{
    QList<qint64> ids;
    for (const MarkdownNode &node : document.nodes()) {
        if (node.type != MarkdownNode::Type::Link && node.type != MarkdownNode::Type::Image)
            continue;
        if (const auto id = UrlPolicy::assetId(node.url); id && !ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

Article composeArticle(const ArticleInput &input)
{
    Article article;
    if (input.quote)
        composeQuote(input, article);
    else if (input.essay)
        composeEssay(*input.essay, input, article);
    if (article.slug.isEmpty())
        article.slug = slugify(article.title);
    article.assets = input.assets;
    return article;
}

QList<qint64> Article::assetIds() const
{
    QList<qint64> ids;
    const auto add = [&ids](const std::optional<Asset> &asset) {
        if (asset && !ids.contains(asset->id))
            ids.append(asset->id);
    };
    const auto addReferences = [&ids, this](const MarkdownDocument &document) {
        for (const qint64 id : assetReferences(document)) {
            if (assets.contains(id) && !ids.contains(id))
                ids.append(id);
        }
    };
    add(featured);
    addReferences(body);
    addReferences(context);
    addReferences(commentary);
    add(portrait);
    addReferences(biography);
    addReferences(sources);
    add(brochure);
    return ids;
}

} // namespace QuoteDesk
