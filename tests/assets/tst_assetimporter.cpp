// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/assetimporter.h"
#include "assets/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

class TestAssetImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsEachType_data();
    void importsEachType();
    void storesContentUnderItsHash();
    void largeFileIsStoredWhole();
    void damageDeepInLargePngIsFound();
    void readsPdfMetadata();
    void sameContentIsNotCopiedAgain();
    void badInputIsRefusedWithMessage_data();
    void badInputIsRefusedWithMessage();
    void unreadableFileIsRefused();
    void pixelLimitIsAnOption();
    void pngNamedPdfImportsAsPng();
    void namesWithSpacesAndNonAscii_data();
    void namesWithSpacesAndNonAscii();
    void batchGoesOnAfterBadFiles();
    void folderOfTenThousandFiles();
    void folderImportSkipsHiddenFilesAndTheStore();
    void emptyFolderIsReported();
    void cancelStopsTheBatch();
    void replaceFileKeepsTheRecord();
    void trashedAssetComesBackOnImport();
    void missingStoreFileIsRestoredOnImport();

private:
    QString source(const QString &name) const { return m_sources->filePath(name); }
    QString write(const QString &name, const QByteArray &bytes);
    QStringList storeFiles() const;
    void verifyNothingLeftBehind();

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_sources;
};

void TestAssetImporter::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_sources = std::make_unique<QTemporaryDir>();
}

void TestAssetImporter::cleanup()
{
    m_lib.reset();
    m_sources.reset();
}

QString TestAssetImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = source(name);
    if (!Fixtures::write(path, bytes))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestAssetImporter::storeFiles() const
{
    QStringList files;
    const AssetStore store(m_lib->path());
    QDirIterator it(store.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.startsWith(store.thumbnailFolder()))
            files.append(file);
    }
    return files;
}

// A refused file leaves no record, no stored file and no temporary copy.
void TestAssetImporter::verifyNothingLeftBehind()
{
    QCOMPARE(m_lib->library().count(RecordType::Asset, TrashFilter::All), 0);
    QCOMPARE(storeFiles(), QStringList());
}

void TestAssetImporter::importsEachType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("pages");
    QTest::addColumn<AssetKind>("kind");

    QTest::newRow("png") << u"chart.png"_s << Fixtures::image(640, 480) << u"image/png"_s << 640 << 480 << 0
                         << AssetKind::Image;
    QTest::newRow("jpeg") << u"portrait.jpg"_s << Fixtures::image(300, 400, "JPEG") << u"image/jpeg"_s << 300
                          << 400 << 0 << AssetKind::Image;
    QTest::newRow("webp") << u"photo.webp"_s << Fixtures::image(120, 80, "WEBP") << u"image/webp"_s << 120
                          << 80 << 0 << AssetKind::Image;
    QTest::newRow("gif") << u"dot.gif"_s << Fixtures::gif() << u"image/gif"_s << 1 << 1 << 0
                         << AssetKind::Image;
    QTest::newRow("svg") << u"logo.svg"_s << Fixtures::svg(200, 100) << u"image/svg+xml"_s << 200 << 100 << 0
                         << AssetKind::Image;
    QTest::newRow("svg after a long comment") << u"drawing.svg"_s
                                              << QByteArray("<?xml version=\"1.0\"?>\n<!-- ")
            + QByteArray(600, 'x') + QByteArray(" -->\n") + Fixtures::svg(30, 20)
                                              << u"image/svg+xml"_s << 30 << 20 << 0 << AssetKind::Image;
    QTest::newRow("pdf") << u"brochure.pdf"_s << Fixtures::brochurePdf() << u"application/pdf"_s << 0 << 0
                         << 2 << AssetKind::Brochure;
}

void TestAssetImporter::importsEachType()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mimeType);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, pages);
    QFETCH(AssetKind, kind);

    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(write(name, bytes));
    QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.message));
    QVERIFY(result.asset.id > 0);
    const std::optional<Asset> stored = m_lib->library().get<Asset>(result.asset.id);
    QVERIFY(stored);
    QCOMPARE(stored->mimeType, mimeType);
    QCOMPARE(stored->width, width);
    QCOMPARE(stored->height, height);
    QCOMPARE(stored->pageCount, pages);
    QCOMPARE(stored->kind, kind);
    QCOMPARE(stored->size, qint64(bytes.size()));
    QCOMPARE(stored->originalName, name);
    // Only the PDF names an author; images have none to read.
    QCOMPARE(stored->author, kind == AssetKind::Brochure ? u"Strategy Desk"_s : QString());
}

