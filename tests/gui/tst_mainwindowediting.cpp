// SPDX-License-Identifier: GPL-3.0-or-later
// The editing features the main window wires together: Markdown formatting as undo steps,
// the preview, restoring a revision, and the journal of unsaved edits that survives a kill.
#include "assets/assetlistmodel.h"
#include "document/recorddocument.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "model/fieldnames.h"
#include "model/recordjson.h"
#include "previewbrowser.h"
#include "previewpane.h"
#include "recordeditor.h"
#include "revisionspanel.h"
#include "settings.h"
#include "store/editjournal.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

#include <csignal>
#include <functional>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

const QString CrashChildOption = u"--edit-then-wait"_s;

MarkdownEdit *commentaryOf(MainWindow &window)
{
    RecordEditor *editor = window.currentEditor();
    return editor ? qobject_cast<MarkdownEdit *>(editor->fieldWidget(u"commentary"_s)) : nullptr;
}

QString journaledCommentary(const QString &libraryPath)
{
    const QList<JournalEntry> entries = EditJournal(libraryPath).entries();
    return entries.isEmpty() ? QString() : entries.first().record.value("commentary"_L1).toString();
}

// The child of crashLosesAtMostTheLastSeconds: opens a window on the library, types into a
// quote's commentary, says so once the journal holds the text, then waits to be killed.
int runCrashChild(const QString &libraryPath, qint64 quoteId, const QString &text)
{
    QStandardPaths::setTestModeEnabled(true);
    Library library;
    QString error;
    if (!library.open(libraryPath, &error)) {
        std::cerr << qPrintable(error) << std::endl;
        return 2;
    }
    Settings settings;
    settings.setAutosaveSeconds(600);
    MainWindow window(library, settings);
    window.show();
    if (!window.openRecord(RecordType::Quote, quoteId))
        return 3;
    MarkdownEdit *edit = commentaryOf(window);
    if (!edit)
        return 4;
    edit->setFocus();
    QTest::keyClicks(edit, text);
    if (!QTest::qWaitFor([&] { return journaledCommentary(libraryPath) == text; }, 20000))
        return 5;
    std::cout << "journaled" << std::endl;
    return QApplication::exec();
}

} // namespace

class TestMainWindowEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void formattingActionIsOneUndoStep();
    void undoToTheSavedTextClearsTheMarker();
    void previewShowsTheUnsavedDraft();
    void openedRecordShowsFromTheTop();
    void restoringARevisionIsOneUndoableChange();
    void journalKeepsUnsavedEditsUntilSaved();
    void journalKeepsNewRecordsUntilDiscarded();
    void crashLosesAtMostTheLastSeconds();

private:
    void makeWindow();
    qint64 saveQuote(const QString &commentary);

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QStringList m_offered;
    QMessageBox::StandardButton m_draftAnswer = QMessageBox::Cancel;
};

void TestMainWindowEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindowEditing::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600); // saves in these tests are explicit
    m_settings->setPreviewVisible(true);
    m_draftAnswer = QMessageBox::Cancel;
    makeWindow();
}

