// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

namespace QuoteDesk::Cli {

const QList<Command> &commands()
{
    using Access = Command::Access;
    static const QList<Command> list {
        { "demo",
          QT_TRANSLATE_NOOP("QuoteDesk::Cli", "Fill a new, empty library with the demo posts."),
          {},
          Access::Write,
          runDemo },
        { "list",
          QT_TRANSLATE_NOOP("QuoteDesk::Cli", "List the records of one type."),
          { { "TYPE",
              QT_TRANSLATE_NOOP("QuoteDesk::Cli",
                                "quotes, speakers, essays, assets, categories or tags.") } },
          Access::Read,
          runList },
        { "show",
          QT_TRANSLATE_NOOP("QuoteDesk::Cli", "Print every field of one record."),
          { { "TYPE", QT_TRANSLATE_NOOP("QuoteDesk::Cli", "The record type, as for list.") },
            { "ID", QT_TRANSLATE_NOOP("QuoteDesk::Cli", "The record id, as list shows it.") } },
          Access::Read,
          runShow },
        { "search",
          QT_TRANSLATE_NOOP("QuoteDesk::Cli", "Search quotes, speakers, essays and assets."),
          { { "QUERY", QT_TRANSLATE_NOOP("QuoteDesk::Cli", "Words to look for; quote it in the shell.") } },
          Access::Read,
          runSearch },
        { "export",
          QT_TRANSLATE_NOOP("QuoteDesk::Cli", "Write the whole library to a JSON file."),
          { { "FILE.json", QT_TRANSLATE_NOOP("QuoteDesk::Cli", "The file to write.") } },
          Access::Read,
          runExport },
        { "import",
          QT_TRANSLATE_NOOP("QuoteDesk::Cli", "Read records from a JSON export into the library."),
          { { "FILE.json", QT_TRANSLATE_NOOP("QuoteDesk::Cli", "The file to read.") } },
          Access::Write,
          runImport,
          importOptions },
    };
    return list;
}

} // namespace QuoteDesk::Cli
