// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that create and browse records: demo, list, show.
#include "command.h"
#include "recordformat.h"

#include "store/demolibrary.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

// The TYPE argument of list and show; reports an unknown type.
std::optional<RecordType> typeArgument(CommandContext &context)
{
    QString error;
    const std::optional<RecordType> type = browsableType(context.arguments.at(0), &error);
    if (!type)
        context.out.error(error);
    return type;
}

} // namespace

int runDemo(CommandContext &context)
{
    QString error;
    if (!DemoLibrary::populate(context.library, &error)) {
        context.out.error(error);
        return Failure;
    }
    constexpr RecordType counted[] = { RecordType::Quote, RecordType::Speaker, RecordType::Essay,
                                       RecordType::Category, RecordType::Tag };
    QJsonObject counts;
    QStringList parts;
    for (const RecordType type : counted) {
        const qint64 count = context.library.count(type);
        counts.insert(recordTypePluralName(type), count);
        parts.append(u"%1 %2"_s.arg(count).arg(recordTypePluralName(type)));
    }
    const QString path = QDir::toNativeSeparators(context.library.path());
    if (context.json) {
        counts.insert(u"library"_s, path);
        context.out.json(counts);
    } else {
        context.out.line(Tr::tr("Created the demo library “%1”: %2.").arg(path, parts.join(u", "_s)));
    }
    return Success;
}

int runList(CommandContext &context)
{
    const std::optional<RecordType> type = typeArgument(context);
    if (!type)
        return UsageError;
    QString error;
    Listing listing;
    if (!listRecords(context.library, *type, &listing, &error)) {
        context.out.error(error);
        return Failure;
    }
    if (context.json)
        context.out.json(listing.json);
    else
        context.out.table(listing.headers, listing.rows);
    return Success;
}

int runShow(CommandContext &context)
{
    const std::optional<RecordType> type = typeArgument(context);
    if (!type)
        return UsageError;
    QString error;
    bool isNumber = false;
    const qint64 id = context.arguments.at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        context.out.error(Tr::tr("“%1” is not a record id: give the number shown in the ID column of “list”.")
                              .arg(context.arguments.at(1)));
        return UsageError;
    }
    RecordView view;
    if (!viewRecord(context.library, *type, id, &view, &error)) {
        context.out.error(error);
        return Failure;
    }
    if (context.json)
        context.out.json(view.json);
    else
        context.out.fields(view.fields);
    return Success;
}

} // namespace QuoteDesk::Cli
