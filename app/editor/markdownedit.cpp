// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include <QScopeGuard>

#include "markdownhighlighter.h"
#include "markdownsyntax.h"
#include "render/urlpolicy.h"

#include <QAction>
#include <QMimeData>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

QString textAt(QTextDocument *document, int position, int length)
{
    if (position < 0 || position + length > document->characterCount() - 1)
        return {};
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

void replaceRange(QTextCursor &cursor, int from, int to, const QString &text)
{
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.insertText(text);
}

QString escapedAltText(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
    text.replace(u'\n', u' ').replace(QChar::ParagraphSeparator, u' ');
    return text.simplified();
}

const QRegularExpression &prefixPattern(MarkdownEdit::Format format)
{
    static const QRegularExpression heading(u" {0,3}#{1,6}(?:[ \\t]+|$)"_s);
    static const QRegularExpression bullet(u"[-*+][ \\t]+"_s);
    static const QRegularExpression number(u"\\d{1,9}[.)][ \\t]+"_s);
    switch (format) {
    case MarkdownEdit::Format::BulletList:
        return bullet;
    case MarkdownEdit::Format::NumberedList:
        return number;
    default:
        return heading;
    }
}

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setAcceptDrops(true);
    document()->setDocumentMargin(8);
    m_highlighter = MarkdownSyntax::createHighlighter(document(), palette());
    m_appliedPalette = palette();

    addAction(Format::Bold, tr("&Bold"), QKeySequence(Qt::CTRL | Qt::Key_B));
    addAction(Format::Italic, tr("&Italic"), QKeySequence(Qt::CTRL | Qt::Key_I));
    addAction(Format::Link, tr("&Link"), QKeySequence(Qt::CTRL | Qt::Key_K));
    addAction(Format::Heading1, tr("Heading &1"), QKeySequence(Qt::CTRL | Qt::Key_1));
    addAction(Format::Heading2, tr("Heading &2"), QKeySequence(Qt::CTRL | Qt::Key_2));
    addAction(Format::Heading3, tr("Heading &3"), QKeySequence(Qt::CTRL | Qt::Key_3));
    addAction(Format::BulletList, tr("B&ulleted List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    addAction(Format::NumberedList, tr("&Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
}

void MarkdownEdit::addAction(Format format, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        tr("%1 (%2)").arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, format] { applyFormat(format); });
    QWidget::addAction(action);
    m_actions.append(action);
}

void MarkdownEdit::applyFormat(Format format)
{
    if (isReadOnly())
        return;
    m_applyingFormat = action(format);
    const auto done = qScopeGuard([this] { m_applyingFormat = nullptr; });
    switch (format) {
    case Format::Bold:
        wrapSelection(u"**"_s);
        break;
    case Format::Italic:
        wrapSelection(u"*"_s);
        break;
    case Format::Link:
        insertLink();
        break;
    default:
        setLinePrefix(format);
        break;
    }
}

