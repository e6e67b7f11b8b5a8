// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/assetimporter.h"
#include "assets/assetimportjob.h"
#include "assets/thumbnailcache.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

// The background work of the media library as its owners end: what they wait for, what they
// drop, and that the thread that imports keeps its priority. The sanitizer build turns a
// worker that outlives its owner into a failure.
class TestAssetBackground final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importerWaitsForItsThumbnails();
    void thumbnailCacheDropsWaitingRequests();
    void importJobEndsWhileImporting();
    void importingThreadKeepsItsPriority();

private:
    // @p count SVG drawings in in/, each of its own content.
    QString writeSources(int count);

    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestAssetBackground::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestAssetBackground::cleanup()
{
    m_lib.reset();
}

QString TestAssetBackground::writeSources(int count)
{
    const QString folder = m_lib->folder() + u"/in"_s;
    for (int i = 0; i < count; ++i) {
        if (!Fixtures::write(folder + u"/%1.svg"_s.arg(i), Fixtures::svg(20 + i, 20)))
            qWarning("cannot write the sources");
    }
    return folder;
}

// No waitForThumbnails(): the destructor waits for every thumbnail queued.
void TestAssetBackground::importerWaitsForItsThumbnails()
{
    const QString folder = writeSources(12);
    ImportOptions options;
    options.thumbnailSize = 64;
    QStringList hashes;
    const AssetStore store(m_lib->path());
    {
        AssetImporter importer(m_lib->library(), options);
        const ImportSummary summary =
            importer.importPaths({ folder }, [&](const ImportResult &result, const ImportProgress &) {
                hashes.append(result.asset.sha256);
            });
        QCOMPARE(summary.imported, 12);
    }
    QCOMPARE(hashes.size(), 12);
    for (const QString &sha256 : std::as_const(hashes))
        QVERIFY2(QFileInfo::exists(store.thumbnailPath(sha256, 64)), qPrintable(sha256));
}

// A cache that goes with requests still waiting neither delivers them later nor leaves a
// worker behind that reaches for it.
void TestAssetBackground::thumbnailCacheDropsWaitingRequests()
{
    const QString folder = writeSources(40);
    QList<Asset> assets;
    {
        AssetImporter importer(m_lib->library());
        importer.importPaths({ folder }, [&](const ImportResult &result, const ImportProgress &) {
            assets.append(result.asset);
        });
    }
    QCOMPARE(assets.size(), 40);
    int delivered = 0;
    {
        ThumbnailCache cache(m_lib->path());
        connect(&cache, &ThumbnailCache::thumbnailReady, this, [&delivered] { ++delivered; });
        connect(&cache, &ThumbnailCache::thumbnailFailed, this, [&delivered] { ++delivered; });
        for (const Asset &asset : std::as_const(assets)) {
            for (const int edge : { 32, 48, 64 })
                QVERIFY(cache.thumbnail(asset.sha256, asset.mimeType, edge).isNull());
        }
        QCOMPARE(cache.pendingCount(), 120);
    }
    QCoreApplication::processEvents(); // what a worker may have posted meets no cache
    QCOMPARE(delivered, 0);

    // A cache that is left to finish delivers every request once.
    ThumbnailCache cache(m_lib->path());
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    for (const Asset &asset : std::as_const(assets))
        QVERIFY(cache.thumbnail(asset.sha256, asset.mimeType, 32).isNull());
    QVERIFY(cache.waitForDone(60000));
    QTRY_COMPARE(ready.size(), 40);
    QCOMPARE(cache.pendingCount(), 0);
}

// The job goes while its worker imports: the worker stops after the file in progress, and
// what it recorded is whole (every record has its file, no copy is left in tmp/).
void TestAssetBackground::importJobEndsWhileImporting()
{
    const QString folder = writeSources(200);
    {
        AssetImportJob job(m_lib->path());
        QSignalSpy files(&job, &AssetImportJob::fileFinished);
        QVERIFY(job.start({ folder }));
        QVERIFY(files.wait(60000));
    }
    QCoreApplication::processEvents(); // signals the worker posted meet no job
    const AssetStore store(m_lib->path());
    QCOMPARE(QDir(store.tempFolder()).entryList(QDir::Files), QStringList());
    const QList<Asset> recorded = m_lib->library().list<Asset>();
    QVERIFY(!recorded.isEmpty());
    for (const Asset &asset : recorded)
        QVERIFY2(store.contains(asset.sha256), qPrintable(asset.originalName));

    // A job that goes right after start() (its import dropped or cancelled at once) leaves
    // nothing half-done either.
    {
        AssetImportJob job(m_lib->path());
        QVERIFY(job.start({ folder }));
    }
    QCOMPARE(QDir(store.tempFolder()).entryList(QDir::Files), QStringList());
}

// The staging workers run below the importing thread's priority; a file this thread stages
// itself (when it waits for one no worker has taken yet) must not lower its own.
void TestAssetBackground::importingThreadKeepsItsPriority()
{
#ifdef Q_OS_LINUX
    const auto ownNice = [] {
        errno = 0;
        const int nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()));
        return errno == 0 ? nice : -100;
    };
    const int before = ownNice();
    QVERIFY(before != -100);
    const QString folder = writeSources(300);
    for (int round = 0; round < 3; ++round) {
        Test::TempLibrary library;
        QVERIFY2(library.open(), qPrintable(library.error()));
        AssetImporter importer(library.library());
        const ImportSummary summary = importer.importPaths({ folder }, {});
        QCOMPARE(summary.imported, 300);
        QCOMPARE(ownNice(), before);
    }
#else
    QSKIP("thread priorities are lowered on Linux only (lib/util/threadpriority.h)");
#endif
}

QTEST_MAIN(TestAssetBackground)
#include "tst_assetbackground.moc"
