// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "store/migrations.h"
#include "store/sqlitestore.h"
#include "testsupport.h"
#include "workerprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

const QStringList s_sideFiles { u"-wal"_s, u"-shm"_s, u"-journal"_s };

QByteArray pngBytes()
{
    // The PNG signature and the start of an IHDR chunk, padded past SQLite's 100-byte header.
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010000000100806000000")
        + QByteArray(200, '\0');
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// Opening files that are not good libraries, and libraries that cannot be written.
class TestLibraryOpen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badFileIsRefusedUntouched_data();
    void badFileIsRefusedUntouched();
    void newerVersionOnlyInWalIsRefused();
    void newLibraryStillInWalOpens();
    void checkpointCutShortOpens();
    void openLibraryHasPrivateFilesAndSafePragmas();
    void readOnlyLibraryIsReadButNeverWritten_data();
    void readOnlyLibraryIsReadButNeverWritten();

private:
    QByteArray sqliteFile(const QStringList &statements);
    void copyAfterCrash(const QString &source, const QString &copy,
                        const std::function<void(Library &)> &write);

    QTemporaryDir m_templateDir;
    QByteArray m_goodLibrary; // a checkpointed library with a few records
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLibraryOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_templateDir.filePath(u"good.qdlib"_s);
    {
        Library library;
        QString error;
        QVERIFY2(library.open(path, &error), qPrintable(error));
        Speaker speaker = Test::makeSpeaker();
        QVERIFY2(library.save(speaker, &error), qPrintable(error));
        Quote quote = Test::makeQuote();
        quote.speakerId = speaker.id;
        QVERIFY2(library.save(quote, &error), qPrintable(error));
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    m_goodLibrary = Test::readAll(path);
    QVERIFY(m_goodLibrary.size() > 3 * 4096);
}

void TestLibraryOpen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLibraryOpen::cleanup()
{
    // Give the folder back to its owner with its usual mode, so that it can be removed.
    if (m_dir) {
        QDirIterator it(m_dir->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        while (it.hasNext()) {
            const QString entry = it.next();
            QFile::setPermissions(entry, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }
    m_dir.reset();
}

QByteArray TestLibraryOpen::sqliteFile(const QStringList &statements)
{
    const QString path = m_templateDir.filePath(u"made.sqlite"_s);
    QFile::remove(path);
    {
        Test::RawSqlite db(path);
        QString error;
        for (const QString &statement : statements) {
            if (!db.query(statement, {}, &error)) {
                qWarning() << "cannot make an SQLite file:" << error;
                break;
            }
        }
    }
    const QByteArray bytes = Test::readAll(path);
    QFile::remove(path);
    return bytes;
}

// Runs @p write on the library @p source, then copies the library and its -wal file to @p copy
// while it is still open: what a crash leaves behind. Meanwhile another connection reads the
// library as it was before @p write, and a checkpoint copies no commit newer than what a reader
// reads into the library file: every commit of @p write stays in the -wal file only.
void TestLibraryOpen::copyAfterCrash(const QString &source, const QString &copy,
                                     const std::function<void(Library &)> &write)
{
    Library writer;
    QString error;
    QVERIFY2(writer.open(source, &error), qPrintable(error));
    Test::RawSqlite reader(source);
    QVERIFY(reader.exec(u"BEGIN"_s));
    QVERIFY(reader.scalar(u"SELECT count(*) FROM sqlite_master"_s).isValid());
    write(writer);
    QVERIFY(QFile::copy(source, copy));
    QVERIFY(QFile::copy(source + u"-wal"_s, copy + u"-wal"_s));
}

void TestLibraryOpen::badFileIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    const QString notSqlite = u"not an SQLite database"_s;
    const QString damaged = u"damaged"_s;
    const QString foreign = u"another program"_s;
    QTest::newRow("text file") << QByteArray("Quotes to use this week:\n").repeated(20) << notSqlite;
    QTest::newRow("PNG image") << pngBytes() << notSqlite;
    QTest::newRow("zero bytes") << QByteArray() << u"is empty"_s;
    QTest::newRow("library cut to 50 bytes") << m_goodLibrary.left(50) << damaged;
    QTest::newRow("library cut to half") << m_goodLibrary.left(m_goodLibrary.size() / 2) << damaged;
    QTest::newRow("library cut to one page") << m_goodLibrary.left(4096) << damaged;

    QByteArray newer = m_goodLibrary;
    const int version = Migrations::latestVersion() + 1;
    newer[60] = char(version >> 24);
    newer[61] = char(version >> 16);
    newer[62] = char(version >> 8);
    newer[63] = char(version);
    QTest::newRow("newer schema version") << newer << u"newer QuoteDesk"_s;

    const QString table = u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s;
    const QString row = u"INSERT INTO notes (body) VALUES ('call the printer')"_s;
    QTest::newRow("other program without application id") << sqliteFile({ table, row }) << foreign;
    QTest::newRow("other program with its own application id")
        << sqliteFile({ u"PRAGMA application_id = 1234"_s, table, row }) << foreign;
    QTest::newRow("other program that counts user_version")
        << sqliteFile({ table, row, u"PRAGMA user_version = 2"_s }) << foreign;
    QTest::newRow("other program in WAL mode")
        << sqliteFile({ u"PRAGMA journal_mode = WAL"_s, table, row }) << foreign;
}

void TestLibraryOpen::badFileIsRefusedUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    const QString path = m_dir->filePath(u"suspect.qdlib"_s);
    QVERIFY(writeFile(path, content));

    Library library;
    QString error;
    QVERIFY(!library.open(path, &error));
    QVERIFY(!library.isOpen());
    QVERIFY2(error.contains(u"suspect.qdlib"_s), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));

    QCOMPARE(Test::readAll(path), content);
    for (const QString &suffix : s_sideFiles)
        QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(suffix));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { u"suspect.qdlib"_s });
}

