// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace QuoteDesk {

/// How many words an excerpt made from the text has, as WordPress makes them.
constexpr int ExcerptWords = 55;

/// The first @p words words of @p text on one line, cut at a word boundary, with "…" when
/// something was left out. Runs of whitespace become one space. A single word longer than
/// 400 characters is cut there, so the excerpt stays short whatever the text.
QString makeExcerpt(QStringView text, int words = ExcerptWords);

} // namespace QuoteDesk
