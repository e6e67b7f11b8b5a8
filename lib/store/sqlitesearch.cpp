// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

#include "sqlutil.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

// Private-use characters that snippet() wraps matches in; they survive HTML escaping, so the
// <b> tags are put in after the text is escaped.
constexpr QChar s_open(0xE000);
constexpr QChar s_close(0xE001);

// How many words a snippet shows around the match.
constexpr int s_snippetWords = 14;

// bm25 weights of the index columns (title, body): a word in a title or name counts as much
// as several in the body.
constexpr auto s_rank = "bm25(4.0, 1.0)";

// Close to what unicode61 keeps in a token: letters, digits, combining marks and private-use
// characters. Where the two differ (unicode61 splits at some marks of Indic scripts), a quoted
// word becomes a phrase of several tokens, which FTS5 still matches as adjacent words.
bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

bool isSearchable(RecordType type)
{
    return type == RecordType::Speaker || type == RecordType::Essay || type == RecordType::Quote
        || type == RecordType::Asset;
}

// Runs the statements of one search on one connection.
class Searcher final
{
public:
    Searcher(const QSqlDatabase &db, int limit, QString *error)
        : m_db(db)
        , m_limit(limit)
        , m_error(error)
    {
    }

    // Keeps to records of @p types (all when empty). False on error, or when none of them
    // is in the index (then without an error).
    bool restrictTo(const QList<RecordType> &types)
    {
        QStringList codes;
        qint64 ceiling = 0;
        for (const RecordType type : types) {
            if (!isSearchable(type) || codes.contains(QString::number(int(type))))
                continue;
            codes.append(QString::number(int(type)));
            QSqlQuery sql(m_db);
            if (!Sql::exec(sql, u"SELECT max(id) FROM %1"_s.arg(recordTypePluralName(type)), m_error))
                return false;
            if (sql.next())
                ceiling = qMax(ceiling, Search::rowId(type, sql.value(0).toLongLong()));
        }
        if (types.isEmpty())
            return true;
        if (codes.isEmpty())
            return false;
        // The ceiling lets FTS5 start a newest-first walk at the newest record of these types
        // instead of stepping over the many newer quotes.
        m_types = u" AND rowid % 8 IN (%1) AND rowid <= %2"_s.arg(codes.join(u", "_s)).arg(ceiling);
        return true;
    }

    // The rowid of the match @p count places from the newest: 0 when fewer records match,
    // nothing on error. Walking matches without ranking them costs little per row.
    std::optional<qint64> newestRowIdsFrom(const QString &match, int count)
    {
        QSqlQuery sql(m_db);
        sql.setForwardOnly(true);
        if (!Sql::prepare(sql,
                          u"SELECT rowid FROM search_index WHERE search_index MATCH :match%1 "
                          u"ORDER BY rowid DESC LIMIT 1 OFFSET :count"_s.arg(m_types),
                          m_error))
            return std::nullopt;
        sql.bindValue(u":match"_s, match);
        sql.bindValue(u":count"_s, count);
        if (!Sql::exec(sql, m_error))
            return std::nullopt;
        return sql.next() ? sql.value(0).toLongLong() : 0;
    }

    // The best matches by bm25. FTS5 sorts by `rank` itself and stops at the limit, so
    // snippet() runs for the hits returned only.
    bool ranked(const QString &match, QList<SearchHit> *hits)
    {
        return collect(u"SELECT rowid, rank, %1 FROM search_index WHERE search_index MATCH :match "
                       u"AND rank MATCH '%2' AND rowid > :floor%3 ORDER BY rank LIMIT :limit"_s.arg(
                           snippetColumn(), QLatin1StringView(s_rank), m_types),
                       match, 0, hits);
    }

    // Appends matches newer than @p floor, newest first, up to the limit. FTS5 walks its
    // index backwards and stops there, however many records match.
    bool newestFirst(const QString &match, qint64 floor, QList<SearchHit> *hits)
    {
        return collect(
            u"SELECT rowid, 0, %1 FROM search_index WHERE search_index MATCH :match "
            u"AND rowid > :floor%2 ORDER BY rowid DESC LIMIT :limit"_s.arg(snippetColumn(), m_types),
            match, floor, hits);
    }

private:
    static QString snippetColumn()
    {
        return u"snippet(search_index, -1, '%1', '%2', '…', %3)"_s.arg(s_open).arg(s_close).arg(
            s_snippetWords);
    }

