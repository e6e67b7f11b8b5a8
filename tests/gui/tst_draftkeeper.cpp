// SPDX-License-Identifier: GPL-3.0-or-later
// The draft keeper on its own: what it writes to the edit journal, when, and what it removes.
#include "document/recorddocument.h"
#include "draftkeeper.h"
#include "recordeditor.h"
#include "settings.h"
#include "store/editjournal.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestDraftKeeper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anEditIsJournaledWithinTheInterval();
    void forgetRemovesTheDraft();
    void aNewRecordKeepsOneKeyUntilSaved();
    void anUnmodifiedEditorWritesNothing();
    void aReadOnlyLibraryKeepsNoJournal();

private:
    RecordEditor *openQuote();

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DraftKeeper> m_keeper;
    QList<RecordEditor *> m_editors;
    Quote m_quote;
};

void TestDraftKeeper::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDraftKeeper::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_quote = Test::makeQuote();
    QString error;
    QVERIFY2(m_lib->library().save(m_quote, &error), qPrintable(error));
    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600);
    m_keeper = std::make_unique<DraftKeeper>(m_lib->library());
}

void TestDraftKeeper::cleanup()
{
    qDeleteAll(m_editors);
    m_editors.clear();
    m_keeper.reset();
    m_settings.reset();
    m_lib.reset();
}

RecordEditor *TestDraftKeeper::openQuote()
{
    QString error;
    RecordDocument *document = RecordDocument::open(m_lib->library(), RecordType::Quote, m_quote.id, &error);
    if (!document)
        return nullptr;
    auto *editor = new RecordEditor(document, *m_settings);
    document->setParent(editor);
    m_editors << editor;
    return editor;
}

void TestDraftKeeper::anEditIsJournaledWithinTheInterval()
{
    RecordEditor *editor = openQuote();
    QVERIFY(editor);
    QVERIFY(editor->document()->setField(u"commentary"_s, u"Typed before a crash."_s));
    m_keeper->schedule(editor);
    QVERIFY(m_keeper->entries(nullptr).isEmpty()); // not on the typing path

    QTRY_COMPARE_WITH_TIMEOUT(m_keeper->entries(nullptr).size(), 1, DraftKeeper::IntervalMs + 3000);
    const JournalEntry entry = m_keeper->entries(nullptr).first();
    QCOMPARE(entry.key, EditJournal::keyFor(RecordType::Quote, m_quote.id));
    QCOMPARE(entry.record.value(u"commentary"_s).toString(), u"Typed before a crash."_s);
    QCOMPARE(entry.title, m_quote.title);
}

void TestDraftKeeper::forgetRemovesTheDraft()
{
    RecordEditor *editor = openQuote();
    QVERIFY(editor->document()->setField(u"commentary"_s, u"Second thoughts."_s));
    m_keeper->schedule(editor);
    m_keeper->writePending();
    QCOMPARE(m_keeper->entries(nullptr).size(), 1);

    m_keeper->forget(editor);
    QVERIFY(m_keeper->entries(nullptr).isEmpty());
}

void TestDraftKeeper::aNewRecordKeepsOneKeyUntilSaved()
{
    auto *document = new RecordDocument(m_lib->library(), Test::makeQuote(u"Never saved."_s));
    auto *editor = new RecordEditor(document, *m_settings);
    document->setParent(editor);
    m_editors << editor;
    QVERIFY(document->setField(u"commentary"_s, u"First draft."_s));
    m_keeper->schedule(editor);
    m_keeper->writePending();
    QVERIFY(document->setField(u"commentary"_s, u"Second draft."_s));
    m_keeper->schedule(editor);
    m_keeper->writePending();
    const QList<JournalEntry> entries = m_keeper->entries(nullptr);
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().key.startsWith(u"new-"_s), qPrintable(entries.first().key));
    QCOMPARE(entries.first().record.value(u"commentary"_s).toString(), u"Second draft."_s);

    // A draft restored into another editor keeps its key: the next write replaces it.
    auto *restored = new RecordEditor(
        new RecordDocument(m_lib->library(), Test::makeQuote(u"Never saved."_s)), *m_settings);
    m_editors << restored;
    m_keeper->adopt(restored, entries.first().key);
    m_keeper->release(editor);
    QVERIFY(restored->document()->setField(u"commentary"_s, u"Recovered."_s));
    m_keeper->schedule(restored);
    m_keeper->writePending();
    QCOMPARE(m_keeper->entries(nullptr).size(), 1);
    QCOMPARE(m_keeper->entries(nullptr).first().record.value(u"commentary"_s).toString(), u"Recovered."_s);
}

void TestDraftKeeper::anUnmodifiedEditorWritesNothing()
{
    RecordEditor *editor = openQuote();
    m_keeper->schedule(editor);
    m_keeper->writePending();
    QVERIFY(m_keeper->entries(nullptr).isEmpty());
}

void TestDraftKeeper::aReadOnlyLibraryKeepsNoJournal()
{
    const QString path = m_lib->path();
    m_keeper.reset();
    m_lib->library().close();
    Library readOnly;
    QString error;
    QVERIFY2(readOnly.open(path, &error, { .readOnly = true }), qPrintable(error));
    DraftKeeper keeper(readOnly);
    QCOMPARE(keeper.journal(), nullptr);
    QVERIFY(keeper.entries(nullptr).isEmpty());
    QVERIFY(keeper.remove(u"anything"_s, &error));
}

QTEST_MAIN(TestDraftKeeper)
#include "tst_draftkeeper.moc"
