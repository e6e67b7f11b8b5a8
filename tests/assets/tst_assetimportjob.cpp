// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/assetimportjob.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

class TestAssetImportJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsOnAWorkerAndReportsOnTheOwnerThread();
    void cancelStopsTheImport();
    void replacesAFile();
    void missingLibraryIsReported();

private:
    void writeSources(int count);
    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestAssetImportJob::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestAssetImportJob::cleanup()
{
    m_lib.reset();
}

void TestAssetImportJob::writeSources(int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(Fixtures::write(m_lib->folder() + u"/in/%1.svg"_s.arg(i), Fixtures::svg(20 + i, 20)));
}

void TestAssetImportJob::importsOnAWorkerAndReportsOnTheOwnerThread()
{
    writeSources(30);
    QVERIFY(Fixtures::write(m_lib->folder() + u"/in/empty.png"_s, {}));
    AssetImportJob job(m_lib->path());
    QSignalSpy finished(&job, &AssetImportJob::finished);
    QSignalSpy progress(&job, &AssetImportJob::progressChanged);
    int results = 0;
    bool allOnOwnerThread = true;
    connect(&job, &AssetImportJob::fileFinished, this, [&](const ImportResult &) {
        ++results;
        allOnOwnerThread = allOnOwnerThread && QThread::currentThread() == thread();
    });
    QVERIFY(job.start({ m_lib->folder() + u"/in"_s }));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start({})); // one import at a time
    QVERIFY(finished.wait(60000));
    QVERIFY(!job.isRunning());
    const auto summary = finished[0][0].value<ImportSummary>();
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.imported, 30);
    QCOMPARE(summary.refused, 1);
    QCOMPARE(results, 31);
    QVERIFY(allOnOwnerThread);
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last()[0].value<ImportProgress>();
    QCOMPARE(last.filesDone, 31);
    QCOMPARE(last.filesTotal, 31);
    // The worker wrote through its own connection; this thread's library sees the records.
    QCOMPARE(m_lib->library().count(RecordType::Asset), 30);
}

void TestAssetImportJob::cancelStopsTheImport()
{
    writeSources(200);
    AssetImportJob job(m_lib->path());
    QSignalSpy finished(&job, &AssetImportJob::finished);
    connect(&job, &AssetImportJob::fileFinished, &job, &AssetImportJob::cancel);
    QVERIFY(job.start({ m_lib->folder() + u"/in"_s }));
    QVERIFY(finished.wait(60000));
    const auto summary = finished[0][0].value<ImportSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.notProcessed > 0);
    QCOMPARE(summary.imported + summary.notProcessed, 200);
    QCOMPARE(m_lib->library().count(RecordType::Asset), summary.imported);
}

void TestAssetImportJob::replacesAFile()
{
    writeSources(1);
    AssetImportJob job(m_lib->path());
    QSignalSpy finished(&job, &AssetImportJob::finished);
    QSignalSpy files(&job, &AssetImportJob::fileFinished);
    QVERIFY(job.start({ m_lib->folder() + u"/in/0.svg"_s }));
    QVERIFY(finished.wait());
    const qint64 id = files[0][0].value<ImportResult>().asset.id;
    QVERIFY(Fixtures::write(m_lib->folder() + u"/new.png"_s, Fixtures::image(10, 10)));
    QVERIFY(job.startReplace(id, m_lib->folder() + u"/new.png"_s));
    QVERIFY(finished.wait());
    QCOMPARE(m_lib->library().get<Asset>(id)->mimeType, u"image/png"_s);
}

void TestAssetImportJob::missingLibraryIsReported()
{
    AssetImportJob job(m_lib->folder() + u"/no such library.qdlib"_s);
    QSignalSpy finished(&job, &AssetImportJob::finished);
    QVERIFY(job.start({ m_lib->folder() }));
    QVERIFY(finished.wait());
    const auto summary = finished[0][0].value<ImportSummary>();
    QVERIFY2(summary.error.contains(u"does not exist"_s), qPrintable(summary.error));
    QCOMPARE(summary.text(), summary.error);
}

QTEST_MAIN(TestAssetImportJob)
#include "tst_assetimportjob.moc"
