// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbrowser.h"

#include "previewresources.h"

#include <QAbstractTextDocumentLayout>
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
    m_document = PreviewDocument::build({}, this->page(), m_resources);
}

PreviewBrowser::~PreviewBrowser() = default;

void PreviewBrowser::setAssetFolder(const QString &folder)
{
    m_resources->setAssetFolder(folder);
}

QString PreviewBrowser::assetFolder() const
{
    return m_resources->assetFolder();
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
    // The old page goes after the new one is in place; its size is taken by the scroll bars.
    std::swap(m_document, document);
    m_selection = QTextCursor();
    m_selecting = false;
    updateScrollBars();
    viewport()->update();
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
    m_selection = QTextCursor(m_document.get());
    m_selection.select(QTextCursor::Document);
    viewport()->update();
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
    m_selection = QTextCursor(m_document.get());
    m_selection.setPosition(qMax(0, m_document->documentLayout()->hitTest(at, Qt::FuzzyHit)));
    m_selecting = true;
    viewport()->update();
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
        if (position >= 0) {
            m_selection.setPosition(position, QTextCursor::KeepAnchor);
            viewport()->update();
        }
    }
    const bool onLink = !m_document->documentLayout()->anchorAt(at).isEmpty();
    viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    event->accept();
}

void PreviewBrowser::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        copy();
    else if (event->matches(QKeySequence::SelectAll))
        selectAll();
    else
        QAbstractScrollArea::keyPressEvent(event);
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
