// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace QuoteDesk {
class WpClient;
struct WpResult;
} // namespace QuoteDesk

namespace QuoteDesk::Test {

/// When the site answered, from the Date header of @p result (whole seconds, UTC); invalid
/// when the answer has none.
QDateTime siteTimeOf(const WpResult &result);

/// Waits until the WordPress site that @p client talks to is past the second of @p time by
/// its own clock, as the Date of its answers tells: what is written there from then on gets
/// a later modified_gmt, which WordPress keeps in whole seconds. The site is asked once this
/// machine's clock is past that second too, and asked again until its answer is. False, with
/// @p error, when the site does not answer or is not past @p time within @p timeoutMs.
bool waitForSiteTimePast(WpClient &client, const QDateTime &time, QString *error, int timeoutMs = 10000);
/// The same for a time as WordPress writes it (a modified_gmt: "2024-05-01T12:00:00", UTC).
bool waitForSiteTimePast(WpClient &client, const QString &modifiedGmt, QString *error, int timeoutMs = 10000);

} // namespace QuoteDesk::Test
