// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionspanel.h"
#include "shot.h"
#include "store/revisions.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

const QString firstCommentary = u"## Takeaways\n\nSovereign clouds need local factories.\n"_s;
const QString secondCommentary = u"## Takeaways\n\nSovereign clouds need national factories.\n"_s;
const QString thirdCommentary =
    u"## Takeaways\n\nSovereign clouds need national factories.\n\nEvery ministry wants one.\n"_s;

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

} // namespace

class TestRevisionsPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listsRevisionsNewestFirst();
    void oldestShowsChangedWordsAgainstCurrent();
    void compareWithPrevious();
    void restoreEmitsTheSnapshotAfterConfirming();
    void enterAsksToRestore();
    void cancelEmitsNothing();
    void refreshShowsANewSave();
    void emptyStates_data();
    void emptyStates();
    void speakerRevisions();
    void followsThePalette();

private:
    QMessageBox *confirmation(RevisionsPanel &panel);

    std::unique_ptr<Test::TempLibrary> m_lib;
    Quote m_quote;
};

void TestRevisionsPanel::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_quote = Test::makeQuote();
    QString error;
    for (const QString &commentary : { firstCommentary, secondCommentary, thirdCommentary }) {
        m_quote.commentary = commentary;
        QVERIFY2(m_lib->library().save(m_quote, &error), qPrintable(error));
    }
}

void TestRevisionsPanel::cleanup()
{
    m_lib.reset();
}

// The confirmation the panel opened, once it shows; null when none came.
QMessageBox *TestRevisionsPanel::confirmation(RevisionsPanel &panel)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = panel.findChild<QMessageBox *>(u"confirmRestore"_s);
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void TestRevisionsPanel::listsRevisionsNewestFirst()
{
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Quote, m_quote.id);
    const QList<RevisionInfo> stored = RevisionStore(m_lib->library()).list(RecordType::Quote, m_quote.id);
    QCOMPARE(stored.size(), 3);
    auto *list = panel.findChild<QListWidget *>(u"revisionList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QCOMPARE(panel.revisionIds(), (QList<qint64> { stored.at(0).id, stored.at(1).id, stored.at(2).id }));
    QVERIFY(stored.at(0).id > stored.at(2).id);
    // Newest first, numbered from the oldest, labelled with the title, readable by a screen reader.
    QVERIFY(list->item(0)->text().contains(u"Revision 3"_s));
    QVERIFY(list->item(2)->text().contains(u"Revision 1"_s));
    QVERIFY(list->item(0)->text().contains(m_quote.title));
    QVERIFY(list->item(0)->data(Qt::AccessibleTextRole).toString().contains(m_quote.title));
    QCOMPARE(panel.selectedRevisionId(), stored.at(0).id);
    // The newest revision is what is saved now.
    QVERIFY(panel.findChild<QTextBrowser *>(u"diffView"_s)->toPlainText().contains(u"same as the current"_s));
}

void TestRevisionsPanel::oldestShowsChangedWordsAgainstCurrent()
{
    RevisionsPanel panel(&m_lib->library());
    panel.resize(420, 640);
    panel.setRecord(RecordType::Quote, m_quote.id);
    panel.selectRevision(panel.revisionIds().constLast());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString plain = panel.findChild<QTextBrowser *>(u"diffView"_s)->toPlainText();
    QVERIFY2(plain.contains(u"Commentary"_s), qPrintable(plain));
    QVERIFY(plain.contains(u"local"_s) && plain.contains(u"national"_s));
    QVERIFY(plain.contains(u"Every ministry wants one."_s));
    QVERIFY(!plain.contains(u"Quotation"_s)); // an unchanged field is not shown
    const QString html = panel.diffHtml();
    QVERIFY(html.contains(u"line-through"_s) && html.contains(u"underline"_s));
    saveShot(&panel, u"revisionspanel"_s);
}

void TestRevisionsPanel::compareWithPrevious()
{
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Quote, m_quote.id);
    auto *view = panel.findChild<QTextBrowser *>(u"diffView"_s);
    QVERIFY(!view->toPlainText().contains(u"ministry"_s)); // newest against current: nothing
    auto *compare = panel.findChild<QComboBox *>(u"compareWith"_s);
    compare->setCurrentIndex(compare->findData(int(RevisionsPanel::Comparison::Previous)));
    QCOMPARE(panel.comparison(), RevisionsPanel::Comparison::Previous);
    // The newest save added the last line and left "local" → "national" alone.
    QString plain = view->toPlainText();
    QVERIFY2(plain.contains(u"Every ministry wants one."_s), qPrintable(plain));
    QVERIFY(!plain.contains(u"local"_s));
    // The middle save is the one that changed the word.
    panel.selectRevision(panel.revisionIds().at(1));
    plain = view->toPlainText();
    QVERIFY2(plain.contains(u"local"_s) && plain.contains(u"national"_s), qPrintable(plain));
    QVERIFY(!plain.contains(u"ministry"_s));
}

void TestRevisionsPanel::restoreEmitsTheSnapshotAfterConfirming()
{
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Quote, m_quote.id);
    panel.selectRevision(panel.revisionIds().constLast());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy restore(&panel, &RevisionsPanel::restoreRequested);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"restoreButton"_s), Qt::LeftButton);
    QMessageBox *box = confirmation(panel);
    QVERIFY(box);
    QCOMPARE(restore.size(), 0); // nothing before the answer
    saveShot(box, u"revisionspanel-confirm"_s);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmRestoreButton"_s), Qt::LeftButton);
    QTRY_COMPARE(restore.size(), 1);
    QCOMPARE(restore.constFirst().at(0).value<RecordType>(), RecordType::Quote);
    QCOMPARE(restore.constFirst().at(1).toLongLong(), m_quote.id);
    const QJsonObject snapshot = restore.constFirst().at(2).toJsonObject();
    QCOMPARE(snapshot.value(u"commentary"_s).toString(), firstCommentary);
    // The panel only asks: the library still holds the newest commentary.
    QCOMPARE(m_lib->library().get<Quote>(m_quote.id)->commentary, thirdCommentary);
}

