// SPDX-License-Identifier: GPL-3.0-or-later
// The search command, over the library's full-text index.
#include "command.h"

namespace QuoteDesk::Cli {

int runSearch(CommandContext &context)
{
    context.out.error(tr("The command “search” is not available in this build of QuoteDesk."));
    return Failure;
}

} // namespace QuoteDesk::Cli
