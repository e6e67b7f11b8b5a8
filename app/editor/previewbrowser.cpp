// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbrowser.h"

#include "previewaccessible.h"
#include "previewresources.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace QuoteDesk {

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_resources(std::make_shared<PreviewResources>())
{
    // The preview shows the page as the site does, light in a dark desktop too: list bullets
    // and text without a colour of their own must not take the desktop's light text colour.
    QPalette page = palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, QColor(0x2b, 0x2b, 0x2b));
    page.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    setPalette(page);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Preview"));
    PreviewAccessible::registerFactory();
    m_document = PreviewDocument::build({}, this->page(), m_resources);
}

PreviewBrowser::~PreviewBrowser() = default;

void PreviewBrowser::setAssetFolder(const QString &folder)
{
    m_resources->setAssetFolder(folder);
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    return m_resources->load(type, name);
}

int PreviewBrowser::refusedCount() const
{
    return m_resources->refusedCount();
}

QImage PreviewBrowser::placeholderImage()
{
    return PreviewResources::placeholderImage();
}

PreviewDocument::Page PreviewBrowser::page() const
{
    return { viewport()->width(), font() };
}

void PreviewBrowser::showDocument(std::unique_ptr<PreviewDocument> document)
{
    Q_ASSERT(document && document->thread() == thread());
    const PreviewDocument::Page now = page();
    if (!qFuzzyCompare(document->textWidth(), qreal(qMax(1, now.width)))
        || document->defaultFont() != now.font) {
        document->setDefaultFont(now.font);
        document->setTextWidth(qMax(1, now.width));
    }
    // Qt passes no event on while no screen reader listens; nor is the text compared then.
    const bool listened = QAccessible::isActive();
    const QString before = listened ? m_document->toPlainText() : QString();
    // The old page goes after the new one is in place; its size is taken by the scroll bars.
    std::swap(m_document, document);
    m_selection = QTextCursor();
    m_focusedLink.clear();
    m_selecting = false;
    updateScrollBars();
    viewport()->update();
    if (listened)
        notifyTextChanged(before);
}

void PreviewBrowser::notifyTextChanged(const QString &before)
{
    // Only the part that changed, so that a screen reader has not the whole page to take in
    // again for a word typed.
    const PreviewAccessible::TextChange change =
        PreviewAccessible::changeBetween(before, m_document->toPlainText());
    if (change.isEmpty())
        return;
    QAccessibleTextUpdateEvent event(this, change.position, change.removed, change.inserted);
    QAccessible::updateAccessibility(&event);
}

void PreviewBrowser::notifySelection()
{
    if (!QAccessible::isActive())
        return;
    if (m_selection.hasSelection()) {
        QAccessibleTextSelectionEvent event(this, m_selection.selectionStart(), m_selection.selectionEnd());
        event.setCursorPosition(m_selection.position());
        QAccessible::updateAccessibility(&event);
    } else {
        QAccessibleTextCursorEvent event(this, m_selection.isNull() ? 0 : m_selection.position());
        QAccessible::updateAccessibility(&event);
    }
}

QTextCursor PreviewBrowser::textCursor() const
{
    return m_selection;
}

void PreviewBrowser::setTextCursor(const QTextCursor &cursor)
{
    Q_ASSERT(cursor.isNull() || cursor.document() == m_document.get());
    m_selection = cursor;
    m_focusedLink.clear();
    viewport()->update();
    notifySelection();
}

void PreviewBrowser::scrollToRange(int start, int end)
{
    QTextCursor from(m_document.get());
    from.setPosition(qBound(0, start, m_document->characterCount() - 1));
    QTextCursor to(m_document.get());
    to.setPosition(qBound(0, end, m_document->characterCount() - 1));
    const QRect first = cursorRect(from);
    const QRect range = first.united(cursorRect(to));
    const QRect view = viewport()->rect();
    QScrollBar *vertical = verticalScrollBar();
    if (range.height() > view.height() || range.top() < view.top())
        vertical->setValue(vertical->value() + first.top() - view.top());
    else if (range.bottom() > view.bottom())
        vertical->setValue(vertical->value() + range.bottom() - view.bottom());
    QScrollBar *horizontal = horizontalScrollBar();
    if (first.left() < view.left() || first.right() > view.right())
        horizontal->setValue(horizontal->value() + first.left() - view.left());
}

void PreviewBrowser::setPreviewHtml(const QString &html)
{
    showDocument(PreviewDocument::build(html, page(), m_resources));
}

QTextDocument *PreviewBrowser::document() const
{
    return m_document.get();
}

QString PreviewBrowser::toPlainText() const
{
    return m_document->toPlainText();
}

QString PreviewBrowser::toHtml() const
{
    return m_document->toHtml();
}

QRect PreviewBrowser::cursorRect(const QTextCursor &cursor) const
{
    const QTextBlock block = cursor.block();
    QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    if (const QTextLayout *layout = block.layout()) {
        const int position = cursor.position() - block.position();
        const QTextLine line = layout->lineForTextPosition(position);
        if (line.isValid())
            rect = QRectF(rect.left() + line.cursorToX(position), rect.top() + line.y(), 1, line.height());
    }
    return rect.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value()).toAlignedRect();
}

