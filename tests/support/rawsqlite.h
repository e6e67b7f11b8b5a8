// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>

namespace QuoteDesk::Test {

/// Runs @p statements on the SQLite file @p path through a plain connection of its own (no
/// Library, no pragmas), closes it again, and returns the first column of the first row of
/// the last statement. On a failure returns an invalid QVariant and the driver's message in
/// @p error. For preparing broken files and looking inside libraries.
QVariant rawSql(const QString &path, const QStringList &statements, QString *error = nullptr);

} // namespace QuoteDesk::Test
