// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace QuoteDesk::UrlPolicy {

/// What a link or image target in Markdown points at.
enum class Target {
    Relative, ///< no scheme: a path or a #fragment
    Web, ///< http: or https:
    Contact, ///< mailto: or tel:
    Asset, ///< asset:ID, an asset of the library by its id
    Unsafe, ///< any other scheme (javascript:, data:, file:, vbscript:, …): never followed
};

/// Classifies @p url the way a browser would read its scheme: ASCII whitespace and control
/// characters inside the scheme are ignored and case does not matter, so "Java\tScript:" is
/// Unsafe too.
Target classify(QStringView url);

/// The asset id of an `asset:ID` target; nothing for any other target or a malformed id.
std::optional<qint64> assetId(QStringView url);

/// The `asset:ID` form of a reference to an asset, for Markdown written by the app.
QString assetUrl(qint64 id);

/// The host of a web URL ("example.com"), for messages; empty when there is none.
QString hostOf(QStringView url);

} // namespace QuoteDesk::UrlPolicy
