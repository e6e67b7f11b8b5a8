// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/revisions.h"

#include "rawsqlite.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

QStringList keysOf(const QList<FieldChange> &changes)
{
    QStringList keys;
    for (const FieldChange &change : changes)
        keys.append(change.key);
    return keys;
}

const FieldChange *findChange(const QList<FieldChange> &changes, const QString &key)
{
    for (const FieldChange &change : changes) {
        if (change.key == key)
            return &change;
    }
    return nullptr;
}

// Saves @p record with an old, then a new text in @p field, restores the old revision and
// checks that the old text is back and the restore kept a revision of its own.
template<class T>
void restoresField(Library &lib, T record, QString T::*field)
{
    const QString oldText = u"The old text,\nover two lines."_s;
    const QString newText = u"The new text."_s;
    QString error;
    record.*field = oldText;
    QVERIFY2(lib.save(record, &error), qPrintable(error));
    RevisionStore revisions(lib);
    const qint64 oldRevision = revisions.list(T::Type, record.id).first().id;
    record.*field = newText;
    QVERIFY2(lib.save(record, &error), qPrintable(error));
    QCOMPARE(lib.get<T>(record.id).value().*field, newText);

    qint64 restored = 0;
    QVERIFY2(revisions.restore(oldRevision, &error, nullptr, &restored), qPrintable(error));
    QCOMPARE(lib.get<T>(record.id).value().*field, oldText);
    const QList<RevisionInfo> list = revisions.list(T::Type, record.id);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().id, restored);
    QVERIFY(restored > oldRevision);
    QCOMPARE(revisions.diffWithCurrent(oldRevision)->size(), 0);
}

} // namespace

class TestRevisions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listIsNewestFirst();
    void defaultLimitKeepsFifty();
    void diffNamesChangedFieldsAndMarksWords();
    void diffShowsReferencesByLabel();
    void diffWithPreviousOfFirstRevision();
    void diffOfRevisionsOfDifferentRecordsFails();
    void restoreBringsBackOldText_data();
    void restoreBringsBackOldText();
    void restoreCanBeUndone();
    void restoreKeepsIdentityAndTrash();
    void restoreDropsLinksToPurgedRecords();
    void unknownRevisionFails();
    void restoreOfVanishedRecordFails();
    void damagedRevisionFails();
    void restoreInReadOnlyLibraryFails();
    void purgeRemovesRevisions();

private:
    Quote savedQuote(const QStringList &texts);

    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestRevisions::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestRevisions::cleanup()
{
    m_lib.reset();
}

// A quote saved once per text, in order.
Quote TestRevisions::savedQuote(const QStringList &texts)
{
    Quote quote = Test::makeQuote();
    QString error;
    for (const QString &text : texts) {
        quote.text = text;
        if (!m_lib->library().save(quote, &error))
            qWarning("save failed: %s", qPrintable(error));
    }
    return quote;
}

void TestRevisions::listIsNewestFirst()
{
    const Quote quote = savedQuote({ u"First words."_s, u"Second words."_s, u"Third words."_s });
    Quote other = Test::makeQuote(u"Another quote entirely."_s);
    QString error;
    QVERIFY(m_lib->library().save(other, &error));

    const RevisionStore revisions(m_lib->library());
    const QList<RevisionInfo> list = revisions.list(RecordType::Quote, quote.id, &error);
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).id > list.at(1).id && list.at(1).id > list.at(2).id);
    for (const RevisionInfo &info : list) {
        QCOMPARE(info.recordType, RecordType::Quote);
        QCOMPARE(info.recordId, quote.id);
        QVERIFY(info.createdAt.isValid());
        QCOMPARE(info.label, quote.title);
    }
    QVERIFY(list.at(0).createdAt >= list.at(2).createdAt);
    QCOMPARE(revisions.snapshot(list.at(0).id)->value(u"text"_s).toString(), u"Third words."_s);
    QCOMPARE(revisions.snapshot(list.at(2).id)->value(u"text"_s).toString(), u"First words."_s);
    QVERIFY(revisions.list(RecordType::Speaker, quote.id).isEmpty());
    QVERIFY(revisions.list(RecordType::Quote, 9999).isEmpty());
}

