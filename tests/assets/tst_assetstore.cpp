// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/assetimporter.h"
#include "assets/assetstore.h"
#include "assets/sha256.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

namespace {

// Set in the environment of the copy of this test that imports until it is killed.
constexpr char ChildVariable[] = "QUOTEDESK_TEST_IMPORT_CHILD";

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestAssetStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void layoutIsContentAddressed();
    void rejectsHashesThatAreNotHashes_data();
    void rejectsHashesThatAreNotHashes();
    void cleanupRemovesOrphansAndUnfinishedCopies();
    void cleanupLeavesRecentFilesToRunningImports();
    void killedImportLeavesNoRecordWithoutItsFile();

private:
    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestAssetStore::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestAssetStore::cleanup()
{
    m_lib.reset();
}

void TestAssetStore::layoutIsContentAddressed()
{
    const AssetStore store(m_lib->path());
    const QString sha = Sha256::ofData("layout");
    QCOMPARE(store.root(), m_lib->path() + u".assets"_s);
    QCOMPARE(store.filePath(sha), store.root() + u'/' + sha.left(2) + u'/' + sha);
    QCOMPARE(store.thumbnailPath(sha, 128), store.root() + u"/thumbs/"_s + sha + u"-128.png"_s);
    QString error;
    QVERIFY2(store.ensureFolders(&error), qPrintable(error));
    QCOMPARE(QFileInfo(store.root()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TestAssetStore::rejectsHashesThatAreNotHashes_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty") << QString();
    QTest::newRow("path traversal") << u"../../../../etc/passwd"_s + QString(42, u'a');
    QTest::newRow("upper case") << QString(64, u'A');
    QTest::newRow("too short") << QString(63, u'a');
}

void TestAssetStore::rejectsHashesThatAreNotHashes()
{
    QFETCH(QString, hash);
    QVERIFY(!AssetStore::isValidHash(hash));
    QVERIFY(!AssetStore(m_lib->path()).contains(hash));
}

void TestAssetStore::cleanupRemovesOrphansAndUnfinishedCopies()
{
    const QString sources = m_lib->folder() + u"/sources/"_s;
    AssetImporter importer(m_lib->library());
    const ImportResult kept = importer.importFile(
        (Fixtures::write(sources + u"kept.png"_s, Fixtures::image(30, 30)), sources + u"kept.png"_s));
    const ImportResult trashed = importer.importFile(
        (Fixtures::write(sources + u"trashed.svg"_s, Fixtures::svg(9, 9)), sources + u"trashed.svg"_s));
    QVERIFY(kept.isOk() && trashed.isOk());
    QString error;
    QVERIFY2(m_lib->library().trash(RecordType::Asset, trashed.asset.id, &error), qPrintable(error));

    // What a killed import leaves: a file renamed into place but never recorded, its
    // thumbnail, and a copy cut off halfway.
    const AssetStore &store = importer.store();
    QVERIFY(Fixtures::write(store.thumbnailPath(kept.asset.sha256, 256), Fixtures::image(4, 4)));
    const QString orphanSha = Sha256::ofData("never recorded");
    QVERIFY(Fixtures::write(store.filePath(orphanSha), "never recorded"));
    QVERIFY(Fixtures::write(store.thumbnailPath(orphanSha, 256), Fixtures::image(4, 4)));
    QVERIFY(Fixtures::write(store.tempFolder() + u"/import-abc123.part"_s, "half a fi"));

    const AssetStore::CleanupReport report =
        store.cleanupOrphans(m_lib->library(), std::chrono::seconds(0), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.removed.size(), 3);
    QVERIFY(report.failed.isEmpty());
    QVERIFY(!QFile::exists(store.filePath(orphanSha)));
    QVERIFY(QFile::exists(store.filePath(kept.asset.sha256)));
    QVERIFY(QFile::exists(store.filePath(trashed.asset.sha256)));
    QVERIFY(QFile::exists(store.thumbnailPath(kept.asset.sha256, 256)));
    QCOMPARE(filesUnder(store.tempFolder()), QStringList());
}

void TestAssetStore::cleanupLeavesRecentFilesToRunningImports()
{
    const AssetStore store(m_lib->path());
    const QString sha = Sha256::ofData("being recorded right now");
    QVERIFY(Fixtures::write(store.filePath(sha), "being recorded right now"));
    QVERIFY(Fixtures::write(store.tempFolder() + u"/import-running.part"_s, "copying"));
    QString error;
    const AssetStore::CleanupReport report = store.cleanupOrphans(m_lib->library(), &error);
    QVERIFY(report.removed.isEmpty());
    QVERIFY(QFile::exists(store.filePath(sha)));
}

void TestAssetStore::killedImportLeavesNoRecordWithoutItsFile()
{
    // Drawings padded to 400 kB, so most of the time goes into copying: a kill lands in the
    // middle of a copy, between copy and record, or between two files.
    constexpr int Count = 250;
    const QString sources = m_lib->folder() + u"/sources"_s;
    const QByteArray padding = QByteArray("<!-- ") + QByteArray(400 * 1024, 'p') + QByteArray(" -->\n");
    for (int i = 0; i < Count; ++i) {
        const QByteArray svg = Fixtures::svg(10 + i, 10);
        QVERIFY(
            Fixtures::write(sources + u"/%1.svg"_s.arg(i), svg.left(svg.size() - 7) + padding + "</svg>\n"));
    }
    m_lib->library().close();

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), m_lib->path() + u'\n' + sources);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());

    Library watcher;
    QString error;
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isOpen() || watcher.open(m_lib->path(), &error), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.count(RecordType::Asset) >= 20, 60000);
    child.kill();
    QVERIFY(child.waitForFinished());
    const qint64 recorded = watcher.count(RecordType::Asset);
    QVERIFY2(recorded < Count, "the import finished before it could be killed");

    const AssetStore store(m_lib->path());
    ListOptions everything;
    everything.trash = TrashFilter::All;
    for (const Asset &asset : watcher.list<Asset>(everything)) {
        QVERIFY2(store.contains(asset.sha256), qPrintable(asset.originalName));
        QCOMPARE(Sha256::ofFile(store.filePath(asset.sha256), nullptr).value_or(QString()), asset.sha256);
    }

    // At the next start: whatever has no record goes, and every file left has its record.
    store.cleanupOrphans(watcher, std::chrono::seconds(0), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(filesUnder(store.tempFolder()), QStringList());
    QStringList stored;
    for (const QString &file : filesUnder(store.root())) {
        if (!file.startsWith(store.thumbnailFolder()))
            stored.append(file);
    }
    QCOMPARE(stored.size(), recorded);

    // The import finishes when it is run again.
    AssetImporter importer(watcher);
    const ImportSummary summary = importer.importPaths({ sources }, {});
    QCOMPARE(summary.imported + summary.alreadyPresent, Count);
    QCOMPARE(watcher.count(RecordType::Asset), Count);
}

// The child imports the folder it is given into the library it is given, until killed.
static int runImportChild(const QString &arguments)
{
    const QStringList parts = arguments.split(u'\n');
    Library library;
    QString error;
    if (parts.size() != 2 || !library.open(parts[0], &error))
        return 2;
    AssetImporter importer(library);
    importer.importPaths({ parts[1] }, {});
    return 0;
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable))
        return runImportChild(qEnvironmentVariable(ChildVariable));
    TestAssetStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_assetstore.moc"
