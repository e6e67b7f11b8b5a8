// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

namespace QuoteDesk {

/// Adds the time from its construction to its end (or to the last lap()) to a stage's sum of
/// ImportTimings.
class StageClock final
{
public:
    explicit StageClock(qint64 *sum);
    ~StageClock() { lap(m_sum); }
    StageClock(const StageClock &) = delete;
    StageClock &operator=(const StageClock &) = delete;

    /// Adds the time so far to @p sum and goes on for the stage given at construction.
    void lap(qint64 *sum);
    /// Goes on from now, counting the time so far nowhere.
    void skip() { m_start = m_timer.nsecsElapsed(); }

private:
    qint64 *m_sum;
    qint64 m_start = 0;
    QElapsedTimer m_timer;
};

/// Processor time of the calling thread so far, in nanoseconds (0 where the system does not
/// tell).
qint64 threadCpuNs();

} // namespace QuoteDesk
