// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace QuoteDesk {

class Library;
struct PublishConflict;

/// What "take the site's version" of a conflict brings back into a quote or an essay.
///
/// The site holds the rendered post: a quote's quotation, context essay, commentary, speaker
/// profile, sources and brochure in one block markup. Only the parts that belong to the
/// record come back: a quote's quotation and commentary, an essay's body and sources, each
/// converted to Markdown (HtmlToMarkdown). The speaker profile and the context essay belong
/// to their own records and are never written into the quote.
///
/// The parts are told apart by what QuoteDesk itself writes around them (the blocks the
/// library's records render to now). Where that cannot be done honestly, the part is left as
/// it is in the record and notes() says so; a part that holds blocks QuoteDesk does not write
/// is converted as well as possible and named in notes() too.
struct SiteVersion
{
    QString title;
    QString excerpt;
    std::optional<QString> quotation; ///< a quote's words, plain text, without quotation marks
    std::optional<QString> commentary; ///< a quote's commentary, Markdown
    std::optional<QString> body; ///< an essay's body, Markdown
    std::optional<QString> sources; ///< an essay's sources, Markdown
    QStringList notes; ///< translated: what is not taken, and what to check

    /// Reads the site's version of the record (@p type Quote or Essay, @p id) from @p conflict.
    /// Never fails: what cannot be read is left out and noted.
    static SiteVersion read(const Library &library, RecordType type, qint64 id,
                            const PublishConflict &conflict);
};

} // namespace QuoteDesk

Q_DECLARE_METATYPE(QuoteDesk::SiteVersion)
