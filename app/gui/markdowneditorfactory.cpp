// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditorfactory.h"

#include "markdownedit.h"
#include "store/library.h"

namespace QuoteDesk {

QPlainTextEdit *createMarkdownEditor(QWidget *parent, const Library *library)
{
    auto *editor = new MarkdownEdit(parent);
    editor->setUndoRedoEnabled(false); // the record document's undo stack covers every field
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setMinimumHeight(90);
    if (library) {
        editor->setAltTextProvider([library](qint64 assetId) {
            const std::optional<Asset> asset = library->get<Asset>(assetId);
            if (!asset)
                return QString();
            return asset->altText.isEmpty() ? asset->title : asset->altText;
        });
    }
    return editor;
}

} // namespace QuoteDesk
