// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace QuoteDesk::Cli {

/// quotedesk-cli: reads the command line, opens the library the command needs and runs the
/// command. Every failure ends in one line on standard error and a non-zero exit code.
class CliApp final
{
public:
    CliApp();

    /// Runs the command line @p arguments (the program name first); returns the exit code.
    int run(const QStringList &arguments);

private:
    void addGlobalOptions(QCommandLineParser &parser) const;
    QString globalHelp() const;
    QString commandHelp(const Command &command) const;
    int usageError(const QString &message);
    bool checkOptions(const QCommandLineParser &parser, const Command &command);
    bool checkArguments(const QStringList &arguments, const Command &command);
    bool openLibrary(const QCommandLineParser &parser, const Command &command, Library &library);

    Output m_out;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_library;
    QCommandLineOption m_json;
    QCommandLineOption m_readOnly;
};

} // namespace QuoteDesk::Cli
