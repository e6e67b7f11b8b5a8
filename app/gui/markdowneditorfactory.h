// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPlainTextEdit;
class QWidget;

namespace QuoteDesk {

class Library;

/// The one place that makes the editor of a Markdown field (commentary, biography, essay
/// body, sources). Every record editor calls it, so a richer editor (highlighting,
/// formatting shortcuts) replaces the plain one here and nowhere else.
/// The editor is a MarkdownEdit with its own undo history off (the record's document keeps
/// it); assets dropped on it take their alternative text from @p library when given.
QPlainTextEdit *createMarkdownEditor(QWidget *parent, const Library *library = nullptr);

} // namespace QuoteDesk
