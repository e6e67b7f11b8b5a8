// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"
#include "publishinput.h"

#include <optional>

namespace QuoteDesk {
class Library;
}

// Where publishing meets rendering: a quote or essay of the library as a PublishInput.
namespace QuoteDesk::PublishInputs {

/// Reads the post (@p type Quote or Essay) with everything it embeds, composes it like the
/// preview (composeArticle), and returns what the publisher sends: title, slug, excerpt,
/// block markup filled with the site's media ids, the asset files it needs (from the
/// library's asset store), featured image, and category and tag names. Nothing, with
/// @p error, when the records cannot be read.
std::optional<PublishInput> load(const Library &library, RecordType type, qint64 id, QString *error);

} // namespace QuoteDesk::PublishInputs
