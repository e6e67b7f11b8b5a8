// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetimporter.h"

#include "assetrecorder.h"
#include "copywriter.h"
#include "filestager.h"
#include "stageclock.h"
#include "store/library.h"
#include "thumbnailcache.h"
#include "util/threadpriority.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h> // no class-named header in Qt 6.4
#include <QtConcurrentRun>

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::AssetImporter)
};

// A batch is recorded in one transaction once it holds this many files or has been gathered
// this long: few commits, and results that reach the window soon after each file.
constexpr int BatchFiles = 64;
constexpr qint64 BatchMs = 200;

} // namespace

// A file staged by a worker, waiting to be recorded.
struct AssetImporter::Prepared
{
    QString path;
    qint64 size = 0;
    std::optional<StagedFile> staged;
    ImportResult result; // why not, when staged is empty
    ImportTimings timings;
};

AssetImporter::AssetImporter(Library &library, const ImportOptions &options)
    : m_library(library)
    , m_options(options)
    , m_store(library.path())
    , m_stager(std::make_unique<FileStager>(m_store, options))
    , m_recorder(std::make_unique<AssetRecorder>(library, m_store))
{
}

AssetImporter::~AssetImporter()
{
    waitForThumbnails();
}

std::optional<StagedFile> AssetImporter::stage(const QString &path, const std::atomic_bool *cancel,
                                               ImportResult *result)
{
    StageContext context;
    context.cancel = cancel;
    context.timings = &m_timings;
    context.syncEachFile = m_options.syncFiles;
    context.isRecorded = [this](const QString &sha256) {
        return m_recorder->findBySha(sha256).has_value();
    };
    context.knownSizes = &m_recorder->knownSizes();
    if (!m_foldersReady) {
        QString problem;
        if (!m_store.ensureFolders(&problem)) {
            *result = ImportResult::refused(path, problem);
            return std::nullopt;
        }
        m_foldersReady = true;
    }
    std::optional<StagedFile> staged = m_stager->stage(path, context, result);
    StageClock clock(&m_timings.recordNs);
    if (staged && !staged->existing)
        staged->existing = m_recorder->findBySha(staged->sha256);
    return staged;
}

void AssetImporter::queueThumbnail(const Asset &asset)
{
    if (m_options.thumbnailSize <= 0)
        return;
    if (!m_thumbnails) {
        m_thumbnails = std::make_unique<QThreadPool>();
        m_thumbnails->setMaxThreadCount(1);
    }
    // A missing thumbnail is made again when it is shown, so a failure here is harmless, and
    // nothing waits for a result: waitForThumbnails() waits for the pool.
    QtConcurrent::task(
        [store = m_store, sha256 = asset.sha256, mimeType = asset.mimeType, edge = m_options.thumbnailSize] {
            QString ignored;
            ThumbnailCache::loadOrMake(store, sha256, mimeType, edge, &ignored);
        })
        .onThreadPool(*m_thumbnails)
        .spawn(QtConcurrent::FutureResult::Ignore);
}

void AssetImporter::waitForThumbnails()
{
    if (m_thumbnails)
        m_thumbnails->waitForDone();
}

ImportResult AssetImporter::importFile(const QString &path, const std::atomic_bool *cancel)
{
    ImportResult result;
    std::optional<StagedFile> staged = stage(path, cancel, &result);
    if (!staged)
        return result;
    return record(path, *staged);
}

ImportResult AssetImporter::record(const QString &path, StagedFile &staged)
{
    ImportResult result = m_recorder->record(path, staged, &m_timings);
    if (result.status == ImportResult::Status::Imported)
        queueThumbnail(result.asset);
    return result;
}

ImportResult AssetImporter::replaceFile(qint64 assetId, const QString &path, const std::atomic_bool *cancel)
{
    QString error;
    std::optional<Asset> asset = m_library.get<Asset>(assetId, &error);
    if (!asset)
        return ImportResult::refused(path, error);
    ImportResult result;
    std::optional<StagedFile> staged = stage(path, cancel, &result);
    if (!staged)
        return result;
    result = m_recorder->replace(std::move(*asset), path, *staged);
    if (result.status == ImportResult::Status::Imported)
        queueThumbnail(result.asset);
    return result;
}

