// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>

namespace QuoteDesk {

/// Imports files into a library on a worker thread, so the window stays responsive.
///
/// The worker opens its own connection to the library file (connections belong to one
/// thread) and saves each record there; the library open on the owner's thread sees the new
/// records as they are committed. Signals arrive on the thread that owns the job.
class AssetImportJob final : public QObject
{
    Q_OBJECT
public:
    explicit AssetImportJob(const QString &libraryPath, const ImportOptions &options = {},
                            QObject *parent = nullptr);
    /// Cancels a running import and waits for the file in progress to be cleaned up; an
    /// import that has not begun yet is dropped.
    ~AssetImportJob() override;

    /// Starts importing files and folders; false when an import is running already.
    bool start(const QStringList &paths);
    /// Starts replacing the file of asset @p assetId with the file at @p path.
    bool startReplace(qint64 assetId, const QString &path);
    /// True from start() until finished() has been emitted.
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    /// Stops after the file in progress (whose copy is abandoned); finished() follows.
    void cancel();

Q_SIGNALS:
    /// At most every 50 ms, and once at the end.
    void progressChanged(const QuoteDesk::ImportProgress &progress);
    void fileFinished(const QuoteDesk::ImportResult &result);
    void finished(const QuoteDesk::ImportSummary &summary);

private:
    bool launch(const QStringList &paths, qint64 replaceId);
    // On the worker: reports each file as it is done; its result is the summary.
    ImportSummary run(const QStringList &paths, qint64 replaceId);

    QString m_libraryPath;
    ImportOptions m_options;
    std::atomic_bool m_cancel { false };
    QThreadPool m_pool; // one thread at QThread::LowPriority; its staging workers go lower
    QFutureWatcher<ImportSummary> m_import; // brings the summary back to this thread
    bool m_running = false;
};

} // namespace QuoteDesk
