// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "store/migrations.h"
#include "testsupport.h"
#include "workerprocess.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

// Several processes writing one library: writers at once, and writers killed at random
// moments. Every record a writer reported as committed must be there afterwards.
class TestConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void twoWritersAtOnce_data();
    void twoWritersAtOnce();
    void twoWritersUpgradeAnOldLibraryAtOnce();
    void writerFacingAHeldLockSaysBusy();
    void killedWritersLoseNoCommit();

private:
    QStringList runTwoWriters(const QStringList &firstArguments, const QStringList &secondArguments);
    void verifyLibrary(const QStringList &committed, bool exactCount, qint64 before = 0);

    std::unique_ptr<Test::TempLibrary> m_lib;
};

namespace {

QStringList writeArguments(const QString &path, int count, int batch, const QString &label)
{
    return { u"write"_s, path, QString::number(count), QString::number(batch), label };
}

} // namespace

void TestConcurrency::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_lib->library().close(); // the workers write; this process only checks afterwards
}

void TestConcurrency::cleanup()
{
    m_lib.reset();
}

// Runs two write workers at once and returns the uuids they reported committed. Each must
// succeed, or fail only with the library's clear "busy" message.
QStringList TestConcurrency::runTwoWriters(const QStringList &firstArguments,
                                           const QStringList &secondArguments)
{
    QProcess first;
    QProcess second;
    Test::startWorker(first, firstArguments);
    Test::startWorker(second, secondArguments);
    QStringList committed;
    [&] {
        QVERIFY2(first.waitForFinished(120000), qPrintable(first.errorString()));
        QVERIFY2(second.waitForFinished(120000), qPrintable(second.errorString()));
        int succeeded = 0;
        for (QProcess *worker : { &first, &second }) {
            const QString errors = QString::fromUtf8(worker->readAllStandardError());
            QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
            if (worker->exitCode() == 0)
                ++succeeded;
            else
                QVERIFY2(errors.contains(u"The library is busy"_s), qPrintable(errors));
            const QStringList uuids = Test::committedUuids(worker->readAllStandardOutput());
            qInfo("worker exit code %d, %lld records committed", worker->exitCode(), qlonglong(uuids.size()));
            committed += uuids;
        }
        QVERIFY(succeeded >= 1);
        if (succeeded == 2)
            QCOMPARE(committed.size(), firstArguments.at(2).toInt() + secondArguments.at(2).toInt());
    }();
    return committed;
}

void TestConcurrency::verifyLibrary(const QStringList &committed, bool exactCount, qint64 before)
{
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    Library &library = m_lib->library();
    QCOMPARE(Test::RawSqlite(m_lib->path()).scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    QStringList missing;
    for (const QString &uuid : committed) {
        if (!library.idForUuid(RecordType::Speaker, uuid))
            missing.append(uuid);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 of %2 committed records are missing, first %3"_s.arg(missing.size())
                            .arg(committed.size())
                            .arg(missing.value(0))));
    // A killed writer may have committed a record it had no time to report.
    if (exactCount)
        QCOMPARE(library.count(RecordType::Speaker), before + committed.size());
    else
        QVERIFY(library.count(RecordType::Speaker) >= before + committed.size());
}

void TestConcurrency::twoWritersAtOnce_data()
{
    QTest::addColumn<int>("firstCount");
    QTest::addColumn<int>("firstBatch");
    QTest::addColumn<int>("secondCount");
    QTest::addColumn<int>("secondBatch");

    QTest::newRow("many small transactions each") << 150 << 1 << 150 << 1;
    QTest::newRow("one long transaction against small ones") << 1500 << 1500 << 150 << 1;
}

void TestConcurrency::twoWritersAtOnce()
{
    QFETCH(int, firstCount);
    QFETCH(int, firstBatch);
    QFETCH(int, secondCount);
    QFETCH(int, secondBatch);

    const QStringList committed =
        runTwoWriters(writeArguments(m_lib->path(), firstCount, firstBatch, u"First"_s),
                      writeArguments(m_lib->path(), secondCount, secondBatch, u"Second"_s));
    if (QTest::currentTestFailed())
        return;
    verifyLibrary(committed, true);
}

