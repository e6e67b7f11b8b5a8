// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that move records in and out of a library: search, export, import.
#include "command.h"

namespace QuoteDesk::Cli {
namespace {

int notAvailable(CommandContext &context, const char *command)
{
    context.out.error(
        tr("The command “%1” is not available in this build of QuoteDesk.").arg(QLatin1StringView(command)));
    return Failure;
}

} // namespace

int runSearch(CommandContext &context)
{
    return notAvailable(context, "search");
}

int runExport(CommandContext &context)
{
    return notAvailable(context, "export");
}

int runImport(CommandContext &context)
{
    return notAvailable(context, "import");
}

} // namespace QuoteDesk::Cli
