// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About QuoteDesk: where it is in the window, and the facts it shows and copies.
#include "aboutdialog.h"
#include "mainwindow.h"
#include "markdownsyntax.h"
#include "settings.h"
#include "store/library.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestAbout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void engineVersionNamesSqlite();
    void helpMenuIsLastAndOpensTheDialog();
    void dialogShowsVersionsLicenceAndLibrary();
    void copyPutsTheFactsOnTheClipboard();
};

void TestAbout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(u"7.8.9"_s);
}

void TestAbout::engineVersionNamesSqlite()
{
    Test::TempLibrary lib;
    QVERIFY2(lib.open(), qPrintable(lib.error()));
    const QString version = lib.library().engineVersion();
    QVERIFY2(version.startsWith(u"SQLite 3."_s), qPrintable(version));
    Library closed;
    QVERIFY(closed.engineVersion().isEmpty());
}

void TestAbout::helpMenuIsLastAndOpensTheDialog()
{
    Test::TempLibrary lib;
    QVERIFY2(lib.open(), qPrintable(lib.error()));
    Settings settings;
    MainWindow window(lib.library(), settings);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QMenu *help = menus.last()->menu();
    QVERIFY(help);
    QCOMPARE(help->objectName(), u"helpMenu"_s);
    auto *about = window.findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    QVERIFY(help->actions().contains(about));

    // The dialog is modal: look at it and close it from inside its own event loop.
    QString shownPath;
    QTimer::singleShot(0, &window, [&] {
        if (auto *dialog = window.findChild<AboutDialog *>(u"aboutDialog"_s))
            shownPath = dialog->facts();
        // Whatever is modal now goes, so a missing dialog fails the test rather than hangs it.
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    about->trigger();
    QVERIFY2(shownPath.contains(lib.path()), qPrintable(shownPath));
}

void TestAbout::dialogShowsVersionsLicenceAndLibrary()
{
    AboutDialog dialog(u"/srv/team/posts.qdlib"_s, u"SQLite 3.99.1"_s);
    const QString facts = dialog.facts();
    QVERIFY2(facts.contains(u"Version: 7.8.9"_s), qPrintable(facts));
    QVERIFY2(facts.contains(u"GPL-3.0-or-later"_s), qPrintable(facts));
    QVERIFY2(facts.contains(u"Qt: "_s + QString::fromLatin1(qVersion())), qPrintable(facts));
    QVERIFY2(facts.contains(u"Database: SQLite 3.99.1"_s), qPrintable(facts));
    QVERIFY2(facts.contains(u"Library file: /srv/team/posts.qdlib"_s), qPrintable(facts));
    if (MarkdownSyntax::usesKSyntaxHighlighting())
        QVERIFY2(facts.contains(u"KF6 SyntaxHighlighting: KSyntaxHighlighting 6."_s), qPrintable(facts));
    else
        QVERIFY2(facts.contains(u"KF6 SyntaxHighlighting: not in this build"_s), qPrintable(facts));
    // Every fact is on screen, selectable for a bug report.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    bool pathShown = false;
    for (const QLabel *label : labels)
        pathShown = pathShown
            || (label->text() == u"/srv/team/posts.qdlib"_s
                && (label->textInteractionFlags() & Qt::TextSelectableByMouse));
    QVERIFY(pathShown);
}

void TestAbout::copyPutsTheFactsOnTheClipboard()
{
    AboutDialog dialog(u"/tmp/a.qdlib"_s, u"SQLite 3.40.1"_s);
    auto *copy = dialog.findChild<QPushButton *>(u"copyButton"_s);
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog.facts());
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