void TestMainWindowEditing::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_lib->library(), *m_settings);
    m_errors.clear();
    m_offered.clear();
    m_window->setDialogs({
        [](QWidget *, const QString &, const QString &) { return true; },
        [this](QWidget *, const QString &text) { m_errors << text; },
        [](QWidget *, const QStringList &) { return QMessageBox::Discard; },
        [this](QWidget *, const QStringList &drafts) {
            m_offered << drafts;
            return m_draftAnswer;
        },
        [](QWidget *, const QString &, const QString &) { return QString(); },
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowEditing::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

qint64 TestMainWindowEditing::saveQuote(const QString &commentary)
{
    Quote quote = Test::makeQuote();
    quote.commentary = commentary;
    QString error;
    if (!m_lib->library().save(quote, &error))
        qWarning("%s", qPrintable(error));
    return quote.id;
}

void TestMainWindowEditing::formattingActionIsOneUndoStep()
{
    QVERIFY(m_window->openRecord(RecordType::Quote, saveQuote(QString())));
    MarkdownEdit *edit = commentaryOf(*m_window);
    QVERIFY(edit);
    QVERIFY(!edit->isUndoRedoEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, u"growth"_s);
    QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), u"**growth**"_s);
    QTest::keyClicks(edit, u" now"_s);

    QUndoStack *stack = m_window->currentEditor()->document()->undoStack();
    stack->undo(); // the typing after
    QCOMPARE(edit->toPlainText(), u"**growth**"_s);
    stack->undo(); // the formatting
    QCOMPARE(edit->toPlainText(), u"growth"_s);
    stack->redo();
    QCOMPARE(edit->toPlainText(), u"**growth**"_s);

    // The Format menu offers the actions of the field being edited, shortcuts and all.
    auto *menu = m_window->findChild<QMenu *>(u"formatMenu"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions(), edit->formattingActions());
    // The asset grid drags what the field takes.
    QCOMPARE(QLatin1StringView(AssetListModel::AssetIdMimeType),
             QLatin1StringView(MarkdownEdit::AssetIdMimeType));
    QVERIFY(menu->actions().first()->isEnabled());
    Q_EMIT menu->aboutToHide();
    QTRY_VERIFY(!menu->actions().contains(edit->formattingActions().first()));

    // Another field's shortcut is its own, whatever the menu showed before.
    auto *quotation = qobject_cast<MarkdownEdit *>(m_window->currentEditor()->fieldWidget(u"text"_s));
    QVERIFY(quotation);
    quotation->setFocus();
    quotation->selectAll();
    QTest::keyClicks(quotation, u"infrastructure"_s);
    QTest::keyClick(quotation, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(quotation->toPlainText(), u"**infrastructure**"_s);
    QCOMPARE(edit->toPlainText(), u"**growth**"_s);

    // No window-wide action takes a formatting shortcut away from the field.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        // Each Markdown field has its own, active only while it has the focus.
        if (qobject_cast<MarkdownEdit *>(action->parent()) || action->shortcut().isEmpty())
            continue;
        for (QAction *format : edit->formattingActions())
            QVERIFY2(action->shortcut() != format->shortcut(), qPrintable(action->text()));
    }
}

void TestMainWindowEditing::undoToTheSavedTextClearsTheMarker()
{
    QVERIFY(m_window->openRecord(RecordType::Quote, saveQuote(u"Saved words."_s)));
    RecordEditor *editor = m_window->currentEditor();
    QTabWidget *tabs = m_window->editorTabs();
    const QString clean = tabs->tabText(tabs->currentIndex());
    QVERIFY(!clean.endsWith(u'*'));
    const auto undoByKey = [](QWidget *field, const std::function<bool()> &done) {
        for (int i = 0; i < 10 && !done(); ++i)
            QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
        return done();
    };

    // Typed in a Markdown field, undone with Ctrl+Z in the field.
    MarkdownEdit *commentary = commentaryOf(*m_window);
    commentary->setFocus();
    commentary->moveCursor(QTextCursor::End);
    QTest::keyClicks(commentary, u" More"_s);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), clean + u'*');
    // The Edit menu names the field as the form does.
    QCOMPARE(editor->document()->undoStack()->undoText(),
             u"Edit %1"_s.arg(fieldDisplayName(u"commentary"_s)));
    QVERIFY(undoByKey(commentary, [&] { return commentary->toPlainText() == u"Saved words."_s; }));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), clean);
    QVERIFY(!editor->document()->isModified());

    // Typed in a one-line field, undone with Ctrl+Z in that field.
    auto *where = qobject_cast<QLineEdit *>(editor->fieldWidget(u"where_label"_s));
    QVERIFY(where);
    const QString savedWhere = where->text();
    where->setFocus();
    where->end(false);
    QTest::keyClicks(where, u" (panel)"_s);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), clean + u'*');
    QVERIFY(undoByKey(where, [&] { return where->text() == savedWhere; }));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), clean);

    // Saved after an edit: undo makes it unsaved again, redo back to the saved text is clean.
    commentary->setFocus();
    QTest::keyClicks(commentary, u"!"_s);
    QVERIFY(m_window->saveCurrent());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), clean);
    QTest::keyClick(commentary, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), clean + u'*');
    editor->document()->undoStack()->redo();
    QCOMPARE(tabs->tabText(tabs->currentIndex()), clean);
    QVERIFY(m_errors.isEmpty());
}

