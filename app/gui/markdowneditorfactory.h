// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPlainTextEdit;
class QWidget;

namespace QuoteDesk {

/// The one place that makes the editor of a Markdown field (commentary, biography, essay
/// body, sources). Every record editor calls it, so a richer editor (highlighting,
/// formatting shortcuts) replaces the plain one here and nowhere else.
QPlainTextEdit *createMarkdownEditor(QWidget *parent);

} // namespace QuoteDesk
