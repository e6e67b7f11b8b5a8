// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/recorddocument.h"
#include "store/demolibrary.h"
#include "store/library.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestRecordDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingMergesIntoOneUndoStep();
    void differentFieldsAreSeparateSteps();
    void stepStandsApartFromTypingAroundIt();
    void replaceRecordIsOneStepKeepingIdentity();
    void unknownKeyIsRefused();
    void titleFollowsTemplateUntilEditedByHand();
    void slugFollowsTitleUntilEditedByHand();
    void publishedSlugStays();
    void titlesFollowARenamedSpeaker();
    void saveWritesRecordAndKeepsIdAcrossUndo();
    void openReadsRecord();

private:
    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestRecordDocument::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestRecordDocument::cleanup()
{
    m_lib.reset();
}

void TestRecordDocument::typingMergesIntoOneUndoStep()
{
    RecordDocument doc(m_lib->library(), Quote {});
    QSignalSpy changed(&doc, &RecordDocument::fieldsChanged);
    QVERIFY(doc.setField(u"text"_s, u"N"_s));
    QVERIFY(doc.setField(u"text"_s, u"No"_s));
    QVERIFY(doc.setField(u"text"_s, u"Now"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.isModified());
    QCOMPARE(changed.count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.field(u"text"_s).toString(), QString());
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.field(u"text"_s).toString(), u"Now"_s);
}

void TestRecordDocument::stepStandsApartFromTypingAroundIt()
{
    RecordDocument doc(m_lib->library(), Quote {});
    doc.setField(u"commentary"_s, u"growth"_s);
    QVERIFY(doc.setFieldAsStep(u"commentary"_s, u"**growth**"_s, u"Bold"_s));
    doc.setField(u"commentary"_s, u"**growth** now"_s);
    QCOMPARE(doc.undoStack()->count(), 3);
    QCOMPARE(doc.undoStack()->text(1), u"Bold"_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.field(u"commentary"_s).toString(), u"**growth**"_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.field(u"commentary"_s).toString(), u"growth"_s);
}