void TestMainWindowEditing::openedRecordShowsFromTheTop()
{
    QString longText;
    for (int part = 1; part <= 60; ++part)
        longText += u"## Part %1\n\nA paragraph about part %1.\n\n"_s.arg(part);
    const qint64 first = saveQuote(longText);
    const qint64 second = saveQuote(longText + u"The second quote."_s);
    PreviewPane *preview = m_window->previewPane();
    QScrollBar *scrollBar = preview->browser()->verticalScrollBar();
    QVERIFY(m_window->openRecord(RecordType::Quote, first));
    QTRY_VERIFY(scrollBar->maximum() > 1000);
    scrollBar->setValue(scrollBar->maximum() / 2);

    // Opened (from the list, search or Ctrl+P): the preview shows the record's top.
    QVERIFY(m_window->openRecord(RecordType::Quote, second));
    QTRY_VERIFY(preview->browser()->toPlainText().contains(u"The second quote."_s));
    QCOMPARE(scrollBar->value(), 0);

    // Back to the first tab: its top too.
    scrollBar->setValue(scrollBar->maximum() / 2);
    m_window->editorTabs()->setCurrentIndex(0);
    QTRY_VERIFY(!preview->browser()->toPlainText().contains(u"The second quote."_s));
    QCOMPARE(scrollBar->value(), 0);
}

void TestMainWindowEditing::previewShowsTheUnsavedDraft()
{
    PreviewPane *preview = m_window->previewPane();
    QVERIFY(preview);
    QVERIFY(m_window->previewSlot()->isVisible());
    QVERIFY(m_window->openRecord(RecordType::Quote, saveQuote(u"# Takeaways\n\nSaved text."_s)));
    QTRY_VERIFY(preview->browser()->toPlainText().contains(u"Saved text."_s));

    MarkdownEdit *edit = commentaryOf(*m_window);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, u" Typed here."_s);
    QTRY_VERIFY(preview->browser()->toPlainText().contains(u"Saved text. Typed here."_s));

    // Another tab shows its own record.
    m_window->newRecord(RecordType::Essay);
    QTRY_VERIFY(!preview->browser()->toPlainText().contains(u"Typed here."_s));
    m_window->editorTabs()->setCurrentIndex(0);
    QTRY_VERIFY(preview->browser()->toPlainText().contains(u"Typed here."_s));

    // The toggle hides the pane and is remembered.
    auto *toggle = m_window->findChild<QAction *>(u"previewAction"_s);
    QVERIFY(toggle && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!m_window->previewSlot()->isVisible());
    QVERIFY(!m_settings->previewVisible());
    toggle->trigger();
    QVERIFY(m_window->previewSlot()->isVisible());
    QVERIFY(m_settings->previewVisible());
}

