// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"

#include <QFontDatabase>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QTextCharFormat foreground(const QColor &color)
{
    QTextCharFormat format;
    format.setForeground(color);
    return format;
}

// A block state inside a fenced code block records the fence: its length and its character,
// so only a matching fence closes it (CommonMark). Outside a fence the state is 0.
constexpr int NoFence = 0;

int fenceState(int length, bool tilde)
{
    return (length << 1) | (tilde ? 1 : 0);
}

const QRegularExpression &fencePattern()
{
    static const QRegularExpression pattern(u"^ {0,3}(`{3,}|~{3,})(.*)$"_s);
    return pattern;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_formats(formatsFor(palette))
{
    // QSyntaxHighlighter would wait for the event loop; formats are wanted right away.
    rehighlight();
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    m_formats = formatsFor(palette);
    rehighlight();
}

MarkdownHighlighter::Formats MarkdownHighlighter::formatsFor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor link = palette.color(QPalette::Link);

    Formats f;
    f.heading = foreground(mix(text, link, 0.7));
    f.heading.setFontWeight(QFont::Bold);
    f.markup = foreground(mix(text, base, 0.45));
    f.emphasis.setFontItalic(true);
    f.strong.setFontWeight(QFont::Bold);
    f.code = foreground(mix(text, link, 0.35));
    f.code.setBackground(mix(base, text, 0.07));
    f.code.setFontFamilies({ QFontDatabase::systemFont(QFontDatabase::FixedFont).family() });
    f.link = foreground(link);
    f.url = foreground(mix(link, base, 0.4));
    f.listMarker = foreground(link);
    f.listMarker.setFontWeight(QFont::Bold);
    f.quote = foreground(mix(text, base, 0.3));
    f.quote.setFontItalic(true);
    return f;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    if (highlightFence(text))
        return;

    static const QRegularExpression heading(u"^ {0,3}(#{1,6})(?:[ \\t]|$)"_s);
    static const QRegularExpression quote(u"^ {0,3}>+ ?"_s);
    static const QRegularExpression listMarker(u"\\s*([-*+]|\\d{1,9}[.)])(?=\\s|$)"_s);

    if (const auto m = heading.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.heading);
        return;
    }
    int from = 0;
    if (const auto m = quote.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.quote);
        setFormat(0, int(m.capturedLength()), m_formats.markup);
        from = int(m.capturedEnd());
    }
    if (const auto m = listMarker.match(text, from, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
        m.hasMatch()) {
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats.listMarker);
        from = int(m.capturedEnd());
    }
    highlightInline(text, from);
}

int MarkdownHighlighter::fenceStateAfter(const QString &line, int previousState)
{
    const auto m = fencePattern().match(line);
    if (!m.hasMatch())
        return previousState;
    const bool tilde = m.captured(1).front() == u'~';
    const int state = fenceState(int(m.capturedLength(1)), tilde);
    if (previousState != NoFence) {
        // Only a fence of the same character, at least as long and with nothing after it,
        // closes the block.
        const bool closes =
            m.captured(2).trimmed().isEmpty() && tilde == bool(previousState & 1) && state >= previousState;
        return closes ? NoFence : previousState;
    }
    // An info string after a backtick fence may not hold a backtick: that is inline code.
    return !tilde && m.captured(2).contains(u'`') ? NoFence : state;
}

bool MarkdownHighlighter::highlightFence(const QString &text)
{
    const int previous = qMax(NoFence, previousBlockState());
    const int state = fenceStateAfter(text, previous);
    setCurrentBlockState(state);
    if (previous == NoFence && state == NoFence)
        return false;
    setFormat(0, int(text.size()), m_formats.code);
    return true;
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    static const QRegularExpression emphasis(
        u"(?<![*_\\w])([*_])(?![*_\\s])(.+?)(?<![*_\\s])\\1(?![*_\\w])"_s);
    static const QRegularExpression strong(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s);
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\](\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\))"_s);
    static const QRegularExpression autolink(u"<(?:https?|mailto|asset):[^>\\s]+>"_s);
    static const QRegularExpression code(u"(`+)(?!`)(.+?)(?<!`)\\1(?!`)"_s);

    const auto merge = [this](qsizetype start, qsizetype length, const QTextCharFormat &extra) {
        for (qsizetype i = start; i < start + length; ++i) {
            QTextCharFormat f = format(int(i));
            f.merge(extra);
            setFormat(int(i), 1, f);
        }
    };
    const auto each = [&](const QRegularExpression &pattern, auto &&apply) {
        auto it = pattern.globalMatch(text, from);
        while (it.hasNext())
            apply(it.next());
    };
    each(emphasis, [&](const QRegularExpressionMatch &m) {
        merge(m.capturedStart(), m.capturedLength(), m_formats.emphasis);
        merge(m.capturedStart(), 1, m_formats.markup);
        merge(m.capturedEnd() - 1, 1, m_formats.markup);
    });
    each(strong, [&](const QRegularExpressionMatch &m) {
        merge(m.capturedStart(), m.capturedLength(), m_formats.strong);
        merge(m.capturedStart(), 2, m_formats.markup);
        merge(m.capturedEnd() - 2, 2, m_formats.markup);
    });
    each(link, [&](const QRegularExpressionMatch &m) {
        merge(m.capturedStart(), m.capturedStart(2) - m.capturedStart(), m_formats.link);
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_formats.url);
    });
    each(autolink, [&](const QRegularExpressionMatch &m) {
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.url);
    });
    each(code, [&](const QRegularExpressionMatch &m) {
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.code);
    });
}

} // namespace QuoteDesk
