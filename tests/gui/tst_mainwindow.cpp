// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "mainwindow.h"
#include "model/fieldnames.h"
#include "recordeditor.h"
#include "recordpicker.h"
#include "settings.h"
#include "store/demolibrary.h"
#include "testsupport.h"
#include "trashview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createEditUndoSaveSearchTrash();
    void newSpeakerInline();
    void newSpeakerAsksForAName();
    void titlesFollowASpeakerRename();
    void closingAsksAboutUnsavedEdits();
    void autosavesWhenIdle();
    void navigatorShowsEveryView();
    void readOnlyLibraryShowsNotice();
    void followsChangesMadeElsewhere();
    void saveErrorsUseTheFieldLabels();
    void formLabelsAreTheFieldNames();

private:
    void installDialogs();
    void trigger(const QString &actionName);
    RecordEditor *editor() const { return m_window->currentEditor(); }
    template<class T>
    T *field(const QString &key) const
    {
        auto *widget = qobject_cast<T *>(editor()->fieldWidget(key));
        if (!widget)
            qWarning("no field %s", qPrintable(key));
        return widget;
    }
    void typeLine(const QString &key, const QString &text);
    void pick(const QString &key, const QString &name);

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QStringList m_asked;
    QMessageBox::StandardButton m_unsavedAnswer = QMessageBox::Discard;
    QString m_textAnswer;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600); // saves in these tests are explicit
    m_window = std::make_unique<MainWindow>(m_lib->library(), *m_settings);
    m_errors.clear();
    m_asked.clear();
    installDialogs();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::installDialogs()
{
    m_window->setDialogs({
        [](QWidget *, const QString &, const QString &) { return true; },
        [this](QWidget *, const QString &text) { m_errors << text; },
        [this](QWidget *, const QStringList &names) {
            m_asked << names;
            return m_unsavedAnswer;
        },
        [](QWidget *, const QStringList &) { return QMessageBox::Cancel; },
        [this](QWidget *, const QString &title, const QString &) {
            m_asked << title;
            return m_textAnswer;
        },
    });
}