void TestMainWindowEditing::restoringARevisionIsOneUndoableChange()
{
    const qint64 id = saveQuote(u"Second thoughts."_s);
    QVERIFY(m_window->openRecord(RecordType::Quote, id));
    RecordDocument *document = m_window->currentEditor()->document();
    QCOMPARE(m_window->revisionsPanel()->recordId(), id);
    QVERIFY(!m_window->revisionsDock()->isVisible());

    Quote old = std::get<Quote>(document->record());
    const QString uuid = old.uuid;
    old.commentary = u"First thoughts."_s;
    old.uuid = u"another-uuid"_s;
    old.id = 4711;
    old.speakerId = 999; // deleted since
    Q_EMIT m_window->revisionsPanel()->restoreRequested(RecordType::Quote, id, RecordJson::toJson(old));

    const auto &restored = std::get<Quote>(document->record());
    QCOMPARE(restored.commentary, u"First thoughts."_s);
    QCOMPARE(restored.id, id);
    QCOMPARE(restored.uuid, uuid);
    QVERIFY(!restored.speakerId);
    QVERIFY(document->isModified());
    QCOMPARE(commentaryOf(*m_window)->toPlainText(), u"First thoughts."_s);
    document->undoStack()->undo();
    QCOMPARE(std::get<Quote>(document->record()).commentary, u"Second thoughts."_s);
    QVERIFY(!document->isModified());
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestMainWindowEditing::journalKeepsUnsavedEditsUntilSaved()
{
    const qint64 id = saveQuote(QString());
    QVERIFY(m_window->openRecord(RecordType::Quote, id));
    MarkdownEdit *edit = commentaryOf(*m_window);
    edit->setFocus();
    QTest::keyClicks(edit, u"Margins matter."_s);
    QTRY_COMPARE_WITH_TIMEOUT(journaledCommentary(m_lib->path()), u"Margins matter."_s, 10000);
    const QList<JournalEntry> entries = EditJournal(m_lib->path()).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, EditJournal::keyFor(RecordType::Quote, id));
    QCOMPARE(entries.first().type, RecordType::Quote);

    QVERIFY(m_window->saveCurrent());
    QVERIFY(EditJournal(m_lib->path()).isEmpty());
    QCOMPARE(m_lib->library().get<Quote>(id)->commentary, u"Margins matter."_s);

    // Closing without saving forgets the draft too.
    QTest::keyClicks(edit, u" Again."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!EditJournal(m_lib->path()).isEmpty(), 10000);
    QVERIFY(m_window->closeCurrent());
    QVERIFY(EditJournal(m_lib->path()).isEmpty());
}

void TestMainWindowEditing::journalKeepsNewRecordsUntilDiscarded()
{
    m_window->newRecord(RecordType::Quote);
    MarkdownEdit *edit = commentaryOf(*m_window);
    edit->setFocus();
    QTest::keyClicks(edit, u"Not saved yet."_s);
    QTRY_COMPARE_WITH_TIMEOUT(journaledCommentary(m_lib->path()), u"Not saved yet."_s, 10000);
    QVERIFY(EditJournal(m_lib->path()).entries().first().key.startsWith(u"new-"_s));

    // A new window offers it back; Discard removes it.
    m_window.reset();
    makeWindow();
    m_draftAnswer = QMessageBox::Discard;
    m_window->offerJournalDrafts();
    QCOMPARE(m_offered.size(), 1);
    QVERIFY2(m_offered.first().startsWith(u"• New quote (changed "_s), qPrintable(m_offered.first()));
    QVERIFY(EditJournal(m_lib->path()).isEmpty());
    QCOMPARE(m_window->editorTabs()->count(), 0);
}

void TestMainWindowEditing::crashLosesAtMostTheLastSeconds()
{
    const qint64 id = saveQuote(QString());
    const QString typed = u"Typed before the crash."_s;
    // Only the child's window is open while it edits.
    m_window.reset();

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                { CrashChildOption, m_lib->path(), QString::number(id), typed });
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (!output.contains("journaled")) {
        QVERIFY2(child.waitForReadyRead(30000), "the child did not journal its edit");
        output += child.readAllStandardOutput();
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(m_lib->library().get<Quote>(id)->commentary.isEmpty());

    makeWindow();
    m_draftAnswer = QMessageBox::Open;
    m_window->offerJournalDrafts();
    QCOMPARE(m_offered.size(), 1);
    MarkdownEdit *edit = commentaryOf(*m_window);
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), typed);
    QVERIFY(m_window->currentEditor()->document()->isModified());
    QVERIFY(m_window->editorTabs()->tabText(m_window->editorTabs()->currentIndex()).endsWith(u'*'));

    QVERIFY(m_window->saveCurrent());
    QCOMPARE(m_lib->library().get<Quote>(id)->commentary, typed);
    QVERIFY(EditJournal(m_lib->path()).isEmpty());
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 5 && QString::fromLocal8Bit(argv[1]) == CrashChildOption)
        return runCrashChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                             QString::fromLocal8Bit(argv[4]));
    TestMainWindowEditing test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowediting.moc"
