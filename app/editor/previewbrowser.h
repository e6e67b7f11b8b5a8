// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "previewdocument.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QTextCursor>
#include <QUrl>

#include <memory>

namespace QuoteDesk {

class PreviewResources;

/// Shows a PreviewDocument as it was laid out, in a worker thread or here: unlike QTextEdit,
/// taking a new document does not lay it out again, so swapping a long page in costs the UI
/// thread almost nothing. It loads nothing but image files of the library's media library
/// (see PreviewResources), so the preview never touches the network. Clicking a link opens
/// nothing: anchorClicked() reports it. Text can be selected with the mouse and copied.
/// Keyboard: arrows, Page Up/Down, Space, Home/End scroll; Tab and Shift+Tab go from link to
/// link before leaving, Enter follows the link reached. Screen readers read the text through
/// PreviewAccessible.
class PreviewBrowser final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit PreviewBrowser(QWidget *parent = nullptr);
    ~PreviewBrowser() override;

    /// The folder whose image files may be shown (see AssetStore::root()); none when empty.
    void setAssetFolder(const QString &folder);
    /// What documents made for this browser load their images through.
    std::shared_ptr<PreviewResources> resources() const { return m_resources; }
    QVariant loadResource(int type, const QUrl &name);

    /// What a document for this browser is laid out for; read it on the UI thread.
    PreviewDocument::Page page() const;
    /// Shows @p document, keeping the scroll position as far as the new page reaches. A
    /// document laid out for page() is not laid out again.
    void showDocument(std::unique_ptr<PreviewDocument> document);
    /// Builds the page of @p html here and shows it.
    void setPreviewHtml(const QString &html);

    QTextDocument *document() const;
    QString toPlainText() const;
    QString toHtml() const;
    /// Where @p cursor is, in viewport coordinates.
    QRect cursorRect(const QTextCursor &cursor) const;

    /// The selection, or where the last click was; a null cursor before any.
    QTextCursor textCursor() const;
    /// Selects what @p cursor does (a cursor of document()), or nothing for a null cursor.
    void setTextCursor(const QTextCursor &cursor);
    /// Scrolls so that the text between the positions @p start and @p end is in view, its start
    /// when it does not fit.
    void scrollToRange(int start, int end);

    /// The selected text, paragraphs separated by line breaks.
    QString selectedText() const;
    void selectAll();
    /// Puts the selected text on the clipboard.
    void copy() const;

    /// How many resources were refused and shown as a placeholder.
    int refusedCount() const;

    /// What is shown instead of an image that is not loaded.
    static QImage placeholderImage();

    /// Space around the page, in pixels.
    static constexpr int DocumentMargin = PreviewDocument::DocumentMargin;

Q_SIGNALS:
    void anchorClicked(const QUrl &link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QPointF toDocument(const QPoint &viewportPoint) const;
    void updateScrollBars();
    /// Tells screen readers where the selection or the cursor is now.
    void notifySelection();
    /// Tells screen readers what changed between the page's plain text @p before and now.
    void notifyTextChanged(const QString &before);
    /// The next link after the selection (before it when not @p next), selected; a null
    /// cursor when there is none.
    QTextCursor linkBeside(bool next) const;

    std::shared_ptr<PreviewResources> m_resources;
    std::unique_ptr<PreviewDocument> m_document;
    QString m_pressedAnchor;
    QTextCursor m_selection;
    bool m_selecting = false;
    /// The link Tab selected, which Enter follows; empty when the selection is not one.
    QString m_focusedLink;
};

} // namespace QuoteDesk
