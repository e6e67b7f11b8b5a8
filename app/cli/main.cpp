// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default library.
    QCoreApplication::setApplicationName(u"quotedesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTEDESK_VERSION));
    QuoteDesk::Cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
