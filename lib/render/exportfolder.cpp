// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfolder.h"

#include "assets/assetstore.h"
#include "rendertemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::ExportFolder)
};

bool ensureParent(const QString &path, QString *error)
{
    const QString parent = QFileInfo(path).absolutePath();
    if (QDir().mkpath(parent))
        return true;
    if (error)
        *error = Tr::tr("Could not create the folder %1. Check that you may write there.")
                     .arg(QDir::toNativeSeparators(parent));
    return false;
}

QString writeError(const QString &path, const QString &reason)
{
    return Tr::tr("Could not write %1: %2. Check that the folder is writable and the disk has room.")
        .arg(QDir::toNativeSeparators(path), reason);
}

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Could not read the asset file %1: %2.")
                         .arg(QDir::toNativeSeparators(from), source.errorString());
        return false;
    }
    if (!ensureParent(to, error))
        return false;
    QSaveFile target(to);
    if (!target.open(QIODevice::WriteOnly)) {
        if (error)
            *error = writeError(to, target.errorString());
        return false;
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0) {
            if (error)
                *error = Tr::tr("Could not read the asset file %1: %2.")
                             .arg(QDir::toNativeSeparators(from), source.errorString());
            return false;
        }
        if (read == 0)
            break;
        if (target.write(buffer.constData(), read) != read)
            break; // commit() reports the write error
    }
    if (!target.commit()) {
        if (error)
            *error = writeError(to, target.errorString());
        return false;
    }
    return true;
}

bool isHexHash(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

ExportFolder::ExportFolder(const QString &root, AssetFileResolver assetFiles)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_assetFiles(std::move(assetFiles))
{
}

AssetFileResolver ExportFolder::libraryAssetFiles(const QString &libraryPath)
{
    return [store = AssetStore(libraryPath)](const Asset &asset) {
        return store.contains(asset.sha256) ? store.filePath(asset.sha256) : QString();
    };
}

QString ExportFolder::filePath(const QString &relativePath) const
{
    return m_root + u'/' + relativePath;
}

bool ExportFolder::writeText(const QString &relativePath, const QString &text, QString *error)
{
    const QString path = filePath(relativePath);
    if (!ensureParent(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = writeError(path, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

bool ExportFolder::writeStyleSheet(QString *error)
{
    return writeText(styleSheetPath(), RenderTemplate::siteStyleSheet(), error);
}

QString ExportFolder::copyName(const Asset &asset) const
{
    // The hash keeps two different files with the same name apart; the original name keeps
    // a downloaded brochure recognisable.
    const QString prefix =
        isHexHash(asset.sha256) ? asset.sha256.left(12) : u"asset-"_s + QString::number(asset.id);
    QString name = safeFileName(asset.originalName, QString());
    if (QFileInfo(name).suffix().isEmpty()) {
        const QString suffix = QMimeDatabase().mimeTypeForName(asset.mimeType).preferredSuffix();
        name = (name.isEmpty() ? u"file"_s : name) + (suffix.isEmpty() ? QString() : u'.' + suffix);
    }
    return u"assets/"_s + prefix + u'-' + name;
}

bool ExportFolder::copyAssets(const QList<Asset> &assets, QString *error)
{
    for (const Asset &asset : assets) {
        if (m_seen.contains(asset.id))
            continue;
        m_seen.insert(asset.id, true);
        const QString source = m_assetFiles ? m_assetFiles(asset) : QString();
        if (source.isEmpty() || !QFileInfo(source).isFile()) {
            m_missing.append(asset.originalName.isEmpty() || asset.originalName == asset.label()
                                 ? asset.label()
                                 : Tr::tr("%1 (%2)").arg(asset.label(), asset.originalName));
            continue;
        }
        const QString name = copyName(asset);
        if (!copyFile(source, filePath(name), error))
            return false;
        m_assetPaths.insert(asset.id, name);
    }
    return true;
}

RenderContext ExportFolder::pageContext(const QString &pagePath) const
{
    RenderContext context;
    context.styleSheetHref = relativeLink(pagePath, styleSheetPath());
    context.keepRelativeTargets = false;
    const QHash<qint64, QString> paths = m_assetPaths;
    context.localUrl = [paths, pagePath](const Asset &asset) {
        const QString path = paths.value(asset.id);
        return path.isEmpty() ? QUrl() : QUrl(relativeLink(pagePath, path), QUrl::StrictMode);
    };
    return context;
}

QString ExportFolder::relativeLink(const QString &pagePath, const QString &target)
{
    const qsizetype depth = pagePath.count(u'/');
    QString link;
    for (qsizetype i = 0; i < depth; ++i)
        link += u"../"_s;
    return link + target;
}

QString ExportFolder::safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'.' || u == u'-')
            safe += c;
        else if (c.isSpace() && !safe.endsWith(u'-'))
            safe += u'-';
    }
    while (safe.startsWith(u'.') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    if (safe.size() > 80)
        safe = safe.right(80); // keeps the extension
    while (safe.startsWith(u'.') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    return safe.isEmpty() ? fallback : safe;
}

} // namespace QuoteDesk
