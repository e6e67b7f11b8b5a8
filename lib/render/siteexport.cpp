// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteexport.h"

#include "articleinput.h"
#include "rendertemplate.h"
#include "sitepages.h"
#include "sitewording.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::SiteExport)
};

// Marks a folder as written by the export, so exporting there again may replace it.
const QString MarkerFile = u".quotedesk-export"_s;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool checkTarget(const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return true;
    if (!info.isDir()) {
        *error = Tr::tr("%1 is a file, not a folder. Choose a new or empty folder for the export.")
                     .arg(nativePath(folder));
        return false;
    }
    const QDir dir(folder);
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (entries.isEmpty() || entries.contains(MarkerFile))
        return true;
    *error =
        Tr::tr("%1 already holds other files. Choose a new or empty folder, or one an earlier export wrote.")
            .arg(nativePath(folder));
    return false;
}

// Puts the finished export @p staging in the place of @p folder, which may hold an earlier one.
bool replaceFolder(const QString &staging, const QString &folder, QString *error)
{
    QDir parent = QFileInfo(folder).absoluteDir();
    if (!QFileInfo::exists(folder)) {
        if (parent.rename(staging, folder))
            return true;
        *error = Tr::tr("Could not move the finished export to %1. Check that you may write in %2.")
                     .arg(nativePath(folder), nativePath(parent.path()));
        return false;
    }
    QTemporaryDir old(parent.filePath(u"."_s + QFileInfo(folder).fileName() + u"-old-XXXXXX"_s));
    if (!old.isValid() || !QDir().rmdir(old.path()) || !parent.rename(folder, old.path())) {
        *error =
            Tr::tr("Could not replace the earlier export in %1. Check that you may write in %2 and that no "
                   "program holds files open there.")
                .arg(nativePath(folder), nativePath(parent.path()));
        return false;
    }
    if (!parent.rename(staging, folder)) {
        parent.rename(old.path(), folder);
        *error = Tr::tr("Could not move the finished export to %1. The earlier export was left in place.")
                     .arg(nativePath(folder));
        return false;
    }
    return true; // `old` removes the earlier export
}

QString siteTitleOf(const Library &library, const SiteExportOptions &options)
{
    if (!options.siteTitle.isEmpty())
        return options.siteTitle;
    const QList<Site> sites = library.list<Site>({ TrashFilter::Live, {}, false, 1, 0 });
    return sites.isEmpty() || sites.first().name.isEmpty() ? SiteWording::Posts.toString()
                                                           : sites.first().name;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.removeAll(MarkerFile);
    files.sort();
    return files;
}

// Writes the pages of a plan into a folder, reporting each step.
class SiteWriter final
{
public:
    SiteWriter(const Library &library, const SitePlan &plan, ExportFolder &out, const SitePages &pages,
               const SiteExportProgress &progress, int done, int total)
        : m_library(library)
        , m_plan(plan)
        , m_out(out)
        , m_pages(pages)
        , m_progress(progress)
        , m_done(done)
        , m_total(total)
    {
    }

    bool cancelled() const { return m_cancelled; }

    bool writeAll(QString *error)
    {
        if (!m_out.writeStyleSheet(error)
            || !m_out.writeText(
                MarkerFile,
                Tr::tr("Written by QuoteDesk's static export. Exporting again into this folder "
                       "replaces all of it.\n"),
                error))
            return false;
        for (const SitePlan::Post &post : m_plan.posts) {
            if (!step(post.path) || !writePost(post, error))
                return false;
        }
        if (!step(SitePlan::archivePath())
            || !m_out.writeText(SitePlan::archivePath(), m_pages.archive(SitePlan::archivePath()), error))
            return false;
        for (const SitePlan::CategoryPage &category : m_plan.categories) {
            if (!step(category.path)
                || !m_out.writeText(category.path, m_pages.categoryArchive(category), error))
                return false;
        }
        return true;
    }

private:
    bool step(const QString &path)
    {
        if (m_progress && !m_progress(m_done, m_total, Tr::tr("Writing %1").arg(path))) {
            m_cancelled = true;
            return false;
        }
        ++m_done;
        return true;
    }

    bool writePost(const SitePlan::Post &post, QString *error)
    {
        const auto input = loadArticleInput(m_library, post.type, post.id, error);
        if (!input)
            return false;
        const Article article = composeArticle(*input);
        QList<Asset> assets;
        for (const qint64 id : article.assetIds())
            assets.append(article.assets.value(id));
        if (!m_out.copyAssets(assets, error))
            return false;
        RenderContext context = m_out.pageContext(post.path);
        context.pageHeader = m_pages.header(post.path);
        context.pageFooter = m_pages.postFooter(post);
        return m_out.writeText(post.path, ArticleRenderer::page(article, context), error);
    }

    const Library &m_library;
    const SitePlan &m_plan;
    ExportFolder &m_out;
    const SitePages &m_pages;
    const SiteExportProgress &m_progress;
    int m_done;
    int m_total;
    bool m_cancelled = false;
};

} // namespace

std::optional<SiteExportReport> exportSite(const Library &library, const QString &folder,
                                           const SiteExportOptions &options,
                                           const SiteExportProgress &progress, QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    const QString target = QDir::cleanPath(QDir(folder).absolutePath());
    const auto cancelled = [&message, &target] {
        message = Tr::tr("The export was cancelled; %1 was left as it was.").arg(nativePath(target));
        return std::nullopt;
    };
    if (!checkTarget(target, &message))
        return std::nullopt;
    const QString parent = QFileInfo(target).absolutePath();
    QTemporaryDir staging(parent + u"/."_s + QFileInfo(target).fileName() + u"-export-XXXXXX"_s);
    if (!QDir().mkpath(parent) || !staging.isValid()) {
        message =
            Tr::tr(
                "Could not create a folder in %1 to write the export to: %2. Check that you may write there.")
                .arg(nativePath(parent), staging.errorString());
        return std::nullopt;
    }

    // Reading every post first gives the archive its order and every page its links.
    int total = 0;
    bool stopped = false;
    const auto readStep = [&](int read, int count) {
        total = 2 * count + 2;
        stopped = progress && !progress(read, total, Tr::tr("Reading posts"));
        return !stopped;
    };
    const auto plan = SitePlan::make(library, options.posts, readStep, &message);
    if (!plan)
        return stopped ? cancelled() : std::nullopt;
    total = int(2 * plan->posts.size() + plan->categories.size() + 1);

    ExportFolder out(staging.path(),
                     options.assetFiles ? options.assetFiles
                                        : ExportFolder::libraryAssetFiles(library.path()));
    const SitePages pages(*plan, siteTitleOf(library, options));
    SiteWriter writer(library, *plan, out, pages, progress, int(plan->posts.size()), total);
    if (!writer.writeAll(&message))
        return writer.cancelled() ? cancelled() : std::nullopt;
    if (progress && !progress(total - 1, total, Tr::tr("Replacing %1").arg(nativePath(target))))
        return cancelled();
    if (!replaceFolder(staging.path(), target, &message))
        return std::nullopt;

    SiteExportReport report;
    report.folder = target;
    report.postCount = int(plan->posts.size());
    report.categoryCount = int(plan->categories.size());
    report.assetCount = out.copiedAssetCount();
    report.files = filesUnder(target);
    report.missingAssets = out.missingAssets();
    if (progress)
        progress(total, total, Tr::tr("Done"));
    return report;
}

} // namespace QuoteDesk
