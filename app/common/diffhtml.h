// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recorddiff.h"
#include "model/textdiff.h"

#include <QList>
#include <QPalette>
#include <QString>

#include <functional>

namespace QuoteDesk {

/// HTML for a QTextBrowser that shows differences: deleted words struck through, inserted
/// words underlined, changed lines on a tinted background. The colours are mixed from the
/// palette's Base colour, so they read on light and dark windows alike; render again when the
/// palette changes. All text is escaped.
namespace DiffHtml {

/// A line diff as a table, one row per line with a "−", "+" or "~" marker. With
/// @p context >= 0 only that many unchanged lines are kept around each change; a "⋯" row
/// stands for the lines left out.
QString fromTextDiff(const TextDiff &diff, const QPalette &palette, int context = -1);

/// The fields of a record that differ, each under a heading: long text as a line diff
/// (with @p context as above), short values as "old → new". @p heading gives the heading of a
/// field from its key (see fieldDisplayName()).
QString fromFieldChanges(const QList<FieldChange> &changes, const QPalette &palette,
                         const std::function<QString(const QString &key)> &heading, int context = -1);

/// A paragraph in a muted text colour, for "nothing changed" notes.
QString mutedParagraph(const QString &text, const QPalette &palette);

} // namespace DiffHtml

} // namespace QuoteDesk