// Wraps the selection (or the word at the cursor) in @p marker, or unwraps it when it is
// wrapped already, so pressing the shortcut twice gives the text back.
void MarkdownEdit::wrapSelection(const QString &marker)
{
    QTextDocument *doc = document();
    QTextCursor cursor = textCursor();
    // Without a selection the word at the cursor is meant, if the cursor touches one.
    const auto isWordCharacter = [doc](int position) {
        const QString c = textAt(doc, position, 1);
        return !c.isEmpty() && (c.front().isLetterOrNumber() || c.front() == u'_');
    };
    if (!cursor.hasSelection()
        && (isWordCharacter(cursor.position() - 1) || isWordCharacter(cursor.position())))
        cursor.select(QTextCursor::WordUnderCursor);
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const int m = int(marker.size());
    // A single '*' next to another one belongs to "**": it is not an italic marker.
    const auto isMarker = [&](int position) {
        return textAt(doc, position, m) == marker
            && (m > 1 || (textAt(doc, position - 1, 1) != marker && textAt(doc, position + 1, 1) != marker));
    };

    int selectFrom = start + m;
    int selectTo = end + m;
    cursor.beginEditBlock();
    if (end - start >= 2 * m && isMarker(start) && isMarker(end - m)) {
        replaceRange(cursor, end - m, end, {});
        replaceRange(cursor, start, start + m, {});
        selectFrom = start;
        selectTo = end - 2 * m;
    } else if (isMarker(start - m) && isMarker(end)) {
        replaceRange(cursor, end, end + m, {});
        replaceRange(cursor, start - m, start, {});
        selectFrom = start - m;
        selectTo = end - m;
    } else {
        replaceRange(cursor, end, end, marker);
        replaceRange(cursor, start, start, marker);
    }
    cursor.endEditBlock();
    cursor.setPosition(selectFrom);
    cursor.setPosition(selectTo, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

// "[selection](https://)" with the URL selected to be typed over; a selected URL becomes the
// target and the link text is selected instead.
void MarkdownEdit::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText();
    const bool isUrl = UrlPolicy::classify(selected) == UrlPolicy::Target::Web && !selected.contains(u' ');
    const QString label = isUrl || selected.isEmpty() ? tr("link text") : selected;
    const QString url = isUrl ? selected : u"https://"_s;
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    cursor.insertText(u'[' + label + u"]("_s + url + u')');
    cursor.endEditBlock();
    const bool selectLabel = isUrl || selected.isEmpty();
    const int from = selectLabel ? start + 1 : start + int(label.size()) + 3;
    cursor.setPosition(from);
    cursor.setPosition(from + int(selectLabel ? label.size() : url.size()), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

// Sets the heading or list prefix of every non-blank line the selection touches, or removes
// it when every one of them has it already.
void MarkdownEdit::setLinePrefix(Format format)
{
    const QTextCursor selection = textCursor();
    QTextBlock first = document()->findBlock(selection.selectionStart());
    QTextBlock last = document()->findBlock(selection.selectionEnd());
    if (last != first && selection.selectionEnd() == last.position())
        last = last.previous();

    QList<QTextBlock> blocks;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (!b.text().trimmed().isEmpty())
            blocks.append(b);
        if (b == last)
            break;
    }
    if (blocks.isEmpty())
        blocks.append(first);

    const bool isList = format == Format::BulletList || format == Format::NumberedList;
    const int level = format == Format::Heading1 ? 1 : format == Format::Heading2 ? 2 : 3;
    const auto wanted = [&](int index) -> QString {
        if (format == Format::BulletList)
            return u"- "_s;
        if (format == Format::NumberedList)
            return QString::number(index + 1) + u". "_s;
        return QString(level, u'#') + u' ';
    };
    // Lists keep their indentation; the existing prefix is matched after it.
    const auto indentOf = [&](const QString &text) -> int {
        if (!isList)
            return 0;
        int i = 0;
        while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
            ++i;
        return i;
    };
    const auto currentPrefix = [&](const QTextBlock &block, Format kind) -> QString {
        const QString text = block.text();
        const auto match = prefixPattern(kind).match(text, indentOf(text), QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        return match.hasMatch() ? match.captured() : QString();
    };

    bool allHave = true;
    for (int i = 0; i < blocks.size() && allHave; ++i) {
        const QString prefix = currentPrefix(blocks.at(i), format);
        allHave = isList ? !prefix.isEmpty() : prefix.trimmed() == wanted(i).trimmed();
    }

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (int i = 0; i < blocks.size(); ++i) {
        const QTextBlock &block = blocks.at(i);
        const int from = block.position() + indentOf(block.text());
        // Replace whichever prefix the line has: a bullet becomes a number and back.
        QString prefix = currentPrefix(block, format);
        if (isList && prefix.isEmpty())
            prefix = currentPrefix(block,
                                   format == Format::BulletList ? Format::NumberedList : Format::BulletList);
        replaceRange(cursor, from, from + int(prefix.size()), allHave ? QString() : wanted(i));
    }
    cursor.endEditBlock();
}

QString MarkdownEdit::headingAtCursor() const
{
    static const QRegularExpression heading(u"^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$"_s);
    // Whichever highlighter runs, the fences are followed from the top here: a '#' line
    // inside a code block is no heading.
    const QTextBlock end = textCursor().block().next();
    QString found;
    int fence = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && block != end; block = block.next()) {
        const int before = fence;
        fence = MarkdownHighlighter::fenceStateAfter(block.text(), fence);
        if (before != 0 || fence != 0)
            continue;
        if (const auto match = heading.match(block.text()); match.hasMatch())
            found = match.captured(1);
    }
    return found;
}

bool MarkdownEdit::event(QEvent *event)
{
    const bool result = QPlainTextEdit::event(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && palette() != m_appliedPalette) {
        m_appliedPalette = palette();
        MarkdownSyntax::applyPalette(m_highlighter, m_appliedPalette);
    }
    return result;
}

QList<qint64> MarkdownEdit::assetIds(const QMimeData *source) const
{
    QList<qint64> ids;
    if (source->hasFormat(QLatin1StringView(AssetIdMimeType))) {
        const QString text = QString::fromUtf8(source->data(QLatin1StringView(AssetIdMimeType)));
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = line.trimmed().toLongLong(&ok);
            if (ok && id > 0)
                ids.append(id);
        }
        return ids;
    }
    // A list of asset: URLs is as good; any other URL is left to the plain-text editor.
    for (const QUrl &url : source->urls()) {
        const auto id = UrlPolicy::assetId(url.toString());
        if (!id)
            return {};
        ids.append(*id);
    }
    return ids;
}

bool MarkdownEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !assetIds(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    const QList<qint64> ids = assetIds(source);
    if (ids.isEmpty()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QStringList images;
    for (const qint64 id : ids) {
        const QString alt = m_altText ? escapedAltText(m_altText(id)) : QString();
        images.append(u"!["_s + alt + u"]("_s + UrlPolicy::assetUrl(id) + u')');
    }
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.insertText(images.join(u'\n'));
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

} // namespace QuoteDesk
