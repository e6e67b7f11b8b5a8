// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/textdiff.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

// Both texts, line by line, as the diff says they were; line endings normalised to LF.
void rebuild(const TextDiff &diff, QStringList *oldLines, QStringList *newLines)
{
    int oldNumber = 0;
    int newNumber = 0;
    for (const DiffLine &line : diff.lines()) {
        if (line.kind != DiffLine::Kind::Added) {
            QCOMPARE(line.oldNumber, ++oldNumber);
            oldLines->append(line.oldText);
        }
        if (line.kind != DiffLine::Kind::Removed) {
            QCOMPARE(line.newNumber, ++newNumber);
            newLines->append(line.newText);
        }
        if (line.kind == DiffLine::Kind::Changed) {
            QString oldText;
            QString newText;
            for (const DiffSegment &segment : line.segments) {
                if (segment.kind != DiffSegment::Kind::Inserted)
                    oldText += segment.text;
                if (segment.kind != DiffSegment::Kind::Deleted)
                    newText += segment.text;
            }
            QCOMPARE(oldText, line.oldText);
            QCOMPARE(newText, line.newText);
        }
    }
}

QString numberedLines(int count, const QString &pattern)
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += pattern.arg(i) + u'\n';
    return text;
}

} // namespace

class TestTextDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void rebuildsBothTexts_data();
    void rebuildsBothTexts();
    void lineNumbers();
    void contextKeepsLinesAroundChanges();
    void htmlIsEscaped();
    void htmlShowsMarksInRichText();
    void wordsOfOneLine_data();
    void wordsOfOneLine();
    void largeTexts_data();
    void largeTexts();
};

void TestTextDiff::plainText_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected");

    QTest::newRow("identical") << u"one\ntwo\n"_s << u"one\ntwo\n"_s << u"  one\n  two\n"_s;
    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("old empty") << QString() << u"first\nsecond"_s << u"+ first\n+ second\n"_s;
    QTest::newRow("new empty") << u"first\nsecond\n"_s << QString() << u"- first\n- second\n"_s;
    QTest::newRow("insert at start") << u"b\nc\n"_s << u"a\nb\nc\n"_s << u"+ a\n  b\n  c\n"_s;
    QTest::newRow("insert in the middle") << u"a\nc\n"_s << u"a\nb\nc\n"_s << u"  a\n+ b\n  c\n"_s;
    QTest::newRow("insert at end") << u"a\nb\n"_s << u"a\nb\nc\n"_s << u"  a\n  b\n+ c\n"_s;
    QTest::newRow("delete a line") << u"a\nb\nc\n"_s << u"a\nc\n"_s << u"  a\n- b\n  c\n"_s;
    QTest::newRow("one word changed inside a line")
        << u"## Takeaways\nDemand for chips keeps rising.\nEnd\n"_s
        << u"## Takeaways\nDemand for chips keeps falling.\nEnd\n"_s
        << u"  ## Takeaways\n~ Demand for chips keeps [-rising-]{+falling+}.\n  End\n"_s;
    QTest::newRow("two neighbouring words changed")
        << u"The quick brown fox jumps over the dog"_s << u"The slow red fox jumps over the dog"_s
        << u"~ The [-quick brown-]{+slow red+} fox jumps over the dog\n"_s;
    QTest::newRow("several changed lines")
        << u"Revenue rose in the quarter.\nExport rules weighed on sales.\nMargins held.\n"_s
        << u"Revenue rose sharply in the quarter.\nExport rules weighed on China sales.\nMargins held.\n"_s
        << u"~ Revenue rose {+sharply +}in the quarter.\n~ Export rules weighed on {+China +}sales.\n"
           "  Margins held.\n"_s;
    QTest::newRow("a replaced line that has nothing in common")
        << u"Intro\nCompletely different words here\n"_s << u"Intro\nNothing alike at all\n"_s
        << u"  Intro\n- Completely different words here\n+ Nothing alike at all\n"_s;
    QTest::newRow("edited line next to an inserted one")
        << u"Keep\nThe chips sell well.\n"_s << u"Keep\nA new paragraph.\nThe chips sell very well.\n"_s
        << u"  Keep\n+ A new paragraph.\n~ The chips sell {+very +}well.\n"_s;
    QTest::newRow("CRLF against LF") << u"one\r\ntwo\r\nthree\r\n"_s << u"one\ntwo\nthree\n"_s
                                     << u"  one\n  two\n  three\n"_s;
    QTest::newRow("CR line ends") << u"one\rtwo"_s << u"one\ntwo\n"_s << u"  one\n  two\n"_s;
    QTest::newRow("trailing line break alone") << u"one"_s << u"one\n"_s << u"  one\n"_s;
    QTest::newRow("empty lines kept") << u"a\n\nb\n"_s << u"a\n\n\nb\n"_s << u"  a\n  \n+ \n  b\n"_s;
    QTest::newRow("unicode word with accent")
        << u"Meeting in Zürich on Monday"_s << u"Meeting in Genève on Monday"_s
        << u"~ Meeting in [-Zürich-]{+Genève+} on Monday\n"_s;
    QTest::newRow("combining marks stay with their letter")
        << u"Cafe\u0301 open late"_s << u"Cafe open late"_s << u"~ [-Cafe\u0301-]{+Cafe+} open late\n"_s;
    QTest::newRow("emoji are whole characters")
        << u"Great news 🎉 today"_s << u"Great news 🚀 today"_s << u"~ Great news [-🎉-]{+🚀+} today\n"_s;
    QTest::newRow("CJK compared by character") << u"日本の市場は成長した"_s << u"日本の市場は縮小した"_s
                                               << u"~ 日本の市場は[-成長-]{+縮小+}した\n"_s;
}

