// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetimporter.h"

#include "sha256.h"
#include "store/library.h"
#include "store/sqlutil.h"
#include "thumbnailcache.h"
#include "util/threadpriority.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <future>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::AssetImporter)
};

ImportResult refused(const QString &path, const QString &message)
{
    ImportResult result;
    result.sourcePath = path;
    result.status = ImportResult::Status::Refused;
    result.message = message;
    return result;
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

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

// A batch is recorded in one transaction once it holds this many files or has been gathered
// this long: few commits, and results that reach the window soon after each file.
constexpr int BatchFiles = 64;
constexpr qint64 BatchMs = 200;

// Flushes everything written to the file system that holds @p folder to the disk, with one
// call instead of one per file. Elsewhere than on Linux each copy is flushed on its own.
bool syncFileSystemOf(const QString &folder, QString *error)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::syncfs(fd) == 0;
    if (!ok)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    return ok;
#else
    Q_UNUSED(folder);
    Q_UNUSED(error);
    return true;
#endif
}

// Processor time of the calling thread so far.
qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#else
    return 0;
#endif
}

// Adds the time from its construction to its end (or to the last lap()) to a stage's sum.
class StageClock final
{
public:
    explicit StageClock(qint64 *sum)
        : m_sum(sum)
    {
        m_timer.start();
    }
    ~StageClock() { lap(m_sum); }
    StageClock(const StageClock &) = delete;
    StageClock &operator=(const StageClock &) = delete;

    /// Adds the time so far to @p sum and goes on for the stage given at construction.
    void lap(qint64 *sum)
    {
        const qint64 now = m_timer.nsecsElapsed();
        *sum += now - m_start;
        m_start = now;
    }
    /// Goes on from now, counting the time so far nowhere.
    void skip() { m_start = m_timer.nsecsElapsed(); }

private:
    qint64 *m_sum;
    qint64 m_start = 0;
    QElapsedTimer m_timer;
};

// Writes the copy of a file from a block of memory of its own. On Linux the blocks bypass the
// page cache (O_DIRECT): a copy is not read again soon (its thumbnail is made later, its
// checks read a few kilobytes), and filling the cache with a gigabyte of copies cost far more
// processor time than the disk took to write them, and pushed out what the user works with.
// Where the file system refuses that, and for the end of a file that does not fill a whole
// disk block, the copy is written through the page cache.
class CopyWriter final
{
public:
    explicit CopyWriter(QTemporaryFile &target)
        : m_target(target)
        , m_block(static_cast<char *>(std::aligned_alloc(DirectAlignment, Sha256::BlockSize)))
    {
        if (!m_block)
            qFatal("Out of memory for a copy's block");
#ifdef Q_OS_LINUX
        const int flags = ::fcntl(target.handle(), F_GETFL);
        m_direct = flags != -1 && ::fcntl(target.handle(), F_SETFL, flags | O_DIRECT) == 0;
#endif
    }
    CopyWriter(const CopyWriter &) = delete;
    CopyWriter &operator=(const CopyWriter &) = delete;

    char *block()
    {
        return m_block.get();
    }

    /// Writes the first @p size bytes of block().
    bool write(qint64 size, QString *error)
    {
#ifdef Q_OS_LINUX
        if (m_direct && size % DirectAlignment != 0)
            stopDirect();
        for (qint64 done = 0; done < size;) {
            const ssize_t n = ::write(m_target.handle(), m_block.get() + done, std::size_t(size - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EINVAL && m_direct) {
                stopDirect(); // the file system takes no direct writes after all
                continue;
            }
            if (n <= 0) {
                *error = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC));
                return false;
            }
            done += n;
            if (m_direct && done % DirectAlignment != 0)
                stopDirect();
        }
        return true;
#else
        if (m_target.write(m_block.get(), size) != size) {
            *error = m_target.errorString();
            return false;
        }
        return true;
#endif
    }