void TestMainWindow::cleanup()
{
    m_unsavedAnswer = QMessageBox::Discard;
    m_textAnswer.clear();
    if (m_window)
        m_window->close();
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestMainWindow::trigger(const QString &actionName)
{
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY2(action->isEnabled(), qPrintable(actionName));
    action->trigger();
}

void TestMainWindow::typeLine(const QString &key, const QString &text)
{
    auto *edit = field<QLineEdit>(key);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void TestMainWindow::pick(const QString &key, const QString &name)
{
    auto *picker = field<RecordPicker>(key);
    QVERIFY(picker);
    picker->reloadNames();
    picker->lineEdit()->setText(name);
    Q_EMIT picker->lineEdit()->editingFinished();
}

void TestMainWindow::createEditUndoSaveSearchTrash()
{
    Library &library = m_lib->library();

    // A speaker.
    trigger(u"newSpeakerAction"_s);
    QVERIFY(editor());
    typeLine(u"name"_s, u"Ada Lovelace"_s);
    typeLine(u"role"_s, u"Analyst"_s);
    QVERIFY(m_window->editorTabs()->tabText(m_window->editorTabs()->currentIndex()).endsWith(u'*'));
    trigger(u"saveAction"_s);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(library.count(RecordType::Speaker), 1);
    QCOMPARE(m_window->editorTabs()->tabText(m_window->editorTabs()->currentIndex()), u"Ada Lovelace"_s);
    const qint64 speakerId = editor()->document()->id();

    // An essay.
    trigger(u"newEssayAction"_s);
    typeLine(u"title"_s, u"Context: the analytical engine"_s);
    QTest::keyClicks(field<QPlainTextEdit>(u"body"_s), u"An engine that weaves algebraic patterns."_s);
    trigger(u"saveAction"_s);
    QCOMPARE(library.count(RecordType::Essay), 1);
    const qint64 essayId = editor()->document()->id();

    // A quote that uses both.
    trigger(u"newQuoteAction"_s);
    QCOMPARE(m_window->editorTabs()->count(), 3);
    QTest::keyClicks(field<QPlainTextEdit>(u"text"_s), u"The engine weaves algebraic patterns."_s);
    pick(u"speaker_id"_s, u"Ada Lovelace"_s);
    typeLine(u"speaker_role"_s, u"mathematician"_s);
    pick(u"essay_id"_s, u"Context: the analytical engine"_s);
    const QString title = DemoLibrary::quoteTitle(u"Ada Lovelace"_s, u"mathematician"_s);
    QCOMPARE(field<QLineEdit>(u"title"_s)->text(), title);
    QCOMPARE(field<QLineEdit>(u"slug"_s)->text(), DemoLibrary::slugFor(title));

    // Undo takes back the essay, then the typed role (one step) and the title that followed it;
    // redo returns them.
    trigger(u"undoAction"_s);
    QCOMPARE(field<RecordPicker>(u"essay_id"_s)->lineEdit()->text(), QString());
    QCOMPARE(field<QLineEdit>(u"speaker_role"_s)->text(), u"mathematician"_s);
    trigger(u"undoAction"_s);
    QCOMPARE(field<QLineEdit>(u"speaker_role"_s)->text(), QString());
    QCOMPARE(field<QLineEdit>(u"title"_s)->text(), DemoLibrary::quoteTitle(u"Ada Lovelace"_s, QString()));
    trigger(u"redoAction"_s);
    QCOMPARE(field<QLineEdit>(u"speaker_role"_s)->text(), u"mathematician"_s);
    QCOMPARE(field<QLineEdit>(u"title"_s)->text(), title);
    trigger(u"redoAction"_s);
    QCOMPARE(field<RecordPicker>(u"essay_id"_s)->lineEdit()->text(), u"Context: the analytical engine"_s);
    // A linked record's title reads from its start when the field is not being typed in.
    if (!field<RecordPicker>(u"essay_id"_s)->lineEdit()->hasFocus())
        QCOMPARE(field<RecordPicker>(u"essay_id"_s)->lineEdit()->cursorPosition(), 0);

    trigger(u"saveAction"_s);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    const qint64 quoteId = editor()->document()->id();
    const auto quote = library.get<Quote>(quoteId);
    QVERIFY(quote);
    QCOMPARE(quote->speakerId, speakerId);
    QCOMPARE(quote->essayId, essayId);

    // A save elsewhere (another tab's autosave, a publish) leaves a half-typed name in a picker.
    auto *essayEdit = field<RecordPicker>(u"essay_id"_s)->lineEdit();
    m_window->activateWindow();
    essayEdit->setFocus();
    QTRY_VERIFY(essayEdit->hasFocus());
    essayEdit->selectAll();
    QTest::keyClicks(essayEdit, u"Context: the ana"_s);
    editor()->refreshUsedBy(); // what the window does whenever the library changes
    QCOMPARE(essayEdit->text(), u"Context: the ana"_s);
    field<RecordPicker>(u"essay_id"_s)->showChosenRecord();
    QCOMPARE(essayEdit->text(), u"Context: the analytical engine"_s);
    QCOMPARE(quote->title, title);
    QCOMPARE(quote->text, u"The engine weaves algebraic patterns."_s);
    QTRY_COMPARE(m_window->listModel()->totalCount(), 1); // the list follows the library's events

    // Search as you type finds it; Enter opens it.
    m_window->editorTabs()->setCurrentIndex(0);
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    search->setFocus();
    QTest::keyClicks(search, u"weave"_s);
    auto *results = m_window->findChild<QListWidget *>(u"searchResults"_s);
    QTRY_VERIFY(results->count() >= 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(editor()->document()->id(), quoteId);
    QCOMPARE(editor()->document()->type(), RecordType::Quote);

    // The speaker is used by the quote: the editor lists it, and the trash refuses it.
    QVERIFY(m_window->openRecord(RecordType::Speaker, speakerId));
    QCOMPARE(editor()->usedByList()->count(), 1);
    QVERIFY(editor()->usedByList()->item(0)->text().contains(title));
    trigger(u"trashAction"_s);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(title));
    QCOMPARE(library.count(RecordType::Speaker), 1);
    m_errors.clear();

    // Jump from "used by" to the quote.
    Q_EMIT editor()->usedByList()->itemActivated(editor()->usedByList()->item(0));
    QCOMPARE(editor()->document()->id(), quoteId);

    // Trash the quote, restore it from the trash view, then trash and delete it for ever.
    trigger(u"trashAction"_s);
    QCOMPARE(library.count(RecordType::Quote), 0);
    QCOMPARE(library.count(RecordType::Quote, TrashFilter::Trashed), 1);
    m_window->showNavigatorView(u"trash"_s);
    QTreeWidget *trashList = m_window->trashView()->list();
    QTRY_COMPARE(trashList->topLevelItemCount(), 1);
    trashList->setCurrentItem(trashList->topLevelItem(0));
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"restoreButton"_s), Qt::LeftButton);
    QCOMPARE(library.count(RecordType::Quote), 1);
    QTRY_COMPARE(trashList->topLevelItemCount(), 0);

    // The trash view follows the library: a record trashed from the window shows up in it.
    QVERIFY(m_window->openRecord(RecordType::Quote, quoteId));
    trigger(u"trashAction"_s);
    QTRY_COMPARE(trashList->topLevelItemCount(), 1);
    trashList->setCurrentItem(trashList->topLevelItem(0));
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"purgeButton"_s), Qt::LeftButton);
    QCOMPARE(library.count(RecordType::Quote, TrashFilter::All), 0);

    // Now unused, the speaker can go.
    QVERIFY(m_window->openRecord(RecordType::Speaker, speakerId));
    trigger(u"trashAction"_s);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(library.count(RecordType::Speaker), 0);
}

