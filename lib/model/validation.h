// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include <QString>

namespace QuoteDesk {

/// Largest text a single field may hold (Markdown bodies included): 1 MiB of UTF-16.
constexpr qsizetype MaxFieldLength = 1024 * 1024;

/// Checks a record before it is saved or imported: required fields present, no text field
/// over MaxFieldLength, no NUL or other control characters but tab and newlines.
/// Returns false with a message naming the record and the field in @p error.
bool validate(const Speaker &record, QString *error);
bool validate(const Essay &record, QString *error);
bool validate(const Quote &record, QString *error);
bool validate(const Asset &record, QString *error);
bool validate(const Category &record, QString *error);
bool validate(const Tag &record, QString *error);
bool validate(const Site &record, QString *error);
bool validate(const Publication &record, QString *error);

} // namespace QuoteDesk
