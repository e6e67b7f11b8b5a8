// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditorfactory.h"

#include <QPlainTextEdit>

namespace QuoteDesk {

QPlainTextEdit *createMarkdownEditor(QWidget *parent)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setMinimumHeight(90);
    return editor;
}

} // namespace QuoteDesk