void TestAssetImporter::storesContentUnderItsHash()
{
    const QByteArray bytes = Fixtures::image(50, 50);
    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(write(u"a.png"_s, bytes));
    QVERIFY2(result.isOk(), qPrintable(result.message));
    const QString sha = Sha256::ofData(bytes);
    QCOMPARE(result.asset.sha256, sha);
    const QString expected = m_lib->path() + u".assets/"_s + sha.left(2) + u'/' + sha;
    QCOMPARE(importer.store().filePath(sha), expected);
    QCOMPARE(Test::readAll(expected), bytes);
    QCOMPARE(storeFiles(), QStringList { expected });
}

namespace {

// A small PNG with a private chunk of @p extra bytes before its end, so that its checksums
// are checked across several blocks of the copy.
QByteArray pngWithLargeChunk(qint64 extra)
{
    QByteArray png = Fixtures::image(30, 20);
    const qsizetype iend = png.size() - 12;
    QByteArray chunk(8, '\0');
    qToBigEndian<quint32>(quint32(extra), chunk.data());
    std::memcpy(chunk.data() + 4, "quOt", 4);
    for (qint64 i = 0; i < extra; ++i)
        chunk.append(char((i * 7919) >> 5));
    const uLong crc =
        crc32(0L, reinterpret_cast<const Bytef *>(chunk.constData() + 4), uInt(chunk.size() - 4));
    QByteArray crcBytes(4, '\0');
    qToBigEndian<quint32>(quint32(crc), crcBytes.data());
    png.insert(iend, chunk + crcBytes);
    return png;
}

} // namespace

void TestAssetImporter::largeFileIsStoredWhole()
{
    // Three and a half blocks of copying, the last one not a whole disk block.
    const QByteArray bytes = pngWithLargeChunk(3 * 1024 * 1024 + 512 * 1024 + 123);
    AssetImporter importer(m_lib->library());
    const ImportSummary summary = importer.importPaths({ write(u"large.png"_s, bytes) }, {});
    QCOMPARE(summary.imported, 1);
    const QString sha = Sha256::ofData(bytes);
    QCOMPARE(Test::readAll(importer.store().filePath(sha)), bytes);
    QCOMPARE(storeFiles(), QStringList { importer.store().filePath(sha) });
}

void TestAssetImporter::damageDeepInLargePngIsFound()
{
    QByteArray bytes = pngWithLargeChunk(2 * 1024 * 1024);
    bytes[bytes.size() - 1024 * 1024] = char(bytes.at(bytes.size() - 1024 * 1024) ^ 0x10);
    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(write(u"damaged.png"_s, bytes));
    QCOMPARE(result.status, ImportResult::Status::Refused);
    QVERIFY2(result.message.contains(u"does not match its checksums"_s), qPrintable(result.message));
    verifyNothingLeftBehind();
}

void TestAssetImporter::readsPdfMetadata()
{
    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(write(u"brochure.pdf"_s, Fixtures::brochurePdf()));
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.asset.title, u"Sovereign AI brochure"_s);
    QCOMPARE(result.asset.author, u"Strategy Desk"_s);
    QCOMPARE(result.asset.pageCount, 2);
    const std::optional<Asset> stored = m_lib->library().get<Asset>(result.asset.id);
    QVERIFY(stored);
    QCOMPARE(stored->author, u"Strategy Desk"_s);
    QCOMPARE(stored->title, u"Sovereign AI brochure"_s);
}

