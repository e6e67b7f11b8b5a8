// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewaccessible.h"

#include "previewbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace QuoteDesk {

namespace {

QAccessibleInterface *createPreviewAccessible(const QString &className, QObject *object)
{
    if (className != QLatin1String(PreviewBrowser::staticMetaObject.className()))
        return nullptr;
    auto *browser = qobject_cast<PreviewBrowser *>(object);
    return browser ? new PreviewAccessible(browser) : nullptr;
}

} // namespace

PreviewAccessible::PreviewAccessible(PreviewBrowser *browser)
    : QAccessibleWidget(browser, QAccessible::EditableText)
{
}

void PreviewAccessible::registerFactory()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    QAccessible::installFactory(createPreviewAccessible);
}

PreviewAccessible::TextChange PreviewAccessible::changeBetween(const QString &before, const QString &after)
{
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return { int(prefix), before.mid(prefix, before.size() - prefix - suffix),
             after.mid(prefix, after.size() - prefix - suffix) };
}

PreviewBrowser *PreviewAccessible::browser() const
{
    return static_cast<PreviewBrowser *>(widget());
}

void *PreviewAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State PreviewAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.editable = false;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

QString PreviewAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value)
        return browser()->toPlainText();
    return QAccessibleWidget::text(type);
}

void PreviewAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    const QTextCursor cursor = browser()->textCursor();
    if (selectionIndex != 0 || !cursor.hasSelection()) {
        *startOffset = *endOffset = 0;
        return;
    }
    *startOffset = cursor.selectionStart();
    *endOffset = cursor.selectionEnd();
}

int PreviewAccessible::selectionCount() const
{
    return browser()->textCursor().hasSelection() ? 1 : 0;
}

void PreviewAccessible::addSelection(int startOffset, int endOffset)
{
    // One selection at most, as in a text edit: adding one replaces it.
    setSelection(0, startOffset, endOffset);
}

void PreviewAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = browser()->textCursor();
    cursor.clearSelection();
    browser()->setTextCursor(cursor);
}

void PreviewAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    const int count = characterCount();
    QTextCursor cursor(browser()->document());
    cursor.setPosition(qBound(0, startOffset, count));
    cursor.setPosition(qBound(0, endOffset, count), QTextCursor::KeepAnchor);
    browser()->setTextCursor(cursor);
}

int PreviewAccessible::cursorPosition() const
{
    return browser()->textCursor().position();
}

void PreviewAccessible::setCursorPosition(int position)
{
    QTextCursor cursor(browser()->document());
    cursor.setPosition(qBound(0, position, characterCount()));
    browser()->setTextCursor(cursor);
    browser()->scrollToRange(cursor.position(), cursor.position());
}

QString PreviewAccessible::text(int startOffset, int endOffset) const
{
    // The document's plain text has a character for each position (a paragraph's end is a
    // line break), so offsets are document positions.
    const int start = qBound(0, startOffset, characterCount());
    const int end = qBound(start, endOffset, characterCount());
    return browser()->toPlainText().mid(start, end - start);
}

int PreviewAccessible::characterCount() const
{
    // Without the paragraph end every document has after its text.
    return qMax(0, browser()->document()->characterCount() - 1);
}

bool PreviewAccessible::lineAt(int offset, int *start, int *end) const
{
    const int count = characterCount();
    if (offset < 0 || offset > count || count == 0)
        return false;
    if (offset == count)
        --offset;
    const QTextBlock block = browser()->document()->findBlock(offset);
    const QTextLayout *layout = block.layout();
    const QTextLine line = layout ? layout->lineForTextPosition(offset - block.position()) : QTextLine();
    if (!line.isValid()) {
        *start = block.position();
        *end = block.position() + block.length();
    } else {
        *start = block.position() + line.textStart();
        *end = *start + line.textLength();
        // A paragraph's last line takes the paragraph's end with it, so lines cover the text.
        if (line.lineNumber() == layout->lineCount() - 1)
            *end = block.position() + block.length();
    }
    *end = qMin(*end, count);
    return true;
}

QString PreviewAccessible::textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                            int *startOffset, int *endOffset) const
{
    if (boundaryType != QAccessible::LineBoundary)
        return QAccessibleTextInterface::textBeforeOffset(offset, boundaryType, startOffset, endOffset);
    *startOffset = *endOffset = -1;
    int start = 0;
    int end = 0;
    if (!lineAt(offset, &start, &end) || start == 0 || !lineAt(start - 1, startOffset, endOffset))
        return QString();
    return text(*startOffset, *endOffset);
}

QString PreviewAccessible::textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                           int *startOffset, int *endOffset) const
{
    if (boundaryType != QAccessible::LineBoundary)
        return QAccessibleTextInterface::textAfterOffset(offset, boundaryType, startOffset, endOffset);
    *startOffset = *endOffset = -1;
    int start = 0;
    int end = 0;
    if (!lineAt(offset, &start, &end) || end >= characterCount() || !lineAt(end, startOffset, endOffset))
        return QString();
    return text(*startOffset, *endOffset);
}

QString PreviewAccessible::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                        int *startOffset, int *endOffset) const
{
    if (boundaryType != QAccessible::LineBoundary)
        return QAccessibleTextInterface::textAtOffset(offset, boundaryType, startOffset, endOffset);
    *startOffset = *endOffset = -1;
    if (!lineAt(offset, startOffset, endOffset))
        return QString();
    return text(*startOffset, *endOffset);
}

QRect PreviewAccessible::characterRect(int offset) const
{
    const PreviewBrowser *view = browser();
    QTextDocument *document = view->document();
    if (offset < 0 || offset >= characterCount())
        return QRect();
    const QTextBlock block = document->findBlock(offset);
    QRectF rect = document->documentLayout()->blockBoundingRect(block);
    const int position = offset - block.position();
    if (const QTextLayout *layout = block.layout()) {
        const QTextLine line = layout->lineForTextPosition(position);
        if (line.isValid()) {
            const qreal x = line.cursorToX(position);
            const bool inLine = position + 1 <= line.textStart() + line.textLength();
            const qreal next =
                inLine ? line.cursorToX(position + 1) : x + view->fontMetrics().averageCharWidth();
            rect = QRectF(rect.left() + qMin(x, next), rect.top() + line.y(), qMax(qreal(1), qAbs(next - x)),
                          line.height());
        }
    }
    const QPoint scroll(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value());
    return rect.toAlignedRect().translated(view->viewport()->mapToGlobal(QPoint(0, 0)) - scroll);
}

int PreviewAccessible::offsetAtPoint(const QPoint &point) const
{
    const PreviewBrowser *view = browser();
    const QPoint scroll(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value());
    const QPoint at = view->viewport()->mapFromGlobal(point) + scroll;
    return view->document()->documentLayout()->hitTest(at, Qt::ExactHit);
}

void PreviewAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    browser()->scrollToRange(qBound(0, startIndex, characterCount()), qBound(0, endIndex, characterCount()));
}

QString PreviewAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // No text attributes are told: the whole text is one run without any.
    Q_UNUSED(offset)
    *startOffset = 0;
    *endOffset = characterCount();
    return QString();
}

} // namespace QuoteDesk
