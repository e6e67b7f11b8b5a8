// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout: what fits at the size it opens at, and what comes back after a
// restart (size, panes, docks, open tabs).
#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "mainwindowfixture.h"
#include "recordeditor.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.close(); }
    void layoutAndTabsComeBackAfterARestart();
    void defaultLayoutFitsTheWindow();

private:
    MainWindow *window() const { return m_fixture.window(); }

    Test::MainWindowFixture m_fixture;
};

void TestMainWindowLayout::init()
{
    QString error;
    QVERIFY2(m_fixture.open(&error), qPrintable(error));
}

void TestMainWindowLayout::layoutAndTabsComeBackAfterARestart()
{
    Library &library = m_fixture.library();
    QString error;
    Speaker speaker = Test::makeSpeaker(u"Grace Hopper"_s);
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    Quote quote = Test::makeQuote(u"Compute is infrastructure."_s);
    quote.speakerId = speaker.id;
    QVERIFY2(library.save(quote, &error), qPrintable(error));
    Essay essay;
    essay.title = u"Sovereign AI, once more"_s;
    QVERIFY2(library.save(essay, &error), qPrintable(error));

    QVERIFY(window()->openRecord(RecordType::Quote, quote.id));
    QVERIFY(window()->openRecord(RecordType::Essay, essay.id));
    QVERIFY(window()->openRecord(RecordType::Speaker, speaker.id));
    m_fixture.action(u"newQuoteAction"_s)->trigger(); // never saved: not opened again
    window()->editorTabs()->setCurrentIndex(2);
    window()->resize(1100, 720);
    window()->revisionsDock()->show();
    auto *splitter = window()->findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({ 180, 380, 500 });
    QCoreApplication::processEvents();
    const QList<int> sizes = splitter->sizes();
    QVERIFY2(library.trash(RecordType::Essay, essay.id, &error), qPrintable(error));
    QVERIFY2(library.purge(RecordType::Essay, essay.id, &error), qPrintable(error));

    QVERIFY2(m_fixture.restart(&error), qPrintable(error));
    QTRY_COMPARE(window()->size(), QSize(1100, 720));
    QVERIFY(window()->revisionsDock()->isVisible());
    splitter = window()->findChild<QSplitter *>(u"mainSplitter"_s);
    QCOMPARE(splitter->sizes(), sizes);

    // The saved records come back in their order, the one deleted since left out, and the
    // tab that was current is current again.
    QTabWidget *tabs = window()->editorTabs();
    QCOMPARE(tabs->count(), 2);
    const auto editorAt = [tabs](int i) {
        return qobject_cast<RecordEditor *>(tabs->widget(i));
    };
    QCOMPARE(editorAt(0)->document()->id(), quote.id);
    QCOMPARE(editorAt(1)->document()->type(), RecordType::Speaker);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY2(m_fixture.errors().isEmpty(), qPrintable(m_fixture.errors().join(u'\n')));

    // Another library opens without them.
    Test::TempLibrary other;
    QVERIFY2(other.open(), qPrintable(other.error()));
    MainWindow elsewhere(other.library(), m_fixture.settings());
    elsewhere.restoreOpenTabs();
    QCOMPARE(elsewhere.editorTabs()->count(), 0);
}

void TestMainWindowLayout::defaultLayoutFitsTheWindow()
{
    m_fixture.settings().setPreviewVisible(true);
    QString error;
    QVERIFY2(m_fixture.restart(&error), qPrintable(error));
    window()->resize(1280, 800);

    // The columns of the quotes list are as wide as their headers; the title takes the rest.
    auto *list = window()->findChild<QTableView *>(u"recordList"_s);
    RecordListModel *model = window()->listModel();
    QTRY_VERIFY(model->rowCount() > 0);
    QVERIFY(list->isColumnHidden(model->columnCount() - 1)); // "Updated"
    QVERIFY(list->isColumnHidden(model->columnCount() - 2)); // "Said on"
    for (int column = 1; column < model->columnCount(); ++column) {
        if (!list->isColumnHidden(column))
            QVERIFY2(list->columnWidth(column) >= list->horizontalHeader()->sectionSizeHint(column) - 30,
                     qPrintable(model->headerData(column, Qt::Horizontal).toString()));
    }
    QTRY_VERIFY2(list->columnWidth(0) >= 120, qPrintable(QString::number(list->columnWidth(0)))); // readable

    // With the Revisions dock open the editor keeps a usable width.
    QVERIFY(window()->openRecord(RecordType::Quote, model->idAt(0)));
    window()->revisionsDock()->show();
    QTRY_VERIFY2(window()->editorTabs()->width() >= 280,
                 qPrintable(QString::number(window()->editorTabs()->width())));
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