AssetImporter::FileList AssetImporter::collectFiles(const QStringList &paths,
                                                    const std::atomic_bool *cancel) const
{
    FileList list;
    const QString storeRoot = m_store.root() + u'/';
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            list.files.append(path); // importFile() says what is wrong with anything else
            list.totalBytes += info.isFile() ? info.size() : 0;
            continue;
        }
        const qsizetype before = list.files.size();
        // Symbolic links to folders are not followed, so a link loop cannot run forever.
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && !isCancelled(cancel)) {
            const QString file = it.next();
            if (QFileInfo(file).absoluteFilePath().startsWith(storeRoot))
                continue;
            list.files.append(file);
            list.totalBytes += it.fileInfo().size();
        }
        // In name order, as the user sees the folder, whatever order the file system keeps.
        std::sort(list.files.begin() + before, list.files.end());
        if (list.files.size() == before)
            list.problems.append(ImportResult::refused(
                path,
                Tr::tr("The folder “%1” holds no files to import.").arg(QDir::toNativeSeparators(path))));
    }
    return list;
}

ImportSummary AssetImporter::importPaths(const QStringList &paths, const ResultHandler &onResult,
                                         const std::atomic_bool *cancel)
{
    m_timings = {}; // the summary tells of this call only
    QElapsedTimer listing;
    listing.start();
    const FileList list = collectFiles(paths, cancel);
    m_timings.listNs += listing.nsecsElapsed();
    ImportSummary summary = importInBatches(list, onResult, cancel);
    summary.timings = m_timings;
    return summary;
}

// Workers of a thread pool check, copy, hash and verify files ahead of this thread, which
// records them in batches: files first flushed together (with syncFiles), then renamed into
// the store, then recorded in one transaction, so a record is never committed before its
// file is in place. Results reach @p onResult in the order of the list, after their commit.
ImportSummary AssetImporter::importInBatches(const FileList &list, const ResultHandler &onResult,
                                             const std::atomic_bool *cancel)
{
    ImportSummary summary;
    ImportProgress progress;
    progress.filesTotal = int(list.files.size());
    progress.bytesTotal = list.totalBytes;
    // @p size < 0: a path that names no file to import, not one of the files counted.
    const auto deliver = [&](const ImportResult &result, qint64 size) {
        summary.add(result);
        if (result.status == ImportResult::Status::Cancelled)
            summary.cancelled = true;
        if (size >= 0) {
            ++progress.filesDone;
            progress.bytesDone += size;
            progress.currentFile = result.sourcePath;
        }
        if (onResult)
            onResult(result, progress);
    };
    for (const ImportResult &problem : list.problems)
        deliver(problem, -1);
    if (list.files.isEmpty())
        return summary;

    QString error;
    if (!m_foldersReady && !m_store.ensureFolders(&error)) {
        for (const QString &file : list.files)
            deliver(ImportResult::refused(file, error), 0);
        return summary;
    }
    m_foldersReady = true;

    // Content of a size already in the library is hashed before it is copied; the hashes
    // recorded when the batch starts say whether the copy can be left out.
    const QSet<qint64> knownSizes = m_recorder->knownSizes();
    const QSet<QString> knownHashes = knownSizes.isEmpty() ? QSet<QString>() : m_recorder->recordedHashes();
    StageContext shared;
    shared.cancel = cancel;
    shared.knownSizes = &knownSizes;
    shared.isRecorded = [&knownHashes](const QString &sha256) {
        return knownHashes.contains(sha256);
    };
#ifdef Q_OS_LINUX
    const bool syncBatches = m_options.syncFiles;
#else
    const bool syncBatches = false;
    shared.syncEachFile = m_options.syncFiles;
#endif

    QThreadPool workers;
    // A worker per processor: with a single worker on a machine of two processors, the second
    // stayed idle while the worker hashed, wrote and checked one file after another. The
    // workers run below the priority of the window's thread (lowerCurrentThreadPriority()),
    // so its event loop still gets a processor as soon as it needs one.
    workers.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 4));
    m_timings.stagingThreads = workers.maxThreadCount();
    // Files staged ahead of the recording: a whole batch and more, so the workers go on while
    // this thread flushes, renames and commits the previous batch.
    const qsizetype window = BatchFiles + qsizetype(4) * workers.maxThreadCount();
    std::deque<QFuture<Prepared>> pending;
    qsizetype next = 0;
    const QThread *const recording = QThread::currentThread();
    const auto fill = [&] {
        while (qsizetype(pending.size()) < window && next < list.files.size()) {
            pending.push_back(
                QtConcurrent::run(&workers, [this, &shared, recording, path = list.files.at(next)] {
                    // A file that no worker has taken yet when this thread waits for it is staged by
                    // this thread (QFuture runs it rather than wait), which keeps its own priority.
                    if (QThread::currentThread() != recording)
                        lowerCurrentThreadPriority(5);
                    Prepared prepared;
                    prepared.path = path;
                    StageContext context = shared;
                    context.timings = &prepared.timings;
                    prepared.staged = m_stager->stage(path, context, &prepared.result);
                    prepared.size = prepared.staged ? prepared.staged->size : QFileInfo(path).size();
                    return prepared;
                }));
            ++next;
        }
    };

    bool stopped = false;
    while (!stopped && (!pending.empty() || next < list.files.size())) {
        std::vector<Prepared> batch;
        QElapsedTimer gathering;
        gathering.start();
        fill();
        while (!pending.empty() && int(batch.size()) < BatchFiles
               && (batch.empty() || gathering.elapsed() < BatchMs)) {
            if (isCancelled(cancel)) {
                stopped = true;
                break;
            }
            batch.push_back(pending.front().takeResult());
            pending.pop_front();
            fill();
        }
        const QList<ImportResult> results = recordBatch(batch, syncBatches, cancel);
        for (qsizetype i = 0; i < results.size(); ++i)
            deliver(results.at(i), batch.at(std::size_t(i)).size);
    }
    // Files not started are dropped unstaged, and their futures with them; the ones being
    // staged see the cancellation and end soon.
    workers.clear();
    workers.waitForDone();
    if (stopped || (isCancelled(cancel) && progress.filesDone < progress.filesTotal)) {
        summary.cancelled = true;
        summary.notProcessed += progress.filesTotal - progress.filesDone;
    }
    return summary;
}

