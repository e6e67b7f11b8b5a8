// SPDX-License-Identifier: GPL-3.0-or-later
// MarkdownEdit: formatting actions (text and one undo step each), highlighting that follows
// the application palette, asset drops, keyboard navigation.
#include "highlightfixtures.h"
#include "markdownedit.h"
#include "markdownsyntax.h"

#include <QAction>
#include <QApplication>
#include <QMimeData>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
using QuoteDesk::Test::HighlightFixtures::darkPalette;
using QuoteDesk::Test::HighlightFixtures::lightPalette;
namespace HighlightFixtures = QuoteDesk::Test::HighlightFixtures;

Q_DECLARE_METATYPE(QuoteDesk::MarkdownEdit::Format)

namespace {

QTextCharFormat formatAt(const QPlainTextEdit &edit, int line, int offset)
{
    return HighlightFixtures::formatAt(edit.document(), line, offset);
}

void select(QPlainTextEdit &edit, int from, int to)
{
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    edit.setTextCursor(cursor);
}

// Sends a drag of @p mime onto the start of line @p line and drops it there.
void dropAt(MarkdownEdit &edit, int line, QMimeData *mime)
{
    const QPointF position = edit.cursorRect(QTextCursor(edit.document()->findBlockByNumber(line))).center();
    QDragEnterEvent enter(position.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit.viewport(), &enter);
    QDragMoveEvent move(position.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit.viewport(), &move);
    QDropEvent drop(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit.viewport(), &drop);
}

} // namespace

class TestMarkdownEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void actionsHaveShortcuts();
    void formatting_data();
    void formatting();
    void shortcutFormatsSelection();
    void headingFollowsApplicationPalette();
    void dropInsertsAssetImages();
    void dropOfAssetUrls();
    void tabMovesFocus();
    void headingAtCursor();
};

void TestMarkdownEdit::init()
{
    QApplication::setPalette(lightPalette());
}

void TestMarkdownEdit::actionsHaveShortcuts()
{
    MarkdownEdit edit;
    const QList<QAction *> actions = edit.formattingActions();
    QCOMPARE(actions.size(), 8);
    const QStringList expected { u"Ctrl+B"_s, u"Ctrl+I"_s, u"Ctrl+K"_s,       u"Ctrl+1"_s,
                                 u"Ctrl+2"_s, u"Ctrl+3"_s, u"Ctrl+Shift+8"_s, u"Ctrl+Shift+7"_s };
    for (int i = 0; i < actions.size(); ++i) {
        QCOMPARE(actions.at(i)->shortcut().toString(QKeySequence::PortableText), expected.at(i));
        QVERIFY(!actions.at(i)->text().isEmpty());
        QVERIFY(edit.actions().contains(actions.at(i)));
    }
}

void TestMarkdownEdit::formatting_data()
{
    using F = MarkdownEdit::Format;
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<F>("format");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bold wraps the selection")
        << u"make it bold"_s << 8 << 12 << F::Bold << u"make it **bold**"_s;
    QTest::newRow("bold again unwraps") << u"make it **bold**"_s << 10 << 14 << F::Bold << u"make it bold"_s;
    QTest::newRow("bold unwraps a selection with its markers")
        << u"**bold**"_s << 0 << 8 << F::Bold << u"bold"_s;
    QTest::newRow("bold without selection takes the word")
        << u"make it bold"_s << 9 << 9 << F::Bold << u"make it **bold**"_s;
    QTest::newRow("bold on nothing inserts markers") << u"a  b"_s << 2 << 2 << F::Bold << u"a **** b"_s;
    QTest::newRow("italic") << u"an idea"_s << 3 << 7 << F::Italic << u"an *idea*"_s;
    QTest::newRow("italic again unwraps") << u"an *idea*"_s << 4 << 8 << F::Italic << u"an idea"_s;
    QTest::newRow("italic inside bold adds emphasis") << u"**x**"_s << 2 << 3 << F::Italic << u"***x***"_s;
    QTest::newRow("link around text") << u"see docs"_s << 4 << 8 << F::Link << u"see [docs](https://)"_s;
    QTest::newRow("link around a URL")
        << u"https://example.com"_s << 0 << 19 << F::Link << u"[link text](https://example.com)"_s;
    QTest::newRow("link on nothing") << u""_s << 0 << 0 << F::Link << u"[link text](https://)"_s;
    QTest::newRow("heading 1") << u"Title"_s << 2 << 2 << F::Heading1 << u"# Title"_s;
    QTest::newRow("heading 2 replaces heading 1") << u"# Title"_s << 3 << 3 << F::Heading2 << u"## Title"_s;
    QTest::newRow("heading 2 again removes it") << u"## Title"_s << 4 << 4 << F::Heading2 << u"Title"_s;
    QTest::newRow("heading 3 on the second line")
        << u"Intro\nPart"_s << 7 << 7 << F::Heading3 << u"Intro\n### Part"_s;
    QTest::newRow("bullets on every non-blank line")
        << u"one\ntwo\n\nthree"_s << 0 << 14 << F::BulletList << u"- one\n- two\n\n- three"_s;
    QTest::newRow("bullets again remove them")
        << u"- one\n- two"_s << 0 << 11 << F::BulletList << u"one\ntwo"_s;
    QTest::newRow("numbers replace bullets")
        << u"- one\n- two"_s << 0 << 11 << F::NumberedList << u"1. one\n2. two"_s;
    QTest::newRow("numbers again remove them")
        << u"1. one\n2. two"_s << 0 << 13 << F::NumberedList << u"one\ntwo"_s;
    QTest::newRow("nested item keeps its indentation")
        << u"- top\n  - nested"_s << 8 << 8 << F::NumberedList << u"- top\n  1. nested"_s;
    QTest::newRow("selection ending at a line start leaves that line")
        << u"one\ntwo"_s << 0 << 4 << F::BulletList << u"- one\ntwo"_s;
}

