// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/copywriter.h"
#include "assets/sha256.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestCopyWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockIsAlignedAndWhole();
    void writesEveryByteInOrder_data();
    void writesEveryByteInOrder();
    void fullDiskIsAnError();
    void syncsAnExistingFolder();
    void syncOfAMissingFolderIsAnError();
};

void TestCopyWriter::blockIsAlignedAndWhole()
{
    QTemporaryFile target;
    QVERIFY(target.open());
    CopyWriter writer(target);
    QCOMPARE(reinterpret_cast<quintptr>(writer.block()) % CopyWriter::DirectAlignment, quintptr(0));
    // The whole block is the writer's own (the sanitizer build catches a shorter one).
    std::memset(writer.block(), 0x5a, std::size_t(Sha256::BlockSize));
    QString error;
    QVERIFY2(writer.write(Sha256::BlockSize, &error), qPrintable(error));
    QCOMPARE(target.size(), Sha256::BlockSize);
}

void TestCopyWriter::writesEveryByteInOrder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QList<qint64>>("writes");
    const qint64 block = Sha256::BlockSize;
    const qint64 disk = qint64(CopyWriter::DirectAlignment);
    // The temporary folder is often in memory (tmpfs), the build folder on a disk: direct
    // writes are taken by one, refused by the other on some systems.
    const QStringList folders { QDir::tempPath(), QDir::currentPath() };
    for (const QString &folder : folders) {
        const char *where = folder == QDir::tempPath() ? "temp" : "build folder";
        QTest::addRow("%s: one byte", where) << folder << QList<qint64> { 1 };
        QTest::addRow("%s: one disk block", where) << folder << QList<qint64> { disk };
        QTest::addRow("%s: whole blocks", where) << folder << QList<qint64> { block, block, block };
        QTest::addRow("%s: blocks and a short end", where) << folder << QList<qint64> { block, block, 12345 };
        QTest::addRow("%s: short, then disk blocks", where)
            << folder << QList<qint64> { 1000, 3 * disk, block };
        QTest::addRow("%s: disk blocks, not a whole block", where)
            << folder << QList<qint64> { 5 * disk, block };
    }
}

// Whether the file system takes direct writes or not, and wherever the writer falls back to
// the page cache, the file holds exactly the bytes given, in order.
void TestCopyWriter::writesEveryByteInOrder()
{
    QFETCH(QString, folder);
    QFETCH(QList<qint64>, writes);
    QTemporaryFile target(folder + u"/copywriter-XXXXXX"_s);
    QVERIFY2(target.open(), qPrintable(target.errorString()));
    QByteArray expected;
    {
        CopyWriter writer(target);
        QRandomGenerator generator(7);
        for (const qint64 size : writes) {
            for (qint64 i = 0; i < size; ++i)
                writer.block()[i] = char(generator.bounded(256));
            expected.append(writer.block(), size);
            QString error;
            QVERIFY2(writer.write(size, &error), qPrintable(error));
        }
    }
    QVERIFY(target.flush());
    QFile back(target.fileName());
    QVERIFY(back.open(QIODevice::ReadOnly));
    const QByteArray written = back.readAll();
    QCOMPARE(written.size(), expected.size());
    QVERIFY(written == expected);
}

void TestCopyWriter::fullDiskIsAnError()
{
#ifdef Q_OS_LINUX
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full cannot be opened here");
    CopyWriter writer(full);
    std::memset(writer.block(), 1, 100);
    QString error;
    QVERIFY(!writer.write(100, &error));
    QVERIFY(!error.isEmpty());
#else
    QSKIP("a full disk is simulated with Linux's /dev/full");
#endif
}

void TestCopyWriter::syncsAnExistingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(syncFileSystemOf(dir.path(), &error), qPrintable(error));
}

void TestCopyWriter::syncOfAMissingFolderIsAnError()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!syncFileSystemOf(dir.filePath(u"missing"_s), &error));
    QVERIFY(!error.isEmpty());
#else
    QSKIP("elsewhere than on Linux each copy is flushed on its own and this does nothing");
#endif
}

QTEST_GUILESS_MAIN(TestCopyWriter)
#include "tst_copywriter.moc"
