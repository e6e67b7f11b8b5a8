// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageexport.h"

#include "store/library.h"

using namespace Qt::StringLiterals;

namespace QuoteDesk::PageExport {

std::optional<QString> writePostPage(const Library &library, RecordType type, qint64 id,
                                     const QString &folder, QString *error, QStringList *missingAssets,
                                     const AssetFileResolver &assetFiles)
{
    const auto input = loadArticleInput(library, type, id, error);
    if (!input)
        return std::nullopt;
    return writeArticlePage(library, *input, folder, error, missingAssets, assetFiles);
}

std::optional<QString> writeArticlePage(const Library &library, const ArticleInput &input,
                                        const QString &folder, QString *error, QStringList *missingAssets,
                                        const AssetFileResolver &assetFiles)
{
    const Article article = composeArticle(input);
    ExportFolder out(folder, assetFiles ? assetFiles : ExportFolder::libraryAssetFiles(library.path()));
    QList<Asset> assets;
    for (const qint64 assetId : article.assetIds())
        assets.append(article.assets.value(assetId));
    const RecordType type = input.isQuotePost() ? RecordType::Quote : RecordType::Essay;
    const qint64 id = input.isQuotePost() ? input.quote->id : (input.essay ? input.essay->id : 0);
    const QString pagePath =
        ExportFolder::safeFileName(article.slug, recordTypeName(type) + u'-' + QString::number(id))
        + u".html"_s;
    if (!out.copyAssets(assets, error) || !out.writeStyleSheet(error)
        || !out.writeText(pagePath, ArticleRenderer::page(article, out.pageContext(pagePath)), error))
        return std::nullopt;
    if (missingAssets)
        *missingAssets = out.missingAssets();
    return out.filePath(pagePath);
}

} // namespace QuoteDesk::PageExport
