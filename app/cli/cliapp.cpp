// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

// Finds the command the first one or two positional arguments name ("list", "site add").
const Command *findCommand(const QStringList &positional, qsizetype *words)
{
    const QString one = positional.value(0);
    const QString two = positional.size() > 1 ? one + u' ' + positional.at(1) : QString();
    for (const Command &command : commands()) {
        const QLatin1StringView name(command.name);
        if (name == one || (!two.isEmpty() && name == two)) {
            *words = name.count(u' ') + 1;
            return &command;
        }
    }
    return nullptr;
}

// The group a two-word command belongs to ("site" for "site add"); empty for one word.
QString groupOf(const Command &command)
{
    const QLatin1StringView name(command.name);
    const qsizetype space = name.indexOf(u' ');
    return space < 0 ? QString() : QString(name.left(space));
}

QString syntaxOf(const Command &command)
{
    QString syntax = QLatin1StringView(command.name);
    for (const Argument &argument : command.arguments)
        syntax += u' ' + QLatin1StringView(argument.name) + (argument.repeats ? u"…"_s : QString());
    return syntax;
}

QString usageOf(const Command &command)
{
    return u"quotedesk-cli "_s + syntaxOf(command);
}

// QCommandLineParser names the program as it was started, often with a long path: show the
// installed name instead.
QString helpTextOf(const QCommandLineParser &parser)
{
    QString help = parser.helpText();
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = help.indexOf(started);
    if (!started.isEmpty() && at >= 0 && at < help.indexOf(u'\n'))
        help.replace(at, started.size(), u"quotedesk-cli"_s);
    return help;
}

} // namespace

CliApp::CliApp()
    : m_help({ u"h"_s, u"help"_s }, Tr::tr("Show help, for the tool or for one command."))
    , m_version({ u"v"_s, u"version"_s }, Tr::tr("Show the version."))
    , m_library({ u"l"_s, u"library"_s },
                Tr::tr("The library file to use (default: %1).")
                    .arg(QDir::toNativeSeparators(Library::defaultPath())),
                Tr::tr("FILE"))
    , m_json(u"json"_s, Tr::tr("Print records as JSON instead of text."))
    , m_readOnly(u"read-only"_s, Tr::tr("Open the library without ever writing to it."))
{
}

void CliApp::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addOptions({ m_help, m_version, m_library, m_json, m_readOnly });
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    // Commands may share an option (--password-file): add each name once.
    QStringList known;
    for (const Command &command : commands()) {
        if (!command.options)
            continue;
        for (const QCommandLineOption &option : command.options()) {
            if (!known.contains(option.names().constFirst())) {
                known += option.names();
                parser.addOption(option);
            }
        }
    }
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(m_version)) {
        m_out.line(u"quotedesk-cli "_s + QCoreApplication::applicationVersion());
        return Success;
    }

    QStringList positional = parser.positionalArguments();
    const bool helpCommand = !positional.isEmpty() && positional.first() == u"help"_s;
    if (helpCommand)
        positional.removeFirst();
    if (positional.isEmpty()) {
        if (parser.isSet(m_help) || helpCommand) {
            m_out.text(globalHelp());
            return Success;
        }
        return usageError(Tr::tr("No command given. Run “quotedesk-cli --help” for the list of commands."));
    }
    qsizetype words = 0;
    const Command *command = findCommand(positional, &words);
    if (!command) {
        const QString name = positional.first();
        for (const Command &candidate : commands()) {
            if (groupOf(candidate) == name) {
                return usageError(
                    Tr::tr("“%1” needs a sub-command. Run “quotedesk-cli --help” for the list of "
                           "commands.")
                        .arg(name));
            }
        }
        return usageError(
            Tr::tr("Unknown command “%1”. Run “quotedesk-cli --help” for the list of commands.").arg(name));
    }
    positional.remove(0, words);
    if (parser.isSet(m_help) || helpCommand) {
        m_out.text(commandHelp(*command));
        return Success;
    }
    if (!checkOptions(parser, *command) || !checkArguments(positional, *command))
        return UsageError;

    Library library;
    if (command->access != Command::Access::None && !openLibrary(parser, *command, library))
        return Failure;
    CommandContext context { parser, positional, parser.isSet(m_json), library, m_out };
    return command->run(context);
}