void TestTextDiff::plainText()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    const TextDiff diff(oldText, newText);
    QCOMPARE(diff.toPlainText(), expected);
    QVERIFY(!diff.isApproximate());
}

void TestTextDiff::rebuildsBothTexts_data()
{
    plainText_data();
}

void TestTextDiff::rebuildsBothTexts()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    const TextDiff diff(oldText, newText);
    QStringList oldLines;
    QStringList newLines;
    rebuild(diff, &oldLines, &newLines);
    const auto normalised = [](QString text) {
        text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        return text.endsWith(u'\n') ? text.chopped(1) : text;
    };
    QCOMPARE(oldLines.join(u'\n'), normalised(oldText));
    QCOMPARE(newLines.join(u'\n'), normalised(newText));
    QCOMPARE(diff.hasChanges(), normalised(oldText) != normalised(newText));
}

void TestTextDiff::lineNumbers()
{
    const TextDiff diff(u"a\nb\nc\nd\n"_s, u"a\nx\nc\nd\ne\n"_s);
    const QList<DiffLine> &lines = diff.lines();
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(1).kind, DiffLine::Kind::Removed);
    QCOMPARE(lines.at(1).oldNumber, 2);
    QCOMPARE(lines.at(1).newNumber, 0);
    QCOMPARE(lines.at(2).kind, DiffLine::Kind::Added);
    QCOMPARE(lines.at(2).oldNumber, 0);
    QCOMPARE(lines.at(2).newNumber, 2);
    QCOMPARE(lines.at(5).kind, DiffLine::Kind::Added);
    QCOMPARE(lines.at(5).newNumber, 5);
    QCOMPARE(diff.count(DiffLine::Kind::Added), 2);
    QCOMPARE(diff.count(DiffLine::Kind::Removed), 1);
    QCOMPARE(diff.count(DiffLine::Kind::Unchanged), 3);
}

void TestTextDiff::contextKeepsLinesAroundChanges()
{
    const QString oldText = numberedLines(20, u"line %1"_s);
    QString newText = oldText;
    newText.replace(u"line 3\n"_s, u"line three\n"_s).replace(u"line 17\n"_s, u"line 17b\n"_s);
    const TextDiff diff(oldText, newText);
    QCOMPARE(diff.toPlainText(1),
             u"@@ -2 +2 @@\n  line 2\n~ line [-3-]{+three+}\n  line 4\n"
             "@@ -16 +16 @@\n  line 16\n~ line [-17-]{+17b+}\n  line 18\n"_s);
    QCOMPARE(diff.toPlainText(0),
             u"@@ -3 +3 @@\n~ line [-3-]{+three+}\n@@ -17 +17 @@\n~ line [-17-]{+17b+}\n"_s);
    QCOMPARE(TextDiff(oldText, oldText).toPlainText(3), QString());
    QCOMPARE(diff.toPlainText(1000), u"@@ -1 +1 @@\n"_s + diff.toPlainText());
}

