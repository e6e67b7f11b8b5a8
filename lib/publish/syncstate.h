// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QString>

#include <optional>

namespace QuoteDesk {

/// Where a record stands with one site. Derived, never stored (DESIGN.md §1).
enum class SyncState {
    NotPublished,
    UpToDate,
    ChangedHere, ///< the record, or a speaker, essay or asset it embeds, changed since the last publish
    ChangedOnSite, ///< the post's modified_gmt on the site is not the recorded one
    Both, ///< a conflict: changed here and on the site
    Failed, ///< the last publish failed (see Publication::lastError)
};

/// Derives the state from the recorded publication (if any), the content hash the record
/// has now (WpPayload::contentHash) and, when known, the post's modified_gmt on the site
/// (nothing: not asked; an empty string: the post is gone from the site).
SyncState deriveSyncState(const std::optional<Publication> &publication, const QString &localHash,
                          const std::optional<QString> &siteModifiedGmt = std::nullopt);

/// Stable name ("changed-here") for the CLI and tests.
QString nameOf(SyncState state);
/// Translated, for lists and the editor.
QString displayName(SyncState state);

} // namespace QuoteDesk
