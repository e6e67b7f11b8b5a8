// SPDX-License-Identifier: GPL-3.0-or-later
// The import-assets command: files and folders into the media library.
#include "command.h"

#include "assets/assetimporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

QString statusName(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Imported:
        return u"imported"_s;
    case ImportResult::Status::AlreadyPresent:
        return u"already-present"_s;
    case ImportResult::Status::Refused:
        return u"refused"_s;
    case ImportResult::Status::Cancelled:
        break;
    }
    return u"cancelled"_s;
}

QString resultLine(const ImportResult &result)
{
    const QString path = QDir::toNativeSeparators(result.sourcePath);
    switch (result.status) {
    case ImportResult::Status::Imported:
        return Tr::tr("imported: “%1” as asset %2 (%3).")
            .arg(path)
            .arg(result.asset.id)
            .arg(result.asset.mimeType);
    case ImportResult::Status::AlreadyPresent:
        return Tr::tr("already in the library: %1").arg(result.message);
    case ImportResult::Status::Refused:
        return Tr::tr("refused: %1").arg(result.message);
    case ImportResult::Status::Cancelled:
        break;
    }
    return Tr::tr("not imported: %1").arg(result.message);
}

// A progress line that rewrites itself, only where someone watches a terminal: in a pipe or
// a log it would be noise between the result lines.
class ProgressLine final
{
public:
    ProgressLine()
        : m_enabled(isatty(STDERR_FILENO) != 0)
    {
    }
    ~ProgressLine() { clear(); }

    void show(const ImportProgress &progress)
    {
        if (!m_enabled || progress.filesTotal < 2)
            return;
        const QString text = Tr::tr("%1 of %2 files").arg(progress.filesDone).arg(progress.filesTotal);
        std::fprintf(stderr, "\r%s", qUtf8Printable(text));
        std::fflush(stderr);
        m_width = int(text.size());
    }
    void clear()
    {
        if (m_width == 0)
            return;
        std::fprintf(stderr, "\r%*s\r", m_width, "");
        std::fflush(stderr);
        m_width = 0;
    }

private:
    bool m_enabled;
    int m_width = 0;
};

} // namespace

int runImportAssets(CommandContext &context)
{
    AssetImporter importer(context.library);
    ProgressLine progressLine;
    QJsonArray files;
    const ImportSummary summary = importer.importPaths(
        context.arguments, [&](const ImportResult &result, const ImportProgress &progress) {
            progressLine.clear();
            if (context.json) {
                QJsonObject file { { u"path"_s, QDir::toNativeSeparators(result.sourcePath) },
                                   { u"status"_s, statusName(result.status) },
                                   { u"message"_s, result.message } };
                if (result.isOk())
                    file.insert(u"asset_id"_s, result.asset.id);
                files.append(file);
            } else {
                context.out.line(resultLine(result));
            }
            progressLine.show(progress);
        });
    progressLine.clear();
    if (!summary.error.isEmpty()) {
        context.out.error(summary.error);
        return Failure;
    }
    if (context.json) {
        context.out.json(QJsonObject { { u"files"_s, files },
                                       { u"imported"_s, summary.imported },
                                       { u"already_present"_s, summary.alreadyPresent },
                                       { u"refused"_s, summary.refused } });
    } else {
        context.out.line(summary.text());
    }
    if (summary.refused > 0) {
        context.out.error(
            Tr::tr("%1 of the files were refused (see the lines above); the others were imported. "
                   "Fix or leave out those files and run the import again.")
                .arg(summary.refused));
        return Failure;
    }
    return Success;
}

} // namespace QuoteDesk::Cli
