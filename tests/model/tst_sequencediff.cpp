// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sequencediff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace QuoteDesk;

namespace {

// Applies a script to the old sequence; the result must be the new one.
bool applies(const QList<int> &a, const QList<int> &b, const QList<SequenceDiff::Run> &runs, int *edits)
{
    QList<int> rebuilt;
    qsizetype i = 0;
    qsizetype j = 0;
    *edits = 0;
    for (const SequenceDiff::Run &run : runs) {
        if (run.count <= 0)
            return false;
        switch (run.kind) {
        case SequenceDiff::Kind::Equal:
            for (int n = 0; n < run.count; ++n, ++i, ++j) {
                if (i >= a.size() || j >= b.size() || a.at(i) != b.at(j))
                    return false;
                rebuilt.append(a.at(i));
            }
            break;
        case SequenceDiff::Kind::Delete:
            i += run.count;
            *edits += run.count;
            break;
        case SequenceDiff::Kind::Insert:
            for (int n = 0; n < run.count; ++n, ++j)
                rebuilt.append(b.value(j, -1));
            *edits += run.count;
            break;
        }
    }
    return i == a.size() && j == b.size() && rebuilt == b;
}

// The shortest edit script's length by dynamic programming (insertions and deletions only).
int shortestEdits(const QList<int> &a, const QList<int> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    return int(n + m - 2 * lcs[0][0]);
}

QList<int> randomTokens(QRandomGenerator &random, int maxSize, int alphabet)
{
    QList<int> tokens;
    const int size = int(random.bounded(maxSize + 1));
    for (int i = 0; i < size; ++i)
        tokens.append(int(random.bounded(alphabet)));
    return tokens;
}

} // namespace

class TestSequenceDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownScripts_data();
    void knownScripts();
    void randomInputsGiveShortestScripts();
    void costLimitKeepsScriptsValid();
};

void TestSequenceDiff::knownScripts_data()
{
    using K = SequenceDiff::Kind;
    QTest::addColumn<QList<int>>("oldTokens");
    QTest::addColumn<QList<int>>("newTokens");
    QTest::addColumn<QList<SequenceDiff::Run>>("expected");
    QTest::newRow("both empty") << QList<int> {} << QList<int> {} << QList<SequenceDiff::Run> {};
    QTest::newRow("old empty") << QList<int> {} << QList<int> { 1, 2 }
                               << QList<SequenceDiff::Run> { { K::Insert, 2 } };
    QTest::newRow("new empty") << QList<int> { 1, 2 } << QList<int> {}
                               << QList<SequenceDiff::Run> { { K::Delete, 2 } };
    QTest::newRow("identical") << QList<int> { 1, 2, 3 } << QList<int> { 1, 2, 3 }
                               << QList<SequenceDiff::Run> { { K::Equal, 3 } };
    QTest::newRow("one replaced in the middle")
        << QList<int> { 1, 2, 3 } << QList<int> { 1, 4, 3 }
        << QList<SequenceDiff::Run> { { K::Equal, 1 }, { K::Delete, 1 }, { K::Insert, 1 }, { K::Equal, 1 } };
    QTest::newRow("nothing in common") << QList<int> { 1, 2 } << QList<int> { 3, 4, 5 }
                                       << QList<SequenceDiff::Run> { { K::Delete, 2 }, { K::Insert, 3 } };
}

void TestSequenceDiff::knownScripts()
{
    QFETCH(QList<int>, oldTokens);
    QFETCH(QList<int>, newTokens);
    QFETCH(QList<SequenceDiff::Run>, expected);
    const SequenceDiff::Result result = SequenceDiff::compare(oldTokens, newTokens);
    QCOMPARE(result.runs, expected);
    QVERIFY(!result.approximate);
}

void TestSequenceDiff::randomInputsGiveShortestScripts()
{
    QRandomGenerator random(20250528);
    for (int round = 0; round < 2000; ++round) {
        const QList<int> a = randomTokens(random, 30, 4);
        const QList<int> b = randomTokens(random, 30, 4);
        const SequenceDiff::Result result = SequenceDiff::compare(a, b);
        int edits = 0;
        QVERIFY2(applies(a, b, result.runs, &edits), qPrintable(QString::number(round)));
        QCOMPARE(edits, shortestEdits(a, b));
        QVERIFY(!result.approximate);
    }
}

void TestSequenceDiff::costLimitKeepsScriptsValid()
{
    QRandomGenerator random(7);
    int approximate = 0;
    for (int round = 0; round < 1000; ++round) {
        const QList<int> a = randomTokens(random, 200, 3);
        const QList<int> b = randomTokens(random, 200, 3);
        const SequenceDiff::Result result = SequenceDiff::compare(a, b, 2);
        int edits = 0;
        QVERIFY2(applies(a, b, result.runs, &edits), qPrintable(QString::number(round)));
        QVERIFY(edits >= shortestEdits(a, b));
        approximate += result.approximate ? 1 : 0;
    }
    QVERIFY(approximate > 0);
}

QTEST_GUILESS_MAIN(TestSequenceDiff)
#include "tst_sequencediff.moc"
