// SPDX-License-Identifier: GPL-3.0-or-later
// The store's lookups by title or name, by id, and the pruning of links to missing records.
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestLibraryLookup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listLabelsSortsWithoutCaseAndSkipsTheTrash();
    void findByLabelMatchesEveryKindInAnyCase();
    void findByLabelStopsAtTheLimit();
    void findByLabelTakesWildcardsLiterally();
    void existingIdsCountsTrashedRecords();
    void dropMissingReferencesKeepsWhatExists();
    void failedQueriesAreReported();

private:
    qint64 addSpeaker(const QString &name);
    qint64 addCategory(const QString &name);

    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestLibraryLookup::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestLibraryLookup::cleanup()
{
    m_lib.reset();
}

qint64 TestLibraryLookup::addSpeaker(const QString &name)
{
    Speaker speaker = Test::makeSpeaker(name);
    QString error;
    if (!m_lib->library().save(speaker, &error))
        qWarning("saving %s failed: %s", qPrintable(name), qPrintable(error));
    return speaker.id;
}

qint64 TestLibraryLookup::addCategory(const QString &name)
{
    Category category;
    category.name = name;
    category.slug = name.toLower().replace(u' ', u'-').remove(u'%');
    QString error;
    if (!m_lib->library().save(category, &error))
        qWarning("saving %s failed: %s", qPrintable(name), qPrintable(error));
    return category.id;
}

static QStringList labelsOf(const QList<RecordRef> &refs)
{
    QStringList labels;
    for (const RecordRef &ref : refs)
        labels << ref.label;
    return labels;
}