void TestMainWindow::newSpeakerInline()
{
    Library &library = m_lib->library();
    trigger(u"newQuoteAction"_s);
    RecordEditor *quoteEditor = editor();
    auto *picker = field<RecordPicker>(u"speaker_id"_s);
    picker->lineEdit()->setText(u"Grace Hopper"_s);
    QTest::mouseClick(picker->newButton(), Qt::LeftButton);

    // The speaker is made of the name typed, without asking, and opens in a tab of its own.
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(library.count(RecordType::Speaker), 1);
    const QVariant id = quoteEditor->document()->field(u"speaker_id"_s);
    QVERIFY(!id.isNull());
    QCOMPARE(library.labelOf(RecordType::Speaker, id.toLongLong()), u"Grace Hopper"_s);
    QCOMPARE(m_window->editorTabs()->count(), 2);
    QCOMPARE(editor()->document()->type(), RecordType::Speaker);
    QCOMPARE(editor()->document()->id(), id.toLongLong());

    // Undo in the quote takes the choice and the new speaker back (to the trash, with its
    // tab); redo brings both back.
    m_window->editorTabs()->setCurrentWidget(quoteEditor);
    QUndoStack *stack = quoteEditor->document()->undoStack();
    QVERIFY(stack->undoText().contains(u"Grace Hopper"_s));
    stack->undo();
    QVERIFY(quoteEditor->document()->field(u"speaker_id"_s).isNull());
    QCOMPARE(library.count(RecordType::Speaker), 0);
    QCOMPARE(library.count(RecordType::Speaker, TrashFilter::Trashed), 1);
    QTRY_COMPARE(m_window->editorTabs()->count(), 1);
    stack->redo();
    QCOMPARE(quoteEditor->document()->field(u"speaker_id"_s), id);
    QCOMPARE(library.count(RecordType::Speaker), 1);
    QCOMPARE(picker->lineEdit()->text(), u"Grace Hopper"_s);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));

    // A name already in the library is chosen, not made twice.
    trigger(u"newQuoteAction"_s);
    auto *second = field<RecordPicker>(u"speaker_id"_s);
    second->lineEdit()->setText(u"grace hopper"_s);
    QTest::mouseClick(second->newButton(), Qt::LeftButton);
    QCOMPARE(library.count(RecordType::Speaker, TrashFilter::All), 1);
    QCOMPARE(editor()->document()->field(u"speaker_id"_s), id);
}

