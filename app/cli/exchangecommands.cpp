// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that move records in and out of a library as JSON: export, import.
#include "command.h"

#include "store/libraryexchange.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(u"dry-run"_s,
                              Tr::tr("Check the file and say what would change, but write nothing."));
}

QString absolute(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    return { dryRunOption() };
}

int runExport(CommandContext &context)
{
    const QString path = context.arguments.at(0);
    // An export written over the library would replace it with JSON.
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(context.library.path()).canonicalFilePath()) {
        context.out.error(
            Tr::tr("“%1” is the library itself. Name another file to export to.").arg(absolute(path)));
        return UsageError;
    }
    QString error;
    const std::optional<QByteArray> document = LibraryExchange::exportLibrary(context.library, &error);
    if (!document || !LibraryExchange::writeFile(path, *document, &error)) {
        context.out.error(error);
        return Failure;
    }
    if (context.json)
        context.out.json(QJsonObject { { u"file"_s, absolute(path) }, { u"bytes"_s, document->size() } });
    else
        context.out.line(Tr::tr("Exported the library to “%1”.").arg(absolute(path)));
    return Success;
}

int runImport(CommandContext &context)
{
    const QString path = context.arguments.at(0);
    LibraryImportOptions options;
    options.dryRun = context.parser.isSet(dryRunOption().names().constFirst());
    QString error;
    const std::optional<LibraryImportSummary> summary =
        LibraryExchange::importFile(context.library, path, &error, options);
    if (!summary) {
        context.out.error(error);
        return Failure;
    }
    if (context.json) {
        QJsonObject records;
        for (auto it = summary->records.cbegin(); it != summary->records.cend(); ++it) {
            records.insert(recordTypePluralName(it.key()),
                           QJsonObject { { u"created"_s, it->created },
                                         { u"updated"_s, it->updated },
                                         { u"unchanged"_s, it->unchanged } });
        }
        context.out.json(QJsonObject { { u"dry_run"_s, summary->dryRun },
                                       { u"records"_s, records },
                                       { u"revisions_added"_s, summary->revisionsAdded },
                                       { u"revisions_present"_s, summary->revisionsPresent } });
        return Success;
    }
    context.out.line(summary->dryRun
                         ? Tr::tr("Importing “%1” would change the library so:").arg(absolute(path))
                         : Tr::tr("Imported “%1”:").arg(absolute(path)));
    context.out.line(summary->describe());
    return Success;
}

} // namespace QuoteDesk::Cli
