// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output.h"

#include "store/library.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace QuoteDesk::Cli {

/// Exit codes of the tool.
enum ExitCode : int {
    Success = 0,
    Failure = 1, ///< the command ran and failed (library error, unknown id, …)
    UsageError = 2, ///< the command line was wrong
};

/// What a command gets to work with: its arguments and options, the open library (when it
/// needs one) and the output.
struct CommandContext
{
    const QCommandLineParser &parser;
    QStringList arguments; ///< positional arguments after the command name
    bool json = false;
    Library &library;
    Output &out;
};

/// A positional argument, for the help text and the argument count check.
struct Argument
{
    const char *name;
    const char *description; ///< untranslated (QT_TRANSLATE_NOOP in "QuoteDesk::Cli")
    bool repeats = false; ///< the last argument only: one or more values
};

/// One sub-command of quotedesk-cli.
struct Command
{
    enum class Access {
        None, ///< needs no library
        Read, ///< reads an existing library
        Write, ///< writes, creating the library if it does not exist
    };

    const char *name; ///< one word, or two for a group ("site add")
    const char *summary; ///< untranslated (QT_TRANSLATE_NOOP in "QuoteDesk::Cli")
    QList<Argument> arguments;
    Access access = Access::Read;
    int (*run)(CommandContext &context) = nullptr;
    QList<QCommandLineOption> (*options)() = nullptr; ///< options of this command only
};

/// Every command, in the order the help lists them.
const QList<Command> &commands();

int runDemo(CommandContext &context);
int runList(CommandContext &context);
int runShow(CommandContext &context);
int runSearch(CommandContext &context);
int runExport(CommandContext &context);
int runImport(CommandContext &context);
QList<QCommandLineOption> importOptions();
int runRender(CommandContext &context);
QList<QCommandLineOption> renderOptions();
int runExportSite(CommandContext &context);
QList<QCommandLineOption> exportSiteOptions();
int runImportAssets(CommandContext &context);
int runSiteAdd(CommandContext &context);
QList<QCommandLineOption> siteAddOptions();
int runSiteList(CommandContext &context);
int runSiteRemove(CommandContext &context);
int runSiteTest(CommandContext &context);
QList<QCommandLineOption> siteTestOptions();
int runPublish(CommandContext &context);
QList<QCommandLineOption> publishOptions();
QList<QCommandLineOption> searchOptions();

} // namespace QuoteDesk::Cli
