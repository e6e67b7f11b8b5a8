// SPDX-License-Identifier: GPL-3.0-or-later
// The KDE Syntax Highlighting path of MarkdownEdit: only meaningful in a build that found
// KF6SyntaxHighlighting (Debian 13); elsewhere every test is skipped, saying why.
#include "highlightfixtures.h"
#include "markdownedit.h"
#include "markdownsyntax.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

QTextCharFormat formatAt(const QPlainTextEdit &edit, int line, int offset)
{
    return Test::HighlightFixtures::formatAt(edit.document(), line, offset);
}

// A new editor, in the light palette, holding a heading and a paragraph, once highlighted.
struct HighlightedEdit
{
    HighlightedEdit()
    {
        QApplication::setPalette(Test::HighlightFixtures::lightPalette());
        edit.setPlainText(u"# A heading\n\nSome body text.\n"_s);
    }
    bool isHighlighted() const
    {
        return !edit.document()->findBlockByNumber(0).layout()->formats().isEmpty();
    }
    MarkdownEdit edit;
};

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
    HighlightedEdit highlighted;
    const MarkdownEdit &edit = highlighted.edit;
    QTRY_VERIFY(highlighted.isHighlighted());
    const QTextCharFormat heading = formatAt(edit, 0, 4);
    const QTextCharFormat body = formatAt(edit, 2, 4);
    QVERIFY(heading != body);
}

void TestKSyntaxMarkdown::lightAndDarkDiffer()
{
    HighlightedEdit highlighted;
    const MarkdownEdit &edit = highlighted.edit;
    QTRY_VERIFY(highlighted.isHighlighted());
    const QTextCharFormat light = formatAt(edit, 0, 4);
    QApplication::setPalette(Test::HighlightFixtures::darkPalette());
    QTRY_VERIFY(formatAt(edit, 0, 4) != light);
}

QTEST_MAIN(TestKSyntaxMarkdown)
#include "tst_ksyntaxmarkdown.moc"