void TestAssetImporter::sameContentIsNotCopiedAgain()
{
    const QByteArray bytes = Fixtures::image(70, 30);
    AssetImporter importer(m_lib->library());
    const ImportResult first = importer.importFile(write(u"first.png"_s, bytes));
    QVERIFY2(first.status == ImportResult::Status::Imported, qPrintable(first.message));
    const QString stored = importer.store().filePath(first.asset.sha256);
    const QDateTime storedAt = QFileInfo(stored).lastModified();

    // A fresh importer, as in a later session, and a different name for the same bytes.
    AssetImporter later(m_lib->library());
    const ImportResult second = later.importFile(write(u"sub/copy of first.png"_s, bytes));
    QCOMPARE(second.status, ImportResult::Status::AlreadyPresent);
    QCOMPARE(second.asset.id, first.asset.id);
    QVERIFY2(second.message.contains(u"already in the library"_s), qPrintable(second.message));
    QVERIFY(second.message.contains(u"copy of first.png"_s));
    QCOMPARE(m_lib->library().count(RecordType::Asset), 1);
    QCOMPARE(storeFiles(), QStringList { stored });
    QCOMPARE(QFileInfo(stored).lastModified(), storedAt);
}

void TestAssetImporter::badInputIsRefusedWithMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QByteArray pdf = Fixtures::brochurePdf();
    QTest::newRow("zero-byte file") << u"empty.pdf"_s << QByteArray() << u"is empty (0 bytes)"_s;
    QTest::newRow("truncated pdf") << u"cut.pdf"_s << pdf.left(pdf.size() / 2) << u"incomplete PDF"_s;
    QTest::newRow("password-protected pdf")
        << u"secret.pdf"_s << Test::readAll(Test::dataPath(u"assets/protected.pdf"_s)) << u"password"_s;
    QTest::newRow("corrupt png") << u"broken.png"_s << Fixtures::corruptPng() << u"damaged PNG image"_s;
    // The header has no decodable pixels: had the importer decoded it, it would call the
    // file damaged instead of too large.
    QTest::newRow("200-megapixel png header")
        << u"huge.png"_s << Fixtures::pngHeader(20000, 10000) << u"20000 × 10000 pixels (200.0 megapixels)"_s;
    QTest::newRow("text file") << u"notes.png"_s << QByteArray("Just some notes, not a picture.\n")
                               << u"not a file the media library takes"_s;
    QTest::newRow("zip file") << u"archive.pdf"_s << QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0')
                              << u"not a file the media library takes"_s;
    const QByteArray png = Fixtures::image(40, 40);
    QTest::newRow("cut-off png") << u"cut.png"_s << png.left(png.size() - 20) << u"damaged PNG image"_s;
    const QByteArray jpeg = Fixtures::image(300, 200, "JPEG");
    QTest::newRow("cut-off jpeg") << u"cut.jpg"_s << jpeg.left(jpeg.size() * 2 / 3)
                                  << u"damaged JPEG image"_s;
    QTest::newRow("cut-off gif") << u"cut.gif"_s << Fixtures::gif().chopped(3) << u"damaged GIF image"_s;
    QTest::newRow("svg that is not well-formed")
        << u"cut.svg"_s << Fixtures::svg(10, 10).left(60) << u"damaged SVG"_s;
}

void TestAssetImporter::badInputIsRefusedWithMessage()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QLocale::setDefault(QLocale::c());
    AssetImporter importer(m_lib->library());
    const QString path = write(name, bytes);
    const ImportResult result = importer.importFile(path);
    QCOMPARE(result.status, ImportResult::Status::Refused);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QVERIFY2(result.message.contains(name), qPrintable(result.message));
    QCOMPARE(result.sourcePath, path);
    verifyNothingLeftBehind();
}

void TestAssetImporter::pixelLimitIsAnOption()
{
    QLocale::setDefault(QLocale::c());
    // 40 × 30 = 1,200 pixels: over a limit of 1,000, within one of 1,200.
    const QString path = write(u"small.png"_s, Fixtures::image(40, 30));
    ImportOptions strict;
    strict.maxPixels = 1000;
    AssetImporter refusing(m_lib->library(), strict);
    const ImportResult refused = refusing.importFile(path);
    QCOMPARE(refused.status, ImportResult::Status::Refused);
    QVERIFY2(refused.message.contains(u"40 × 30 pixels"_s), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(u"limit of 0.001 megapixels"_s), qPrintable(refused.message));
    verifyNothingLeftBehind();

    ImportOptions exact;
    exact.maxPixels = 1200;
    AssetImporter taking(m_lib->library(), exact);
    const ImportResult imported = taking.importFile(path);
    QVERIFY2(imported.status == ImportResult::Status::Imported, qPrintable(imported.message));
    QCOMPARE(imported.asset.width, 40);

    // The default takes 100 megapixels: the 200-megapixel header is refused, a 10,000 ×
    // 10,000 one (whose pixels are never decoded, so it imports) is not.
    QCOMPARE(ImportOptions().maxPixels, qint64(100'000'000));
    AssetImporter defaults(m_lib->library());
    QCOMPARE(defaults.importFile(write(u"huge.png"_s, Fixtures::pngHeader(20000, 10000))).status,
             ImportResult::Status::Refused);
    const ImportResult large = defaults.importFile(write(u"large.png"_s, Fixtures::pngHeader(10000, 10000)));
    QVERIFY2(large.status == ImportResult::Status::Imported, qPrintable(large.message));
    QCOMPARE(large.asset.height, 10000);
}

