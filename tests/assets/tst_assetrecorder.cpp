// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/assetrecorder.h"
#include "assets/filestager.h"
#include "assets/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

class TestAssetRecorder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordsAFileOnceItIsInPlace();
    void sameContentIsAlreadyPresent();
    void trashedRecordComesBack();
    void controlCharactersLeaveTheRecord();
    void replaceKeepsTheRecord();

private:
    // The file @p name with @p bytes, staged as the importer stages it.
    StagedFile stage(const QString &name, const QByteArray &bytes, QString *path = nullptr);

    std::unique_ptr<Test::TempLibrary> m_lib;
    ImportTimings m_timings;
};

void TestAssetRecorder::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_timings = {};
}

void TestAssetRecorder::cleanup()
{
    m_lib.reset();
}

StagedFile TestAssetRecorder::stage(const QString &name, const QByteArray &bytes, QString *path)
{
    const QString source = m_lib->folder() + u"/in/"_s + name;
    if (path)
        *path = source;
    const AssetStore store(m_lib->path());
    QString error;
    if (!Fixtures::write(source, bytes) || !store.ensureFolders(&error))
        qWarning("cannot write %s %s", qPrintable(source), qPrintable(error));
    const QSet<qint64> noSizes;
    StageContext context;
    context.timings = &m_timings;
    context.knownSizes = &noSizes;
    ImportResult result;
    std::optional<StagedFile> staged = FileStager(store, {}).stage(source, context, &result);
    if (!staged)
        qWarning("cannot stage %s: %s", qPrintable(source), qPrintable(result.message));
    return staged ? std::move(*staged) : StagedFile();
}

void TestAssetRecorder::recordsAFileOnceItIsInPlace()
{
    const QByteArray bytes = Fixtures::image(24, 12);
    QString path;
    StagedFile staged = stage(u"bar chart.png"_s, bytes, &path);
    QVERIFY(staged.copy);
    const QString copy = staged.copy->fileName();
    const AssetStore store(m_lib->path());
    AssetRecorder recorder(m_lib->library(), store);
    QVERIFY(recorder.knownSizes().isEmpty());

    const ImportResult result = recorder.record(path, staged, &m_timings);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.sourcePath, path);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
    // The copy was renamed into the store under its hash, then recorded.
    QVERIFY(store.contains(Sha256::ofData(bytes)));
    QVERIFY(!QFile::exists(copy));
    const std::optional<Asset> saved = m_lib->library().get<Asset>(result.asset.id);
    QVERIFY(saved);
    QCOMPARE(saved->sha256, Sha256::ofData(bytes));
    QCOMPARE(saved->originalName, u"bar chart.png"_s);
    QCOMPARE(saved->mimeType, u"image/png"_s);
    QCOMPARE(saved->size, bytes.size());
    QCOMPARE(saved->width, 24);
    QCOMPARE(saved->height, 12);
    QCOMPARE(saved->kind, AssetKind::Image);
    QVERIFY(recorder.knownSizes().contains(bytes.size()));
    QVERIFY(recorder.recordedHashes().contains(saved->sha256));
    QCOMPARE(recorder.findBySha(saved->sha256)->id, saved->id);
    // A recorder made later reads what is recorded from the library.
    QVERIFY(AssetRecorder(m_lib->library(), store).knownSizes().contains(bytes.size()));
}

void TestAssetRecorder::sameContentIsAlreadyPresent()
{
    const QByteArray pdf = Fixtures::brochurePdf();
    AssetRecorder recorder(m_lib->library(), AssetStore(m_lib->path()));
    QString path;
    StagedFile first = stage(u"brochure.pdf"_s, pdf, &path);
    const ImportResult imported = recorder.record(path, first, &m_timings);
    QCOMPARE(imported.status, ImportResult::Status::Imported);
    QCOMPARE(imported.asset.kind, AssetKind::Brochure);

    StagedFile second = stage(u"copy of brochure.pdf"_s, pdf, &path);
    second.existing = recorder.findBySha(second.sha256);
    QVERIFY(second.existing);
    const ImportResult again = recorder.record(path, second, &m_timings);
    QCOMPARE(again.status, ImportResult::Status::AlreadyPresent);
    QCOMPARE(again.asset.id, imported.asset.id);
    QCOMPARE(m_lib->library().count(RecordType::Asset), 1);
}

void TestAssetRecorder::trashedRecordComesBack()
{
    AssetRecorder recorder(m_lib->library(), AssetStore(m_lib->path()));
    QString path;
    StagedFile first = stage(u"logo.svg"_s, Fixtures::svg(16, 16), &path);
    const qint64 id = recorder.record(path, first, &m_timings).asset.id;
    QString error;
    QVERIFY2(m_lib->library().trash(RecordType::Asset, id, &error), qPrintable(error));

    StagedFile second = stage(u"logo again.svg"_s, Fixtures::svg(16, 16), &path);
    second.existing = recorder.findBySha(second.sha256);
    QVERIFY(second.existing && second.existing->isTrashed());
    const ImportResult result = recorder.record(path, second, &m_timings);
    QCOMPARE(result.status, ImportResult::Status::AlreadyPresent);
    QVERIFY2(result.message.contains(u"trash"_s), qPrintable(result.message));
    QVERIFY(!m_lib->library().get<Asset>(id)->isTrashed());
}

void TestAssetRecorder::controlCharactersLeaveTheRecord()
{
#ifdef Q_OS_WIN
    QSKIP("Windows file names hold no control characters");
#endif
    AssetRecorder recorder(m_lib->library(), AssetStore(m_lib->path()));
    QString path;
    StagedFile staged = stage(u"tab\there.png"_s, Fixtures::image(8, 8), &path);
    const ImportResult result = recorder.record(path, staged, &m_timings);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.asset.originalName, u"tab\uFFFDhere.png"_s);
}

void TestAssetRecorder::replaceKeepsTheRecord()
{
    AssetRecorder recorder(m_lib->library(), AssetStore(m_lib->path()));
    QString path;
    StagedFile first = stage(u"portrait.png"_s, Fixtures::image(10, 10), &path);
    Asset asset = recorder.record(path, first, &m_timings).asset;
    asset.title = u"Portrait of the speaker"_s;
    QString error;
    QVERIFY2(m_lib->library().save(asset, &error), qPrintable(error));

    const QByteArray svg = Fixtures::svg(30, 40);
    StagedFile replacement = stage(u"portrait.svg"_s, svg, &path);
    const ImportResult result = recorder.replace(asset, path, replacement);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    const std::optional<Asset> saved = m_lib->library().get<Asset>(asset.id);
    QVERIFY(saved);
    QCOMPARE(saved->title, u"Portrait of the speaker"_s);
    QCOMPARE(saved->sha256, Sha256::ofData(svg));
    QCOMPARE(saved->mimeType, u"image/svg+xml"_s);
    QCOMPARE(saved->originalName, u"portrait.svg"_s);
    QCOMPARE(m_lib->library().count(RecordType::Asset), 1);
    QVERIFY(recorder.knownSizes().contains(svg.size()));
}

QTEST_MAIN(TestAssetRecorder)
#include "tst_assetrecorder.moc"
