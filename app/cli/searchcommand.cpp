// SPDX-License-Identifier: GPL-3.0-or-later
// The search command, over the library's full-text index.
#include "command.h"
#include "recordformat.h"

#include "store/search.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

QCommandLineOption typeOption()
{
    return QCommandLineOption(u"type"_s,
                              Tr::tr("Search only records of this type: quotes, speakers, essays or assets. "
                                     "May be given more than once."),
                              Tr::tr("TYPE"));
}

QCommandLineOption limitOption()
{
    return QCommandLineOption(u"limit"_s, Tr::tr("Show at most N hits (default 20)."), Tr::tr("N"), u"20"_s);
}

// The snippet as plain text, the matched words in [brackets] where a terminal has no bold.
QString plainSnippet(const QString &html)
{
    QString text = html;
    text.replace(u"<b>"_s, u"["_s).replace(u"</b>"_s, u"]"_s);
    // Undoes QString::toHtmlEscaped(), the only markup besides <b> a snippet holds.
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text.simplified();
}

} // namespace

QList<QCommandLineOption> searchOptions()
{
    return { typeOption(), limitOption() };
}

int runSearch(CommandContext &context)
{
    SearchQuery query;
    query.text = context.arguments.at(0);
    for (const QString &name : context.parser.values(typeOption().names().constFirst())) {
        QString error;
        const std::optional<RecordType> type = browsableType(name, &error);
        constexpr RecordType searchable[] = { RecordType::Quote, RecordType::Speaker, RecordType::Essay,
                                              RecordType::Asset };
        if (!type || std::find(std::begin(searchable), std::end(searchable), *type) == std::end(searchable)) {
            context.out.error(
                Tr::tr("Cannot search by the type “%1”: use quotes, speakers, essays or assets.").arg(name));
            return UsageError;
        }
        query.types.append(*type);
    }
    bool isNumber = false;
    query.limit = context.parser.value(limitOption().names().constFirst()).toInt(&isNumber);
    if (!isNumber || query.limit <= 0) {
        context.out.error(Tr::tr("--limit needs a number greater than 0."));
        return UsageError;
    }
    QString error;
    const QList<SearchHit> hits = search(context.library, query, &error);
    if (!error.isEmpty()) {
        context.out.error(error);
        return Failure;
    }
    if (context.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            array.append(QJsonObject { { u"type"_s, recordTypeName(hit.type) },
                                       { u"id"_s, hit.id },
                                       { u"title"_s, hit.title },
                                       { u"snippet"_s, plainSnippet(hit.snippetHtml) },
                                       { u"snippet_html"_s, hit.snippetHtml },
                                       { u"rank"_s, hit.rank } });
        }
        context.out.json(array);
        return Success;
    }
    if (hits.isEmpty()) {
        context.out.notice(Tr::tr("Nothing matches “%1”.").arg(query.text));
        return Success;
    }
    QList<QStringList> rows;
    for (const SearchHit &hit : hits)
        rows.append(
            { recordTypeName(hit.type), QString::number(hit.id), hit.title, plainSnippet(hit.snippetHtml) });
    context.out.table({ Tr::tr("TYPE", "column heading"), Tr::tr("ID", "column heading"),
                        Tr::tr("TITLE", "column heading"), Tr::tr("MATCH", "column heading") },
                      rows, 90);
    return Success;
}

} // namespace QuoteDesk::Cli
