// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestager.h"

#include "copywriter.h"
#include "sha256.h"
#include "stageclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstring>

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

} // namespace

FileStager::FileStager(const AssetStore &store, const ImportOptions &options)
    : m_store(store)
    , m_options(options)
{
}

bool FileStager::copyAndHash(const QString &source, QTemporaryFile &target, QString *sha256,
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

std::optional<StagedFile> FileStager::stage(const QString &path, const StageContext &context,
                                            ImportResult *result) const
{
    const std::atomic_bool *cancel = context.cancel;
    ImportTimings &timings = *context.timings;
    StageClock clock(&timings.inspectNs);
    StagedFile staged;
    const QFileInfo info(path);
    staged.name = info.fileName();
    const QString native = QDir::toNativeSeparators(path);
    const auto refuse = [&](const QString &message) {
        *result = ImportResult::refused(path, message);
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

} // namespace QuoteDesk
