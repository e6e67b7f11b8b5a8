// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace QuoteDesk {

class Library;

/// One record found by a full-text search.
struct SearchHit
{
    RecordType type = RecordType::Quote;
    qint64 id = 0;
    QString title; ///< the record's label: quote title, speaker name, essay title, asset title
    /// A few words around the best match as HTML: the text is escaped, matched words are in
    /// `<b>…</b>`, and `…` marks where the text was cut.
    QString snippetHtml;
    double rank = 0; ///< bm25 score, more negative for a better match; 0 when not ranked
};

/// What to search for.
struct SearchQuery
{
    QString text; ///< what the user typed; every word must occur (any punctuation is ignored)
    QList<RecordType> types; ///< the kinds of record to search; empty: quotes, speakers, essays, assets
    int limit = 50; ///< at most this many hits, best first; 0 or less: none
    bool prefix = true; ///< the last word may be the start of a longer word (search as you type)
    bool prefixAllWords = false; ///< every word may be the start of a longer word
};

namespace Search {

/// Longest run of words a query keeps; words after it are ignored.
constexpr int MaxWords = 32;

/// A query that matches more records than this is not ranked by relevance, which would cost
/// a microsecond or more per match: its hits are the records whose title or name matches,
/// among the newest of those that match, then the other matches, newest first. When the
/// whole words alone match that many, those hits hold the whole words (a prefix would add
/// nothing to them but the cost of reading every record it matches).
constexpr int RankedMatchLimit = 2000;

/// The row of a record in the search index: `id * 8 + type code` (see RecordType).
constexpr qint64 rowId(RecordType type, qint64 id)
{
    return id * 8 + static_cast<qint64>(type);
}

/// The words of @p text as the index sees them: runs of letters, digits and combining marks.
/// Everything else (spaces, punctuation, quotes, operators, symbols, emoji) separates words.
QStringList words(const QString &text);

/// Turns what a user typed into an FTS5 query that cannot fail to parse: every word is
/// quoted as a plain string, so `AND`, `NEAR`, `*`, `-`, `"` and SQL text are searched as
/// words. Words are joined with spaces (all must match). The last word, or every word with
/// @p prefixAll, gets a `*` when @p prefixLast is set. Empty when @p text has no words.
QString ftsQuery(const QString &text, bool prefixLast = true, bool prefixAll = false);

/// Turns an FTS5 snippet whose matches are wrapped in @p open / @p close marker characters
/// into HTML: the text escaped, matches in `<b>…</b>`, always balanced.
QString snippetToHtml(const QString &snippet, QChar open, QChar close);

} // namespace Search

/// Searches the records of @p library for @p query, best match first: words in a title or
/// name weigh more than words in the body. Records in the trash are not found. A query
/// without words finds nothing and is no error. Returns an empty list with a message in
/// @p error when the library cannot be read.
QList<SearchHit> search(const Library &library, const SearchQuery &query, QString *error = nullptr);

} // namespace QuoteDesk