private:
    // Alignment of memory, offsets and lengths that direct writes need on any disk.
    static constexpr std::size_t DirectAlignment = 4096;

    void stopDirect()
    {
#ifdef Q_OS_LINUX
        const int flags = ::fcntl(m_target.handle(), F_GETFL);
        if (flags != -1)
            ::fcntl(m_target.handle(), F_SETFL, flags & ~O_DIRECT);
#endif
        m_direct = false;
    }

    struct Free
    {
        void operator()(char *block) const { std::free(block); }
    };
    QTemporaryFile &m_target;
    std::unique_ptr<char, Free> m_block;
    bool m_direct = false;
};

} // namespace

struct AssetImporter::Staged
{
    QString name;
    qint64 size = 0;
    QString sha256;
    AssetMetadata metadata;
    std::unique_ptr<QTemporaryFile> copy; // removed unless placed in the store
    std::optional<Asset> existing;
};

// A file staged by a worker, waiting to be recorded.
struct AssetImporter::Prepared
{
    QString path;
    qint64 size = 0;
    std::optional<Staged> staged;
    ImportResult result; // why not, when staged is empty
    ImportTimings timings;
};

AssetImporter::AssetImporter(Library &library, const ImportOptions &options)
    : m_library(library)
    , m_options(options)
    , m_store(library.path())
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT DISTINCT size FROM assets"_s)) {
        while (query.next())
            m_knownSizes.insert(query.value(0).toLongLong());
    }
}

AssetImporter::~AssetImporter()
{
    waitForThumbnails();
}

std::optional<Asset> AssetImporter::findBySha(const QString &sha256) const
{
    // Prepared once: it runs for every file of a batch.
    if (!m_findBySha) {
        m_findBySha = std::make_unique<QSqlQuery>(m_library.database());
        if (!Sql::prepare(
                *m_findBySha,
                u"SELECT id FROM assets WHERE sha256 = ? ORDER BY deleted_at IS NOT NULL, id LIMIT 1"_s,
                nullptr)) {
            m_findBySha.reset();
            return std::nullopt;
        }
    }
    QSqlQuery &query = *m_findBySha;
    query.bindValue(0, sha256);
    const bool found = Sql::exec(query, nullptr) && query.next();
    const qint64 id = found ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!found)
        return std::nullopt;
    return m_library.get<Asset>(id);
}

