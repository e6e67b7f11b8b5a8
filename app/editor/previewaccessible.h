// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>

namespace QuoteDesk {

class PreviewBrowser;

/// What a screen reader sees of a PreviewBrowser: read-only, selectable, multi-line text, as
/// Qt shows a read-only QTextBrowser. Offsets are positions in the shown document; the
/// selection is the one made with the mouse or the keyboard.
class PreviewAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit PreviewAccessible(PreviewBrowser *browser);

    /// Makes QAccessible::queryAccessibleInterface() answer with a PreviewAccessible for every
    /// PreviewBrowser; calling it again does nothing.
    static void registerFactory();

    /// What changed from @p before to @p after: the part between what both begin and end with.
    struct TextChange
    {
        int position = 0;
        QString removed;
        QString inserted;
        bool isEmpty() const { return removed.isEmpty() && inserted.isEmpty(); }
    };
    static TextChange changeBetween(const QString &before, const QString &after);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text type) const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    QString textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                             int *endOffset) const override;
    QString textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                            int *endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                         int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    PreviewBrowser *browser() const;
    /// The laid-out line holding @p offset, as [start, end) offsets; false past the text.
    bool lineAt(int offset, int *start, int *end) const;
};

} // namespace QuoteDesk
