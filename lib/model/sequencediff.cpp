// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencediff.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace QuoteDesk::SequenceDiff {
namespace {

// Marks which tokens of each side are deleted or inserted; the runs are read off the marks
// at the end, which keeps the recursion free of ordering concerns.
class Worker
{
public:
    Worker(const QList<int> &a, const QList<int> &b, int costLimit)
        : m_a(a.constData())
        , m_b(b.constData())
        , m_costLimit(std::max(costLimit, 1))
        , m_deleted(size_t(a.size()), false)
        , m_inserted(size_t(b.size()), false)
    {
    }

    void compare(int aLo, int aHi, int bLo, int bHi);
    bool isApproximate() const { return m_approximate; }
    bool isDeleted(qsizetype i) const { return m_deleted[size_t(i)]; }
    bool isInserted(qsizetype j) const { return m_inserted[size_t(j)]; }

private:
    bool split(int aLo, int aHi, int bLo, int bHi, int *splitX, int *splitY);

    const int *m_a;
    const int *m_b;
    int m_costLimit;
    bool m_approximate = false;
    std::vector<bool> m_deleted;
    std::vector<bool> m_inserted;
};

void Worker::compare(int aLo, int aHi, int bLo, int bHi)
{
    // The second half is handled by the loop rather than by recursion: after a capped
    // search the split can be far from the middle, and the chain of such splits could
    // otherwise grow as deep as the input is long.
    for (;;) {
        while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo]) {
            ++aLo;
            ++bLo;
        }
        while (aLo < aHi && bLo < bHi && m_a[aHi - 1] == m_b[bHi - 1]) {
            --aHi;
            --bHi;
        }
        int x = 0;
        int y = 0;
        if (aLo == aHi || bLo == bHi || !split(aLo, aHi, bLo, bHi, &x, &y)) {
            std::fill(m_deleted.begin() + aLo, m_deleted.begin() + aHi, true);
            std::fill(m_inserted.begin() + bLo, m_inserted.begin() + bHi, true);
            return;
        }
        compare(aLo, aLo + x, bLo, bLo + y);
        aLo += x;
        bLo += y;
    }
}