void TestMainWindow::newSpeakerAsksForAName()
{
    Library &library = m_lib->library();
    trigger(u"newQuoteAction"_s);
    RecordEditor *quoteEditor = editor();
    auto *picker = field<RecordPicker>(u"speaker_id"_s);

    // With nothing typed the window asks; no answer saves nothing.
    QTest::mouseClick(picker->newButton(), Qt::LeftButton);
    QCOMPARE(m_asked, QStringList { u"New Speaker"_s });
    QCOMPARE(library.count(RecordType::Speaker, TrashFilter::All), 0);
    QCOMPARE(m_window->editorTabs()->count(), 1);
    QVERIFY(quoteEditor->document()->field(u"speaker_id"_s).isNull());
    QCOMPARE(quoteEditor->document()->undoStack()->count(), 0);

    m_textAnswer = u"  Ada Lovelace "_s;
    QTest::mouseClick(picker->newButton(), Qt::LeftButton);
    QCOMPARE(library.count(RecordType::Speaker), 1);
    const QVariant id = quoteEditor->document()->field(u"speaker_id"_s);
    QVERIFY(!id.isNull());
    QCOMPARE(library.labelOf(RecordType::Speaker, id.toLongLong()), u"Ada Lovelace"_s);

    // Once the speaker has been edited in its tab, undo in the quote leaves it in the library.
    RecordEditor *speakerEditor = editor();
    QCOMPARE(speakerEditor->document()->id(), id.toLongLong());
    QVERIFY(speakerEditor->document()->setField(u"role"_s, u"Mathematician"_s));
    m_window->editorTabs()->setCurrentWidget(quoteEditor);
    quoteEditor->document()->undoStack()->undo();
    QVERIFY(quoteEditor->document()->field(u"speaker_id"_s).isNull());
    QCOMPARE(library.count(RecordType::Speaker), 1);
    QCOMPARE(m_window->editorTabs()->count(), 2);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"unsaved changes"_s));
}

