// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetprobe.h"
#include "assetstore.h"
#include "importresult.h"

#include <QSet>
#include <QTemporaryFile>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace QuoteDesk {

/// True when @p cancel is set and has become true.
inline bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// A file checked, copied into the store's temporary folder and hashed, not recorded yet.
struct StagedFile
{
    QString name;
    qint64 size = 0;
    QString sha256;
    AssetMetadata metadata;
    std::unique_ptr<QTemporaryFile> copy; ///< removed unless placed in the store
    std::optional<Asset> existing; ///< the record of the same content, once looked up
};

/// What staging a file may use: safe on any thread when isRecorded is.
struct StageContext
{
    const std::atomic_bool *cancel = nullptr;
    ImportTimings *timings = nullptr;
    bool syncEachFile = false;
    const QSet<qint64> *knownSizes = nullptr;
    std::function<bool(const QString &sha256)> isRecorded;
};

/// Checks, copies, hashes and verifies one file without touching the library, so that
/// workers can stage files side by side.
///
/// The file's type and pixel size come from its header; then it is hashed (SHA-256) while it
/// is copied into a temporary file of the store, and the copy is checked for damage without
/// decoding any pixels. Content of a size the library holds is hashed first, and not copied
/// when the library and the store have it already.
class FileStager final
{
public:
    FileStager(const AssetStore &store, const ImportOptions &options);

    /// The staged file at @p path, or nothing with the reason in @p result (Refused, or
    /// Cancelled when the context's cancel became true during the copy).
    std::optional<StagedFile> stage(const QString &path, const StageContext &context,
                                    ImportResult *result) const;

private:
    bool copyAndHash(const QString &source, QTemporaryFile &target, QString *sha256,
                     AssetProbe::StreamCheck *check, const StageContext &context, QString *error) const;

    AssetStore m_store;
    ImportOptions m_options;
};

} // namespace QuoteDesk
