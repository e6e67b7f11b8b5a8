// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleinput.h"
#include "markdowndocument.h"

#include <QDate>
#include <QList>

namespace QuoteDesk {

/// A post composed from its records, in the site's order, with every Markdown part parsed
/// once. The preview, the standalone page and the WordPress markup are all rendered from it
/// (see ArticleRenderer), so what is previewed is what is published.
struct Article
{
    enum class Kind { Quote, Essay };
    Kind kind = Kind::Quote;
    QString title;
    QString slug;
    QString excerpt; ///< the record's, or made from the text

    // A quote post, in order: the quotation, the context essay, the commentary, the speaker
    // profile, the sources and the brochure.
    QString quotation; ///< the words, without quotation marks
    QString attribution; ///< "Jensen Huang, Nvidia CEO"
    QString occasion; ///< where the words were said ("Earnings call")
    QString occasionUrl;
    QDate saidOn;
    QString contextTitle;
    MarkdownDocument context;
    MarkdownDocument commentary;
    QString profileHeading; ///< "{name}: {headline}"
    MarkdownDocument biography;
    std::optional<Asset> portrait;
    MarkdownDocument sources;
    std::optional<Asset> brochure;

    // An essay post: the title, the featured image and the body (then its sources).
    std::optional<Asset> featured; ///< also the featured image a quote post is published with
    MarkdownDocument body;

    QHash<qint64, Asset> assets; ///< the assets `asset:ID` references in the Markdown resolve to

    /// Every asset the rendered post shows or links to, in order of first use, without
    /// duplicates: what a publisher uploads before sending the post.
    QList<qint64> assetIds() const;
};

/// Composes the post @p input describes. Pure: the same input gives the same article.
Article composeArticle(const ArticleInput &input);

/// The ids of the assets a Markdown document names as `asset:ID` link or image targets.
QList<qint64> assetReferences(const MarkdownDocument &document);

} // namespace QuoteDesk