void TestTextDiff::htmlIsEscaped()
{
    const TextDiff diff(u"<b>bold</b> & co\nsame line\n"_s, u"<b>brave</b> & co\nsame line\nadded <i>\n"_s);
    QString html = diff.toHtml();
    html.remove(QRegularExpression(u" style=\"[^\"]*\""_s));
    QVERIFY2(html.contains(u"&lt;b&gt;<del>bold</del><ins>brave</ins>&lt;/b&gt; &amp; co"_s),
             qPrintable(html));
    QVERIFY(html.contains(u"<tr class=\"changed\">"_s));
    QVERIFY(html.contains(u"<tr class=\"unchanged\">"_s));
    QVERIFY(html.contains(
        u"<tr class=\"added\"><td class=\"old-number\"></td><td class=\"new-number\">3</td>"_s));
    QVERIFY(html.contains(u"added &lt;i&gt;"_s));
    QVERIFY(!html.contains(u"<i>"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(html.startsWith(u"<table class=\"diff\">"_s));
}

void TestTextDiff::htmlShowsMarksInRichText()
{
    // The app shows the diff in a QTextBrowser, which knows neither <del> nor <ins>.
    QTextDocument document;
    document.setHtml(TextDiff(u"Demand keeps rising."_s, u"Demand keeps falling."_s).toHtml());
    const QString plain = document.toPlainText();
    const auto formatAt = [&document](qsizetype position) {
        QTextCursor cursor(&document);
        cursor.setPosition(int(position) + 1); // the format of the character before the cursor
        return cursor.charFormat();
    };
    QVERIFY2(plain.contains(u"risingfalling"_s), qPrintable(plain));
    QVERIFY(formatAt(plain.indexOf(u"rising"_s)).fontStrikeOut());
    QVERIFY(!formatAt(plain.indexOf(u"rising"_s)).fontUnderline());
    QVERIFY(formatAt(plain.indexOf(u"falling"_s)).fontUnderline());
    QVERIFY(!formatAt(plain.indexOf(u"falling"_s)).fontStrikeOut());
    QVERIFY(!formatAt(plain.indexOf(u"Demand"_s)).fontStrikeOut());
}

void TestTextDiff::wordsOfOneLine_data()
{
    using K = DiffSegment::Kind;
    QTest::addColumn<QString>("oldLine");
    QTest::addColumn<QString>("newLine");
    QTest::addColumn<QList<DiffSegment>>("expected");
    QTest::newRow("same") << u"a b"_s << u"a b"_s << QList<DiffSegment> { { K::Same, u"a b"_s } };
    QTest::newRow("word added at end")
        << u"a b"_s << u"a b c"_s << QList<DiffSegment> { { K::Same, u"a b"_s }, { K::Inserted, u" c"_s } };
    QTest::newRow("word deleted, space not turned into a change")
        << u"a b c"_s << u"a c"_s
        << QList<DiffSegment> { { K::Same, u"a "_s }, { K::Deleted, u"b "_s }, { K::Same, u"c"_s } };
    QTest::newRow("punctuation apart from words")
        << u"rising."_s << u"rising!"_s
        << QList<DiffSegment> { { K::Same, u"rising"_s }, { K::Deleted, u"."_s }, { K::Inserted, u"!"_s } };
    QTest::newRow("empty to text") << QString() << u"new"_s
                                   << QList<DiffSegment> { { K::Inserted, u"new"_s } };
}

void TestTextDiff::wordsOfOneLine()
{
    QFETCH(QString, oldLine);
    QFETCH(QString, newLine);
    QFETCH(QList<DiffSegment>, expected);
    QCOMPARE(TextDiff::compareWords(oldLine, newLine), expected);
}

void TestTextDiff::largeTexts_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");

    const QString base = numberedLines(10000, u"Paragraph %1 says the quarter went well for the firm."_s);
    QString scattered = base;
    for (int i = 50; i <= 10000; i += 100)
        scattered.replace(u"Paragraph %1 says the quarter went well"_s.arg(i),
                          u"Paragraph %1 says the quarter went badly"_s.arg(i));
    QTest::newRow("10,000 lines, 100 edited") << base << scattered << 100 << 0 << 0;
    QTest::newRow("10,000 lines added to an empty text") << QString() << base << 0 << 10000 << 0;
    QTest::newRow("10,000 lines replaced by other lines")
        << base << numberedLines(10000, u"Zeile %1: ein völlig anderer Text"_s) << 0 << 10000 << 10000;
    QTest::newRow("10,000 lines, every line edited")
        << base << numberedLines(10000, u"Paragraph %1 says the quarter went badly for the firm."_s) << 10000
        << 0 << 0;
}

void TestTextDiff::largeTexts()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(int, changed);
    QFETCH(int, added);
    QFETCH(int, removed);
    const TextDiff diff(oldText, newText);
    QCOMPARE(diff.count(DiffLine::Kind::Changed), changed);
    QCOMPARE(diff.count(DiffLine::Kind::Added), added);
    QCOMPARE(diff.count(DiffLine::Kind::Removed), removed);
    QStringList oldLines;
    QStringList newLines;
    rebuild(diff, &oldLines, &newLines);
    QCOMPARE(oldLines.join(u'\n') + (oldText.isEmpty() ? u""_s : u"\n"_s), oldText);
    QCOMPARE(newLines.join(u'\n') + (newText.isEmpty() ? u""_s : u"\n"_s), newText);
}

QTEST_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
