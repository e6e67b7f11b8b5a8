// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace QuoteDesk {

/// Makes the calling thread @p steps nicer than the process (once per thread; later calls do
/// nothing), so that it gives way to the window's thread whenever both want a processor. On
/// Linux each thread has a nice value of its own and QThread::setPriority() changes nothing
/// under the default scheduler; elsewhere this does nothing. Best effort: failures are ignored.
void lowerCurrentThreadPriority(int steps);

} // namespace QuoteDesk
