// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffhtml.h"
#include "model/fieldnames.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

QString plainOf(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString numberedLines(int count, int changed)
{
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines.append(i == changed ? u"Line %1 was edited."_s.arg(i) : u"Line %1 stays."_s.arg(i));
    return lines.join(u'\n');
}

} // namespace

class TestDiffHtml final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marksWordsAndLines();
    void escapesText();
    void contextLeavesOutFarLines();
    void fieldChangesHaveHeadings();
    void followsThePalette();
    void namesFields();
};

void TestDiffHtml::marksWordsAndLines()
{
    const TextDiff diff(u"Every country builds.\nGone line."_s, u"Every nation builds."_s);
    const QString html = DiffHtml::fromTextDiff(diff, QPalette());
    QVERIFY(html.contains(u"line-through"_s));
    QVERIFY(html.contains(u"underline"_s));
    const QString plain = plainOf(html);
    QVERIFY2(plain.contains(u"country"_s) && plain.contains(u"nation"_s), qPrintable(plain));
    QVERIFY(plain.contains(u"Gone line."_s));
    QVERIFY(plain.contains(u"−"_s) && plain.contains(u"~"_s));
}

void TestDiffHtml::escapesText()
{
    const TextDiff diff(u"a <b>bold</b> & more"_s, u"a <i>new</i> & more"_s);
    const QString html = DiffHtml::fromTextDiff(diff, QPalette());
    QVERIFY(!html.contains(u"<b>bold"_s));
    QVERIFY(!html.contains(u"<i>"_s));
    // The marks come through as text (the word diff compares "<" and "i" separately).
    const QString plain = plainOf(html);
    QVERIFY2(plain.contains(u"<"_s) && plain.contains(u"& more"_s) && plain.contains(u"new"_s),
             qPrintable(plain));
}

void TestDiffHtml::contextLeavesOutFarLines()
{
    const TextDiff diff(numberedLines(20, 0), numberedLines(20, 10));
    const QString full = plainOf(DiffHtml::fromTextDiff(diff, QPalette()));
    QVERIFY(full.contains(u"Line 1 stays."_s) && full.contains(u"Line 20 stays."_s));
    QVERIFY(!full.contains(u"⋯"_s));
    const QString near = plainOf(DiffHtml::fromTextDiff(diff, QPalette(), 2));
    QVERIFY2(near.contains(u"Line 8 stays."_s) && near.contains(u"Line 12 stays."_s), qPrintable(near));
    QVERIFY(near.contains(u"edited"_s));
    QVERIFY(!near.contains(u"Line 7 stays."_s) && !near.contains(u"Line 13 stays."_s));
    QCOMPARE(near.count(u"⋯"_s), 2); // one before the change, one after
}

void TestDiffHtml::fieldChangesHaveHeadings()
{
    FieldChange text;
    text.key = u"commentary"_s;
    text.isText = true;
    text.oldValue = u"Old takeaway."_s;
    text.newValue = u"New takeaway."_s;
    text.diff = TextDiff(text.oldValue, text.newValue);
    FieldChange status;
    status.key = u"status"_s;
    status.oldValue = u"Draft"_s;
    status.newValue = u"Ready"_s;
    FieldChange slug;
    slug.key = u"slug"_s;
    slug.newValue = u"a-slug"_s;
    const QString html = DiffHtml::fromFieldChanges({ text, status, slug }, QPalette(),
                                                    [](const QString &key) { return u"[%1]"_s.arg(key); });
    const QString plain = plainOf(html);
    QVERIFY2(plain.contains(u"[commentary]"_s) && plain.contains(u"[status]"_s), qPrintable(plain));
    QVERIFY(plain.contains(u"Draft → Ready"_s));
    QVERIFY(plain.contains(u"(empty) → a-slug"_s));
    QVERIFY(plain.indexOf(u"[commentary]"_s) < plain.indexOf(u"[status]"_s));
}

void TestDiffHtml::followsThePalette()
{
    const TextDiff diff(u"one"_s, u"two"_s);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    QVERIFY(DiffHtml::fromTextDiff(diff, light) != DiffHtml::fromTextDiff(diff, dark));
    QVERIFY(DiffHtml::mutedParagraph(u"x"_s, light) != DiffHtml::mutedParagraph(u"x"_s, dark));
}

void TestDiffHtml::namesFields()
{
    QCOMPARE(fieldDisplayName(u"speaker_role"), u"Role at the time"_s);
    QCOMPARE(fieldDisplayName(u"biography"), u"Biography"_s);
    QCOMPARE(fieldDisplayName(u"no_such_field"), u"no_such_field"_s);
}

QTEST_MAIN(TestDiffHtml)
#include "tst_diffhtml.moc"