void TestAssetImporter::unreadableFileIsRefused()
{
    AssetImporter importer(m_lib->library());
    // A named pipe would block a reader for ever; it must be refused before it is opened.
    const QString fifo = source(u"pipe.png"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ImportResult result = importer.importFile(fifo);
    QCOMPARE(result.status, ImportResult::Status::Refused);
    QVERIFY2(result.message.contains(u"not a regular file"_s), qPrintable(result.message));

    const QString dangling = source(u"gone.png"_s);
    QVERIFY(QFile::link(source(u"nowhere.png"_s), dangling));
    result = importer.importFile(dangling);
    QCOMPARE(result.status, ImportResult::Status::Refused);
    QVERIFY2(result.message.contains(u"does not exist"_s), qPrintable(result.message));

    const QString locked = write(u"locked.png"_s, Fixtures::image(10, 10));
    QVERIFY(QFile::setPermissions(locked, QFile::Permissions()));
    result = importer.importFile(locked);
    if (::geteuid() == 0) {
        // Permissions do not stop root: the file is imported as it should be.
        QVERIFY2(result.isOk(), qPrintable(result.message));
        m_lib->library().purge(RecordType::Asset, result.asset.id, nullptr);
        QFile::remove(importer.store().filePath(result.asset.sha256));
    } else {
        QCOMPARE(result.status, ImportResult::Status::Refused);
        QVERIFY2(result.message.contains(u"cannot be read"_s), qPrintable(result.message));
    }
    verifyNothingLeftBehind();
}

void TestAssetImporter::pngNamedPdfImportsAsPng()
{
    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(write(u"report.pdf"_s, Fixtures::image(90, 60)));
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.asset.mimeType, u"image/png"_s);
    QCOMPARE(result.asset.kind, AssetKind::Image);
    QCOMPARE(result.asset.width, 90);
    QCOMPARE(result.asset.originalName, u"report.pdf"_s);
}

void TestAssetImporter::namesWithSpacesAndNonAscii_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces") << u"Annual report 2025 final.pdf"_s;
    QTest::newRow("umlauts and dash") << u"Broschüre – Ausblick 2026.pdf"_s;
    QTest::newRow("cjk") << u"東京 セミナー.pdf"_s;
    QTest::newRow("emoji in folder") << u"Pictures 📁/Zoë's chart.pdf"_s;
}

void TestAssetImporter::namesWithSpacesAndNonAscii()
{
    QFETCH(QString, name);
    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(write(name, Fixtures::brochurePdf()));
    QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.message));
    QCOMPARE(result.asset.originalName, name.section(u'/', -1));
    QCOMPARE(m_lib->library().get<Asset>(result.asset.id)->originalName, name.section(u'/', -1));
}

