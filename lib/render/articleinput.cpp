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

std::optional<ArticleInput> loadArticleInput(const Library &library, RecordType type, qint64 id,
                                             QString *error)
{
    ArticleInput input;
    if (type == RecordType::Quote) {
        input.quote = library.get<Quote>(id, error);
        if (!input.quote)
            return std::nullopt;
        const Quote &quote = *input.quote;
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
    } else if (type == RecordType::Essay) {
        input.essay = library.get<Essay>(id, error);
        if (!input.essay)
            return std::nullopt;
        addAsset(library, input.essay->featuredAssetId, input);
    } else {
        if (error)
            *error =
                QCoreApplication::translate("QuoteDesk::ArticleInput",
                                            "A %1 is not a post: only quotes and essays can be rendered.")
                    .arg(recordTypeDisplayName(type));
        return std::nullopt;
    }
    if (input.essay) {
        addReferencedAssets(library, input.essay->body, input);
        addReferencedAssets(library, input.essay->sources, input);
    }
    return input;
}

} // namespace QuoteDesk