void TestRevisionsPanel::enterAsksToRestore()
{
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Quote, m_quote.id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setFocus();
    auto *list = panel.findChild<QListWidget *>(u"revisionList"_s);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(panel.selectedRevisionId(), panel.revisionIds().at(1));
    QSignalSpy restore(&panel, &RevisionsPanel::restoreRequested);
    QTest::keyClick(list, Qt::Key_Return);
    QMessageBox *box = confirmation(panel);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmRestoreButton"_s), Qt::LeftButton);
    QTRY_COMPARE(restore.size(), 1);
    QCOMPARE(restore.constFirst().at(2).toJsonObject().value(u"commentary"_s).toString(), secondCommentary);
}

void TestRevisionsPanel::cancelEmitsNothing()
{
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Quote, m_quote.id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy restore(&panel, &RevisionsPanel::restoreRequested);
    panel.requestRestore();
    QMessageBox *box = confirmation(panel);
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->findChild<QPushButton *>(u"cancelRestoreButton"_s));
    QTest::mouseClick(box->findChild<QPushButton *>(u"cancelRestoreButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!panel.findChild<QMessageBox *>(u"confirmRestore"_s));
    QCOMPARE(restore.size(), 0);
}

void TestRevisionsPanel::refreshShowsANewSave()
{
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Quote, m_quote.id);
    const qint64 chosen = panel.revisionIds().at(1);
    panel.selectRevision(chosen);
    m_quote.commentary = u"A fourth text."_s;
    QString error;
    QVERIFY2(m_lib->library().save(m_quote, &error), qPrintable(error));
    panel.refresh();
    QCOMPARE(panel.revisionIds().size(), 4);
    QCOMPARE(panel.selectedRevisionId(), chosen);
    QVERIFY(panel.findChild<QTextBrowser *>(u"diffView"_s)->toPlainText().contains(u"fourth"_s));
}

void TestRevisionsPanel::emptyStates_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("useUnrevisedQuote");
    QTest::addColumn<QString>("message");
    QTest::newRow("quote without revisions") << int(RecordType::Quote) << true << u"no revisions yet"_s;
    QTest::newRow("no record") << int(RecordType::Quote) << false << u"Choose a quote"_s;
    QTest::newRow("asset") << int(RecordType::Asset) << false << u"Only quotes, speakers and essays"_s;
}

void TestRevisionsPanel::emptyStates()
{
    QFETCH(int, type);
    QFETCH(bool, useUnrevisedQuote);
    QFETCH(QString, message);
    qint64 id = 0;
    if (useUnrevisedQuote) {
        Quote quote = Test::makeQuote(u"Words saved without a revision."_s);
        QString error;
        SaveOptions options;
        options.recordRevision = false;
        QVERIFY2(m_lib->library().save(quote, &error, options), qPrintable(error));
        id = quote.id;
    }
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Quote, m_quote.id); // something shown before
    panel.resize(360, 240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRecord(RecordType(type), id);
    auto *label = panel.findChild<QLabel *>(u"emptyState"_s);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QVERIFY(panel.revisionIds().isEmpty());
    QVERIFY(!panel.findChild<QPushButton *>(u"restoreButton"_s)->isEnabled());
    if (useUnrevisedQuote)
        saveShot(&panel, u"revisionspanel-empty"_s);
}

void TestRevisionsPanel::speakerRevisions()
{
    Speaker speaker = Test::makeSpeaker();
    QString error;
    speaker.headline = u"Builder of accelerated computing"_s;
    QVERIFY2(m_lib->library().save(speaker, &error), qPrintable(error));
    speaker.headline = u"Visionary leader behind Nvidia"_s;
    QVERIFY2(m_lib->library().save(speaker, &error), qPrintable(error));
    RevisionsPanel panel(&m_lib->library());
    panel.setRecord(RecordType::Speaker, speaker.id);
    QCOMPARE(panel.revisionIds().size(), 2);
    panel.selectRevision(panel.revisionIds().constLast());
    const QString plain = panel.findChild<QTextBrowser *>(u"diffView"_s)->toPlainText();
    QVERIFY2(plain.contains(u"Headline"_s), qPrintable(plain));
    QVERIFY(plain.contains(u"Builder"_s) && plain.contains(u"Visionary"_s));
    QSignalSpy restore(&panel, &RevisionsPanel::restoreRequested);
    panel.requestRestore();
    QMessageBox *box = confirmation(panel);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmRestoreButton"_s), Qt::LeftButton);
    QTRY_COMPARE(restore.size(), 1);
    QCOMPARE(restore.constFirst().at(0).value<RecordType>(), RecordType::Speaker);
    QCOMPARE(restore.constFirst().at(2).toJsonObject().value(u"headline"_s).toString(),
             u"Builder of accelerated computing"_s);
}

void TestRevisionsPanel::followsThePalette()
{
    RevisionsPanel panel(&m_lib->library());
    panel.resize(420, 640);
    panel.setRecord(RecordType::Quote, m_quote.id);
    panel.selectRevision(panel.revisionIds().constLast());
    const QString light = panel.diffHtml();
    panel.setPalette(darkPalette());
    QVERIFY(panel.diffHtml() != light);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    saveShot(&panel, u"revisionspanel-dark"_s);
}

QTEST_MAIN(TestRevisionsPanel)
#include "tst_revisionspanel.moc"
