// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace QuoteDesk {

/// A piece of a changed line: text both versions share, or words only the old version
/// had (Deleted) or only the new one has (Inserted).
struct DiffSegment
{
    enum class Kind { Same, Deleted, Inserted };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffSegment &a, const DiffSegment &b)
    {
        return a.kind == b.kind && a.text == b.text;
    }
};

/// One line of a line diff.
struct DiffLine
{
    /// Changed pairs a removed line with a similar added one; its segments mark the words.
    enum class Kind { Unchanged, Added, Removed, Changed };
    Kind kind = Kind::Unchanged;
    QString oldText; ///< empty for Added
    QString newText; ///< empty for Removed
    int oldNumber = 0; ///< 1-based line number in the old text; 0 for Added
    int newNumber = 0; ///< 1-based line number in the new text; 0 for Removed
    QList<DiffSegment> segments; ///< Changed only: the old and new line, word by word
};

/// A line-based comparison of two texts (Markdown bodies, biographies), with the changed
/// words marked inside lines that were edited rather than replaced.
///
/// Lines end at LF, CRLF or CR, so the same text with other line endings compares equal,
/// and a final line break does not count as an extra empty line. Words are compared whole
/// (letters and digits of any script, each CJK character on its own), spaces and
/// punctuation separately. Fast on long texts: see SequenceDiff for the bound on the
/// worst case; isApproximate() tells when it applied.
class TextDiff final
{
public:
    TextDiff() = default;
    TextDiff(const QString &oldText, const QString &newText);

    const QList<DiffLine> &lines() const { return m_lines; }
    bool hasChanges() const;
    /// True when the texts differed so much that a coarser, longer diff was produced.
    bool isApproximate() const { return m_approximate; }
    int count(DiffLine::Kind kind) const;

    /// Plain text for a terminal: each line prefixed with "  " (unchanged), "- ", "+ " or
    /// "~ " (changed, with [-deleted-] and {+inserted+} words inline). With @p context >= 0
    /// only that many unchanged lines are kept around each change and "@@ -old +new @@"
    /// heads each group, as in a unified diff.
    QString toPlainText(int context = -1) const;
    /// An HTML table (class "diff"), one row per line, classes "unchanged", "added",
    /// "removed" and "changed" on the rows, changed words in <del> and <ins>; all text is
    /// escaped. @p context as for toPlainText().
    QString toHtml(int context = -1) const;

    /// The words of a single line compared on their own, as in a Changed line.
    static QList<DiffSegment> compareWords(const QString &oldLine, const QString &newLine);

private:
    void pairChanges(const QStringList &removed, int oldStart, const QStringList &added, int newStart);

    QList<DiffLine> m_lines;
    bool m_approximate = false;
};

} // namespace QuoteDesk
