// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleinput.h"

#include "article.h"
#include "store/library.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

void addAsset(const Library &library, const std::optional<qint64> &id, ArticleInput &input)
{
    if (!id || input.assets.contains(*id))
        return;
    if (auto asset = library.get<Asset>(*id))
        input.assets.insert(*id, std::move(*asset));
}

void addReferencedAssets(const Library &library, const QString &markdown, ArticleInput &input)
{
    for (const qint64 id : assetReferences(MarkdownDocument::parse(markdown)))
        addAsset(library, id, input);
}

} // namespace

std::optional<ArticleInput> articleInputFor(const Library &library, const Quote &quote, QString *error)
{
    ArticleInput input;
    input.quote = quote;
    if (quote.speakerId) {
        input.speaker = library.get<Speaker>(*quote.speakerId, error);
        if (!input.speaker)
            return std::nullopt;
    }
    if (quote.essayId) {
        input.essay = library.get<Essay>(*quote.essayId, error);
        if (!input.essay)
            return std::nullopt;
    }
    addAsset(library, quote.featuredAssetId, input);
    addAsset(library, quote.brochureAssetId, input);
    addReferencedAssets(library, quote.commentary, input);
    if (input.speaker) {
        addAsset(library, input.speaker->portraitAssetId, input);
        addReferencedAssets(library, input.speaker->biography, input);
    }
    if (input.essay) {
        addReferencedAssets(library, input.essay->body, input);
        addReferencedAssets(library, input.essay->sources, input);
    }
    return input;
}

ArticleInput articleInputFor(const Library &library, const Essay &essay)
{
    ArticleInput input;
    input.essay = essay;
    addAsset(library, essay.featuredAssetId, input);
    addReferencedAssets(library, essay.body, input);
    addReferencedAssets(library, essay.sources, input);
    return input;
}

std::optional<ArticleInput> loadArticleInput(const Library &library, RecordType type, qint64 id,
                                             QString *error)
{
    if (type == RecordType::Quote) {
        const auto quote = library.get<Quote>(id, error);
        return quote ? articleInputFor(library, *quote, error) : std::nullopt;
    }
    if (type == RecordType::Essay) {
        const auto essay = library.get<Essay>(id, error);
        return essay ? std::optional(articleInputFor(library, *essay)) : std::nullopt;
    }
    if (error)
        *error = QCoreApplication::translate("QuoteDesk::ArticleInput",
                                             "A %1 is not a post: only quotes and essays can be rendered.")
                     .arg(recordTypeDisplayName(type));
    return std::nullopt;
}

} // namespace QuoteDesk