void TestLibraryLookup::listLabelsSortsWithoutCaseAndSkipsTheTrash()
{
    const qint64 bob = addSpeaker(u"bob Iger"_s);
    const qint64 alice = addSpeaker(u"Alice Walton"_s);
    const qint64 carol = addSpeaker(u"Carol Bartz"_s);
    QString error;
    QVERIFY2(m_lib->library().trash(RecordType::Speaker, carol, &error), qPrintable(error));

    const QList<RecordRef> speakers = m_lib->library().listLabels(RecordType::Speaker, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(labelsOf(speakers), QStringList({ u"Alice Walton"_s, u"bob Iger"_s }));
    QCOMPARE(speakers.at(0).id, alice);
    QCOMPARE(speakers.at(1).id, bob);
    QCOMPARE(speakers.at(0).type, RecordType::Speaker);
}

void TestLibraryLookup::findByLabelMatchesEveryKindInAnyCase()
{
    Library &lib = m_lib->library();
    QString error;
    const qint64 yann = addSpeaker(u"Yann LeCun"_s);
    Essay essay = Test::makeEssay(u"Lecun on world models"_s);
    QVERIFY2(lib.save(essay, &error), qPrintable(error));
    Quote quote = Test::makeQuote();
    quote.speakerId = yann;
    quote.title = u"Quote: Yann LECUN, Meta"_s;
    QVERIFY2(lib.save(quote, &error), qPrintable(error));
    Tag tag;
    tag.name = u"lecun"_s;
    tag.slug = u"lecun"_s;
    QVERIFY2(lib.save(tag, &error), qPrintable(error));
    addCategory(u"Leadership"_s);

    const QList<RecordRef> found = lib.findByLabel(u"lecun"_s, 50, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(labelsOf(found),
             QStringList(
                 { u"lecun"_s, u"Lecun on world models"_s, u"Quote: Yann LECUN, Meta"_s, u"Yann LeCun"_s }));
    QCOMPARE(found.at(0).type, RecordType::Tag);
    QCOMPARE(found.at(1).type, RecordType::Essay);
    QCOMPARE(found.at(1).id, essay.id);
    QCOMPARE(found.at(2).type, RecordType::Quote);
    QCOMPARE(found.at(3).type, RecordType::Speaker);

    QVERIFY2(lib.trash(RecordType::Tag, tag.id, &error), qPrintable(error));
    QCOMPARE(lib.findByLabel(u"LECUN"_s, 50, &error).size(), 3);
    QVERIFY(lib.findByLabel(u"nobody by this name"_s, 50, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLibraryLookup::findByLabelStopsAtTheLimit()
{
    for (int i = 0; i < 8; ++i)
        addSpeaker(u"Speaker %1"_s.arg(i));
    QString error;
    const QList<RecordRef> found = m_lib->library().findByLabel(u"speaker"_s, 3, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(labelsOf(found), QStringList({ u"Speaker 0"_s, u"Speaker 1"_s, u"Speaker 2"_s }));
}

void TestLibraryLookup::findByLabelTakesWildcardsLiterally()
{
    addCategory(u"Growth of 50% a year"_s);
    addCategory(u"Growth of 50 a year"_s);
    addSpeaker(u"snake_case"_s);
    addSpeaker(u"snakeXcase"_s);
    addSpeaker(u"back\\slash"_s);
    Library &lib = m_lib->library();
    QString error;
    QCOMPARE(labelsOf(lib.findByLabel(u"50%"_s, 50, &error)), QStringList({ u"Growth of 50% a year"_s }));
    QCOMPARE(labelsOf(lib.findByLabel(u"e_c"_s, 50, &error)), QStringList({ u"snake_case"_s }));
    QCOMPARE(labelsOf(lib.findByLabel(u"k\\s"_s, 50, &error)), QStringList({ u"back\\slash"_s }));
    QCOMPARE(lib.findByLabel(u"%"_s, 50, &error).size(), 1);
    QCOMPARE(lib.findByLabel(u"'; DROP TABLE speakers; --"_s, 50, &error).size(), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Speaker), 3);
}

void TestLibraryLookup::existingIdsCountsTrashedRecords()
{
    const qint64 kept = addSpeaker(u"Satya Nadella"_s);
    const qint64 trashed = addSpeaker(u"Sundar Pichai"_s);
    QString error;
    QVERIFY2(m_lib->library().trash(RecordType::Speaker, trashed, &error), qPrintable(error));

    const std::optional<QSet<qint64>> found =
        m_lib->library().existingIds(RecordType::Speaker, { kept, trashed, 999999 }, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(*found, QSet<qint64>({ kept, trashed }));
    QCOMPARE(m_lib->library().existingIds(RecordType::Essay, { kept }, &error), QSet<qint64>());
    QCOMPARE(m_lib->library().existingIds(RecordType::Essay, {}, &error), QSet<qint64>());
}

void TestLibraryLookup::dropMissingReferencesKeepsWhatExists()
{
    const qint64 speaker = addSpeaker(u"Jensen Huang"_s);
    const qint64 category = addCategory(u"Semiconductors"_s);
    Quote quote = Test::makeQuote();
    quote.speakerId = speaker;
    quote.essayId = 424242;
    quote.featuredAssetId = 434343;
    quote.categoryIds = { 454545, category, 464646 };
    quote.tagIds = { 474747 };

    QString error;
    QVERIFY2(m_lib->library().dropMissingReferences(quote, &error), qPrintable(error));
    QCOMPARE(quote.speakerId, std::optional<qint64>(speaker));
    QCOMPARE(quote.essayId, std::nullopt);
    QCOMPARE(quote.featuredAssetId, std::nullopt);
    QCOMPARE(quote.categoryIds, QList<qint64>({ category }));
    QVERIFY(quote.tagIds.isEmpty());
    QCOMPARE(quote.text, Test::makeQuote().text);
}

void TestLibraryLookup::failedQueriesAreReported()
{
    Library &lib = m_lib->library();
    const qint64 speaker = addSpeaker(u"Lisa Su"_s);
    lib.close();

    QString error;
    QVERIFY(lib.listLabels(RecordType::Speaker, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(lib.findByLabel(u"Lisa"_s, 50, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QCOMPARE(lib.existingIds(RecordType::Speaker, { speaker }, &error), std::nullopt);
    QVERIFY(!error.isEmpty());

    error.clear();
    Quote quote = Test::makeQuote();
    quote.speakerId = speaker;
    QVERIFY(!lib.dropMissingReferences(quote, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(quote.speakerId, std::optional<qint64>(speaker)); // unchanged when it could not be checked
}

QTEST_GUILESS_MAIN(TestLibraryLookup)
#include "tst_librarylookup.moc"
