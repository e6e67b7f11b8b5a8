// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetstore.h"
#include "importresult.h"

#include <QSet>

#include <memory>
#include <optional>

namespace QuoteDesk {

class Library;
struct StagedFile;

/// Records staged files in the media library of one open Library, on the thread that owns
/// its connection: renames each copy into the store under its hash, and only then saves its
/// record, so a record never names a file that is not in place. Content already in the
/// library is not recorded again (a trashed record of it comes back instead).
class AssetRecorder final
{
public:
    AssetRecorder(Library &library, const AssetStore &store);
    ~AssetRecorder();
    AssetRecorder(const AssetRecorder &) = delete;
    AssetRecorder &operator=(const AssetRecorder &) = delete;

    /// The sizes of the files the library holds: content of another size is new.
    const QSet<qint64> &knownSizes() const { return m_knownSizes; }
    /// The content hashes the library holds now.
    QSet<QString> recordedHashes() const;
    /// The record of the content @p sha256: a live one before a trashed one.
    std::optional<Asset> findBySha(const QString &sha256) const;

    /// Places @p staged in the store and records it as a new asset from @p path, or returns
    /// the record of its content (staged.existing) as AlreadyPresent. Adds the time it takes
    /// to @p timings.
    ImportResult record(const QString &path, StagedFile &staged, ImportTimings *timings);
    /// Places @p staged in the store and makes it the file of @p asset, which keeps its
    /// title, description and users.
    ImportResult replace(Asset asset, const QString &path, StagedFile &staged);

private:
    bool placeInStore(StagedFile &staged, QString *error) const;
    ImportResult alreadyPresent(const QString &path, Asset existing);

    Library &m_library;
    AssetStore m_store;
    QSet<qint64> m_knownSizes;
};

} // namespace QuoteDesk
