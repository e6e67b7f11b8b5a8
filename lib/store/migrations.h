// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace QuoteDesk {

/// The numbered ladder of schema versions. A library file records its version in
/// `PRAGMA user_version`; opening an older file runs every later step, each in its own
/// transaction, so a failure leaves the file at the last complete version.
namespace Migrations {

/// The schema version this build writes.
int latestVersion();

/// `PRAGMA application_id` of a QuoteDesk library ("QDK1").
constexpr int ApplicationId = 0x51444B31;

/// Brings @p db from its current version to @p targetVersion (default: the latest).
/// Returns false with a message in @p error if a step fails; that step is rolled back.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

} // namespace Migrations
} // namespace QuoteDesk
