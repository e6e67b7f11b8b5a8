// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetimportjob.h"

#include "assetimporter.h"
#include "store/library.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

// Often enough for a smooth progress bar, rarely enough not to flood the owner's queue.
constexpr qint64 ProgressIntervalMs = 50;

} // namespace

AssetImportJob::AssetImportJob(const QString &libraryPath, const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_options(options)
{
    qRegisterMetaType<ImportResult>();
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportSummary>();
    m_pool.setMaxThreadCount(1);
    m_pool.setThreadPriority(QThread::LowPriority);
    m_pool.setObjectName(u"asset import"_s);
    // Posted after the worker's last fileFinished() and progressChanged(), so it comes last.
    connect(&m_import, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_import.result());
    });
}

AssetImportJob::~AssetImportJob()
{
    m_cancel = true;
    // An import not begun yet is dropped; its future never finishes, and nothing waits for it.
    m_pool.clear();
    m_pool.waitForDone();
}

bool AssetImportJob::start(const QStringList &paths)
{
    return launch(paths, 0);
}

bool AssetImportJob::startReplace(qint64 assetId, const QString &path)
{
    return launch({ path }, assetId);
}

void AssetImportJob::cancel()
{
    m_cancel = true;
}

bool AssetImportJob::launch(const QStringList &paths, qint64 replaceId)
{
    if (m_running)
        return false; // finished() comes once the future has finished: then a new one may start
    m_cancel = false;
    m_running = true;
    m_import.setFuture(
        QtConcurrent::run(&m_pool, [this, paths, replaceId] { return run(paths, replaceId); }));
    return true;
}

ImportSummary AssetImportJob::run(const QStringList &paths, qint64 replaceId)
{
    ImportSummary summary;
    Library library;
    Library::OpenOptions openOptions;
    openOptions.create = false;
    if (!library.open(m_libraryPath, &summary.error, openOptions))
        return summary;
    AssetImporter importer(library, m_options);
    if (replaceId > 0) {
        const ImportResult result = importer.replaceFile(replaceId, paths.value(0), &m_cancel);
        summary.add(result);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT fileFinished(result); }, Qt::QueuedConnection);
        return summary;
    }

    QElapsedTimer sinceProgress;
    sinceProgress.start();
    ImportProgress last;
    const auto onResult = [&](const ImportResult &result, const ImportProgress &progress) {
        last = progress;
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT fileFinished(result); }, Qt::QueuedConnection);
        if (sinceProgress.elapsed() >= ProgressIntervalMs) {
            sinceProgress.restart();
            QMetaObject::invokeMethod(
                this, [this, progress] { Q_EMIT progressChanged(progress); }, Qt::QueuedConnection);
        }
    };
    summary = importer.importPaths(paths, onResult, &m_cancel);
    QMetaObject::invokeMethod(
        this, [this, last] { Q_EMIT progressChanged(last); }, Qt::QueuedConnection);
    return summary;
}

} // namespace QuoteDesk