void TestRevisions::defaultLimitKeepsFifty()
{
    QCOMPARE(m_lib->library().revisionLimit(), 50);
    QStringList texts;
    for (int i = 1; i <= 55; ++i)
        texts.append(u"Version %1 of the quotation."_s.arg(i));
    const Quote quote = savedQuote(texts);
    const RevisionStore revisions(m_lib->library());
    const QList<RevisionInfo> list = revisions.list(RecordType::Quote, quote.id);
    QCOMPARE(list.size(), 50);
    QCOMPARE(revisions.snapshot(list.first().id)->value(u"text"_s).toString(),
             u"Version 55 of the quotation."_s);
    QCOMPARE(revisions.snapshot(list.last().id)->value(u"text"_s).toString(),
             u"Version 6 of the quotation."_s);
}

void TestRevisions::diffNamesChangedFieldsAndMarksWords()
{
    Library &lib = m_lib->library();
    QString error;
    Quote quote = Test::makeQuote();
    quote.commentary = u"## Takeaways\n\n- Demand keeps rising\n- Supply is short\n"_s;
    QVERIFY(lib.save(quote, &error));
    const RevisionStore revisions(lib);
    const qint64 first = revisions.list(RecordType::Quote, quote.id).first().id;

    quote.commentary = u"## Takeaways\n\n- Demand keeps slowing\n- Supply is short\n"_s;
    quote.status = WorkflowStatus::Ready;
    QVERIFY(lib.save(quote, &error));

    const auto changes = revisions.diffWithCurrent(first, &error);
    QVERIFY2(changes, qPrintable(error));
    QCOMPARE(keysOf(*changes), (QStringList { u"commentary"_s, u"status"_s }));

    const FieldChange *commentary = findChange(*changes, u"commentary"_s);
    QVERIFY(commentary->isText);
    QCOMPARE(commentary->diff.count(DiffLine::Kind::Changed), 1);
    QCOMPARE(commentary->diff.count(DiffLine::Kind::Added) + commentary->diff.count(DiffLine::Kind::Removed),
             0);
    QVERIFY2(commentary->diff.toPlainText(0).contains(u"~ - Demand keeps [-rising-]{+slowing+}"_s),
             qPrintable(commentary->diff.toPlainText(0)));

    const FieldChange *status = findChange(*changes, u"status"_s);
    QVERIFY(!status->isText);
    QCOMPARE(status->oldValue, displayName(WorkflowStatus::Draft));
    QCOMPARE(status->newValue, displayName(WorkflowStatus::Ready));

    const qint64 second = revisions.list(RecordType::Quote, quote.id).first().id;
    const auto previous = revisions.diffWithPrevious(second, &error);
    QVERIFY2(previous, qPrintable(error));
    QCOMPARE(keysOf(*previous), keysOf(*changes));
    QCOMPARE(revisions.diffWithCurrent(second)->size(), 0);
}

void TestRevisions::diffShowsReferencesByLabel()
{
    Library &lib = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker(u"Lisa Su"_s);
    QVERIFY(lib.save(speaker, &error));
    Tag tag;
    tag.name = u"Chips"_s;
    QVERIFY(lib.save(tag, &error));
    Quote quote = Test::makeQuote();
    QVERIFY(lib.save(quote, &error));
    quote.speakerId = speaker.id;
    quote.tagIds = { tag.id };
    QVERIFY(lib.save(quote, &error));

    const RevisionStore revisions(lib);
    const auto changes =
        revisions.diffWithPrevious(revisions.list(RecordType::Quote, quote.id).first().id, &error);
    QVERIFY2(changes, qPrintable(error));
    QCOMPARE(keysOf(*changes), (QStringList { u"speaker_id"_s, u"tags"_s }));
    QCOMPARE(changes->at(0).oldValue, QString());
    QCOMPARE(changes->at(0).newValue, u"Lisa Su"_s);
    QCOMPARE(changes->at(1).newValue, u"Chips"_s);
}