QPointF PreviewBrowser::toDocument(const QPoint &viewportPoint) const
{
    return QPointF(viewportPoint) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void PreviewBrowser::updateScrollBars()
{
    const QSizeF size = m_document->documentLayout()->documentSize();
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, qMax(0, qCeil(size.height()) - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setRange(0, qMax(0, qCeil(size.width()) - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
}

void PreviewBrowser::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.clip = QRectF(event->rect()).translated(offset);
    painter.setClipRect(context.clip);
    if (m_selection.hasSelection()) {
        QAbstractTextDocumentLayout::Selection selection;
        selection.cursor = m_selection;
        selection.format.setBackground(palette().brush(QPalette::Highlight));
        selection.format.setForeground(palette().brush(QPalette::HighlightedText));
        context.selections.append(selection);
    }
    m_document->documentLayout()->draw(&painter, context);
}

void PreviewBrowser::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // A new width is a new layout, here; typing never resizes the pane.
    const int width = qMax(1, viewport()->width());
    if (!qFuzzyCompare(m_document->textWidth(), qreal(width)))
        m_document->setTextWidth(width);
    updateScrollBars();
}

QString PreviewBrowser::selectedText() const
{
    return m_selection.hasSelection() ? m_selection.selection().toPlainText() : QString();
}

void PreviewBrowser::selectAll()
{
    QTextCursor all(m_document.get());
    all.select(QTextCursor::Document);
    setTextCursor(all);
}

void PreviewBrowser::copy() const
{
    if (m_selection.hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void PreviewBrowser::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    const QPointF at = toDocument(event->position().toPoint());
    m_pressedAnchor = m_document->documentLayout()->anchorAt(at);
    QTextCursor cursor(m_document.get());
    cursor.setPosition(qMax(0, m_document->documentLayout()->hitTest(at, Qt::FuzzyHit)));
    m_selecting = true;
    setTextCursor(cursor);
    event->accept();
}

void PreviewBrowser::mouseReleaseEvent(QMouseEvent *event)
{
    const QString anchor = m_document->documentLayout()->anchorAt(toDocument(event->position().toPoint()));
    const bool clicked = event->button() == Qt::LeftButton && !anchor.isEmpty() && anchor == m_pressedAnchor
        && !m_selection.hasSelection();
    m_pressedAnchor.clear();
    m_selecting = false;
    if (clicked)
        Q_EMIT anchorClicked(QUrl(anchor));
    event->accept();
}

void PreviewBrowser::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = toDocument(event->position().toPoint());
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        const int position = m_document->documentLayout()->hitTest(at, Qt::FuzzyHit);
        if (position >= 0 && position != m_selection.position()) {
            QTextCursor cursor = m_selection;
            cursor.setPosition(position, QTextCursor::KeepAnchor);
            setTextCursor(cursor);
        }
    }
    const bool onLink = !m_document->documentLayout()->anchorAt(at).isEmpty();
    viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    event->accept();
}

void PreviewBrowser::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *vertical = verticalScrollBar();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
               && !m_focusedLink.isEmpty()) {
        Q_EMIT anchorClicked(QUrl(m_focusedLink));
    } else if (event->key() == Qt::Key_Home
               && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)) {
        vertical->triggerAction(QAbstractSlider::SliderToMinimum);
    } else if (event->key() == Qt::Key_End
               && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)) {
        vertical->triggerAction(QAbstractSlider::SliderToMaximum);
    } else if (event->key() == Qt::Key_Space && modifiers == Qt::NoModifier) {
        vertical->triggerAction(QAbstractSlider::SliderPageStepAdd);
    } else if (event->key() == Qt::Key_Space && modifiers == Qt::ShiftModifier) {
        vertical->triggerAction(QAbstractSlider::SliderPageStepSub);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

QTextCursor PreviewBrowser::linkBeside(bool next) const
{
    // The page's links in order; a link in several formats is several fragments side by side.
    struct Link
    {
        int start;
        int end;
        QString href;
    };
    std::vector<Link> links;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const int start = fragment.position();
            if (!links.empty() && links.back().end == start && links.back().href == format.anchorHref())
                links.back().end = start + fragment.length();
            else
                links.push_back({ start, start + fragment.length(), format.anchorHref() });
        }
    }
    // From the selection, or from the top (the bottom going back) when there is none.
    const Link *found = nullptr;
    if (next) {
        const int from = m_selection.isNull() ? 0 : m_selection.selectionEnd();
        const auto it = std::find_if(links.cbegin(), links.cend(),
                                     [from](const Link &link) { return link.start >= from; });
        found = it == links.cend() ? nullptr : &*it;
    } else {
        const int from = m_selection.isNull() ? m_document->characterCount() : m_selection.selectionStart();
        const auto it = std::find_if(links.crbegin(), links.crend(),
                                     [from](const Link &link) { return link.end <= from; });
        found = it == links.crend() ? nullptr : &*it;
    }
    if (!found)
        return QTextCursor();
    QTextCursor cursor(m_document.get());
    cursor.setPosition(found->start);
    cursor.setPosition(found->end, QTextCursor::KeepAnchor);
    return cursor;
}

bool PreviewBrowser::focusNextPrevChild(bool next)
{
    if (hasFocus()) {
        const QTextCursor link = linkBeside(next);
        if (link.hasSelection()) {
            setTextCursor(link);
            QTextCursor inside = link;
            inside.setPosition(link.selectionStart() + 1);
            m_focusedLink = inside.charFormat().anchorHref();
            scrollToRange(link.selectionStart(), link.selectionEnd());
            return true;
        }
        // Past the last link Tab leaves the page, and starts from its top when it comes back.
        if (!m_focusedLink.isEmpty())
            setTextCursor(QTextCursor());
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void PreviewBrowser::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &PreviewBrowser::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(m_selection.hasSelection());
    QAction *selectAllAction = menu.addAction(tr("Select &All"), this, &PreviewBrowser::selectAll);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

} // namespace QuoteDesk