// Finds a point (x, y) on an edit path, relative to (aLo, bLo), by running the search from
// both ends until the two meet (the "middle snake"). Both ends are known to differ.
bool Worker::split(int aLo, int aHi, int bLo, int bHi, int *splitX, int *splitY)
{
    const int n = aHi - aLo;
    const int m = bHi - bLo;
    const int *a = m_a + aLo;
    const int *b = m_b + bLo;
    const int maxD = (n + m + 1) / 2;
    const int rounds = std::min(maxD, m_costLimit);
    const int offset = rounds + 1;
    const int length = 2 * rounds + 3;
    std::vector<int> forward(size_t(length), -1);
    std::vector<int> backward(size_t(length), -1);
    forward[size_t(offset + 1)] = 0;
    backward[size_t(offset + 1)] = 0;
    const int delta = n - m;
    const bool checkInForward = delta % 2 != 0;
    // Diagonals that ran off the grid are skipped from then on.
    int fStart = 0, fEnd = 0, bStart = 0, bEnd = 0;
    // The furthest points reached, for the split after a capped search.
    int bestForward = -1, bestForwardX = 0, bestBackward = -1, bestBackwardX = 0;
    int bestForwardK = 0, bestBackwardK = 0;

    for (int d = 0; d < rounds; ++d) {
        for (int k = -d + fStart; k <= d - fEnd; k += 2) {
            const int i = offset + k;
            int x = (k == -d || (k != d && forward[size_t(i - 1)] < forward[size_t(i + 1)]))
                ? forward[size_t(i + 1)]
                : forward[size_t(i - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            forward[size_t(i)] = x;
            if (x > n) {
                fEnd += 2;
            } else if (y > m) {
                fStart += 2;
            } else {
                if (x + y > bestForward) {
                    bestForward = x + y;
                    bestForwardX = x;
                    bestForwardK = k;
                }
                const int j = offset + delta - k;
                if (checkInForward && j >= 0 && j < length && backward[size_t(j)] != -1
                    && x >= n - backward[size_t(j)]) {
                    *splitX = x;
                    *splitY = y;
                    return true;
                }
            }
        }
        for (int k = -d + bStart; k <= d - bEnd; k += 2) {
            const int i = offset + k;
            int x = (k == -d || (k != d && backward[size_t(i - 1)] < backward[size_t(i + 1)]))
                ? backward[size_t(i + 1)]
                : backward[size_t(i - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[n - x - 1] == b[m - y - 1]) {
                ++x;
                ++y;
            }
            backward[size_t(i)] = x;
            if (x > n) {
                bEnd += 2;
            } else if (y > m) {
                bStart += 2;
            } else {
                if (x + y > bestBackward) {
                    bestBackward = x + y;
                    bestBackwardX = x;
                    bestBackwardK = k;
                }
                const int j = offset + delta - k;
                if (!checkInForward && j >= 0 && j < length && forward[size_t(j)] != -1) {
                    const int fx = forward[size_t(j)];
                    if (fx >= n - x) {
                        *splitX = fx;
                        *splitY = fx - (j - offset);
                        return true;
                    }
                }
            }
        }
    }

    if (rounds == maxD)
        return false; // nothing in common: replace one side by the other
    m_approximate = true;
    if (bestForward >= bestBackward) {
        *splitX = bestForwardX;
        *splitY = bestForwardX - bestForwardK;
    } else {
        *splitX = n - bestBackwardX;
        *splitY = m - (bestBackwardX - bestBackwardK);
    }
    // A split at either corner would not make the problem smaller.
    return (*splitX > 0 || *splitY > 0) && (*splitX < n || *splitY < m);
}

Result runsOf(const std::vector<bool> &deletedFlags, const std::vector<bool> &insertedFlags, bool approximate)
{
    Result result;
    result.approximate = approximate;
    const auto append = [&result](Kind kind, int count) {
        if (count == 0)
            return;
        if (!result.runs.isEmpty() && result.runs.last().kind == kind)
            result.runs.last().count += count;
        else
            result.runs.append({ kind, count });
    };
    const size_t n = deletedFlags.size();
    const size_t m = insertedFlags.size();
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        int equal = 0;
        while (i < n && j < m && !deletedFlags[i] && !insertedFlags[j]) {
            ++i;
            ++j;
            ++equal;
        }
        append(Kind::Equal, equal);
        int deleted = 0;
        while (i < n && deletedFlags[i]) {
            ++i;
            ++deleted;
        }
        int inserted = 0;
        while (j < m && insertedFlags[j]) {
            ++j;
            ++inserted;
        }
        append(Kind::Delete, deleted);
        append(Kind::Insert, inserted);
        if (equal == 0 && deleted == 0 && inserted == 0)
            break; // unmatched equal tokens: cannot happen, but never loop for ever
    }
    return result;
}

} // namespace

Result compare(const QList<int> &oldTokens, const QList<int> &newTokens, int costLimit)
{
    // A token that one side lacks can never be matched, so it is marked at once and left out
    // of the search (as GNU diff does): a rewrite then costs next to nothing, and the shortest
    // script stays the shortest because every common subsequence avoids such tokens.
    const QSet<int> inOld(oldTokens.cbegin(), oldTokens.cend());
    const QSet<int> inNew(newTokens.cbegin(), newTokens.cend());
    std::vector<bool> deleted(size_t(oldTokens.size()), true);
    std::vector<bool> inserted(size_t(newTokens.size()), true);
    QList<int> oldKept;
    QList<int> newKept;
    QList<qsizetype> oldIndex;
    QList<qsizetype> newIndex;
    for (qsizetype i = 0; i < oldTokens.size(); ++i) {
        if (inNew.contains(oldTokens.at(i))) {
            oldKept.append(oldTokens.at(i));
            oldIndex.append(i);
        }
    }
    for (qsizetype j = 0; j < newTokens.size(); ++j) {
        if (inOld.contains(newTokens.at(j))) {
            newKept.append(newTokens.at(j));
            newIndex.append(j);
        }
    }
    Worker worker(oldKept, newKept, costLimit);
    worker.compare(0, int(oldKept.size()), 0, int(newKept.size()));
    for (qsizetype k = 0; k < oldIndex.size(); ++k)
        deleted[size_t(oldIndex.at(k))] = worker.isDeleted(k);
    for (qsizetype k = 0; k < newIndex.size(); ++k)
        inserted[size_t(newIndex.at(k))] = worker.isInserted(k);
    return runsOf(deleted, inserted, worker.isApproximate());
}

} // namespace QuoteDesk::SequenceDiff