void TestRevisions::diffWithPreviousOfFirstRevision()
{
    const Quote quote = savedQuote({ u"Only version."_s });
    const RevisionStore revisions(m_lib->library());
    QString error;
    const auto changes =
        revisions.diffWithPrevious(revisions.list(RecordType::Quote, quote.id).first().id, &error);
    QVERIFY2(changes, qPrintable(error));
    const QStringList keys = keysOf(*changes);
    QVERIFY(keys.contains(u"text"_s));
    QVERIFY(keys.contains(u"title"_s));
    QVERIFY(!keys.contains(u"status"_s)); // draft, as in an empty quote
    QVERIFY(!keys.contains(u"uuid"_s));
    QCOMPARE(findChange(*changes, u"text"_s)->newValue, u"Only version."_s);
}

void TestRevisions::diffOfRevisionsOfDifferentRecordsFails()
{
    const Quote one = savedQuote({ u"One."_s });
    const Quote two = savedQuote({ u"Two."_s });
    const RevisionStore revisions(m_lib->library());
    QString error;
    QVERIFY(!revisions.diff(revisions.list(RecordType::Quote, one.id).first().id,
                            revisions.list(RecordType::Quote, two.id).first().id, &error));
    QVERIFY2(error.contains(u"different records"_s), qPrintable(error));
}

void TestRevisions::restoreBringsBackOldText_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("quote text") << int(RecordType::Quote);
    QTest::newRow("speaker biography") << int(RecordType::Speaker);
    QTest::newRow("essay body") << int(RecordType::Essay);
}

void TestRevisions::restoreBringsBackOldText()
{
    QFETCH(int, type);
    Library &lib = m_lib->library();
    switch (RecordType(type)) {
    case RecordType::Quote:
        restoresField(lib, Test::makeQuote(), &Quote::text);
        break;
    case RecordType::Speaker:
        restoresField(lib, Test::makeSpeaker(), &Speaker::biography);
        break;
    default:
        restoresField(lib, Test::makeEssay(), &Essay::body);
        break;
    }
}

void TestRevisions::restoreCanBeUndone()
{
    const Quote quote = savedQuote({ u"Before."_s, u"After."_s });
    RevisionStore revisions(m_lib->library());
    const QList<RevisionInfo> before = revisions.list(RecordType::Quote, quote.id);
    QString error;
    QVERIFY2(revisions.restore(before.last().id, &error), qPrintable(error));
    QCOMPARE(m_lib->library().get<Quote>(quote.id)->text, u"Before."_s);
    // The revision that was current before the restore brings "After." back.
    QVERIFY2(revisions.restore(before.first().id, &error), qPrintable(error));
    QCOMPARE(m_lib->library().get<Quote>(quote.id)->text, u"After."_s);
    QCOMPARE(revisions.list(RecordType::Quote, quote.id).size(), 4);
}

void TestRevisions::restoreKeepsIdentityAndTrash()
{
    Library &lib = m_lib->library();
    const Quote quote = savedQuote({ u"Before."_s, u"After."_s });
    QString error;
    QVERIFY2(lib.trash(RecordType::Quote, quote.id, &error), qPrintable(error));
    RevisionStore revisions(lib);
    QVERIFY2(revisions.restore(revisions.list(RecordType::Quote, quote.id).last().id, &error),
             qPrintable(error));
    const auto loaded = lib.get<Quote>(quote.id);
    QCOMPARE(loaded->text, u"Before."_s);
    QCOMPARE(loaded->uuid, quote.uuid);
    QCOMPARE(loaded->createdAt, quote.createdAt);
    QVERIFY(loaded->isTrashed());
    QCOMPARE(lib.count(RecordType::Quote), 0);
}

void TestRevisions::restoreDropsLinksToPurgedRecords()
{
    Library &lib = m_lib->library();
    QString error;
    Tag gone;
    gone.name = u"Gone"_s;
    Tag kept;
    kept.name = u"Kept"_s;
    QVERIFY(lib.save(gone, &error) && lib.save(kept, &error));
    Quote quote = Test::makeQuote();
    quote.tagIds = { gone.id, kept.id };
    QVERIFY(lib.save(quote, &error));
    RevisionStore revisions(lib);
    const qint64 withTags = revisions.list(RecordType::Quote, quote.id).first().id;
    quote.tagIds.clear();
    QVERIFY(lib.save(quote, &error));
    QVERIFY2(lib.trash(RecordType::Tag, gone.id, &error), qPrintable(error));
    QVERIFY2(lib.purge(RecordType::Tag, gone.id, &error), qPrintable(error));

    QStringList notes;
    QVERIFY2(revisions.restore(withTags, &error, &notes), qPrintable(error));
    QCOMPARE(lib.get<Quote>(quote.id)->tagIds, QList<qint64> { kept.id });
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(u"tags"_s) && notes.first().contains(QString::number(gone.id)),
             qPrintable(notes.first()));
}

