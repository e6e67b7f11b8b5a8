// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QMetaType>
#include <QString>

namespace QuoteDesk {

/// What the importer may take in.
struct ImportOptions
{
    /// Images with more pixels are refused from their header, before any decoding.
    qint64 maxPixels = 100'000'000;
    /// Files larger than this are refused before they are copied.
    qint64 maxFileSize = qint64(2) * 1024 * 1024 * 1024;
    /// Edge of a thumbnail made on a background thread after each file is imported, ahead of
    /// ThumbnailCache (0: none, the default; the cache makes them when they are shown).
    int thumbnailSize = 0;
    /// Flush copied files to the disk before they are renamed into place and recorded, so
    /// that not even a power cut leaves a record with an incomplete file (importPaths() on
    /// Linux: one syncfs() per batch; elsewhere and for single files: fdatasync() per file). Off
    /// (the default), a killed process still leaves none (the system keeps what was
    /// written), the import runs at the speed of memory rather than of the disk, and a power
    /// cut is met as the library's own writes meet it (WAL with synchronous=NORMAL): the
    /// last changes may be lost, and a file left without its record is cleaned up at the
    /// next start (AssetStore::cleanupOrphans).
    bool syncFiles = false;
};

/// The outcome of importing one file.
struct ImportResult
{
    enum class Status {
        Imported, ///< copied into the store and recorded
        AlreadyPresent, ///< the same content is already in the library: nothing copied
        Refused, ///< not imported: the message says why and what to do
        Cancelled, ///< the import was cancelled before or while this file was read
    };

    QString sourcePath;
    Status status = Status::Refused;
    QString message; ///< translated, names the file; for every status
    Asset asset; ///< the new record, or the existing one for AlreadyPresent

    bool isOk() const { return status == Status::Imported || status == Status::AlreadyPresent; }

    /// A Refused result for @p sourcePath that says why in @p message.
    static ImportResult refused(const QString &sourcePath, const QString &message);
};

/// How far a batch has come.
struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
};

/// Where the time of a batch went: clock time in each stage, summed over its files and over
/// the threads that ran the stage (so with several staging threads the sum exceeds the
/// batch's clock time), for benchmarks and diagnostics.
struct ImportTimings
{
    qint64 listNs = 0; ///< finding the files (folders walked, sizes read)
    qint64 inspectNs = 0; ///< type by content, image header, file checks before the copy
    qint64 readNs = 0; ///< reading the source files
    qint64 hashNs = 0; ///< SHA-256 (libcrypto) of what was read
    /// Processor time of the hashing threads inside SHA-256: unlike hashNs not inflated
    /// while a thread waits for a processor that other threads or programs hold.
    qint64 hashCpuNs = 0;
    /// creating the temporary copies and writing them (on Linux past the page cache, so this
    /// includes waiting for the disk)
    qint64 writeNs = 0;
    qint64 syncNs = 0; ///< flushing copies to the disk (ImportOptions::syncFiles)
    /// structural checks: PNG checksums as the bytes are copied, then PDF load, end markers
    /// and SVG parse on the copies
    qint64 verifyNs = 0;
    qint64 placeNs = 0; ///< renaming the copies into the store
    qint64 recordNs = 0; ///< the library: lookup by hash, insert, commit
    qint64 bytesHashed = 0;
    int stagingThreads = 1; ///< threads that checked, copied and hashed files side by side

    ImportTimings &operator+=(const ImportTimings &other);
};

/// Counts of a finished (or cancelled) batch.
struct ImportSummary
{
    int imported = 0;
    int alreadyPresent = 0;
    int refused = 0;
    int notProcessed = 0; ///< left out because the batch was cancelled
    bool cancelled = false;
    QString error; ///< set when the batch could not run at all (library not writable, …)
    ImportTimings timings;

    void add(const ImportResult &result);
    /// A sentence for a status bar or the command line.
    QString text() const;
};

} // namespace QuoteDesk

Q_DECLARE_METATYPE(QuoteDesk::ImportResult)
Q_DECLARE_METATYPE(QuoteDesk::ImportProgress)
Q_DECLARE_METATYPE(QuoteDesk::ImportSummary)