void TestAssetImporter::batchGoesOnAfterBadFiles()
{
    write(u"batch/1 good.png"_s, Fixtures::image(10, 10, "PNG", Qt::red));
    write(u"batch/2 empty.png"_s, {});
    write(u"batch/3 broken.png"_s, Fixtures::corruptPng());
    write(u"batch/4 good.svg"_s, Fixtures::svg(5, 5));
    write(u"batch/5 huge.png"_s, Fixtures::pngHeader(20000, 10000));
    write(u"batch/6 good.pdf"_s, Fixtures::brochurePdf());

    AssetImporter importer(m_lib->library());
    QList<ImportResult> results;
    ImportProgress lastProgress;
    const ImportSummary summary = importer.importPaths(
        { source(u"batch"_s) }, [&](const ImportResult &result, const ImportProgress &progress) {
            results.append(result);
            lastProgress = progress;
        });
    QCOMPARE(results.size(), 6);
    QCOMPARE(summary.imported, 3);
    QCOMPARE(summary.refused, 3);
    QVERIFY(!summary.cancelled);
    QCOMPARE(lastProgress.filesDone, 6);
    QCOMPARE(lastProgress.filesTotal, 6);
    QCOMPARE(lastProgress.bytesDone, lastProgress.bytesTotal);
    for (const ImportResult &result : results)
        QVERIFY2(!result.message.isEmpty(), qPrintable(result.sourcePath));
    QCOMPARE(m_lib->library().count(RecordType::Asset), 3);
    QCOMPARE(storeFiles().size(), 3);
}

void TestAssetImporter::folderOfTenThousandFiles()
{
    constexpr int Count = 10000;
    for (int i = 0; i < Count; ++i) {
        const QString fill = u"#%1"_s.arg(i, 6, 16, QChar(u'0'));
        QVERIFY(Fixtures::write(source(u"many/%1/drawing %2.svg"_s.arg(i % 100).arg(i)),
                                Fixtures::svg(8, 8, fill)));
    }
    write(u"many/0/not an image.png"_s, "plain text");
    write(u"many/1/duplicate.svg"_s, Fixtures::svg(8, 8, u"#000001"_s));

    AssetImporter importer(m_lib->library());
    int results = 0;
    const ImportSummary summary = importer.importPaths(
        { source(u"many"_s) }, [&](const ImportResult &, const ImportProgress &) { ++results; });
    QCOMPARE(results, Count + 2);
    QCOMPARE(summary.imported, Count);
    QCOMPARE(summary.alreadyPresent, 1);
    QCOMPARE(summary.refused, 1);
    QCOMPARE(m_lib->library().count(RecordType::Asset), Count);
    QCOMPARE(storeFiles().size(), Count);
}

void TestAssetImporter::folderImportSkipsHiddenFilesAndTheStore()
{
    // The library lives inside the folder that is imported: its own store must not be
    // imported into itself.
    Library library;
    QString error;
    QVERIFY2(library.open(source(u"library.qdlib"_s), &error), qPrintable(error));
    write(u"visible.png"_s, Fixtures::image(4, 4));
    write(u".hidden.png"_s, Fixtures::image(5, 5));
    write(u".git/objects/x.png"_s, Fixtures::image(6, 6));
    AssetImporter importer(library);
    ImportSummary summary = importer.importPaths({ source(u"visible.png"_s) }, {});
    QCOMPARE(summary.imported, 1);
    QStringList seen;
    summary =
        importer.importPaths({ m_sources->path() }, [&](const ImportResult &result, const ImportProgress &) {
            seen.append(QFileInfo(result.sourcePath).fileName());
        });
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.alreadyPresent, 1);
    // The library file and its SQLite journal files are refused as files of another kind.
    seen.sort();
    QCOMPARE(seen,
             (QStringList { u"library.qdlib"_s, u"library.qdlib-shm"_s, u"library.qdlib-wal"_s,
                            u"visible.png"_s }));
}

void TestAssetImporter::emptyFolderIsReported()
{
    QVERIFY(QDir().mkpath(source(u"nothing here.png"_s)));
    AssetImporter importer(m_lib->library());
    QList<ImportResult> results;
    const ImportSummary summary = importer.importPaths(
        { source(u"nothing here.png"_s) },
        [&](const ImportResult &result, const ImportProgress &) { results.append(result); });
    QCOMPARE(summary.refused, 1);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results[0].message.contains(u"holds no files"_s), qPrintable(results[0].message));
}

