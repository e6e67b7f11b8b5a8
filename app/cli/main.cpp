// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "quotedesk_version.h"
#include "translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default library.
    QCoreApplication::setApplicationName(u"quotedesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTEDESK_VERSION));
    // Before the tool builds its help texts. Only messages follow the language: JSON and the
    // fields of records stay as they are.
    QuoteDesk::installTranslations(app);
    QuoteDesk::Cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