bool AssetImporter::copyAndHash(const QString &source, QTemporaryFile &target, QString *sha256,
                                AssetProbe::StreamCheck *check, const StageContext &context,
                                QString *error) const
{
    const std::atomic_bool *cancel = context.cancel;
    ImportTimings &timings = *context.timings;
    StageClock clock(&timings.readNs);
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
#ifdef Q_OS_LINUX
    ::posix_fadvise(in.handle(), 0, 0, POSIX_FADV_SEQUENTIAL); // a hint: read ahead further
#endif
    Sha256 hash;
    CopyWriter writer(target);
    for (;;) {
        if (isCancelled(cancel))
            return false;
        const qint64 n = in.read(writer.block(), Sha256::BlockSize);
        if (n < 0) {
            *error = in.errorString();
            return false;
        }
        if (n == 0)
            break;
        clock.lap(&timings.readNs);
        const qint64 cpuBefore = threadCpuNs();
        hash.addData(writer.block(), n);
        timings.hashCpuNs += threadCpuNs() - cpuBefore;
        timings.bytesHashed += n;
        clock.lap(&timings.hashNs);
        if (!writer.write(n, error))
            return false;
        clock.lap(&timings.writeNs);
        check->add(writer.block(), n);
        clock.lap(&timings.verifyNs);
    }
    if (!target.flush()) {
        *error = target.errorString();
        return false;
    }
    clock.lap(&timings.writeNs);
#ifdef Q_OS_UNIX
    // On the disk before it is renamed into place and recorded, so not even a power cut
    // leaves a record whose file is incomplete.
    if (context.syncEachFile && ::fdatasync(target.handle()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    clock.lap(&timings.syncNs);
#endif
    *sha256 = hash.hexResult();
    return true;
}

std::optional<AssetImporter::Staged> AssetImporter::stage(const QString &path, const std::atomic_bool *cancel,
                                                          ImportResult *result)
{
    StageContext context;
    context.cancel = cancel;
    context.timings = &m_timings;
    context.syncEachFile = m_options.syncFiles;
    context.isRecorded = [this](const QString &sha256) {
        return findBySha(sha256).has_value();
    };
    context.knownSizes = &m_knownSizes;
    if (!m_foldersReady) {
        QString problem;
        if (!m_store.ensureFolders(&problem)) {
            *result = refused(path, problem);
            return std::nullopt;
        }
        m_foldersReady = true;
    }
    std::optional<Staged> staged = stageFile(path, context, result);
    StageClock clock(&m_timings.recordNs);
    if (staged && !staged->existing)
        staged->existing = findBySha(staged->sha256);
    return staged;
}

std::optional<AssetImporter::Staged>
AssetImporter::stageFile(const QString &path, const StageContext &context, ImportResult *result) const
{
    const std::atomic_bool *cancel = context.cancel;
    ImportTimings &timings = *context.timings;
    StageClock clock(&timings.inspectNs);
    Staged staged;
    const QFileInfo info(path);
    staged.name = info.fileName();
    const QString native = QDir::toNativeSeparators(path);
    const auto refuse = [&](const QString &message) {
        *result = refused(path, message);
        return std::nullopt;
    };
    if (!info.exists())
        return refuse(Tr::tr("“%1” does not exist (any more). Check the name and the folder.").arg(native));
    if (!info.isFile())
        return refuse(
            Tr::tr("“%1” is not a regular file (it is a folder, a pipe or a device), so it cannot be "
                   "imported.")
                .arg(native));
    staged.size = info.size();
    if (staged.size == 0)
        return refuse(
            Tr::tr("“%1” is empty (0 bytes): there is nothing to import. It was probably not saved or "
                   "downloaded completely.")
                .arg(native));
    if (staged.size > m_options.maxFileSize)
        return refuse(Tr::tr("“%1” is %2, more than the %3 the media library takes.")
                          .arg(native, QLocale().formattedDataSize(staged.size),
                               QLocale().formattedDataSize(m_options.maxFileSize)));
    {
        // Opened first: without read access, the type would be guessed from the name.
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return refuse(Tr::tr("“%1” cannot be read: %2. Check that you may read the file.")
                              .arg(native, probe.errorString()));
    }
    QString problem;
    std::optional<AssetMetadata> metadata = AssetProbe::inspect(path, native, m_options, &problem);
    if (!metadata)
        return refuse(problem);
    staged.metadata = std::move(*metadata);

    // Content of a size already in the library may be there already: hash it before
    // copying, so a second import copies nothing.
    if (context.knownSizes->contains(staged.size)) {
        clock.lap(&timings.inspectNs);
        const qint64 cpuBefore = threadCpuNs();
        const std::optional<QString> sha = Sha256::ofFile(path, &problem);
        timings.hashCpuNs += threadCpuNs() - cpuBefore; // reading included: an upper bound
        clock.lap(&timings.hashNs);
        if (!sha)
            return refuse(problem);
        timings.bytesHashed += staged.size;
        const bool recorded = context.isRecorded(*sha);
        clock.lap(&timings.recordNs);
        if (recorded && m_store.contains(*sha)) {
            staged.sha256 = *sha; // no copy: the caller finds the record
            return staged;
        }
    }
    clock.lap(&timings.inspectNs);
    staged.copy = std::make_unique<QTemporaryFile>(m_store.tempFolder() + u"/import-XXXXXX.part"_s);
    const bool opened = staged.copy->open();
    clock.lap(&timings.writeNs);
    if (!opened)
        return refuse(
            Tr::tr("Cannot copy “%1” into the media folder “%2”: %3. Check the free disk space and that "
                   "you may write there.")
                .arg(native, QDir::toNativeSeparators(m_store.root()), staged.copy->errorString()));
    // Checked as the bytes go by where the format allows, so the copy is not read back.
    AssetProbe::StreamCheck check(staged.metadata.mimeType);
    const bool copied = copyAndHash(path, *staged.copy, &staged.sha256, &check, context, &problem);
    clock.skip(); // copyAndHash() counts its own stages
    if (!copied) {
        if (isCancelled(cancel)) {
            result->sourcePath = path;
            result->status = ImportResult::Status::Cancelled;
            result->message =
                Tr::tr("The import was cancelled while “%1” was copied; nothing of it was kept.").arg(native);
            return std::nullopt;
        }
        return refuse(
            Tr::tr("Cannot copy “%1” into the media folder: %2. Check the free disk space and that the "
                   "file is still there.")
                .arg(native, problem));
    }
    staged.copy->close();
    clock.lap(&timings.writeNs);
    // Checked on the copy: what is stored is exactly what was checked, even if the original
    // changes meanwhile.
    const bool whole = AssetProbe::verify(staged.copy->fileName(), native, &staged.metadata, check, &problem);
    clock.lap(&timings.verifyNs);
    if (!whole)
        return refuse(problem);
    return staged;
}

bool AssetImporter::placeInStore(Staged &staged, QString *error)
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

void AssetImporter::queueThumbnail(const Asset &asset)
{
    if (m_options.thumbnailSize <= 0)
        return;
    if (!m_thumbnails) {
        m_thumbnails = std::make_unique<QThreadPool>();
        m_thumbnails->setMaxThreadCount(1);
    }
    // A missing thumbnail is made again when it is shown, so a failure here is harmless.
    m_thumbnails->start(
        [store = m_store, sha256 = asset.sha256, mimeType = asset.mimeType, edge = m_options.thumbnailSize] {
            QString ignored;
            ThumbnailCache::loadOrMake(store, sha256, mimeType, edge, &ignored);
        });
}

void AssetImporter::waitForThumbnails()
{
    if (m_thumbnails)
        m_thumbnails->waitForDone();
}

ImportResult AssetImporter::alreadyPresent(const QString &path, Asset existing)
{
    ImportResult result;
    result.sourcePath = path;
    result.status = ImportResult::Status::AlreadyPresent;
    QString error;
    if (existing.isTrashed()) {
        if (!m_library.restore(RecordType::Asset, existing.id, &error))
            return refused(path, error);
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

ImportResult AssetImporter::importFile(const QString &path, const std::atomic_bool *cancel)
{
    ImportResult result;
    std::optional<Staged> staged = stage(path, cancel, &result);
    if (!staged)
        return result;
    return record(path, *staged);
}

ImportResult AssetImporter::record(const QString &path, Staged &staged)
{
    ImportResult result;
    QString error;
    StageClock clock(&m_timings.recordNs);
    const bool placed = placeInStore(staged, &error);
    clock.lap(&m_timings.placeNs);
    if (!placed)
        return refused(path, error);
    if (staged.existing)
        return alreadyPresent(path, std::move(*staged.existing));

    Asset asset;
    asset.sha256 = staged.sha256;
    asset.originalName = printableName(staged.name);
    asset.mimeType = staged.metadata.mimeType;
    asset.size = staged.size;
    asset.title = printableName(staged.metadata.title);
    asset.kind = asset.mimeType == u"application/pdf" ? AssetKind::Brochure : AssetKind::Image;
    asset.width = staged.metadata.width;
    asset.height = staged.metadata.height;
    asset.pageCount = staged.metadata.pageCount;
    asset.author = printableName(staged.metadata.author);
    if (!m_library.save(asset, &error))
        return refused(path,
                       Tr::tr("“%1” was copied but could not be recorded: %2")
                           .arg(QDir::toNativeSeparators(path), error));
    m_knownSizes.insert(asset.size);
    queueThumbnail(asset);
    result.sourcePath = path;
    result.status = ImportResult::Status::Imported;
    result.message = Tr::tr("Imported “%1”.").arg(QDir::toNativeSeparators(path));
    result.asset = std::move(asset);
    return result;
}

ImportResult AssetImporter::replaceFile(qint64 assetId, const QString &path, const std::atomic_bool *cancel)
{
    QString error;
    std::optional<Asset> asset = m_library.get<Asset>(assetId, &error);
    if (!asset)
        return refused(path, error);
    ImportResult result;
    std::optional<Staged> staged = stage(path, cancel, &result);
    if (!staged)
        return result;
    if (!placeInStore(*staged, &error))
        return refused(path, error);
    asset->sha256 = staged->sha256;
    asset->originalName = printableName(staged->name);
    asset->mimeType = staged->metadata.mimeType;
    asset->size = staged->size;
    asset->width = staged->metadata.width;
    asset->height = staged->metadata.height;
    asset->pageCount = staged->metadata.pageCount;
    asset->author = printableName(staged->metadata.author);
    if (!m_library.save(*asset, &error))
        return refused(path, error);
    m_knownSizes.insert(asset->size);
    queueThumbnail(*asset);
    result.sourcePath = path;
    result.status = ImportResult::Status::Imported;
    result.message =
        Tr::tr("The file of “%1” is now “%2”.").arg(asset->label(), QDir::toNativeSeparators(path));
    result.asset = std::move(*asset);
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
            list.problems.append(refused(
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
            deliver(refused(file, error), 0);
        return summary;
    }
    m_foldersReady = true;

    // Content of a size already in the library is hashed before it is copied; the hashes
    // recorded when the batch starts say whether the copy can be left out.
    QSet<QString> knownHashes;
    if (!m_knownSizes.isEmpty()) {
        QSqlQuery query(m_library.database());
        query.setForwardOnly(true);
        if (query.exec(u"SELECT DISTINCT sha256 FROM assets"_s)) {
            while (query.next())
                knownHashes.insert(query.value(0).toString());
        }
    }
    const QSet<qint64> knownSizes = m_knownSizes;
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
    std::deque<std::future<Prepared>> pending;
    qsizetype next = 0;
    const auto fill = [&] {
        while (qsizetype(pending.size()) < window && next < list.files.size()) {
            auto promise = std::make_shared<std::promise<Prepared>>();
            pending.push_back(promise->get_future());
            workers.start([this, promise, &shared, path = list.files.at(next)] {
                lowerCurrentThreadPriority(5);
                Prepared prepared;
                prepared.path = path;
                StageContext context = shared;
                context.timings = &prepared.timings;
                prepared.staged = stageFile(path, context, &prepared.result);
                prepared.size = prepared.staged ? prepared.staged->size : QFileInfo(path).size();
                promise->set_value(std::move(prepared));
            });
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
            batch.push_back(pending.front().get());
            pending.pop_front();
            fill();
        }
        const QList<ImportResult> results = recordBatch(batch, syncBatches, cancel);
        for (qsizetype i = 0; i < results.size(); ++i)
            deliver(results.at(i), batch.at(std::size_t(i)).size);
    }
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
                    results.append(
                        refused(prepared.path,
                                Tr::tr("Cannot flush the copy of “%1” to the disk: %2. Check the disk "
                                       "and import the file again.")
                                    .arg(QDir::toNativeSeparators(prepared.path), syncError)));
                } else {
                    Staged &staged = *prepared.staged;
                    {
                        StageClock clock(&m_timings.recordNs);
                        if (!staged.existing)
                            staged.existing = findBySha(staged.sha256);
                    }
                    if (!staged.copy && !staged.existing) {
                        // Recorded when the batch started, gone since: copied after all.
                        ImportResult result;
                        std::optional<Staged> again = stage(prepared.path, cancel, &result);
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
            const ImportResult failed = refused(batch[i].path,
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
