// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"
#include "shot.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestConflictDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheDiff();
    void eachButtonYieldsItsChoice_data();
    void eachButtonYieldsItsChoice();
    void escapeCancels();
    void saysWhatTakingBringsBack();
    void followsThePalette();

private:
    static PublishConflict conflict()
    {
        PublishConflict c;
        c.remoteId = 42;
        c.recordedModifiedGmt = u"2026-03-01T10:00:00"_s;
        c.siteModifiedGmt = u"2026-03-02T08:30:00"_s;
        c.siteTitle = u"Quote: Jensen Huang, chief executive of Nvidia"_s;
        c.localTitle = u"Quote: Jensen Huang, founder of Nvidia"_s;
        c.siteExcerpt = u"Why the chip maker sees sovereign AI as infrastructure."_s;
        c.localExcerpt = c.siteExcerpt;
        c.siteContent = u"<!-- wp:paragraph -->\n<p>Every country will build its own AI factories.</p>\n"
                        "<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>A line the site added.</p>\n"
                        "<!-- /wp:paragraph -->"_s;
        c.localContent = u"<!-- wp:paragraph -->\n<p>Every nation will build its own AI factories.</p>\n"
                         "<!-- /wp:paragraph -->"_s;
        return c;
    }
};

void TestConflictDialog::showsTheDiff()
{
    ConflictDialog dialog(conflict());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString plain = dialog.findChild<QTextBrowser *>(u"diffView"_s)->toPlainText();
    // Both versions of the changed words, the line only the site has, and no block delimiters.
    QVERIFY2(plain.contains(u"chief executive"_s) && plain.contains(u"founder"_s), qPrintable(plain));
    QVERIFY(plain.contains(u"country"_s) && plain.contains(u"nation"_s));
    QVERIFY(plain.contains(u"A line the site added."_s));
    QVERIFY(!plain.contains(u"wp:paragraph"_s));
    QVERIFY(plain.contains(u"The same on the site and here."_s)); // the excerpt
    const QString html = dialog.diffHtml();
    QVERIFY(html.contains(u"line-through"_s));
    QVERIFY(html.contains(u"underline"_s));
    saveShot(&dialog, u"conflictdialog"_s);
}

void TestConflictDialog::eachButtonYieldsItsChoice_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<ConflictDialog::Choice>("choice");
    QTest::addColumn<int>("result");
    QTest::newRow("overwrite") << u"overwriteButton"_s << ConflictDialog::Choice::Overwrite
                               << int(QDialog::Accepted);
    QTest::newRow("take") << u"takeButton"_s << ConflictDialog::Choice::TakeSiteVersion
                          << int(QDialog::Accepted);
    QTest::newRow("cancel") << u"cancelButton"_s << ConflictDialog::Choice::Cancel << int(QDialog::Rejected);
}

void TestConflictDialog::eachButtonYieldsItsChoice()
{
    QFETCH(QString, button);
    QFETCH(ConflictDialog::Choice, choice);
    QFETCH(int, result);
    ConflictDialog dialog(conflict());
    QSignalSpy chosen(&dialog, &ConflictDialog::chosen);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *b = dialog.findChild<QPushButton *>(button);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().constFirst().value<ConflictDialog::Choice>(), choice);
    QCOMPARE(dialog.choice(), choice);
    QCOMPARE(dialog.result(), result);
    QVERIFY(!dialog.isVisible());
    if (choice == ConflictDialog::Choice::TakeSiteVersion)
        QCOMPARE(dialog.conflict().siteTitle, conflict().siteTitle);
}

void TestConflictDialog::saysWhatTakingBringsBack()
{
    ConflictDialog dialog(conflict());
    SiteVersion version;
    version.quotation = u"Words"_s;
    version.notes << u"The speaker profile is not changed."_s;
    dialog.setSiteVersion(version);
    const QString note = dialog.takeNote();
    QVERIFY2(note.startsWith(u"Taking the site's version brings back: title, excerpt"_s)
                 && note.contains(u"quotation.\n• The speaker profile is not changed."_s)
                 && !note.contains(u"commentary"_s),
             qPrintable(note));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveShot(&dialog, u"conflictdialog-take-note"_s);
}

void TestConflictDialog::escapeCancels()
{
    ConflictDialog dialog(conflict());
    QSignalSpy chosen(&dialog, &ConflictDialog::chosen);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::focusWidget() == nullptr, false);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().constFirst().value<ConflictDialog::Choice>(),
             ConflictDialog::Choice::Cancel);
    QVERIFY(!dialog.isVisible());
}

void TestConflictDialog::followsThePalette()
{
    ConflictDialog dialog(conflict());
    const QString light = dialog.diffHtml();
    QPalette dark = dialog.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dialog.setPalette(dark);
    QVERIFY(dialog.diffHtml() != light);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveShot(&dialog, u"conflictdialog-dark"_s);
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