QString CliApp::globalHelp() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Keeps the quote posts, speakers and essays of a QuoteDesk library."));
    addGlobalOptions(parser);
    parser.addPositionalArgument(Tr::tr("command"), Tr::tr("One of the commands below."),
                                 Tr::tr("command [arguments…]"));
    QString help = helpTextOf(parser) + u'\n' + Tr::tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, syntaxOf(command).size());
    for (const Command &command : commands())
        help += u"  "_s + syntaxOf(command).leftJustified(width) + u"  "_s + Tr::tr(command.summary) + u'\n';
    help += u'\n' + Tr::tr("Run “quotedesk-cli COMMAND --help” for the arguments and options of one command.")
        + u'\n' + Tr::tr("Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.") + u'\n';
    return help;
}

QString CliApp::commandHelp(const Command &command) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(command.summary));
    addGlobalOptions(parser);
    if (command.options)
        parser.addOptions(command.options());
    const QString name = QLatin1StringView(command.name);
    parser.addPositionalArgument(name, Tr::tr("The command."), name);
    for (const Argument &argument : command.arguments) {
        const QString argumentName = QLatin1StringView(argument.name);
        const QString syntax = argumentName + (argument.repeats ? u"…"_s : QString());
        parser.addPositionalArgument(argumentName, Tr::tr(argument.description), syntax);
    }
    return helpTextOf(parser);
}

int CliApp::usageError(const QString &message)
{
    m_out.error(message);
    return UsageError;
}

bool CliApp::checkOptions(const QCommandLineParser &parser, const Command &command)
{
    QStringList allowed;
    for (const QCommandLineOption &option : { m_help, m_version, m_library, m_json, m_readOnly })
        allowed += option.names();
    if (command.options) {
        for (const QCommandLineOption &option : command.options())
            allowed += option.names();
    }
    const QStringList used = parser.optionNames();
    for (const QString &option : used) {
        if (!allowed.contains(option)) {
            usageError(Tr::tr("The option “%1” does not apply to “%2”. Run “quotedesk-cli %2 --help”.")
                           .arg(QString(option.size() == 1 ? u"-"_s : u"--"_s) + option,
                                QLatin1StringView(command.name)));
            return false;
        }
    }
    return true;
}

bool CliApp::checkArguments(const QStringList &arguments, const Command &command)
{
    const qsizetype expected = command.arguments.size();
    const bool repeats = !command.arguments.isEmpty() && command.arguments.constLast().repeats;
    if (arguments.size() < expected) {
        usageError(Tr::tr("“%1” needs %2. Usage: %3")
                       .arg(QLatin1StringView(command.name),
                            QLatin1StringView(command.arguments.at(arguments.size()).name),
                            usageOf(command)));
        return false;
    }
    if (arguments.size() > expected && !repeats) {
        usageError(Tr::tr("Unexpected argument “%1” for “%2”. Usage: %3")
                       .arg(arguments.at(expected), QLatin1StringView(command.name), usageOf(command)));
        return false;
    }
    return true;
}

bool CliApp::openLibrary(const QCommandLineParser &parser, const Command &command, Library &library)
{
    const QString name = QLatin1StringView(command.name);
    const bool writes = command.access == Command::Access::Write;
    const bool readOnlyRequested = parser.isSet(m_readOnly);
    if (writes && readOnlyRequested) {
        m_out.error(Tr::tr("“%1” changes the library, so it cannot run with --read-only.").arg(name));
        return false;
    }
    const QString path = parser.isSet(m_library) ? parser.value(m_library) : Library::defaultPath();
    if (!writes && !QFileInfo::exists(path)) {
        m_out.error(
            Tr::tr("There is no library at “%1”. Create one with “quotedesk-cli demo --library FILE” or "
                   "name an existing one with --library.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        return false;
    }
    Library::OpenOptions options;
    options.readOnly = readOnlyRequested;
    options.create = writes;
    QString error;
    if (!library.open(path, &error, options)) {
        m_out.error(error);
        return false;
    }
    if (library.isReadOnly() && writes) {
        m_out.error(
            Tr::tr("Cannot run “%1”, which changes the library: %2").arg(name, library.readOnlyReason()));
        return false;
    }
    if (library.isReadOnly() && !readOnlyRequested)
        m_out.notice(library.readOnlyReason());
    return true;
}

} // namespace QuoteDesk::Cli