void TestAssetImporter::cancelStopsTheBatch()
{
    // Files are recorded in batches of up to 64, so a cancel stops at the end of a batch:
    // enough files for more than one.
    constexpr int Count = 200;
    for (int i = 0; i < Count; ++i)
        write(u"batch/%1.svg"_s.arg(i), Fixtures::svg(10 + i, 10));
    std::atomic_bool cancel { false };
    AssetImporter importer(m_lib->library());
    int delivered = 0;
    const ImportSummary summary = importer.importPaths(
        { source(u"batch"_s) },
        [&](const ImportResult &, const ImportProgress &progress) {
            delivered = progress.filesDone;
            cancel = true;
        },
        &cancel);
    QVERIFY(summary.cancelled);
    QVERIFY(summary.imported > 0);
    QVERIFY2(summary.notProcessed > 0, qPrintable(summary.text()));
    QCOMPARE(summary.imported + summary.notProcessed, Count);
    QCOMPARE(delivered, summary.imported);
    QCOMPARE(m_lib->library().count(RecordType::Asset), summary.imported);
    QCOMPARE(QDir(importer.store().tempFolder()).entryList(QDir::Files), QStringList());

    cancel = true;
    const ImportResult result = importer.importFile(write(u"late.pdf"_s, Fixtures::brochurePdf()), &cancel);
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QCOMPARE(QDir(importer.store().tempFolder()).entryList(QDir::Files), QStringList());
    QCOMPARE(m_lib->library().count(RecordType::Asset), summary.imported);
}

void TestAssetImporter::replaceFileKeepsTheRecord()
{
    AssetImporter importer(m_lib->library());
    ImportResult first = importer.importFile(write(u"old.png"_s, Fixtures::image(40, 20)));
    QVERIFY2(first.isOk(), qPrintable(first.message));
    Asset asset = first.asset;
    asset.title = u"Revenue by region"_s;
    asset.altText = u"Bar chart of revenue by region"_s;
    QString error;
    QVERIFY2(m_lib->library().save(asset, &error), qPrintable(error));

    const QByteArray replacement = Fixtures::image(80, 60, "JPEG");
    const ImportResult replaced = importer.replaceFile(asset.id, write(u"new.jpg"_s, replacement));
    QVERIFY2(replaced.isOk(), qPrintable(replaced.message));
    const std::optional<Asset> stored = m_lib->library().get<Asset>(asset.id);
    QVERIFY(stored);
    QCOMPARE(stored->title, asset.title);
    QCOMPARE(stored->altText, asset.altText);
    QCOMPARE(stored->sha256, Sha256::ofData(replacement));
    QCOMPARE(stored->mimeType, u"image/jpeg"_s);
    QCOMPARE(stored->width, 80);
    QCOMPARE(stored->originalName, u"new.jpg"_s);
    QCOMPARE(Test::readAll(importer.store().filePath(stored->sha256)), replacement);
    QCOMPARE(m_lib->library().count(RecordType::Asset), 1);

    const ImportResult bad = importer.replaceFile(asset.id, write(u"bad.png"_s, Fixtures::corruptPng()));
    QCOMPARE(bad.status, ImportResult::Status::Refused);
    QCOMPARE(m_lib->library().get<Asset>(asset.id)->sha256, stored->sha256);
}

void TestAssetImporter::trashedAssetComesBackOnImport()
{
    const QByteArray bytes = Fixtures::svg(33, 33);
    AssetImporter importer(m_lib->library());
    const ImportResult first = importer.importFile(write(u"a.svg"_s, bytes));
    QString error;
    QVERIFY2(m_lib->library().trash(RecordType::Asset, first.asset.id, &error), qPrintable(error));
    const ImportResult again = importer.importFile(write(u"b.svg"_s, bytes));
    QCOMPARE(again.status, ImportResult::Status::AlreadyPresent);
    QCOMPARE(again.asset.id, first.asset.id);
    QVERIFY2(again.message.contains(u"trash"_s), qPrintable(again.message));
    QCOMPARE(m_lib->library().count(RecordType::Asset), 1);
}

void TestAssetImporter::missingStoreFileIsRestoredOnImport()
{
    const QByteArray bytes = Fixtures::image(12, 12);
    AssetImporter importer(m_lib->library());
    const ImportResult first = importer.importFile(write(u"a.png"_s, bytes));
    const QString stored = importer.store().filePath(first.asset.sha256);
    QVERIFY(QFile::remove(stored));
    const ImportResult again = importer.importFile(source(u"a.png"_s));
    QCOMPARE(again.status, ImportResult::Status::AlreadyPresent);
    QCOMPARE(Test::readAll(stored), bytes);
}

QTEST_MAIN(TestAssetImporter)
#include "tst_assetimporter.moc"
