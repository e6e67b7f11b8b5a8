// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/filestager.h"
#include "assets/sha256.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

// Staging needs a store and nothing of a library: these tests have no library file at all.
class TestFileStager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void copiesAndHashesAFile();
    void contentInTheLibraryIsNotCopied();
    void contentOfAKnownSizeIsCopiedWhenNew();
    void cancelledCopyLeavesNothing();
    void badFilesAreRefused_data();
    void badFilesAreRefused();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QStringList tempFiles() const;
    StageContext context();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AssetStore> m_store;
    ImportTimings m_timings;
    QSet<qint64> m_knownSizes;
    QSet<QString> m_recorded;
};

void TestFileStager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AssetStore>(m_dir->filePath(u"media.qdlib"_s));
    QString error;
    QVERIFY2(m_store->ensureFolders(&error), qPrintable(error));
    m_timings = {};
    m_knownSizes.clear();
    m_recorded.clear();
}

void TestFileStager::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestFileStager::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(u"in/"_s + name);
    if (!Fixtures::write(path, bytes))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestFileStager::tempFiles() const
{
    return QDir(m_store->tempFolder()).entryList(QDir::Files | QDir::Hidden);
}

StageContext TestFileStager::context()
{
    StageContext context;
    context.timings = &m_timings;
    context.knownSizes = &m_knownSizes;
    context.isRecorded = [this](const QString &sha256) {
        return m_recorded.contains(sha256);
    };
    return context;
}

void TestFileStager::copiesAndHashesAFile()
{
    const QByteArray bytes = Fixtures::image(40, 30);
    const QString path = write(u"chart.png"_s, bytes);
    const FileStager stager(*m_store, {});
    ImportResult result;
    std::optional<StagedFile> staged = stager.stage(path, context(), &result);
    QVERIFY2(staged, qPrintable(result.message));
    QCOMPARE(staged->name, u"chart.png"_s);
    QCOMPARE(staged->size, bytes.size());
    QCOMPARE(staged->sha256, Sha256::ofData(bytes));
    QCOMPARE(staged->metadata.mimeType, u"image/png"_s);
    QCOMPARE(staged->metadata.width, 40);
    QCOMPARE(staged->metadata.height, 30);
    QCOMPARE(m_timings.bytesHashed, bytes.size());
    // The copy waits in the temporary folder, whole; nothing is in the store yet.
    QVERIFY(staged->copy);
    QVERIFY(staged->copy->fileName().startsWith(m_store->tempFolder()));
    QFile copy(staged->copy->fileName());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QVERIFY(copy.readAll() == bytes);
    QVERIFY(!m_store->contains(staged->sha256));
    QVERIFY(!staged->existing);
    staged.reset();
    QCOMPARE(tempFiles(), QStringList()); // an unplaced copy is removed
}

void TestFileStager::contentInTheLibraryIsNotCopied()
{
    const QByteArray bytes = Fixtures::svg(20, 20);
    const QString path = write(u"logo.svg"_s, bytes);
    const QString sha256 = Sha256::ofData(bytes);
    QVERIFY(Fixtures::write(m_store->filePath(sha256), bytes));
    m_knownSizes.insert(bytes.size());
    m_recorded.insert(sha256);
    const FileStager stager(*m_store, {});
    ImportResult result;
    const std::optional<StagedFile> staged = stager.stage(path, context(), &result);
    QVERIFY2(staged, qPrintable(result.message));
    QCOMPARE(staged->sha256, sha256);
    QVERIFY(!staged->copy);
    QCOMPARE(tempFiles(), QStringList());
}

// Same size, other content: hashed first, then copied after all.
void TestFileStager::contentOfAKnownSizeIsCopiedWhenNew()
{
    const QByteArray bytes = Fixtures::svg(20, 20, u"#a01e5a"_s);
    const QString path = write(u"logo.svg"_s, bytes);
    m_knownSizes.insert(bytes.size());
    m_recorded.insert(Sha256::ofData(Fixtures::svg(20, 20, u"#1e5aa0"_s)));
    const FileStager stager(*m_store, {});
    ImportResult result;
    const std::optional<StagedFile> staged = stager.stage(path, context(), &result);
    QVERIFY2(staged, qPrintable(result.message));
    QVERIFY(staged->copy);
    QCOMPARE(staged->sha256, Sha256::ofData(bytes));
    QCOMPARE(m_timings.bytesHashed, 2 * bytes.size()); // once before the copy, once during it
}

void TestFileStager::cancelledCopyLeavesNothing()
{
    const QString path = write(u"big.png"_s, Fixtures::image(600, 600));
    const std::atomic_bool cancel { true };
    StageContext cancelled = context();
    cancelled.cancel = &cancel;
    const FileStager stager(*m_store, {});
    ImportResult result;
    QVERIFY(!stager.stage(path, cancelled, &result));
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QCOMPARE(result.sourcePath, path);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(tempFiles(), QStringList());
}

void TestFileStager::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxFileSize");
    QTest::addColumn<QString>("expected");
    const qint64 any = ImportOptions().maxFileSize;
    QTest::newRow("empty") << u"empty.png"_s << QByteArray() << any << u"is empty"_s;
    // Found on the copy, which goes with the refusal.
    QTest::newRow("damaged pixels") << u"broken.png"_s << Fixtures::corruptPng() << any
                                    << u"damaged PNG image"_s;
    QTest::newRow("too large") << u"chart.png"_s << Fixtures::image(30, 30) << qint64(10) << u"more than"_s;
    QTest::newRow("not a type the library takes")
        << u"notes.png"_s << QByteArray("plain words, not a picture") << any
        << u"not a file the media library takes"_s;
}

void TestFileStager::badFilesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxFileSize);
    QFETCH(QString, expected);
    const QString path = write(name, bytes);
    ImportOptions options;
    options.maxFileSize = maxFileSize;
    const FileStager stager(*m_store, options);
    ImportResult result;
    QVERIFY(!stager.stage(path, context(), &result));
    QCOMPARE(result.status, ImportResult::Status::Refused);
    QCOMPARE(result.sourcePath, path);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QCOMPARE(tempFiles(), QStringList());
}

QTEST_MAIN(TestFileStager)
#include "tst_filestager.moc"