void TestRecordDocument::replaceRecordIsOneStepKeepingIdentity()
{
    Quote saved = Test::makeQuote();
    QString error;
    QVERIFY2(m_lib->library().save(saved, &error), qPrintable(error));
    RecordDocument doc(m_lib->library(), saved);
    Quote other = saved;
    other.id = saved.id + 100;
    other.uuid = u"not-this-one"_s;
    other.text = u"Another quotation."_s;
    other.commentary = u"Other thoughts."_s;
    QVERIFY(doc.replaceRecord(other, u"Restore Revision"_s));
    QVERIFY(!doc.replaceRecord(Essay {}, u"Restore Revision"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
    const auto &now = std::get<Quote>(doc.record());
    QCOMPARE(now.text, u"Another quotation."_s);
    QCOMPARE(now.commentary, u"Other thoughts."_s);
    QCOMPARE(now.id, saved.id);
    QCOMPARE(now.uuid, saved.uuid);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QCOMPARE(std::get<Quote>(doc.record()).text, saved.text);
    QVERIFY(!doc.isModified());
}

void TestRecordDocument::differentFieldsAreSeparateSteps()
{
    RecordDocument doc(m_lib->library(), Quote {});
    doc.setField(u"text"_s, u"Words"_s);
    doc.setField(u"status"_s, u"ready"_s);
    doc.setField(u"said_on"_s, QDate(2025, 1, 27));
    doc.setField(u"where_label"_s, u"a podcast"_s);
    QCOMPARE(doc.undoStack()->count(), 4);
    QCOMPARE(std::get<Quote>(doc.record()).status, WorkflowStatus::Ready);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(std::get<Quote>(doc.record()).saidOn, QDate());
    QCOMPARE(std::get<Quote>(doc.record()).status, WorkflowStatus::Ready);
    doc.undoStack()->undo();
    QCOMPARE(std::get<Quote>(doc.record()).status, WorkflowStatus::Draft);
    QCOMPARE(doc.field(u"text"_s).toString(), u"Words"_s);
    // The same value again is no edit.
    doc.setField(u"text"_s, u"Words"_s);
    QCOMPARE(doc.undoStack()->index(), 1);
}

void TestRecordDocument::unknownKeyIsRefused()
{
    RecordDocument doc(m_lib->library(), Speaker {});
    QVERIFY(!doc.setField(u"no_such_field"_s, u"x"_s));
    QVERIFY(!doc.setField(u"kind"_s, u"context"_s)); // essays have a kind, speakers do not
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestRecordDocument::titleFollowsTemplateUntilEditedByHand()
{
    Speaker speaker = Test::makeSpeaker(u"Jensen Huang"_s);
    QString error;
    QVERIFY2(m_lib->library().save(speaker, &error), qPrintable(error));
    RecordDocument doc(m_lib->library(), Quote {});
    doc.setField(u"speaker_id"_s, speaker.id);
    doc.setField(u"speaker_role"_s, u"Nvidia CEO"_s);
    const QString expected = DemoLibrary::quoteTitle(u"Jensen Huang"_s, u"Nvidia CEO"_s);
    QCOMPARE(doc.field(u"title"_s).toString(), expected);
    QCOMPARE(doc.label(), expected);

    doc.setField(u"title"_s, u"A title of my own"_s);
    QVERIFY(doc.field(u"title_edited"_s).toBool());
    doc.setField(u"speaker_role"_s, u"Nvidia founder"_s);
    QCOMPARE(doc.field(u"title"_s).toString(), u"A title of my own"_s);

    // Following the template again recomputes the title.
    doc.setField(u"title_edited"_s, false);
    QCOMPARE(doc.field(u"title"_s).toString(),
             DemoLibrary::quoteTitle(u"Jensen Huang"_s, u"Nvidia founder"_s));

    doc.setTitleTemplate(u"{role}: {speaker}"_s);
    doc.setField(u"speaker_role"_s, u"CEO"_s);
    QCOMPARE(doc.field(u"title"_s).toString(), u"CEO: Jensen Huang"_s);
}

void TestRecordDocument::slugFollowsTitleUntilEditedByHand()
{
    RecordDocument doc(m_lib->library(), Quote {});
    doc.setField(u"title"_s, u"Chips and Power"_s);
    QCOMPARE(doc.field(u"slug"_s).toString(), DemoLibrary::slugFor(u"Chips and Power"_s));
    doc.setField(u"slug"_s, u"my-slug"_s);
    doc.setField(u"title"_s, u"Chips, Power and Water"_s);
    QCOMPARE(doc.field(u"slug"_s).toString(), u"my-slug"_s);
    doc.undoStack()->undo(); // the title edit
    doc.undoStack()->undo(); // the slug edit
    QVERIFY(!doc.field(u"slug_edited"_s).toBool());
    QCOMPARE(doc.field(u"slug"_s).toString(), DemoLibrary::slugFor(u"Chips and Power"_s));

    RecordDocument essay(m_lib->library(), Essay {});
    essay.setField(u"title"_s, u"Context: the results"_s);
    QCOMPARE(essay.field(u"slug"_s).toString(), DemoLibrary::slugFor(u"Context: the results"_s));
}

namespace {

// Records that @p quoteId was sent to a site.
bool publish(Library &library, const QString &recordType, qint64 recordId, QString *error)
{
    Site site;
    site.name = u"Firm site %1"_s.arg(recordId);
    site.baseUrl = u"https://example.org"_s;
    site.userName = u"editor"_s;
    if (!library.save(site, error))
        return false;
    Publication publication;
    publication.recordType = recordType;
    publication.recordId = recordId;
    publication.siteId = site.id;
    publication.remoteId = 100 + recordId;
    publication.remoteModifiedGmt = u"2026-01-01T10:00:00"_s;
    publication.syncedAt = QDateTime::currentDateTimeUtc();
    return library.save(publication, error);
}

} // namespace

void TestRecordDocument::publishedSlugStays()
{
    // Once a post is on the site, its address does not move with the title ("Take the Site's
    // Version" sets the title as typing does).
    Library &library = m_lib->library();
    QString error;
    Quote quote = Test::makeQuote();
    quote.title = u"Chips and Power"_s;
    quote.slug = DemoLibrary::slugFor(quote.title);
    QVERIFY2(library.save(quote, &error), qPrintable(error));
    QVERIFY2(publish(library, u"quote"_s, quote.id, &error), qPrintable(error));
    std::unique_ptr<RecordDocument> doc(RecordDocument::open(library, RecordType::Quote, quote.id, &error));
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->setField(u"title"_s, u"Edited on the site"_s));
    QCOMPARE(doc->field(u"slug"_s).toString(), quote.slug);
    QVERIFY(!doc->field(u"slug_edited"_s).toBool());
    QVERIFY(doc->setField(u"slug"_s, u"a-new-address"_s)); // the user may still move it
    QCOMPARE(doc->field(u"slug"_s).toString(), u"a-new-address"_s);

    // An unpublished quote's slug follows as before; so does an essay's, until published.
    Quote draft = Test::makeQuote();
    QVERIFY2(library.save(draft, &error), qPrintable(error));
    std::unique_ptr<RecordDocument> other(RecordDocument::open(library, RecordType::Quote, draft.id, &error));
    QVERIFY(other->setField(u"title"_s, u"Water and Chips"_s));
    QCOMPARE(other->field(u"slug"_s).toString(), DemoLibrary::slugFor(u"Water and Chips"_s));
    Essay essay;
    essay.title = u"Context"_s;
    essay.slug = DemoLibrary::slugFor(essay.title);
    QVERIFY2(library.save(essay, &error), qPrintable(error));
    QVERIFY2(publish(library, u"essay"_s, essay.id, &error), qPrintable(error));
    std::unique_ptr<RecordDocument> essayDoc(
        RecordDocument::open(library, RecordType::Essay, essay.id, &error));
    QVERIFY(essayDoc->setField(u"title"_s, u"Context, revised"_s));
    QCOMPARE(essayDoc->field(u"slug"_s).toString(), u"context"_s);
}

void TestRecordDocument::titlesFollowARenamedSpeaker()
{
    Library &library = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker(u"New speaker"_s);
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    const auto makeQuote = [&](bool titleEdited) {
        RecordDocument doc(library, Quote {});
        doc.setField(u"text"_s, u"Words."_s);
        doc.setField(u"speaker_id"_s, speaker.id);
        doc.setField(u"speaker_role"_s, u"CEO"_s);
        if (titleEdited)
            doc.setField(u"title"_s, u"A title of my own"_s);
        QString saveError;
        if (!doc.save(&saveError))
            qWarning("%s", qPrintable(saveError));
        return doc.id();
    };
    const qint64 following = makeQuote(false);
    const qint64 published = makeQuote(false);
    const qint64 ownTitle = makeQuote(true);
    const qint64 open = makeQuote(false);
    QVERIFY2(publish(library, u"quote"_s, published, &error), qPrintable(error));
    QCOMPARE(library.get<Quote>(following)->title, DemoLibrary::quoteTitle(u"New speaker"_s, u"CEO"_s));
    std::unique_ptr<RecordDocument> openDoc(RecordDocument::open(library, RecordType::Quote, open, &error));
    QVERIFY2(openDoc, qPrintable(error));

    speaker.name = u"Jensen Huang"_s;
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    const int saved = RecordDocument::followTitleTemplate(library, RecordDocument::defaultTitleTemplate(),
                                                          { speaker.id }, { open }, &error);
    QVERIFY2(saved >= 0, qPrintable(error));
    QCOMPARE(saved, 2);
    const QString title = DemoLibrary::quoteTitle(u"Jensen Huang"_s, u"CEO"_s);
    QCOMPARE(library.get<Quote>(following)->title, title);
    QCOMPARE(library.get<Quote>(following)->slug, DemoLibrary::slugFor(title));
    // A published post keeps its address; a title of one's own stays; an open one waits.
    QCOMPARE(library.get<Quote>(published)->title, title);
    QCOMPARE(library.get<Quote>(published)->slug,
             DemoLibrary::slugFor(DemoLibrary::quoteTitle(u"New speaker"_s, u"CEO"_s)));
    QCOMPARE(library.get<Quote>(ownTitle)->title, u"A title of my own"_s);
    QCOMPARE(library.get<Quote>(open)->title, DemoLibrary::quoteTitle(u"New speaker"_s, u"CEO"_s));

    // The open one follows as one undo step; nothing more to do the second time.
    QVERIFY(openDoc->followTitleTemplate());
    QCOMPARE(openDoc->field(u"title"_s).toString(), title);
    QVERIFY(openDoc->isModified());
    QVERIFY(!openDoc->followTitleTemplate());
    openDoc->undoStack()->undo();
    QVERIFY(!openDoc->isModified());
    QCOMPARE(RecordDocument::followTitleTemplate(library, RecordDocument::defaultTitleTemplate(),
                                                 { speaker.id }, { open }, &error),
             0);
}

void TestRecordDocument::saveWritesRecordAndKeepsIdAcrossUndo()
{
    RecordDocument doc(m_lib->library(), Speaker {});
    QSignalSpy modified(&doc, &RecordDocument::modifiedChanged);
    doc.setField(u"name"_s, u"Lisa Su"_s);
    QCOMPARE(modified.count(), 1);
    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));
    QVERIFY(doc.id() > 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(m_lib->library().get<Speaker>(doc.id())->name, u"Lisa Su"_s);
    const qint64 id = doc.id();
    doc.undoStack()->undo();
    QCOMPARE(doc.id(), id);
    QVERIFY(doc.isModified());
    doc.setField(u"name"_s, u"Dr Lisa Su"_s);
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(m_lib->library().count(RecordType::Speaker), 1);
    QCOMPARE(m_lib->library().get<Speaker>(id)->name, u"Dr Lisa Su"_s);
}

void TestRecordDocument::openReadsRecord()
{
    Essay essay = Test::makeEssay();
    QString error;
    QVERIFY2(m_lib->library().save(essay, &error), qPrintable(error));
    std::unique_ptr<RecordDocument> doc(
        RecordDocument::open(m_lib->library(), RecordType::Essay, essay.id, &error));
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->type(), RecordType::Essay);
    QCOMPARE(doc->label(), essay.title);
    QVERIFY(!RecordDocument::open(m_lib->library(), RecordType::Essay, 999, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!RecordDocument::open(m_lib->library(), RecordType::Tag, 1, &error));
}

QTEST_GUILESS_MAIN(TestRecordDocument)
#include "tst_recorddocument.moc"