void TestConcurrency::twoWritersUpgradeAnOldLibraryAtOnce()
{
    // Both open a library of schema version 1 at the same moment: each upgrade step must run
    // once, whichever process gets to it first.
    QVERIFY(QFile::remove(m_lib->path()));
    QVERIFY(QFile::copy(Test::dataPath(u"library/library-v1.qdlib"_s), m_lib->path()));
    QVERIFY(QFile::setPermissions(m_lib->path(), QFile::ReadOwner | QFile::WriteOwner));
    const QStringList committed = runTwoWriters(writeArguments(m_lib->path(), 20, 1, u"First"_s),
                                                writeArguments(m_lib->path(), 20, 1, u"Second"_s));
    if (QTest::currentTestFailed())
        return;
    verifyLibrary(committed, true, 3);
    QCOMPARE(m_lib->library().schemaVersion(), Migrations::latestVersion());
}

void TestConcurrency::writerFacingAHeldLockSaysBusy()
{
    // This process holds the write lock for longer than the worker's busy timeout.
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    QProcess worker;
    bool held = false;
    bool finished = false;
    QString error;
    // The transaction is rolled back: the work reports failure once the worker has ended.
    m_lib->library().transact(
        [&](QString *) {
            held = true;
            Test::startWorker(worker, writeArguments(m_lib->path(), 1, 1, u"Blocked"_s));
            finished = worker.waitForFinished(60000);
            return false;
        },
        &error);
    QVERIFY2(held, qPrintable(error));
    QVERIFY2(finished, qPrintable(worker.errorString()));
    const QString errors = QString::fromUtf8(worker.readAllStandardError());
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 1);
    QVERIFY2(errors.contains(u"The library is busy"_s), qPrintable(errors));
    QVERIFY(Test::committedUuids(worker.readAllStandardOutput()).isEmpty());
    m_lib->library().close();
    verifyLibrary({}, true);
}

void TestConcurrency::killedWritersLoseNoCommit()
{
    bool fixedSeed = false;
    const quint32 given = quint32(qEnvironmentVariableIntValue("QUOTEDESK_TEST_SEED", &fixedSeed));
    const quint32 seed = fixedSeed ? given : QRandomGenerator::global()->generate();
    qInfo("random seed %u (replay with QUOTEDESK_TEST_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    QStringList committed;
    constexpr int rounds = 50;
    for (int round = 0; round < rounds; ++round) {
        static constexpr int batches[] = { 1, 1, 20 };
        const int batch = batches[random.bounded(3)];
        // Kill it while it starts or opens the library (half the rounds), or in the middle of
        // writing: once it has reported a commit, however long a loaded machine took to get there.
        const bool whileWriting = random.bounded(2) == 0;
        const int delay = whileWriting ? random.bounded(0, 50) : random.bounded(5, 350);
        QProcess worker;
        QSignalSpy finished(&worker, &QProcess::finished);
        Test::startWorker(worker, writeArguments(m_lib->path(), 1000000, batch, u"Round %1"_s.arg(round)));
        QVERIFY2(worker.waitForStarted(30000), qPrintable(worker.errorString()));
        QByteArray output;
        if (whileWriting) {
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             output += worker.readAllStandardOutput();
                             return !Test::committedUuids(output).isEmpty();
                         },
                         60000),
                     qPrintable(u"round %1 reported no commit"_s.arg(round)));
        }
        QTimer::singleShot(delay, &worker, &QProcess::kill);
        QVERIFY(finished.wait(30000));
        const QByteArray errors = worker.readAllStandardError();
        QVERIFY2(worker.exitStatus() == QProcess::CrashExit,
                 qPrintable(u"round %1 ended by itself: %2"_s.arg(round).arg(QString::fromUtf8(errors))));
        committed += Test::committedUuids(output + worker.readAllStandardOutput());
    }
    qInfo("%lld records reported committed over %d killed writers", qlonglong(committed.size()), rounds);
    QVERIFY(!committed.isEmpty());
    verifyLibrary(committed, false);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
