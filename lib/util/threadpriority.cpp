// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace QuoteDesk {

void lowerCurrentThreadPriority(int steps)
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    errno = 0;
    const int process = ::getpriority(PRIO_PROCESS, 0);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), qMin(19, process + steps));
#else
    Q_UNUSED(steps);
#endif
}

} // namespace QuoteDesk
