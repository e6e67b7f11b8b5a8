// SPDX-License-Identifier: GPL-3.0-or-later
// Categories and tags in editor tabs of their own: made with File ▸ New while their list is
// shown, renamed with undo and redo, saved, their users listed, and kept while used.
#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "mainwindow.h"
#include "publish/publishinputs.h"
#include "publish/syncstate.h"
#include "publish/wppayload.h"
#include "quickopendialog.h"
#include "recordeditor.h"
#include "recordpicker.h"
#include "settings.h"
#include "termsedit.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestTermEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newCategoryFromTheFileMenu();
    void renameUndoRedoSaveShowsInTheQuote();
    void renameMarksPublishedPostsChangedHere();
    void listAndQuickOpenOpenTerms();
    void aLibraryThatCannotBeReadIsSaidSo();
    void usedTermIsNotTrashed();
    void categoryCannotBeItsOwnAncestor();
    void tagEditorHasNoParent();

private:
    void trigger(const QString &actionName);
    RecordEditor *editor() const { return m_window->currentEditor(); }
    QLineEdit *line(const QString &key) const
    {
        return editor() ? qobject_cast<QLineEdit *>(editor()->fieldWidget(key)) : nullptr;
    }
    void retype(const QString &key, const QString &text);

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    Category m_markets;
    Tag m_chips;
    Quote m_quote;
};

void TestTermEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTermEditor::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    Library &library = m_lib->library();
    QString error;
    m_markets = Category {};
    m_markets.name = u"Markets"_s;
    m_markets.slug = u"markets"_s;
    QVERIFY2(library.save(m_markets, &error), qPrintable(error));
    m_chips = Tag {};
    m_chips.name = u"Chips"_s;
    m_chips.slug = u"chips"_s;
    QVERIFY2(library.save(m_chips, &error), qPrintable(error));
    m_quote = Test::makeQuote();
    m_quote.title = u"Quote: on infrastructure"_s;
    m_quote.categoryIds = { m_markets.id };
    m_quote.tagIds = { m_chips.id };
    QVERIFY2(library.save(m_quote, &error), qPrintable(error));

    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600); // saves in these tests are explicit
    m_settings->setPreviewVisible(true);
    m_window = std::make_unique<MainWindow>(library, *m_settings);
    m_errors.clear();
    m_window->setDialogs({
        [](QWidget *, const QString &, const QString &) { return true; },
        [this](QWidget *, const QString &text) { m_errors << text; },
        [](QWidget *, const QStringList &) { return QMessageBox::Discard; },
        [](QWidget *, const QStringList &) { return QMessageBox::Cancel; },
        [](QWidget *, const QString &, const QString &) { return QString(); },
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTermEditor::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestTermEditor::trigger(const QString &actionName)
{
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY2(action->isEnabled(), qPrintable(actionName));
    action->trigger();
}

void TestTermEditor::retype(const QString &key, const QString &text)
{
    QLineEdit *edit = line(key);
    QVERIFY2(edit, qPrintable(key));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestTermEditor::newCategoryFromTheFileMenu()
{
    m_window->showNavigatorView(u"categories"_s);
    auto *newAction = m_window->findChild<QAction *>(u"newQuoteAction"_s);
    QVERIFY(newAction);
    QCOMPARE(newAction->text(), MainWindow::tr("New &Category"));
    trigger(u"newQuoteAction"_s);
    QVERIFY(editor());
    QCOMPARE(editor()->document()->type(), RecordType::Category);
    QVERIFY(line(u"name"_s)->hasFocus());
    QVERIFY(editor()->fieldWidget(u"parent_id"_s));
    QVERIFY(editor()->usedByList());

    QTest::keyClicks(line(u"name"_s), u"Semiconductor supply"_s);
    QCOMPARE(line(u"slug"_s)->text(), u"semiconductor-supply"_s); // follows the name
    trigger(u"saveAction"_s);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(m_lib->library().count(RecordType::Category), 2);
    const auto saved = m_lib->library().get<Category>(editor()->document()->id());
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Semiconductor supply"_s);
    QCOMPARE(saved->slug, u"semiconductor-supply"_s);
    QCOMPARE(m_window->editorTabs()->tabText(m_window->editorTabs()->currentIndex()), saved->name);
    QTRY_COMPARE(m_window->listModel()->totalCount(), 2); // the list follows the save

    // The tags view makes a tag; the other views a quote again.
    m_window->showNavigatorView(u"tags"_s);
    QCOMPARE(newAction->text(), MainWindow::tr("New &Tag"));
    trigger(u"newQuoteAction"_s);
    QCOMPARE(editor()->document()->type(), RecordType::Tag);
    m_window->showNavigatorView(u"quotes"_s);
    QCOMPARE(newAction->text(), MainWindow::tr("New &Quote"));
    trigger(u"newQuoteAction"_s);
    QCOMPARE(editor()->document()->type(), RecordType::Quote);
}

void TestTermEditor::renameUndoRedoSaveShowsInTheQuote()
{
    QVERIFY(m_window->openRecord(RecordType::Category, m_markets.id));
    RecordDocument *document = editor()->document();
    QCOMPARE(line(u"name"_s)->text(), u"Markets"_s);
    QCOMPARE(line(u"slug"_s)->text(), u"markets"_s);

    retype(u"name"_s, u"Global markets"_s);
    QCOMPARE(line(u"slug"_s)->text(), u"global-markets"_s);
    QVERIFY(document->isModified());
    document->undoStack()->undo();
    QCOMPARE(line(u"name"_s)->text(), u"Markets"_s);
    QCOMPARE(line(u"slug"_s)->text(), u"markets"_s);
    QVERIFY(!document->isModified());
    document->undoStack()->redo();
    QCOMPARE(line(u"name"_s)->text(), u"Global markets"_s);
    QCOMPARE(line(u"slug"_s)->text(), u"global-markets"_s);

    // A slug typed by hand stays when the name changes again.
    retype(u"slug"_s, u"markets-worldwide"_s);
    retype(u"name"_s, u"World markets"_s);
    QCOMPARE(line(u"slug"_s)->text(), u"markets-worldwide"_s);

    trigger(u"saveAction"_s);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QVERIFY(!document->isModified());
    const auto saved = m_lib->library().get<Category>(m_markets.id);
    QCOMPARE(saved->name, u"World markets"_s);
    QCOMPARE(saved->slug, u"markets-worldwide"_s);

    // The used-by list leads to the quote, which shows the new name.
    QListWidget *usedBy = editor()->usedByList();
    QCOMPARE(usedBy->count(), 1);
    QVERIFY(usedBy->item(0)->text().contains(m_quote.title));
    usedBy->setFocus();
    usedBy->setCurrentRow(0);
    QTest::keyClick(usedBy, Qt::Key_Return);
    QCOMPARE(editor()->document()->type(), RecordType::Quote);
    QCOMPARE(editor()->document()->id(), m_quote.id);
    auto *terms = qobject_cast<TermsEdit *>(editor()->fieldWidget(u"categories"_s));
    QVERIFY(terms);
    QCOMPARE(terms->text(), u"World markets"_s);

    // An open quote follows a later rename as soon as it is saved.
    QVERIFY(m_window->openRecord(RecordType::Category, m_markets.id));
    retype(u"name"_s, u"Markets"_s);
    trigger(u"saveAction"_s);
    QTRY_COMPARE(terms->text(), u"Markets"_s);
}

void TestTermEditor::renameMarksPublishedPostsChangedHere()
{
    // The quote as it was sent to a site.
    Library &library = m_lib->library();
    QString error;
    Site site;
    site.name = u"Firm site"_s;
    site.baseUrl = u"https://example.org"_s;
    site.userName = u"editor"_s;
    QVERIFY2(library.save(site, &error), qPrintable(error));
    const auto input = PublishInputs::load(library, RecordType::Quote, m_quote.id, &error);
    QVERIFY2(input, qPrintable(error));
    Publication publication;
    publication.recordType = u"quote"_s;
    publication.recordId = m_quote.id;
    publication.siteId = site.id;
    publication.remoteId = 100;
    publication.remoteModifiedGmt = u"2026-01-01T10:00:00"_s;
    publication.contentHash = WpPayload::contentHash(*input);
    publication.syncedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(library.save(publication, &error), qPrintable(error));

    RecordListModel model(library);
    model.setSyncSite(site.id);
    const auto state = [&] {
        model.reload();
        return SyncState(model.index(model.rowOfId(m_quote.id), model.syncColumn())
                             .data(RecordListModel::SyncStateRole)
                             .toInt());
    };
    QCOMPARE(state(), SyncState::UpToDate);

    // The tag is sent by name: renaming it changes what the post would send.
    QVERIFY(m_window->openRecord(RecordType::Tag, m_chips.id));
    retype(u"name"_s, u"Semiconductors"_s);
    QCOMPARE(state(), SyncState::UpToDate); // not saved yet
    trigger(u"saveAction"_s);
    QCOMPARE(state(), SyncState::ChangedHere);
}

void TestTermEditor::listAndQuickOpenOpenTerms()
{
    m_window->showNavigatorView(u"tags"_s);
    auto *list = m_window->findChild<QTableView *>(u"recordList"_s);
    QVERIFY(list);
    QTRY_COMPARE(m_window->listModel()->totalCount(), 1);
    list->setFocus();
    list->setCurrentIndex(m_window->listModel()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(editor());
    QCOMPARE(editor()->document()->type(), RecordType::Tag);
    QCOMPARE(editor()->document()->id(), m_chips.id);

    QuickOpenDialog dialog(m_lib->library());
    QSignalSpy chosen(&dialog, &QuickOpenDialog::recordChosen);
    auto *field = dialog.findChild<QLineEdit *>(u"quickOpenField"_s);
    QVERIFY(field);
    QTest::keyClicks(field, u"Market"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).value<RecordType>(), RecordType::Category);
    QCOMPARE(chosen.first().at(1).toLongLong(), m_markets.id);
}

void TestTermEditor::aLibraryThatCannotBeReadIsSaidSo()
{
    Test::TempLibrary broken;
    QVERIFY2(broken.open(), qPrintable(broken.error()));
    broken->close();

    QuickOpenDialog dialog(broken.library());
    auto *problem = dialog.findChild<QLabel *>(u"quickOpenProblem"_s);
    QVERIFY(problem);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(u"Could not search the library"_s), qPrintable(problem->text()));
    QCOMPARE(dialog.findChild<QListWidget *>(u"quickOpenResults"_s)->count(), 0);

    TermsEdit terms(broken.library(), RecordType::Tag);
    QSignalSpy errors(&terms, &TermsEdit::errorOccurred);
    QVERIFY(errors.wait()); // queued, so that whoever builds the form hears it
    QVERIFY2(errors.first().first().toString().contains(u"Could not read the library’s tags"_s),
             qPrintable(errors.first().first().toString()));

    RecordPicker picker(broken.library(), RecordType::Speaker);
    QSignalSpy pickerErrors(&picker, &RecordPicker::errorOccurred);
    QVERIFY(pickerErrors.wait());
    QVERIFY(pickerErrors.first().first().toString().contains(u"Could not read the names"_s));
}

void TestTermEditor::usedTermIsNotTrashed()
{
    QVERIFY(m_window->openRecord(RecordType::Tag, m_chips.id));
    trigger(u"trashAction"_s);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(m_quote.title), qPrintable(m_errors.first()));
    QVERIFY2(m_errors.first().contains(u"Chips"_s), qPrintable(m_errors.first()));
    QVERIFY(!m_lib->library().get<Tag>(m_chips.id)->isTrashed());
    QCOMPARE(m_window->editorTabs()->count(), 1);

    // Once no quote uses it, it goes.
    QString error;
    m_quote.tagIds.clear();
    QVERIFY2(m_lib->library().save(m_quote, &error), qPrintable(error));
    m_errors.clear();
    trigger(u"trashAction"_s);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QVERIFY(m_lib->library().get<Tag>(m_chips.id)->isTrashed());
    QCOMPARE(m_window->editorTabs()->count(), 0);
}

void TestTermEditor::categoryCannotBeItsOwnAncestor()
{
    Category child;
    child.name = u"Emerging markets"_s;
    child.parentId = m_markets.id;
    QString error;
    QVERIFY2(m_lib->library().save(child, &error), qPrintable(error));

    QVERIFY(m_window->openRecord(RecordType::Category, m_markets.id));
    // The child uses its parent: it is listed, and it keeps the parent in use.
    QCOMPARE(editor()->usedByList()->count(), 2);
    auto *parent = qobject_cast<RecordPicker *>(editor()->fieldWidget(u"parent_id"_s));
    QVERIFY(parent);
    parent->reloadNames();
    parent->lineEdit()->setText(child.name);
    Q_EMIT parent->lineEdit()->editingFinished();
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(child.name), qPrintable(m_errors.first()));
    QVERIFY(editor()->document()->field(u"parent_id"_s).isNull());
    QVERIFY(!editor()->document()->isModified());
    QCOMPARE(parent->lineEdit()->text(), QString());

    // The child takes another parent the ordinary way, and undo takes it back.
    Category other;
    other.name = u"Technology"_s;
    QVERIFY2(m_lib->library().save(other, &error), qPrintable(error));
    QVERIFY(m_window->openRecord(RecordType::Category, child.id));
    parent = qobject_cast<RecordPicker *>(editor()->fieldWidget(u"parent_id"_s));
    QCOMPARE(parent->lineEdit()->text(), u"Markets"_s);
    parent->reloadNames();
    parent->lineEdit()->setText(other.name);
    Q_EMIT parent->lineEdit()->editingFinished();
    QCOMPARE(editor()->document()->field(u"parent_id"_s).toLongLong(), other.id);
    editor()->document()->undoStack()->undo();
    QCOMPARE(editor()->document()->field(u"parent_id"_s).toLongLong(), m_markets.id);
    QCOMPARE(parent->lineEdit()->text(), u"Markets"_s);

    if (const QString folder = qEnvironmentVariable("QUOTEDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QVERIFY(m_window->openRecord(RecordType::Category, m_markets.id));
        m_window->grab().save(QDir(folder).filePath(u"term-editor-window.png"_s));
        editor()->grab().save(QDir(folder).filePath(u"term-editor.png"_s));
    }
}

void TestTermEditor::tagEditorHasNoParent()
{
    QVERIFY(m_window->openRecord(RecordType::Tag, m_chips.id));
    QVERIFY(line(u"name"_s));
    QVERIFY(line(u"slug"_s));
    QVERIFY(!editor()->fieldWidget(u"parent_id"_s));
    QCOMPARE(editor()->usedByList()->count(), 1);
    // No page of its own: nothing to open in a browser or publish.
    auto *browser = m_window->findChild<QAction *>(u"openInBrowserAction"_s);
    QVERIFY(browser);
    QVERIFY(!browser->isEnabled());
}

QTEST_MAIN(TestTermEditor)
#include "tst_termeditor.moc"
