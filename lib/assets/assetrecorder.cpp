// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetrecorder.h"

#include "filestager.h"
#include "stageclock.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::AssetImporter)
};

// File names may hold control characters on Linux; records may not.
QString printableName(const QString &name)
{
    QString clean = name;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return clean;
}

// What a record tells of its file, taken from the file staged for it.
void takeFile(Asset *asset, const StagedFile &staged)
{
    asset->sha256 = staged.sha256;
    asset->originalName = printableName(staged.name);
    asset->mimeType = staged.metadata.mimeType;
    asset->size = staged.size;
    asset->width = staged.metadata.width;
    asset->height = staged.metadata.height;
    asset->pageCount = staged.metadata.pageCount;
    asset->author = printableName(staged.metadata.author);
}

ImportResult imported(const QString &path, const QString &message, Asset asset)
{
    ImportResult result;
    result.sourcePath = path;
    result.status = ImportResult::Status::Imported;
    result.message = message;
    result.asset = std::move(asset);
    return result;
}

} // namespace

AssetRecorder::AssetRecorder(Library &library, const AssetStore &store)
    : m_library(library)
    , m_store(store)
    , m_knownSizes(library.store().assetSizes(nullptr).value_or(QSet<qint64> {}))
{
}

AssetRecorder::~AssetRecorder() = default;

QSet<QString> AssetRecorder::recordedHashes() const
{
    return m_library.store().assetHashes(nullptr).value_or(QSet<QString> {});
}

std::optional<Asset> AssetRecorder::findBySha(const QString &sha256) const
{
    const std::optional<qint64> id = m_library.store().assetForHash(sha256, nullptr);
    if (!id || *id == 0)
        return std::nullopt;
    return m_library.get<Asset>(*id);
}

bool AssetRecorder::placeInStore(StagedFile &staged, QString *error) const
{
    if (m_store.contains(staged.sha256) || !staged.copy)
        return true; // same name, same content: nothing to do
    const QString target = m_store.filePath(staged.sha256);
    if (QDir().mkpath(QFileInfo(target).absolutePath()) && staged.copy->rename(target)) {
        staged.copy->setAutoRemove(false);
    } else {
        if (m_store.contains(staged.sha256))
            return true; // placed by another import meanwhile
        *error =
            Tr::tr("Cannot move “%1” into the media folder: %2. Check the free disk space and that you may "
                   "write there.")
                .arg(staged.name, staged.copy->errorString());
        return false;
    }
    return true;
}

ImportResult AssetRecorder::alreadyPresent(const QString &path, Asset existing)
{
    ImportResult result;
    result.sourcePath = path;
    result.status = ImportResult::Status::AlreadyPresent;
    QString error;
    if (existing.isTrashed()) {
        if (!m_library.restore(RecordType::Asset, existing.id, &error))
            return ImportResult::refused(path, error);
        existing = m_library.get<Asset>(existing.id).value_or(existing);
        result.message = Tr::tr("“%1” was in the trash as “%2”; it is back in the library.")
                             .arg(QDir::toNativeSeparators(path), existing.label());
    } else {
        result.message = Tr::tr("“%1” is already in the library as “%2”; it was not copied again.")
                             .arg(QDir::toNativeSeparators(path), existing.label());
    }
    result.asset = std::move(existing);
    return result;
}

ImportResult AssetRecorder::record(const QString &path, StagedFile &staged, ImportTimings *timings)
{
    QString error;
    StageClock clock(&timings->recordNs);
    const bool placed = placeInStore(staged, &error);
    clock.lap(&timings->placeNs);
    if (!placed)
        return ImportResult::refused(path, error);
    if (staged.existing)
        return alreadyPresent(path, std::move(*staged.existing));

    Asset asset;
    takeFile(&asset, staged);
    asset.title = printableName(staged.metadata.title);
    asset.kind = asset.mimeType == u"application/pdf" ? AssetKind::Brochure : AssetKind::Image;
    if (!m_library.save(asset, &error))
        return ImportResult::refused(path,
                                     Tr::tr("“%1” was copied but could not be recorded: %2")
                                         .arg(QDir::toNativeSeparators(path), error));
    m_knownSizes.insert(asset.size);
    return imported(path, Tr::tr("Imported “%1”.").arg(QDir::toNativeSeparators(path)), std::move(asset));
}

ImportResult AssetRecorder::replace(Asset asset, const QString &path, StagedFile &staged)
{
    QString error;
    if (!placeInStore(staged, &error))
        return ImportResult::refused(path, error);
    takeFile(&asset, staged);
    if (!m_library.save(asset, &error))
        return ImportResult::refused(path, error);
    m_knownSizes.insert(asset.size);
    const QString message =
        Tr::tr("The file of “%1” is now “%2”.").arg(asset.label(), QDir::toNativeSeparators(path));
    return imported(path, message, std::move(asset));
}

} // namespace QuoteDesk
