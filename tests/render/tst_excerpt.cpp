// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/excerpt.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestExcerpt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excerpt_data();
    void excerpt();
    void fiftyFiveWordsByDefault();
    void hugeTextStaysShort();
};

void TestExcerpt::excerpt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<QString>("excerpt");
    QTest::newRow("empty") << QString() << 5 << QString();
    QTest::newRow("shorter than the limit") << u"Demand keeps rising."_s << 5 << u"Demand keeps rising."_s;
    QTest::newRow("exactly the limit") << u"one two three"_s << 3 << u"one two three"_s;
    QTest::newRow("cut at a word boundary") << u"one two three four"_s << 3 << u"one two three\u2026"_s;
    QTest::newRow("whitespace collapsed") << u"  one\n\ntwo\t three  "_s << 5 << u"one two three"_s;
    QTest::newRow("trailing space after the limit") << u"one two three   "_s << 3 << u"one two three"_s;
}

void TestExcerpt::excerpt()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(QString, excerpt);
    QCOMPARE(makeExcerpt(text, words), excerpt);
}

void TestExcerpt::fiftyFiveWordsByDefault()
{
    QStringList words;
    for (int i = 0; i < 80; ++i)
        words << u"w"_s + QString::number(i);
    const QString excerpt = makeExcerpt(words.join(u' '));
    QVERIFY(excerpt.endsWith(u"w54\u2026"_s));
    QCOMPARE(excerpt.count(u' '), 54);
}

void TestExcerpt::hugeTextStaysShort()
{
    const QString excerpt = makeExcerpt(QString(5 * 1024 * 1024, u'x'));
    QVERIFY(excerpt.size() <= 401);
    QVERIFY(excerpt.endsWith(u'\u2026'));
}

QTEST_GUILESS_MAIN(TestExcerpt)
#include "tst_excerpt.moc"