    bool collect(const QString &statement, const QString &match, qint64 floor, QList<SearchHit> *hits)
    {
        QSqlQuery sql(m_db);
        sql.setForwardOnly(true);
        if (!Sql::prepare(sql, statement, m_error))
            return false;
        sql.bindValue(u":match"_s, match);
        sql.bindValue(u":floor"_s, floor);
        sql.bindValue(u":limit"_s, m_limit - int(hits->size()));
        if (!Sql::exec(sql, m_error))
            return false;
        while (sql.next()) {
            const qint64 rowId = sql.value(0).toLongLong();
            SearchHit hit;
            hit.type = static_cast<RecordType>(rowId % 8);
            hit.id = rowId / 8;
            hit.rank = sql.value(1).toDouble();
            hit.snippetHtml = Search::snippetToHtml(sql.value(2).toString(), s_open, s_close);
            hits->append(std::move(hit));
        }
        return true;
    }

    QSqlDatabase m_db;
    QString m_types;
    int m_limit;
    QString *m_error;
};

} // namespace

namespace Search {

QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (isWordCharacter(c)) {
            word.append(text.constData() + i, length);
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
        i += length - 1;
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

QString ftsQuery(const QString &text, bool prefixLast, bool prefixAll)
{
    QStringList found = words(text);
    if (found.size() > MaxWords)
        found.resize(MaxWords);
    QStringList phrases;
    phrases.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QString phrase = u'"' + QString(found.at(i)).replace(u'"', u"\"\""_s) + u'"';
        if (prefixAll || (prefixLast && i == found.size() - 1))
            phrase += u'*';
        phrases.append(phrase);
    }
    return phrases.join(u' ');
}

QString snippetToHtml(const QString &snippet, QChar open, QChar close)
{
    QString html;
    html.reserve(snippet.size() + 32);
    bool inside = false;
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        html += snippet.mid(start, end - start).toHtmlEscaped();
    };
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        const QChar c = snippet.at(i);
        if (c != open && c != close)
            continue;
        flush(i);
        start = i + 1;
        // A marker character in the record's own text must not unbalance the tags.
        if (c == open && !inside) {
            html += u"<b>"_s;
            inside = true;
        } else if (c == close && inside) {
            html += u"</b>"_s;
            inside = false;
        }
    }
    flush(snippet.size());
    if (inside)
        html += u"</b>"_s;
    return html;
}

} // namespace Search

QList<SearchHit> SqliteStore::search(const SearchQuery &query, QString *error) const
{
    const QString match = Search::ftsQuery(query.text, query.prefix, query.prefixAllWords);
    if (match.isEmpty() || query.limit <= 0)
        return {};
    if (!isOpen()) {
        if (error)
            *error = QCoreApplication::translate("QuoteDesk::Search", "No library is open to search in.");
        return {};
    }
    Searcher searcher(database(), query.limit, error);
    if (!searcher.restrictTo(query.types))
        return {};
    // Whole words and prefixes of up to five letters (the index keeps those) stream; a longer
    // prefix makes FTS5 merge the rows of every word it starts before it returns the first,
    // which for a common word takes milliseconds. When the whole words alone match too many
    // records to rank, the prefix would add nothing to the first page of hits.
    const QString exact = Search::ftsQuery(query.text, false, false);
    QString used = exact;
    std::optional<qint64> floor = searcher.newestRowIdsFrom(exact, Search::RankedMatchLimit);
    if (floor && *floor == 0 && match != exact) {
        used = match;
        floor = searcher.newestRowIdsFrom(match, Search::RankedMatchLimit);
    }
    if (!floor)
        return {};
    QList<SearchHit> hits;
    bool ok = true;
    if (*floor == 0) {
        ok = searcher.ranked(match, &hits);
    } else {
        // Too common to rank by relevance: title matches among the newest matches first, then
        // the other matches, newest first.
        const QString inTitle = u"{title} : (%1)"_s.arg(used);
        ok = searcher.newestFirst(inTitle, *floor, &hits)
            && (hits.size() >= query.limit
                || searcher.newestFirst(u"(%1) NOT %2"_s.arg(used, inTitle), 0, &hits));
    }
    if (!ok)
        return {};
    QHash<RecordType, QList<qint64>> idsByType;
    for (const SearchHit &hit : std::as_const(hits))
        idsByType[hit.type].append(hit.id);
    QHash<RecordType, QHash<qint64, QString>> labels;
    for (auto it = idsByType.cbegin(); it != idsByType.cend(); ++it)
        labels.insert(it.key(), labelsOf(it.key(), it.value()));
    for (SearchHit &hit : hits)
        hit.title = labels.value(hit.type).value(hit.id);
    return hits;
}

} // namespace QuoteDesk
