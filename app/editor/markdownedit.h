// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPlainTextEdit>

#include <functional>

class QAction;
class QSyntaxHighlighter;

namespace QuoteDesk {

/// A plain-text editor for the Markdown fields of a record: highlighting that follows the
/// palette (see MarkdownSyntax), formatting actions with shortcuts, and drops of library
/// assets as image markup. Tab moves the focus on, as in any other form field.
class MarkdownEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// What the asset view puts on a drag: the asset ids, one per line.
    static constexpr auto AssetIdMimeType = "application/x-quotedesk-asset-id";

    /// The formatting actions, in the order formattingActions() returns them.
    enum class Format { Bold, Italic, Link, Heading1, Heading2, Heading3, BulletList, NumberedList };

    /// Gives the alternative text for the asset with an id, for dropped assets.
    using AltTextProvider = std::function<QString(qint64 assetId)>;

    explicit MarkdownEdit(QWidget *parent = nullptr);

    /// Bold (Ctrl+B), italic (Ctrl+I), link (Ctrl+K), headings 1–3 (Ctrl+1…3), bulleted list
    /// (Ctrl+Shift+8) and numbered list (Ctrl+Shift+7); each edit is one undo step. The actions
    /// belong to this editor and work while it has the focus; menus and toolbars may add them.
    QList<QAction *> formattingActions() const { return m_actions; }
    QAction *action(Format format) const { return m_actions.at(int(format)); }

    /// Applies @p format to the selection or the lines it touches, as its action does.
    void applyFormat(Format format);

    /// True while applyFormat() changes the text: a textChanged() then is one formatting
    /// action, which an owner keeping its own undo history makes one step.
    bool isApplyingFormat() const { return m_applyingFormat != nullptr; }
    /// The action being applied while isApplyingFormat(); null otherwise.
    QAction *formatBeingApplied() const { return m_applyingFormat; }

    void setAltTextProvider(AltTextProvider provider) { m_altText = std::move(provider); }

    /// The text of the nearest ATX heading at or above the cursor, without its '#' marks (and
    /// outside code fences); empty when there is none. Give it to
    /// PreviewPane::setFollowedHeading() to keep the section being edited in view.
    QString headingAtCursor() const;

    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

protected:
    bool event(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void addAction(Format format, const QString &text, const QKeySequence &shortcut);
    void wrapSelection(const QString &marker);
    void insertLink();
    void setLinePrefix(Format format);
    QList<qint64> assetIds(const QMimeData *source) const;

    QSyntaxHighlighter *m_highlighter = nullptr;
    QList<QAction *> m_actions;
    AltTextProvider m_altText;
    QAction *m_applyingFormat = nullptr;
    QPalette m_appliedPalette; ///< the palette the highlighter has its colours from
};

} // namespace QuoteDesk