QList<ImportResult> AssetImporter::recordBatch(std::vector<Prepared> &batch, bool syncFirst,
                                               const std::atomic_bool *cancel)
{
    QList<ImportResult> results;
    QString syncError;
    bool synced = true;
    for (Prepared &prepared : batch) {
        m_timings += prepared.timings;
        if (syncFirst && synced && prepared.staged && prepared.staged->copy) {
            StageClock clock(&m_timings.syncNs);
            synced = syncFileSystemOf(m_store.tempFolder(), &syncError);
            syncFirst = false; // once for the whole batch
        }
    }
    QString error;
    const bool committed = m_library.transact(
        [&](QString *) {
            for (Prepared &prepared : batch) {
                if (!prepared.staged) {
                    results.append(prepared.result);
                } else if (!synced) {
                    results.append(ImportResult::refused(
                        prepared.path,
                        Tr::tr("Cannot flush the copy of “%1” to the disk: %2. Check the disk "
                               "and import the file again.")
                            .arg(QDir::toNativeSeparators(prepared.path), syncError)));
                } else {
                    StagedFile &staged = *prepared.staged;
                    {
                        StageClock clock(&m_timings.recordNs);
                        if (!staged.existing)
                            staged.existing = m_recorder->findBySha(staged.sha256);
                    }
                    if (!staged.copy && !staged.existing) {
                        // Recorded when the batch started, gone since: copied after all.
                        ImportResult result;
                        std::optional<StagedFile> again = stage(prepared.path, cancel, &result);
                        results.append(again ? record(prepared.path, *again) : result);
                    } else {
                        results.append(record(prepared.path, staged));
                    }
                }
            }
            return true;
        },
        &error);
    if (!committed) {
        // Nothing of the batch was recorded; files it placed in the store are orphans that
        // the next start removes.
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const qsizetype at = qsizetype(i);
            if (at < results.size() && results.at(at).status != ImportResult::Status::Imported)
                continue;
            const ImportResult failed =
                ImportResult::refused(batch[i].path,
                                      Tr::tr("“%1” was copied but could not be recorded: %2")
                                          .arg(QDir::toNativeSeparators(batch[i].path), error));
            if (at < results.size())
                results[at] = failed;
            else
                results.append(failed);
        }
    }
    return results;
}

} // namespace QuoteDesk
