// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include "sequencediff.h"
#include "wordsplitter.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

// A removed line is only paired with one of the next few added lines, which catches a line
// edited next to an inserted one; in a large block of changes (a rewrite) only the added
// line in the same place is tried, which keeps the cost linear.
constexpr int PairWindow = 4;
constexpr qsizetype LargeChange = 64;
// Lines whose words are at least this similar (shared non-space characters over all
// non-space characters of both) count as the same line edited.
constexpr double PairSimilarity = 0.5;

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(text.mid(start, i - start));
        if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < size)
        lines.append(text.mid(start));
    return lines;
}

// Gives equal strings equal ids, so the sequence diff compares integers.
class Interner
{
public:
    int id(QStringView text)
    {
        const auto found = m_ids.constFind(text);
        if (found != m_ids.constEnd())
            return *found;
        const int id = int(m_ids.size());
        m_ids.insert(text, id);
        return id;
    }

    template<class Texts>
    QList<int> ids(const Texts &texts)
    {
        QList<int> result;
        result.reserve(texts.size());
        for (const auto &text : texts)
            result.append(id(text));
        return result;
    }

private:
    QHash<QStringView, int> m_ids;
};

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

qsizetype nonSpaceLength(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

bool areSimilar(const QList<DiffSegment> &segments, const QString &oldLine, const QString &newLine)
{
    qsizetype same = 0;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == DiffSegment::Kind::Same)
            same += nonSpaceLength(segment.text);
    }
    const qsizetype total = nonSpaceLength(oldLine) + nonSpaceLength(newLine);
    return total == 0 || 2.0 * double(same) >= PairSimilarity * double(total);
}

// Cheap test before the word diff: lines of very different lengths are not one line edited.
bool worthComparing(const QString &oldLine, const QString &newLine)
{
    const auto shorter = std::min(oldLine.size(), newLine.size());
    const auto longer = std::max(oldLine.size(), newLine.size());
    return double(shorter) >= PairSimilarity / 2 * double(longer);
}

// The lines to show, in groups of consecutive lines, with where each group starts.
struct Group
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int oldStart = 1;
    int newStart = 1;
};

QList<Group> groupsOf(const QList<DiffLine> &lines, int context)
{
    const qsizetype size = lines.size();
    QList<bool> visible(size, context < 0);
    if (context >= 0) {
        // Distance to the nearest change before and after each line.
        qsizetype since = size + 1;
        for (qsizetype i = 0; i < size; ++i) {
            since = lines.at(i).kind == DiffLine::Kind::Unchanged ? since + 1 : 0;
            visible[i] = since <= context;
        }
        since = size + 1;
        for (qsizetype i = size - 1; i >= 0; --i) {
            since = lines.at(i).kind == DiffLine::Kind::Unchanged ? since + 1 : 0;
            visible[i] = visible[i] || since <= context;
        }
    }
    QList<Group> groups;
    int oldLine = 1;
    int newLine = 1;
    for (qsizetype i = 0; i < size; ++i) {
        if (visible[i]) {
            if (groups.isEmpty() || groups.last().end != i)
                groups.append({ i, i, oldLine, newLine });
            groups.last().end = i + 1;
        }
        oldLine += lines.at(i).kind == DiffLine::Kind::Added ? 0 : 1;
        newLine += lines.at(i).kind == DiffLine::Kind::Removed ? 0 : 1;
    }
    return groups;
}

// Inline styles, because QTextBrowser ignores <del> and <ins> but honours their style;
// the text keeps a line or underline, so colour is never the only mark.
const auto DeletedOpen = u"<del style=\"text-decoration: line-through; background-color: #ffd7d5\">"_s;
const auto InsertedOpen = u"<ins style=\"text-decoration: underline; background-color: #ccf2d1\">"_s;

// How each kind of line is shown: its marker, and its class and style in HTML.
struct LineLook
{
    QString marker;
    QString className;
    QString style;
};

LineLook lookOf(DiffLine::Kind kind)
{
    switch (kind) {
    case DiffLine::Kind::Added:
        return { u"+"_s, u"added"_s, u" style=\"background-color: #effaf0\""_s };
    case DiffLine::Kind::Removed:
        return { u"-"_s, u"removed"_s, u" style=\"background-color: #fff0ef\""_s };
    case DiffLine::Kind::Changed:
        return { u"~"_s, u"changed"_s, u" style=\"background-color: #fffbe6\""_s };
    case DiffLine::Kind::Unchanged:
        break;
    }
    return { u" "_s, u"unchanged"_s, {} };
}

