// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetimportjob.h"

#include "assetimporter.h"
#include "store/library.h"

#include <QElapsedTimer>
#include <QThread>

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
}

AssetImportJob::~AssetImportJob()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
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
        return false;
    if (m_thread)
        m_thread->wait(); // finished() was delivered: the thread is ending or ended
    m_cancel = false;
    m_running = true;
    m_thread.reset(QThread::create([this, paths, replaceId] { run(paths, replaceId); }));
    m_thread->setObjectName(u"asset import"_s);
    m_thread->start(QThread::LowPriority);
    return true;
}

void AssetImportJob::run(const QStringList &paths, qint64 replaceId)
{
    ImportSummary summary;
    const auto deliverSummary = [this, &summary] {
        QMetaObject::invokeMethod(
            this,
            [this, summary] {
                m_running = false;
                Q_EMIT finished(summary);
            },
            Qt::QueuedConnection);
    };
    Library library;
    Library::OpenOptions openOptions;
    openOptions.create = false;
    if (!library.open(m_libraryPath, &summary.error, openOptions)) {
        deliverSummary();
        return;
    }
    AssetImporter importer(library, m_options);
    if (replaceId > 0) {
        const ImportResult result = importer.replaceFile(replaceId, paths.value(0), &m_cancel);
        summary.add(result);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT fileFinished(result); }, Qt::QueuedConnection);
        deliverSummary();
        return;
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
    deliverSummary();
}

} // namespace QuoteDesk
