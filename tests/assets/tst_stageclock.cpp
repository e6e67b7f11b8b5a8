// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/stageclock.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <memory>

using namespace QuoteDesk;

class TestStageClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endAddsItsTimeToTheSum();
    void lapMovesOnToAnotherStage();
    void skippedTimeCountsNowhere();
    void threadCpuTimeGrowsWithWork();
    void threadCpuTimeIsTheCallingThreads();
};

namespace {

// Keeps a processor busy until @p ns nanoseconds have passed on the clock; returns how many
// did pass.
qint64 busyFor(qint64 ns)
{
    QElapsedTimer timer;
    timer.start();
    volatile quint64 sink = 0;
    while (timer.nsecsElapsed() < ns)
        sink = sink + 1;
    return timer.nsecsElapsed();
}

// Keeps the calling thread computing until it has used @p ns nanoseconds of processor time.
void computeFor(qint64 ns)
{
    const qint64 start = threadCpuNs();
    volatile quint64 sink = 0;
    while (threadCpuNs() - start < ns)
        sink = sink + 1;
}

} // namespace

// The clock's span holds the busy span and lies inside the outer one.
void TestStageClock::endAddsItsTimeToTheSum()
{
    qint64 sum = 1000; // sums of earlier files stay
    QElapsedTimer outer;
    outer.start();
    qint64 busy = 0;
    {
        StageClock clock(&sum);
        busy = busyFor(200'000);
    }
    const qint64 total = outer.nsecsElapsed();
    QVERIFY2(sum - 1000 >= busy, qPrintable(QString::number(sum)));
    QVERIFY2(sum - 1000 <= total, qPrintable(QString::number(sum)));
}

void TestStageClock::lapMovesOnToAnotherStage()
{
    qint64 read = 0;
    qint64 hash = 0;
    QElapsedTimer outer;
    outer.start();
    qint64 first = 0;
    qint64 second = 0;
    {
        StageClock clock(&read);
        first = busyFor(200'000);
        clock.lap(&hash); // the time so far was hashing
        second = busyFor(300'000);
    }
    const qint64 total = outer.nsecsElapsed();
    QVERIFY(hash >= first);
    QVERIFY(read >= second); // after the lap, the clock counts for its own stage again
    QVERIFY(read + hash <= total);
}

void TestStageClock::skippedTimeCountsNowhere()
{
    qint64 sum = 0;
    QElapsedTimer outer;
    outer.start();
    qint64 skipped = 0;
    {
        StageClock clock(&sum);
        skipped = busyFor(500'000);
        clock.skip();
    }
    const qint64 total = outer.nsecsElapsed();
    QVERIFY(sum >= 0);
    QVERIFY2(sum <= total - skipped, qPrintable(QString::number(sum)));
}

void TestStageClock::threadCpuTimeGrowsWithWork()
{
#ifdef Q_OS_UNIX
    QElapsedTimer outer;
    outer.start();
    const qint64 before = threadCpuNs();
    computeFor(2'000'000);
    const qint64 used = threadCpuNs() - before;
    QVERIFY(used >= 2'000'000);
    QVERIFY(used <= outer.nsecsElapsed()); // one thread cannot use more than the clock time
#else
    QSKIP("the thread's processor time is read on Unix only");
#endif
}

// While another thread computes, the waiting thread's own time hardly grows.
void TestStageClock::threadCpuTimeIsTheCallingThreads()
{
#ifdef Q_OS_UNIX
    constexpr qint64 Work = 50'000'000;
    qint64 workerUsed = 0;
    const qint64 before = threadCpuNs();
    std::unique_ptr<QThread> worker(QThread::create([&workerUsed] {
        const qint64 start = threadCpuNs();
        computeFor(Work);
        workerUsed = threadCpuNs() - start;
    }));
    worker->start();
    QVERIFY(worker->wait(60'000));
    const qint64 waiterUsed = threadCpuNs() - before;
    QVERIFY(workerUsed >= Work);
    QVERIFY2(waiterUsed < Work, qPrintable(QString::number(waiterUsed)));
#else
    QSKIP("the thread's processor time is read on Unix only");
#endif
}

QTEST_GUILESS_MAIN(TestStageClock)
#include "tst_stageclock.moc"