void TestRevisions::unknownRevisionFails()
{
    RevisionStore revisions(m_lib->library());
    QString error;
    QVERIFY(!revisions.restore(9999, &error));
    QVERIFY2(error.contains(u"no revision 9999"_s), qPrintable(error));
    error.clear();
    QVERIFY(!revisions.info(9999, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!revisions.snapshot(9999, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!revisions.diffWithCurrent(9999, &error));
    QVERIFY(!error.isEmpty());
}

void TestRevisions::restoreOfVanishedRecordFails()
{
    Library &lib = m_lib->library();
    const Quote quote = savedQuote({ u"Before."_s, u"After."_s });
    RevisionStore revisions(lib);
    const qint64 revision = revisions.list(RecordType::Quote, quote.id).last().id;
    // A row removed behind the library's back (purge would have taken the revisions too).
    Test::RawSqlite db(m_lib->path());
    QVERIFY(db.exec(u"PRAGMA foreign_keys = ON"_s)); // as the library deletes
    QVERIFY(db.exec(u"DELETE FROM quotes WHERE id = ?"_s, { quote.id }));
    QString error;
    QVERIFY(!revisions.restore(revision, &error));
    QVERIFY2(error.contains(u"no longer exists"_s), qPrintable(error));
    error.clear();
    QVERIFY(!revisions.diffWithCurrent(revision, &error));
    QVERIFY2(error.contains(u"no longer exists"_s), qPrintable(error));
}

void TestRevisions::damagedRevisionFails()
{
    Library &lib = m_lib->library();
    const Quote quote = savedQuote({ u"Before."_s, u"After."_s });
    RevisionStore revisions(lib);
    const QList<RevisionInfo> list = revisions.list(RecordType::Quote, quote.id);
    Test::RawSqlite db(m_lib->path());
    QVERIFY(db.exec(u"UPDATE revisions SET snapshot = 'not json' WHERE id = ?"_s, { list.first().id }));
    QVERIFY(db.exec(u"UPDATE revisions SET snapshot = '{\"text\": 5}' WHERE id = ?"_s, { list.last().id }));
    QString error;
    QVERIFY(!revisions.snapshot(list.first().id, &error));
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    error.clear();
    QVERIFY(!revisions.restore(list.last().id, &error));
    QVERIFY2(error.contains(u"damaged"_s) && error.contains(u"text"_s), qPrintable(error));
    QCOMPARE(lib.get<Quote>(quote.id)->text, u"After."_s);
}

void TestRevisions::restoreInReadOnlyLibraryFails()
{
    const Quote quote = savedQuote({ u"Before."_s, u"After."_s });
    m_lib->library().close();
    Library::OpenOptions options;
    options.readOnly = true;
    QVERIFY2(m_lib->open(options), qPrintable(m_lib->error()));
    RevisionStore revisions(m_lib->library());
    QString error;
    QVERIFY(!revisions.restore(revisions.list(RecordType::Quote, quote.id).last().id, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_lib->library().get<Quote>(quote.id)->text, u"After."_s);
}

void TestRevisions::purgeRemovesRevisions()
{
    Library &lib = m_lib->library();
    const Quote quote = savedQuote({ u"Before."_s, u"After."_s });
    const Quote other = savedQuote({ u"Untouched."_s });
    RevisionStore revisions(lib);
    const qint64 revision = revisions.list(RecordType::Quote, quote.id).first().id;
    QString error;
    QVERIFY2(lib.trash(RecordType::Quote, quote.id, &error), qPrintable(error));
    QCOMPARE(revisions.list(RecordType::Quote, quote.id).size(), 2); // the trash keeps them
    QVERIFY2(lib.purge(RecordType::Quote, quote.id, &error), qPrintable(error));
    QVERIFY(revisions.list(RecordType::Quote, quote.id).isEmpty());
    QVERIFY(!revisions.info(revision, &error));
    QCOMPARE(revisions.list(RecordType::Quote, other.id).size(), 1);
}

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