void TestMainWindow::titlesFollowASpeakerRename()
{
    // Made with "New speaker…" and a name to fix later, as a hurried editor does.
    Library &library = m_lib->library();
    trigger(u"newQuoteAction"_s);
    RecordEditor *openQuote = editor();
    typeLine(u"speaker_role"_s, u"CEO"_s);
    m_textAnswer = u"New speaker"_s;
    QTest::mouseClick(field<RecordPicker>(u"speaker_id"_s)->newButton(), Qt::LeftButton);
    RecordEditor *speakerEditor = editor();
    QCOMPARE(speakerEditor->document()->type(), RecordType::Speaker);
    const qint64 speakerId = speakerEditor->document()->id();
    const QString oldTitle = DemoLibrary::quoteTitle(u"New speaker"_s, u"CEO"_s);
    QCOMPARE(openQuote->document()->field(u"title"_s).toString(), oldTitle);
    QString error;
    Quote closed = Test::makeQuote(u"Another quotation."_s);
    closed.speakerId = speakerId;
    closed.speakerRole = u"CEO"_s;
    closed.title = oldTitle;
    closed.slug = DemoLibrary::slugFor(oldTitle);
    QVERIFY2(library.save(closed, &error), qPrintable(error));

    // Renamed and saved in its tab: the open quote and the one in the library follow.
    m_window->editorTabs()->setCurrentWidget(speakerEditor);
    field<QLineEdit>(u"name"_s)->selectAll();
    typeLine(u"name"_s, u"Jensen Huang"_s);
    QVERIFY(m_window->saveCurrent());
    const QString title = DemoLibrary::quoteTitle(u"Jensen Huang"_s, u"CEO"_s);
    QCOMPARE(openQuote->document()->field(u"title"_s).toString(), title);
    QCOMPARE(openQuote->document()->field(u"slug"_s).toString(), DemoLibrary::slugFor(title));
    QCOMPARE(library.get<Quote>(closed.id)->title, title);
    QCOMPARE(library.get<Quote>(closed.id)->slug, DemoLibrary::slugFor(title));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestMainWindow::closingAsksAboutUnsavedEdits()
{
    trigger(u"newSpeakerAction"_s);
    typeLine(u"name"_s, u"Lisa Su"_s);
    m_unsavedAnswer = QMessageBox::Cancel;
    QVERIFY(!m_window->close());
    QCOMPARE(m_asked, QStringList { u"Lisa Su"_s });
    QVERIFY(m_window->isVisible());
    m_unsavedAnswer = QMessageBox::Save;
    QVERIFY(m_window->close());
    QCOMPARE(m_lib->library().count(RecordType::Speaker), 1);
}

void TestMainWindow::autosavesWhenIdle()
{
    m_settings->setAutosaveSeconds(1);
    trigger(u"newSpeakerAction"_s);
    typeLine(u"name"_s, u"Margaret Hamilton"_s);
    QCOMPARE(m_lib->library().count(RecordType::Speaker), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_lib->library().count(RecordType::Speaker), 1, 10000);
    QVERIFY(!editor()->document()->isModified());
    QVERIFY(!m_window->editorTabs()->tabText(0).endsWith(u'*'));
}

void TestMainWindow::navigatorShowsEveryView()
{
    QString error;
    QVERIFY2(DemoLibrary::populate(m_lib->library(), &error), qPrintable(error));
    m_window->showNavigatorView(u"speakers"_s);
    QCOMPARE(m_window->listModel()->recordType(), RecordType::Speaker);
    QCOMPARE(m_window->listModel()->totalCount(), m_lib->library().count(RecordType::Speaker));
    auto *count = m_window->statusBar()->findChild<QLabel *>(u"recordCount"_s);
    QVERIFY(count);
    QTRY_VERIFY(count->isVisible());
    QCOMPARE(count->text(), u"%1 record(s)"_s.arg(m_lib->library().count(RecordType::Speaker)));
    m_window->showNavigatorView(u"published"_s);
    QCOMPARE(m_window->listModel()->recordType(), RecordType::Quote);
    QCOMPARE(m_window->listModel()->statusFilter(), std::optional<WorkflowStatus>(WorkflowStatus::Published));
    QVERIFY(m_window->listModel()->totalCount() > 0);
    QVERIFY(m_window->listModel()->totalCount() < m_lib->library().count(RecordType::Quote));
    m_window->showNavigatorView(u"tags"_s);
    QCOMPARE(m_window->listModel()->recordType(), RecordType::Tag);
    m_window->showNavigatorView(u"assets"_s);
    auto *panel = m_window->findChild<QWidget *>(u"assetPanel"_s);
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
}

void TestMainWindow::readOnlyLibraryShowsNotice()
{
    auto *notice = m_window->findChild<QWidget *>(u"readOnlyNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    const QString path = m_lib->path();
    m_window.reset();
    m_lib->library().close();
    Library readOnly;
    QString error;
    QVERIFY2(readOnly.open(path, &error, Library::OpenOptions { true, false, -1 }), qPrintable(error));
    MainWindow window(readOnly, *m_settings);
    window.show();
    QVERIFY(window.findChild<QWidget *>(u"readOnlyNotice"_s)->isVisible());
    QVERIFY(!window.findChild<QAction *>(u"newQuoteAction"_s)->isEnabled());
    m_window = std::make_unique<MainWindow>(readOnly, *m_settings);
    m_window.reset();
}

void TestMainWindow::followsChangesMadeElsewhere()
{
    // The window follows the library's change events, whoever saves: here the test, as the
    // command-line tool or an import would.
    Library &library = m_lib->library();
    QString error;
    Speaker speaker;
    speaker.name = u"Jensen Huang"_s;
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    m_window->showNavigatorView(u"speakers"_s);
    QTRY_COMPARE(m_window->listModel()->totalCount(), 1);
    QVERIFY(m_window->openRecord(RecordType::Speaker, speaker.id));
    auto *usedBy = field<QListWidget>(u"usedBy"_s);
    QVERIFY(usedBy);
    QCOMPARE(usedBy->count(), 0);

    // Five saves in a row, each with its own event, make one refresh.
    QSignalSpy resets(m_window->listModel(), &QAbstractItemModel::modelReset);
    QList<qint64> quoteIds;
    for (int i = 0; i < 5; ++i) {
        Quote quote;
        quote.text = u"Quotation %1"_s.arg(i);
        quote.speakerId = speaker.id;
        QVERIFY2(library.save(quote, &error), qPrintable(error));
        quoteIds << quote.id;
    }
    QTRY_COMPARE(usedBy->count(), 5);
    QCOMPARE(resets.count(), 1);

    // Trashed elsewhere: gone from "used by", and from the list of quotes.
    m_window->showNavigatorView(u"quotes"_s);
    QTRY_COMPARE(m_window->listModel()->totalCount(), 5);
    QVERIFY2(library.trash(RecordType::Quote, quoteIds.first(), &error), qPrintable(error));
    QTRY_COMPARE(m_window->listModel()->totalCount(), 4);
    QCOMPARE(usedBy->count(), 4);

    // The trash view follows too, reading the trash once for a burst of changes.
    QTreeWidget *trashList = m_window->trashView()->list();
    QTRY_COMPARE(trashList->topLevelItemCount(), 1);
    QSignalSpy trashReads(trashList->model(), &QAbstractItemModel::rowsInserted);
    for (int i = 1; i < 3; ++i)
        QVERIFY2(library.trash(RecordType::Quote, quoteIds.at(i), &error), qPrintable(error));
    QTRY_COMPARE(trashList->topLevelItemCount(), 3);
    QCOMPARE(trashReads.count(), 3); // one read inserts the three rows one by one
    QVERIFY(m_errors.isEmpty());
}

void TestMainWindow::saveErrorsUseTheFieldLabels()
{
    // An empty new quote cannot be saved: the message names the field as the form labels it,
    // and no empty record name.
    trigger(u"newQuoteAction"_s);
    typeLine(u"where_label"_s, u"interview"_s);
    QVERIFY(!m_window->saveCurrent());
    QCOMPARE(m_errors.size(), 1);
    const QString message = m_errors.first();
    QVERIFY2(message.contains(u"“Quotation” is required"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"“”"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"“text”"_s), qPrintable(message));
    QVERIFY2(message.startsWith(u"Could not save the new record (quote)"_s), qPrintable(message));
    QCOMPARE(m_lib->library().count(RecordType::Quote), 0);
    QVERIFY(editor()->document()->isModified()); // nothing typed is lost
}

void TestMainWindow::formLabelsAreTheFieldNames()
{
    // Messages and diffs name a field by fieldDisplayName(); the form must say the same.
    const QList<std::pair<QString, QStringList>> forms = {
        { u"newQuoteAction"_s,
          { u"text"_s, u"speaker_id"_s, u"speaker_role"_s, u"said_on"_s, u"where_label"_s, u"where_url"_s,
            u"essay_id"_s, u"commentary"_s, u"title"_s, u"slug"_s, u"excerpt"_s, u"featured_asset_id"_s,
            u"brochure_asset_id"_s, u"status"_s, u"categories"_s, u"tags"_s } },
        { u"newSpeakerAction"_s,
          { u"name"_s, u"role"_s, u"organisation"_s, u"headline"_s, u"biography"_s,
            u"portrait_asset_id"_s } },
        { u"newEssayAction"_s, { u"title"_s, u"kind"_s, u"status"_s, u"body"_s, u"sources"_s } },
    };
    for (const auto &[action, keys] : forms) {
        trigger(action);
        for (const QString &key : keys) {
            QWidget *widget = editor()->fieldWidget(key);
            QVERIFY2(widget, qPrintable(key));
            QCOMPARE(widget->accessibleName(), fieldDisplayName(key));
        }
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
