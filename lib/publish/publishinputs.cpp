// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishinputs.h"

#include "assets/assetstore.h"
#include "render/article.h"
#include "render/articleinput.h"
#include "store/library.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace QuoteDesk::PublishInputs {
namespace {

template<class Term>
QStringList namesOf(const Library &library, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids) {
        if (const auto term = library.get<Term>(id))
            names << term->name;
    }
    return names;
}

} // namespace

std::optional<PublishInput> load(const Library &library, RecordType type, qint64 id, QString *error)
{
    const auto articleInput = loadArticleInput(library, type, id, error);
    if (!articleInput)
        return std::nullopt;
    auto article = std::make_shared<const Article>(composeArticle(*articleInput));

    PublishInput input;
    input.recordType = recordTypeName(type);
    input.recordId = id;
    input.title = article->title;
    input.slug = article->slug;
    input.excerpt = article->excerpt;
    if (articleInput->quote) {
        input.categories = namesOf<Category>(library, articleInput->quote->categoryIds);
        input.tags = namesOf<Tag>(library, articleInput->quote->tagIds);
    } else if (articleInput->essay) {
        input.categories = namesOf<Category>(library, articleInput->essay->categoryIds);
        input.tags = namesOf<Tag>(library, articleInput->essay->tagIds);
    }

    const AssetStore store(library.path());
    QList<qint64> assetIds = article->assetIds();
    if (article->featured && !assetIds.contains(article->featured->id))
        assetIds << article->featured->id;
    for (qint64 assetId : std::as_const(assetIds)) {
        const auto asset = library.get<Asset>(assetId);
        if (!asset)
            continue; // rendered as missing; the checks report it
        input.media << PublishMedia { asset->id,           asset->sha256,   store.filePath(asset->sha256),
                                      asset->originalName, asset->mimeType, asset->title,
                                      asset->altText };
    }
    if (article->featured)
        input.featuredAssetId = article->featured->id;

    input.content = [article](const RemoteMediaMap &media) {
        RenderContext context;
        context.remoteMedia = [&media](const Asset &asset) -> std::optional<RemoteMedia> {
            const auto it = media.constFind(asset.id);
            if (it == media.cend())
                return std::nullopt;
            return *it;
        };
        return ArticleRenderer::blocks(*article, context);
    };
    return input;
}

} // namespace QuoteDesk::PublishInputs
