// SPDX-License-Identifier: GPL-3.0-or-later
// The record browser on its own: the navigator's views, the list's filters, search, and the
// records it asks to open.
#include "document/recordlistmodel.h"
#include "recordbrowser.h"
#include "testsupport.h"
#include "trashview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestRecordBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void viewsListTheirRecords();
    void filtersNameTheLibrarysSpeakers();
    void activatingARowAsksToOpenIt();
    void searchListsHitsAndReturnOpensTheFirst();
    void searchResultsAreWalkedByKeyboard();
    void newMakesTheTermsListed();
    void aFilterThatCannotBeReadIsReported();

private:
    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<QWidget> m_window;
    RecordBrowser *m_browser = nullptr;
    Speaker m_huang;
    Speaker m_su;
    Quote m_quote;
};

void TestRecordBrowser::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    Library &library = m_lib->library();
    QString error;
    m_huang = Test::makeSpeaker(u"Jensen Huang"_s);
    QVERIFY2(library.save(m_huang, &error), qPrintable(error));
    m_su = Test::makeSpeaker(u"lisa Su"_s);
    QVERIFY2(library.save(m_su, &error), qPrintable(error));
    m_quote = Test::makeQuote(u"Countries now treat compute as infrastructure."_s);
    m_quote.speakerId = m_huang.id;
    QVERIFY2(library.save(m_quote, &error), qPrintable(error));

    m_window = std::make_unique<QWidget>();
    m_browser = new RecordBrowser(
        library, [](QWidget *, const QString &, const QString &) { return true; }, m_window.get());
    m_browser->showCurrentView();
}

void TestRecordBrowser::cleanup()
{
    m_window.reset();
    m_lib.reset();
}

void TestRecordBrowser::viewsListTheirRecords()
{
    QCOMPARE(m_browser->currentIndex(), int(RecordBrowser::ListPage));
    QCOMPARE(m_browser->listModel()->recordType(), RecordType::Quote);
    QTRY_COMPARE(m_browser->listModel()->totalCount(), 1);
    QCOMPARE(m_browser->countLabel()->text(), u"1 record(s)"_s);

    m_browser->showView(u"speakers"_s);
    QCOMPARE(m_browser->listModel()->recordType(), RecordType::Speaker);
    QTRY_COMPARE(m_browser->listModel()->totalCount(), 2);
    QCOMPARE(m_browser->navigator()->currentItem()->text(0), u"Speakers"_s);

    m_browser->showView(u"drafts"_s);
    QCOMPARE(m_browser->listModel()->recordType(), RecordType::Quote);
    QCOMPARE(m_browser->listModel()->statusFilter(), std::optional(WorkflowStatus::Draft));
    QCOMPARE(m_browser->findChild<QComboBox *>(u"statusFilter"_s)->currentText(),
             displayName(WorkflowStatus::Draft));

    QSignalSpy viewChanged(m_browser, &RecordBrowser::viewChanged);
    m_browser->showView(u"trash"_s);
    QCOMPARE(m_browser->currentIndex(), int(RecordBrowser::TrashPage));
    QCOMPARE(m_browser->currentWidget(), m_browser->trashView());
    QVERIFY(!viewChanged.isEmpty());
}

void TestRecordBrowser::filtersNameTheLibrarysSpeakers()
{
    auto *speakers = m_browser->findChild<QComboBox *>(u"speakerFilter"_s);
    QVERIFY(speakers);
    // The speakers are read when the person reaches the filter, not with the list.
    QCOMPARE(speakers->count(), 1);
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
    QCoreApplication::sendEvent(speakers, &focus);
    QCOMPARE(speakers->count(), 3);
    QCOMPARE(speakers->itemText(1), u"Jensen Huang"_s);
    QCOMPARE(speakers->itemText(2), u"lisa Su"_s); // sorted without regard to case
    QCOMPARE(speakers->itemData(2).toLongLong(), m_su.id);

    speakers->setCurrentIndex(2);
    Q_EMIT speakers->activated(2);
    QCOMPARE(m_browser->listModel()->speakerFilter(), std::optional<qint64>(m_su.id));
    QTRY_COMPARE(m_browser->listModel()->totalCount(), 0);
    speakers->setCurrentIndex(0);
    Q_EMIT speakers->activated(0);
    QCOMPARE(m_browser->listModel()->speakerFilter(), std::nullopt);
    QTRY_COMPARE(m_browser->listModel()->totalCount(), 1);

    m_browser->showView(u"speakers"_s);
    QVERIFY(speakers->isHidden());
}