// The text of a line, every piece passed through @p mark(kind, text).
template<class Mark>
QString lineText(const DiffLine &line, const Mark &mark)
{
    if (line.kind != DiffLine::Kind::Changed)
        return mark(DiffSegment::Kind::Same,
                    line.kind == DiffLine::Kind::Removed ? line.oldText : line.newText);
    QString text;
    for (const DiffSegment &segment : line.segments)
        text += mark(segment.kind, segment.text);
    return text;
}

QString groupHeader(const Group &group)
{
    return u"@@ -%1 +%2 @@"_s.arg(group.oldStart).arg(group.newStart);
}

} // namespace

TextDiff::TextDiff(const QString &oldText, const QString &newText)
{
    const QStringList oldLines = splitLines(oldText);
    const QStringList newLines = splitLines(newText);
    Interner interner;
    const QList<int> oldIds = interner.ids(oldLines);
    const QList<int> newIds = interner.ids(newLines);
    const SequenceDiff::Result script = SequenceDiff::compare(oldIds, newIds);
    m_approximate = script.approximate;

    int i = 0;
    int j = 0;
    for (qsizetype r = 0; r < script.runs.size(); ++r) {
        const SequenceDiff::Run &run = script.runs.at(r);
        switch (run.kind) {
        case SequenceDiff::Kind::Equal:
            for (int n = 0; n < run.count; ++n, ++i, ++j)
                m_lines.append(
                    { DiffLine::Kind::Unchanged, oldLines.at(i), newLines.at(j), i + 1, j + 1, {} });
            break;
        case SequenceDiff::Kind::Delete: {
            // A deletion followed by an insertion is one change: pair up its edited lines.
            const bool replaced =
                r + 1 < script.runs.size() && script.runs.at(r + 1).kind == SequenceDiff::Kind::Insert;
            const int added = replaced ? script.runs.at(++r).count : 0;
            pairChanges(oldLines.mid(i, run.count), i, newLines.mid(j, added), j);
            i += run.count;
            j += added;
            break;
        }
        case SequenceDiff::Kind::Insert:
            pairChanges({}, i, newLines.mid(j, run.count), j);
            j += run.count;
            break;
        }
    }
}

void TextDiff::pairChanges(const QStringList &removed, int oldStart, const QStringList &added, int newStart)
{
    qsizetype next = 0; // first added line not yet written
    const auto appendAdded = [&](qsizetype upTo) {
        for (; next < upTo; ++next)
            m_lines.append({ DiffLine::Kind::Added, {}, added.at(next), 0, newStart + int(next) + 1, {} });
    };
    for (qsizetype r = 0; r < removed.size(); ++r) {
        const QString &oldLine = removed.at(r);
        const int oldNumber = oldStart + int(r) + 1;
        const qsizetype window = removed.size() + added.size() > LargeChange ? 1 : PairWindow;
        const qsizetype end = std::min(added.size(), next + window);
        bool paired = false;
        for (qsizetype a = next; a < end && !paired; ++a) {
            if (!worthComparing(oldLine, added.at(a)))
                continue;
            QList<DiffSegment> segments = compareWords(oldLine, added.at(a));
            if (!areSimilar(segments, oldLine, added.at(a)))
                continue;
            appendAdded(a);
            m_lines.append({ DiffLine::Kind::Changed, oldLine, added.at(a), oldNumber, newStart + int(a) + 1,
                             std::move(segments) });
            ++next;
            paired = true;
        }
        if (!paired)
            m_lines.append({ DiffLine::Kind::Removed, oldLine, {}, oldNumber, 0, {} });
    }
    appendAdded(added.size());
}