void TestLibraryOpen::newerVersionOnlyInWalIsRefused()
{
    // A newer QuoteDesk that stopped before checkpointing leaves its version in the -wal
    // file only; the header of the library still shows the old version.
    const QString source = m_dir->filePath(u"source.qdlib"_s);
    const QString path = m_dir->filePath(u"newer.qdlib"_s);
    QVERIFY(QFile::copy(m_templateDir.filePath(u"good.qdlib"_s), source));
    copyAfterCrash(source, path, [&source](Library &) {
        QVERIFY(
            Test::RawSqlite(source).exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)));
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(int(Test::readAll(path).at(63)), Migrations::latestVersion());

    Library library;
    QString error;
    QVERIFY(!library.open(path, &error));
    QVERIFY2(error.contains(u"newer.qdlib"_s) && error.contains(u"newer QuoteDesk"_s), qPrintable(error));
    QCOMPARE(Test::RawSqlite(path).scalar(u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion() + 1);
}

void TestLibraryOpen::newLibraryStillInWalOpens()
{
    // A new library whose process died before the first checkpoint: its header still says
    // version 0 without an application id, while its tables and records are in the -wal.
    const QString source = m_dir->filePath(u"source.qdlib"_s);
    const QString path = m_dir->filePath(u"crashed.qdlib"_s);
    copyAfterCrash(source, path, [](Library &writer) {
        QString error;
        Speaker speaker = Test::makeSpeaker();
        QVERIFY2(writer.save(speaker, &error), qPrintable(error));
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(int(Test::readAll(path).at(63)), 0);

    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    QCOMPARE(library.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(library.count(RecordType::Speaker), 1);
}

void TestLibraryOpen::checkpointCutShortOpens()
{
    // A crash in the middle of a checkpoint: the new first page (whose header counts the
    // pages the library grew by) is in the file, the pages that grow it are not yet; the
    // -wal file still holds them all.
    const QString source = m_dir->filePath(u"source.qdlib"_s);
    const QString path = m_dir->filePath(u"cut.qdlib"_s);
    QVERIFY(QFile::copy(m_templateDir.filePath(u"good.qdlib"_s), source));
    copyAfterCrash(source, path, [](Library &writer) {
        QString error;
        for (int i = 0; i < 200; ++i) {
            Essay essay = Test::makeEssay(u"Context %1"_s.arg(i));
            essay.body = essay.body.repeated(20);
            QVERIFY2(writer.save(essay, &error), qPrintable(error));
        }
    });
    if (QTest::currentTestFailed())
        return;
    // The source is checkpointed now: its first page is the one a checkpoint writes first.
    const QByteArray done = Test::readAll(source);
    QByteArray cut = m_goodLibrary;
    cut.replace(0, 4096, done.left(4096));
    QVERIFY(done.size() > cut.size());
    QVERIFY(writeFile(path, cut));

    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    QCOMPARE(library.count(RecordType::Essay), 200);
    QCOMPARE(Test::RawSqlite(path).scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestLibraryOpen::openLibraryHasPrivateFilesAndSafePragmas()
{
    const QString path = m_dir->filePath(u"private.qdlib"_s);
    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    Speaker speaker = Test::makeSpeaker();
    QVERIFY2(library.save(speaker, &error), qPrintable(error));

    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions all = ownerOnly | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        const QFileInfo info(path + suffix);
        QVERIFY2(info.exists(), qPrintable(info.fileName()));
        QCOMPARE(info.permissions() & all, ownerOnly);
    }

    // The busy timeout is a setting of the store's own connection, which only it can read.
    QSqlQuery query(static_cast<SqliteStore &>(library.store()).database());
    QVERIFY(query.exec(u"PRAGMA busy_timeout"_s) && query.next());
    QVERIFY2(query.value(0).toInt() >= 1000, qPrintable(query.value(0).toString()));
    QCOMPARE(Test::RawSqlite(path).scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

    // Foreign keys are switched on: SQLite itself refuses a quote of a speaker it lacks.
    Quote orphan = Test::makeQuote();
    orphan.speakerId = speaker.id + 1000;
    QVERIFY(!library.save(orphan, &error));
    QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(library.count(RecordType::Quote), 0);
}

void TestLibraryOpen::readOnlyLibraryIsReadButNeverWritten_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<QString>("reason");

    const QFile::Permissions r = QFile::ReadOwner;
    const QFile::Permissions rw = r | QFile::WriteOwner;
    const QFile::Permissions rx = r | QFile::ExeOwner;
    const QFile::Permissions rwx = rw | QFile::ExeOwner;
    QTest::newRow("read-only file in a writable folder")
        << int(r.toInt()) << int(rwx.toInt()) << u"file cannot be written"_s;
    QTest::newRow("writable file in a read-only folder")
        << int(rw.toInt()) << int(rx.toInt()) << u"folder of the library"_s;
    QTest::newRow("read-only file in a read-only folder")
        << int(r.toInt()) << int(rx.toInt()) << u"file cannot be written"_s;
}

void TestLibraryOpen::readOnlyLibraryIsReadButNeverWritten()
{
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    QFETCH(QString, reason);

    // The worker runs as an unprivileged user when the tests run as root (root writes any
    // file): it must be able to reach the folder, which it owns.
    const QString folder = m_dir->filePath(u"shelf"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/library.qdlib"_s;
    QVERIFY(QFile::copy(m_templateDir.filePath(u"good.qdlib"_s), path));
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                      | QFile::ExeOther));
    QVERIFY(Test::handToWorkerUser(folder));
    QVERIFY(Test::handToWorkerUser(path));
    QVERIFY(QFile::setPermissions(path, QFile::Permissions::fromInt(fileMode)));
    QVERIFY(QFile::setPermissions(folder, QFile::Permissions::fromInt(folderMode)));
    const QByteArray before = Test::readAll(path);

    QProcess worker;
    Test::startWorker(worker, { u"inspect"_s, path }, true);
    QVERIFY2(worker.waitForFinished(30000), qPrintable(worker.errorString()));
    const QByteArray output = worker.readAllStandardOutput();
    const QByteArray errors = worker.readAllStandardError();
    QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0, errors.constData());

    QCOMPARE(Test::inspectValue(output, u"read-only"_s), u"yes"_s);
    const QString readOnlyReason = Test::inspectValue(output, u"reason"_s);
    QVERIFY2(readOnlyReason.contains(reason), qPrintable(readOnlyReason));
    QCOMPARE(Test::inspectValue(output, u"speakers"_s), u"1"_s);
    QCOMPARE(Test::inspectValue(output, u"first-speaker"_s), u"Jensen Huang"_s);
    QCOMPARE(Test::inspectValue(output, u"save"_s), readOnlyReason);
    QCOMPARE(Test::readAll(path), before);

    // Nothing is left behind that would stop the library from being written once it may be.
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { u"library.qdlib"_s });
    const QFile::Permissions writable = QFile::ReadOwner | QFile::WriteOwner;
    QVERIFY(QFile::setPermissions(folder, writable | QFile::ExeOwner));
    QVERIFY(QFile::setPermissions(path, writable));
    QProcess writer;
    Test::startWorker(writer, { u"write"_s, path, u"1"_s, u"1"_s, u"Later"_s }, true);
    QVERIFY2(writer.waitForFinished(30000), qPrintable(writer.errorString()));
    QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0,
             writer.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestLibraryOpen)
#include "tst_libraryopen.moc"