void TestRecordBrowser::activatingARowAsksToOpenIt()
{
    QTRY_COMPARE(m_browser->listModel()->rowCount(), 1);
    QSignalSpy open(m_browser, &RecordBrowser::openRequested);
    QTableView *list = m_browser->list();
    list->setCurrentIndex(m_browser->listModel()->index(0, 0));
    Q_EMIT list->activated(list->currentIndex());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).value<RecordType>(), RecordType::Quote);
    QCOMPARE(open.first().at(1).toLongLong(), m_quote.id);

    QVERIFY(!m_browser->focusedRecord()); // the list does not have the focus
}

void TestRecordBrowser::searchListsHitsAndReturnOpensTheFirst()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy open(m_browser, &RecordBrowser::openRequested);
    QLineEdit *field = m_browser->searchField();
    QTest::keyClicks(field, u"infrastructure"_s);
    QTRY_COMPARE(m_browser->currentIndex(), int(RecordBrowser::SearchPage));
    auto *results = m_browser->findChild<QListWidget *>(u"searchResults"_s);
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->data(Qt::UserRole).toLongLong(), m_quote.id);
    QVERIFY(open.isEmpty());

    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(1).toLongLong(), m_quote.id);

    field->clear(); // an empty search shows the view again
    QTRY_COMPARE(m_browser->currentIndex(), int(RecordBrowser::ListPage));
}

void TestRecordBrowser::searchResultsAreWalkedByKeyboard()
{
    QString error;
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Quote quote;
        quote.text = u"Semiconductors, part %1."_s.arg(i);
        quote.speakerId = m_su.id;
        QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));
        ids << quote.id;
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy open(m_browser, &RecordBrowser::openRequested);
    QLineEdit *field = m_browser->searchField();
    field->setFocus();
    QTest::keyClicks(field, u"semiconductors"_s);
    QTRY_COMPARE(m_browser->currentIndex(), int(RecordBrowser::SearchPage));
    auto *results = m_browser->findChild<QListWidget *>(u"searchResults"_s);
    QCOMPARE(results->count(), 3);
    QCOMPARE(results->currentRow(), 0);

    // The arrow keys move through the hits while the focus stays in the field.
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(results->currentRow(), 2);
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(results->currentRow(), 1);
    QVERIFY(field->hasFocus());
    QCOMPARE(field->text(), u"semiconductors"_s);

    // Enter opens the hit chosen, not the first.
    const qint64 chosen = results->item(1)->data(Qt::UserRole).toLongLong();
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(1).toLongLong(), chosen);
    QVERIFY(ids.contains(chosen));

    // Typing again searches again: Enter then opens the first hit of the new search.
    QTest::keyClicks(field, u" 2"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().at(1).toLongLong(), ids.at(2));
}

void TestRecordBrowser::newMakesTheTermsListed()
{
    QCOMPARE(m_browser->newRecordType(), RecordType::Quote);
    m_browser->showView(u"tags"_s);
    QCOMPARE(m_browser->newRecordType(), RecordType::Tag);
    m_browser->showView(u"categories"_s);
    QCOMPARE(m_browser->newRecordType(), RecordType::Category);
    m_browser->showView(u"speakers"_s);
    QCOMPARE(m_browser->newRecordType(), RecordType::Quote);
}

void TestRecordBrowser::aFilterThatCannotBeReadIsReported()
{
    QSignalSpy errors(m_browser, &RecordBrowser::errorOccurred);
    m_lib->library().close();
    m_browser->showView(u"essays"_s);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().first().toString().contains(u"Could not list the categories"_s),
             qPrintable(errors.first().first().toString()));
}

QTEST_MAIN(TestRecordBrowser)
#include "tst_recordbrowser.moc"
