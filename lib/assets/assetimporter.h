// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetstore.h"
#include "importresult.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThreadPool;

namespace QuoteDesk {

class AssetRecorder;
class FileStager;
class Library;
struct StagedFile;

/// Imports files into the media library of one open Library, on the thread that owns that
/// Library's connection (see AssetImportJob for imports on a worker thread).
///
/// Each file is read once: its type and pixel size come from its header, then it is hashed
/// (SHA-256) while it is copied into a temporary file of the store, which is flushed to the
/// disk, checked for damage without decoding any pixels, renamed into place under its hash
/// and only then recorded. Content already in the library is neither copied nor recorded
/// again. A bad file gets a Refused result with a message and leaves nothing behind.
/// Thumbnails are not made here but by ThumbnailCache when shown, or, with
/// ImportOptions::thumbnailSize, on a background thread of the importer.
class AssetImporter final
{
public:
    explicit AssetImporter(Library &library, const ImportOptions &options = {});
    ~AssetImporter();
    AssetImporter(const AssetImporter &) = delete;
    AssetImporter &operator=(const AssetImporter &) = delete;

    const AssetStore &store() const { return m_store; }

    /// Waits until the thumbnails queued by ImportOptions::thumbnailSize are on disk (the
    /// destructor waits too).
    void waitForThumbnails();

    /// Imports one file. When @p cancel becomes true while the file is copied, the copy is
    /// abandoned and the result is Cancelled.
    ImportResult importFile(const QString &path, const std::atomic_bool *cancel = nullptr);

    /// Puts the content of the file at @p path in place of the file of asset @p assetId:
    /// the same record (title, description, users) with the new content, type and size.
    ImportResult replaceFile(qint64 assetId, const QString &path, const std::atomic_bool *cancel = nullptr);

    using ResultHandler = std::function<void(const ImportResult &result, const ImportProgress &progress)>;
    /// Imports files and folders (recursively; hidden files and the library's own store are
    /// left out). A pool of worker threads checks, copies and hashes the files while this
    /// thread records them in batches (up to 64 files or 200 ms each, one transaction, after
    /// one flush of the batch's copies when ImportOptions::syncFiles is set). @p onResult is
    /// called once per file, in the order of the files, after its batch is committed. Goes on
    /// after a refused file; stops at the end of the batch under way when @p cancel becomes
    /// true, counting what is left as not processed.
    ImportSummary importPaths(const QStringList &paths, const ResultHandler &onResult,
                              const std::atomic_bool *cancel = nullptr);

    struct FileList
    {
        QStringList files;
        qint64 totalBytes = 0;
        QList<ImportResult> problems; ///< paths that name no importable file
    };
    /// The files @p paths name, folders expanded recursively.
    FileList collectFiles(const QStringList &paths, const std::atomic_bool *cancel = nullptr) const;

private:
    struct Prepared;
    // On the library's thread: FileStager::stage() and the record of the same content, if any.
    std::optional<StagedFile> stage(const QString &path, const std::atomic_bool *cancel,
                                    ImportResult *result);
    // AssetRecorder::record() and the thumbnail of a new record.
    ImportResult record(const QString &path, StagedFile &staged);
    ImportSummary importInBatches(const FileList &list, const ResultHandler &onResult,
                                  const std::atomic_bool *cancel);
    QList<ImportResult> recordBatch(std::vector<Prepared> &batch, bool syncFirst,
                                    const std::atomic_bool *cancel);
    void queueThumbnail(const Asset &asset);

    Library &m_library;
    ImportOptions m_options;
    AssetStore m_store;
    std::unique_ptr<FileStager> m_stager;
    std::unique_ptr<AssetRecorder> m_recorder;
    ImportTimings m_timings;
    bool m_foldersReady = false; // ensureFolders() succeeded once
    std::unique_ptr<QThreadPool> m_thumbnails; // made on first use
};

} // namespace QuoteDesk
