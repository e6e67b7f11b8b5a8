// SPDX-License-Identifier: GPL-3.0-or-later
// The KDE Syntax Highlighting path of MarkdownEdit: only meaningful in a build that found
// KF6SyntaxHighlighting (Debian 13); elsewhere every test is skipped, saying why.
#include "markdownedit.h"
#include "markdownsyntax.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

QPalette paletteWith(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette palette(window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

// The formats of the character at @p offset of line @p line, as a comparable list.
QTextCharFormat formatAt(const QPlainTextEdit &edit, int line, int offset)
{
    const QTextBlock block = edit.document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestKSyntaxMarkdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void headingDiffersFromBody();
    void lightAndDarkDiffer();
};

void TestKSyntaxMarkdown::init()
{
    if (!MarkdownSyntax::usesKSyntaxHighlighting())
        QSKIP("This build has no KF6SyntaxHighlighting (it needs Qt 6.5 or later, e.g. Debian 13): the "
              "built-in highlighter is tested by tst_markdownhighlighter instead.");
}

void TestKSyntaxMarkdown::headingDiffersFromBody()
{
    QApplication::setPalette(paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black));
    MarkdownEdit edit;
    edit.setPlainText(u"# A heading\n\nSome body text.\n"_s);
    QTRY_VERIFY(!edit.document()->findBlockByNumber(0).layout()->formats().isEmpty());
    const QTextCharFormat heading = formatAt(edit, 0, 4);
    const QTextCharFormat body = formatAt(edit, 2, 4);
    QVERIFY(heading != body);
}

void TestKSyntaxMarkdown::lightAndDarkDiffer()
{
    QApplication::setPalette(paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black));
    MarkdownEdit edit;
    edit.setPlainText(u"# A heading\n\nSome body text.\n"_s);
    QTRY_VERIFY(!edit.document()->findBlockByNumber(0).layout()->formats().isEmpty());
    const QTextCharFormat light = formatAt(edit, 0, 4);
    QApplication::setPalette(
        paletteWith(QColor(0x2b, 0x2b, 0x2b), QColor(0x1e, 0x1e, 0x1e), QColor(0xe0, 0xe0, 0xe0)));
    QTRY_VERIFY(formatAt(edit, 0, 4) != light);
}

QTEST_MAIN(TestKSyntaxMarkdown)
#include "tst_ksyntaxmarkdown.moc"
