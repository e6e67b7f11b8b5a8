// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that render posts: render (one post, to standard output) and export-site.
#include "command.h"

#include "assets/assetstore.h"
#include "render/article.h"
#include "render/articlerenderer.h"
#include "render/siteexport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

QCommandLineOption formatOption()
{
    return QCommandLineOption(u"format"_s,
                              Tr::tr("What to print: preview (the in-app preview HTML, the default), page (a "
                                     "standalone HTML page with the site's CSS) or blocks (WordPress block "
                                     "markup)."),
                              Tr::tr("FORMAT"), u"preview"_s);
}

QCommandLineOption allOption()
{
    return QCommandLineOption(u"all"_s,
                              Tr::tr("Include posts in every workflow state, not only those "
                                     "ready or published."));
}

// Assets are shown from the media library beside the library file, as the app shows them.
RenderContext libraryContext(const Library &library)
{
    RenderContext context;
    context.localUrl = [store = AssetStore(library.path())](const Asset &asset) {
        return store.contains(asset.sha256) ? QUrl::fromLocalFile(store.filePath(asset.sha256)) : QUrl();
    };
    return context;
}

} // namespace

QList<QCommandLineOption> renderOptions()
{
    return { formatOption() };
}

QList<QCommandLineOption> exportSiteOptions()
{
    return { allOption() };
}

int runRender(CommandContext &context)
{
    const QString typeName = context.arguments.at(0);
    const std::optional<RecordType> type = recordTypeFromName(typeName);
    if (!type || (*type != RecordType::Quote && *type != RecordType::Essay)) {
        context.out.error(Tr::tr("Only quotes and essays are posts: “%1” cannot be rendered.").arg(typeName));
        return UsageError;
    }
    bool isNumber = false;
    const qint64 id = context.arguments.at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        context.out.error(Tr::tr("“%1” is not a record id: give the number shown in the ID column of “list”.")
                              .arg(context.arguments.at(1)));
        return UsageError;
    }
    const QString format = context.parser.value(formatOption().names().constFirst());
    if (format != u"preview"_s && format != u"page"_s && format != u"blocks"_s) {
        context.out.error(Tr::tr("Unknown format “%1”: use preview, page or blocks.").arg(format));
        return UsageError;
    }
    QString error;
    const std::optional<ArticleInput> input = loadArticleInput(context.library, *type, id, &error);
    if (!input) {
        context.out.error(error);
        return Failure;
    }
    const Article article = composeArticle(*input);
    const RenderContext renderContext = libraryContext(context.library);
    QString output;
    if (format == u"preview"_s)
        output = ArticleRenderer::preview(article, renderContext);
    else if (format == u"page"_s)
        output = ArticleRenderer::page(article, renderContext);
    else
        output = ArticleRenderer::blocks(article, RenderContext {});
    if (context.json) {
        context.out.json(QJsonObject { { u"type"_s, recordTypeName(*type) },
                                       { u"id"_s, id },
                                       { u"format"_s, format },
                                       { u"title"_s, article.title },
                                       { u"slug"_s, article.slug },
                                       { u"excerpt"_s, article.excerpt },
                                       { u"content"_s, output } });
    } else {
        context.out.text(output.endsWith(u'\n') ? output : output + u'\n');
    }
    return Success;
}

int runExportSite(CommandContext &context)
{
    const QString folder = context.arguments.at(0);
    SiteExportOptions options;
    if (context.parser.isSet(allOption().names().constFirst())) {
        options.posts.statuses = { WorkflowStatus::Idea, WorkflowStatus::Draft, WorkflowStatus::Ready,
                                   WorkflowStatus::Published, WorkflowStatus::Archived };
    }
    QString error;
    const std::optional<SiteExportReport> report = exportSite(context.library, folder, options, {}, &error);
    if (!report) {
        context.out.error(error);
        return Failure;
    }
    const QString where = QDir::toNativeSeparators(report->folder);
    for (const QString &missing : report->missingAssets)
        context.out.notice(
            Tr::tr("The file of the asset %1 is missing; its pages show it as missing.").arg(missing));
    if (context.json) {
        context.out.json(
            QJsonObject { { u"folder"_s, where },
                          { u"posts"_s, report->postCount },
                          { u"categories"_s, report->categoryCount },
                          { u"assets"_s, report->assetCount },
                          { u"files"_s, QJsonArray::fromStringList(report->files) },
                          { u"missing_assets"_s, QJsonArray::fromStringList(report->missingAssets) } });
    } else {
        context.out.line(
            Tr::tr("Exported %1 posts, %2 category pages and %3 asset files to “%4”; open %5 in a "
                   "browser.")
                .arg(report->postCount)
                .arg(report->categoryCount)
                .arg(report->assetCount)
                .arg(where, QDir::toNativeSeparators(QDir(report->folder).filePath(u"index.html"_s))));
    }
    return Success;
}

} // namespace QuoteDesk::Cli
