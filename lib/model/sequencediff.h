// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shortest edit script between two sequences of tokens, after Myers ("An O(ND)
// difference algorithm and its variations", 1986) in its linear-space form. TextDiff uses
// it twice: on lines, then on the words of changed lines.

#include <QList>

namespace QuoteDesk::SequenceDiff {

enum class Kind { Equal, Delete, Insert };

/// A run of `count` tokens taken from both sides (Equal), from the old side only (Delete)
/// or from the new side only (Insert).
struct Run
{
    Kind kind = Kind::Equal;
    int count = 0;

    friend bool operator==(const Run &a, const Run &b) { return a.kind == b.kind && a.count == b.count; }
};

struct Result
{
    /// The edit script in order. Within a change deletions come before insertions, and
    /// adjacent runs never have the same kind.
    QList<Run> runs;
    /// True when the cost limit was reached somewhere, so the script may be longer than
    /// the shortest one (but still turns the old sequence into the new one).
    bool approximate = false;
};

/// Enough for any ordinary edit of a 10,000-line text to come out minimal, small enough
/// that a complete rewrite still takes well under a second.
constexpr int DefaultCostLimit = 1024;

/// Compares two sequences of token ids (equal ids mean equal tokens). Time is
/// O((N+M)·D) for D edits; once a search needs more than @p costLimit edits it splits at
/// the furthest point reached and carries on from there, which bounds the worst case.
Result compare(const QList<int> &oldTokens, const QList<int> &newTokens, int costLimit = DefaultCostLimit);

} // namespace QuoteDesk::SequenceDiff
