// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageclock.h"

#include <ctime>

namespace QuoteDesk {

StageClock::StageClock(qint64 *sum)
    : m_sum(sum)
{
    m_timer.start();
}

void StageClock::lap(qint64 *sum)
{
    const qint64 now = m_timer.nsecsElapsed();
    *sum += now - m_start;
    m_start = now;
}

qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#else
    return 0;
#endif
}

} // namespace QuoteDesk
