// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QHash>

#include <optional>

namespace QuoteDesk {

class Library;

/// Everything one post is made of, resolved: the records that composeArticle() reads, so
/// composing and rendering never touch the library.
struct ArticleInput
{
    std::optional<Quote> quote; ///< set for a quote post
    std::optional<Essay> essay; ///< the quote's context essay, or the essay post itself
    std::optional<Speaker> speaker; ///< the quote's speaker
    QHash<qint64, Asset> assets; ///< every asset the post shows, by id

    bool isQuotePost() const { return quote.has_value(); }
};

/// Gathers a post's records from @p library: a quote with its speaker, context essay and
/// assets, or an essay with its assets (@p type is RecordType::Quote or RecordType::Essay).
/// Assets named in Markdown (`asset:ID`) that the library does not have are left out and
/// rendered as missing. Returns nothing with a message in @p error when the post, its
/// speaker or its essay cannot be read.
std::optional<ArticleInput> loadArticleInput(const Library &library, RecordType type, qint64 id,
                                             QString *error);

/// Gathers what the quote @p quote (saved or a draft being edited) links to from @p library:
/// its speaker, context essay and assets. Returns nothing with a message in @p error when a
/// linked speaker or essay cannot be read.
std::optional<ArticleInput> articleInputFor(const Library &library, const Quote &quote, QString *error);

/// Gathers the assets the essay @p essay (saved or a draft) shows from @p library.
ArticleInput articleInputFor(const Library &library, const Essay &essay);

} // namespace QuoteDesk