QList<DiffSegment> TextDiff::compareWords(const QString &oldLine, const QString &newLine)
{
    const QList<QStringView> oldTokens = WordSplitter::split(oldLine);
    const QList<QStringView> newTokens = WordSplitter::split(newLine);
    Interner interner;
    const QList<int> oldIds = interner.ids(oldTokens);
    const QList<int> newIds = interner.ids(newTokens);
    const QList<SequenceDiff::Run> runs = SequenceDiff::compare(oldIds, newIds).runs;

    QList<DiffSegment> raw;
    qsizetype i = 0;
    qsizetype j = 0;
    const auto join = [](const QList<QStringView> &tokens, qsizetype from, int count) {
        QString text;
        for (qsizetype t = from; t < from + count; ++t)
            text.append(tokens.at(t));
        return text;
    };
    for (const SequenceDiff::Run &run : runs) {
        switch (run.kind) {
        case SequenceDiff::Kind::Equal:
            raw.append({ DiffSegment::Kind::Same, join(oldTokens, i, run.count) });
            i += run.count;
            j += run.count;
            break;
        case SequenceDiff::Kind::Delete:
            raw.append({ DiffSegment::Kind::Deleted, join(oldTokens, i, run.count) });
            i += run.count;
            break;
        case SequenceDiff::Kind::Insert:
            raw.append({ DiffSegment::Kind::Inserted, join(newTokens, j, run.count) });
            j += run.count;
            break;
        }
    }

    // A lone space between two replaced words reads better inside the change:
    // "[-quick brown-]{+slow red+}" rather than "[-quick-]{+slow+} [-brown-]{+red+}".
    QList<DiffSegment> segments;
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        if (!deleted.isEmpty())
            segments.append({ DiffSegment::Kind::Deleted, std::exchange(deleted, {}) });
        if (!inserted.isEmpty())
            segments.append({ DiffSegment::Kind::Inserted, std::exchange(inserted, {}) });
    };
    for (qsizetype s = 0; s < raw.size(); ++s) {
        const DiffSegment &segment = raw.at(s);
        if (segment.kind == DiffSegment::Kind::Deleted) {
            deleted += segment.text;
            continue;
        }
        if (segment.kind == DiffSegment::Kind::Inserted) {
            inserted += segment.text;
            continue;
        }
        bool nextDeletes = false;
        bool nextInserts = false;
        for (qsizetype n = s + 1; n < raw.size() && raw.at(n).kind != DiffSegment::Kind::Same; ++n) {
            nextDeletes |= raw.at(n).kind == DiffSegment::Kind::Deleted;
            nextInserts |= raw.at(n).kind == DiffSegment::Kind::Inserted;
        }
        const bool replacesAround =
            (!deleted.isEmpty() || nextDeletes) && (!inserted.isEmpty() || nextInserts);
        if (replacesAround && (!deleted.isEmpty() || !inserted.isEmpty()) && isBlank(segment.text)) {
            deleted += segment.text;
            inserted += segment.text;
            continue;
        }
        flush();
        segments.append(segment);
    }
    flush();
    return segments;
}

bool TextDiff::hasChanges() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [](const DiffLine &line) { return line.kind != DiffLine::Kind::Unchanged; });
}

int TextDiff::count(DiffLine::Kind kind) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [kind](const DiffLine &line) { return line.kind == kind; }));
}

QString TextDiff::toPlainText(int context) const
{
    const auto mark = [](DiffSegment::Kind kind, const QString &text) -> QString {
        if (kind == DiffSegment::Kind::Deleted)
            return u"[-"_s + text + u"-]"_s;
        if (kind == DiffSegment::Kind::Inserted)
            return u"{+"_s + text + u"+}"_s;
        return text;
    };
    QString out;
    for (const Group &group : groupsOf(m_lines, context)) {
        if (context >= 0)
            out += groupHeader(group) + u'\n';
        for (qsizetype i = group.begin; i < group.end; ++i)
            out += lookOf(m_lines.at(i).kind).marker + u' ' + lineText(m_lines.at(i), mark) + u'\n';
    }
    return out;
}

QString TextDiff::toHtml(int context) const
{
    const auto mark = [](DiffSegment::Kind kind, const QString &text) -> QString {
        if (kind == DiffSegment::Kind::Deleted)
            return DeletedOpen + text.toHtmlEscaped() + u"</del>"_s;
        if (kind == DiffSegment::Kind::Inserted)
            return InsertedOpen + text.toHtmlEscaped() + u"</ins>"_s;
        return text.toHtmlEscaped();
    };
    const auto number = [](int value) {
        return value > 0 ? QString::number(value) : QString();
    };
    QString out = u"<table class=\"diff\">\n"_s;
    for (const Group &group : groupsOf(m_lines, context)) {
        if (context >= 0)
            out += u"<tr class=\"group\"><td colspan=\"4\">"_s + groupHeader(group) + u"</td></tr>\n"_s;
        for (qsizetype i = group.begin; i < group.end; ++i) {
            const DiffLine &line = m_lines.at(i);
            const LineLook look = lookOf(line.kind);
            out += u"<tr class=\""_s + look.className + u'"' + look.style + u"><td class=\"old-number\">"_s
                + number(line.oldNumber) + u"</td><td class=\"new-number\">"_s + number(line.newNumber)
                + u"</td><td class=\"marker\">"_s + look.marker.trimmed()
                + u"</td><td class=\"text\" style=\"white-space: pre-wrap\">"_s + lineText(line, mark)
                + u"</td></tr>\n"_s;
        }
    }
    return out + u"</table>\n"_s;
}

} // namespace QuoteDesk