void TestMarkdownEdit::formatting()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(MarkdownEdit::Format, format);
    QFETCH(QString, expected);

    MarkdownEdit edit;
    edit.setPlainText(text);
    QCOMPARE(edit.document()->availableUndoSteps(), 0);
    select(edit, from, to);
    edit.action(format)->trigger();
    QCOMPARE(edit.toPlainText(), expected);
    // One undo takes the whole edit back, and leaves nothing else to undo.
    edit.undo();
    QCOMPARE(edit.toPlainText(), text);
    QVERIFY(!edit.document()->isUndoAvailable());
    edit.redo();
    QCOMPARE(edit.toPlainText(), expected);
}

void TestMarkdownEdit::shortcutFormatsSelection()
{
    MarkdownEdit edit;
    edit.setPlainText(u"make it bold"_s);
    edit.show();
    edit.activateWindow();
    edit.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    select(edit, 8, 12);
    QTest::keyClick(&edit, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(edit.toPlainText(), u"make it **bold**"_s);
    QCOMPARE(edit.textCursor().selectedText(), u"bold"_s);
}

void TestMarkdownEdit::headingFollowsApplicationPalette()
{
    MarkdownEdit edit;
    edit.setPlainText(u"# A heading\n\nSome body text."_s);
    const QTextCharFormat light = formatAt(edit, 0, 4);
    QVERIFY(light != formatAt(edit, 2, 4));
    QVERIFY(!MarkdownSyntax::isDark(edit.palette()));

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(MarkdownSyntax::isDark(edit.palette()));
    QTRY_VERIFY(formatAt(edit, 0, 4) != light);
    const QTextCharFormat dark = formatAt(edit, 0, 4);
    QVERIFY(dark != formatAt(edit, 2, 4));

    QApplication::setPalette(lightPalette());
    QTRY_COMPARE(formatAt(edit, 0, 4), light);
}

void TestMarkdownEdit::dropInsertsAssetImages()
{
    MarkdownEdit edit;
    edit.resize(400, 300);
    edit.setPlainText(u"Intro\n\nOutro"_s);
    edit.setAltTextProvider([](qint64 id) { return id == 7 ? u"Chart [2025]"_s : QString(); });
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));

    auto *mime = new QMimeData;
    mime->setData(QLatin1StringView(MarkdownEdit::AssetIdMimeType), "7\n9\n");
    dropAt(edit, 1, mime);
    QCOMPARE(edit.toPlainText(), u"Intro\n![Chart \\[2025\\]](asset:7)\n![](asset:9)\nOutro"_s);
    edit.undo();
    QCOMPARE(edit.toPlainText(), u"Intro\n\nOutro"_s);
    delete mime;
}

void TestMarkdownEdit::dropOfAssetUrls()
{
    MarkdownEdit edit;
    edit.resize(400, 300);
    edit.setPlainText(u"Text"_s);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));

    QMimeData assets;
    assets.setUrls({ QUrl(u"asset:12"_s) });
    dropAt(edit, 0, &assets);
    QCOMPARE(edit.toPlainText(), u"![](asset:12)Text"_s);

    // A web address is ordinary text, not an image of the library.
    edit.setPlainText(u"Text"_s);
    QMimeData web;
    web.setUrls({ QUrl(u"https://example.com/a.png"_s) });
    web.setText(u"https://example.com/a.png"_s);
    dropAt(edit, 0, &web);
    QCOMPARE(edit.toPlainText(), u"https://example.com/a.pngText"_s);
}

void TestMarkdownEdit::tabMovesFocus()
{
    QWidget window;
    auto *edit = new MarkdownEdit(&window);
    auto *next = new MarkdownEdit(&window);
    next->move(0, 200);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    QVERIFY(edit->toPlainText().isEmpty());
}

void TestMarkdownEdit::headingAtCursor()
{
    MarkdownEdit edit;
    QCOMPARE(edit.headingAtCursor(), QString());
    edit.setPlainText(u"# Intro\n\ntext\n\n```\n# not a heading\n```\n## Part *two* ##\n\nbody"_s);
    const auto cursorOn = [&](int line) {
        edit.setTextCursor(QTextCursor(edit.document()->findBlockByNumber(line)));
        return edit.headingAtCursor();
    };
    QCOMPARE(cursorOn(0), u"Intro"_s);
    QCOMPARE(cursorOn(2), u"Intro"_s);
    QCOMPARE(cursorOn(5), u"Intro"_s);
    QCOMPARE(cursorOn(7), u"Part *two*"_s);
    QCOMPARE(cursorOn(9), u"Part *two*"_s);
}

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
