// SPDX-License-Identifier: GPL-3.0-or-later
// What the store keeps besides records, through its interface: revisions' rows, publications
// and what a site already has, assets' files, pages of the record list; and the events a
// library sends when records change.
#include "testsupport.h"

#include "store/library.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

Q_DECLARE_METATYPE(QuoteDesk::RecordType)

class TestStoreRows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void revisionsAreListedNewestFirstAndFound();
    void previousRevisionIsTheOneBefore();
    void hasRevisionMatchesSnapshotAndTime();
    void idsByUuidIncludeTrashed();
    void publicationsAndRemoteMedia();
    void assetRowsByHash();
    void pagesFilterSortAndCount();
    void savesAreAnnouncedAfterTheCommit();
    void rolledBackWorkIsNotAnnounced();
    void trashRestoreAndPurgeAreAnnounced();
    void aClosedStoreReportsErrors();

private:
    Library &library() { return m_lib->library(); }
    qint64 addQuote(const QString &title, qint64 speakerId = 0);
    qint64 addAsset(const QString &sha, qint64 size);

    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestStoreRows::init()
{
    qRegisterMetaType<QuoteDesk::RecordType>();
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestStoreRows::cleanup()
{
    m_lib.reset();
}

qint64 TestStoreRows::addQuote(const QString &title, qint64 speakerId)
{
    Quote quote = Test::makeQuote(title);
    quote.title = title;
    if (speakerId == 0) {
        Speaker speaker = Test::makeSpeaker(u"Speaker of "_s + title);
        QString error;
        if (!library().save(speaker, &error))
            qWarning("saving the speaker failed: %s", qPrintable(error));
        speakerId = speaker.id;
    }
    quote.speakerId = speakerId;
    QString error;
    if (!library().save(quote, &error))
        qWarning("saving %s failed: %s", qPrintable(title), qPrintable(error));
    return quote.id;
}

qint64 TestStoreRows::addAsset(const QString &sha, qint64 size)
{
    Asset asset;
    asset.title = u"Brochure "_s + sha.left(4);
    asset.originalName = u"brochure.pdf"_s;
    asset.mimeType = u"application/pdf"_s;
    asset.sha256 = sha;
    asset.size = size;
    QString error;
    if (!library().save(asset, &error))
        qWarning("saving the asset failed: %s", qPrintable(error));
    return asset.id;
}

void TestStoreRows::revisionsAreListedNewestFirstAndFound()
{
    const qint64 id = addQuote(u"First"_s);
    auto quote = library().get<Quote>(id);
    QVERIFY(quote);
    quote->title = u"Second"_s;
    QString error;
    QVERIFY2(library().save(*quote, &error), qPrintable(error));

    const auto rows = library().store().revisions(RecordType::Quote, id, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 2);
    QVERIFY(rows->at(0).id > rows->at(1).id);
    QCOMPARE(rows->at(0).recordType, u"quote"_s);
    QCOMPARE(rows->at(0).recordId, id);
    QVERIFY(rows->at(0).snapshot.contains("\"Second\""));
    QVERIFY(rows->at(1).snapshot.contains("\"First\""));

    std::optional<RevisionRow> one;
    QVERIFY2(library().store().revision(rows->at(1).id, &one, &error), qPrintable(error));
    QVERIFY(one);
    QCOMPARE(one->snapshot, rows->at(1).snapshot);
    QVERIFY2(library().store().revision(rows->at(0).id + 1000, &one, &error), qPrintable(error));
    QVERIFY(!one); // no such revision: found nothing, and no failure

    const auto all = library().store().allRevisions(&error);
    QVERIFY2(all, qPrintable(error));
    QVERIFY(all->size() >= 3); // the speaker's, then the quote's two, oldest first
    QVERIFY(all->constFirst().id < all->constLast().id);
}

void TestStoreRows::previousRevisionIsTheOneBefore()
{
    const qint64 id = addQuote(u"One"_s);
    addQuote(u"Another"_s); // revisions of other records in between
    auto quote = library().get<Quote>(id);
    quote->title = u"Two"_s;
    QString error;
    QVERIFY(library().save(*quote, &error));
    const auto rows = library().store().revisions(RecordType::Quote, id, &error);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(library().store().previousRevision(rows->at(0).id, &error),
             std::optional<qint64>(rows->at(1).id));
    QCOMPARE(library().store().previousRevision(rows->at(1).id, &error), std::optional<qint64>(0));
}

void TestStoreRows::hasRevisionMatchesSnapshotAndTime()
{
    const qint64 id = addQuote(u"Kept"_s);
    QString error;
    const auto rows = library().store().revisions(RecordType::Quote, id, &error);
    QVERIFY(rows && rows->size() == 1);
    const RevisionRow &row = rows->constFirst();
    Store &store = library().store();
    QCOMPARE(store.hasRevision(RecordType::Quote, id, row.createdAt, row.snapshot, &error),
             std::optional(true));
    QCOMPARE(store.hasRevision(RecordType::Quote, id, QString(), row.snapshot, &error), std::optional(true));
    QCOMPARE(store.hasRevision(RecordType::Quote, id, u"2001-01-01T00:00:00.000Z"_s, row.snapshot, &error),
             std::optional(false));
    QCOMPARE(store.hasRevision(RecordType::Quote, id, QString(), "{}", &error), std::optional(false));
}

void TestStoreRows::idsByUuidIncludeTrashed()
{
    const qint64 kept = addQuote(u"Kept"_s);
    const qint64 binned = addQuote(u"Binned"_s);
    QString error;
    QVERIFY2(library().trash(RecordType::Quote, binned, &error), qPrintable(error));
    const auto ids = library().store().idsByUuid(RecordType::Quote, &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(ids->value(library().uuidForId(RecordType::Quote, kept)), kept);
    QCOMPARE(ids->value(library().uuidForId(RecordType::Quote, binned)), binned);
}

void TestStoreRows::publicationsAndRemoteMedia()
{
    const qint64 quote = addQuote(u"Published"_s);
    Site site;
    site.name = u"Firm"_s;
    site.baseUrl = u"https://example.org"_s;
    site.userName = u"editor"_s;
    QString error;
    QVERIFY2(library().save(site, &error), qPrintable(error));
    Publication publication;
    publication.recordType = u"quote"_s;
    publication.recordId = quote;
    publication.siteId = site.id;
    publication.remoteId = 42;
    QVERIFY2(library().save(publication, &error), qPrintable(error));

    Store &store = library().store();
    QCOMPARE(store.publicationIds(u"quote"_s, quote, site.id, TrashFilter::Live, &error),
             std::optional(QList<qint64> { publication.id }));
    QCOMPARE(store.publicationIds(u"quote"_s, quote, 0, TrashFilter::Live, &error),
             std::optional(QList<qint64> { publication.id }));
    QCOMPARE(store.publicationIds(u"essay"_s, quote, 0, TrashFilter::Live, &error),
             std::optional(QList<qint64> {}));
    QCOMPARE(store.remoteIds(site.id, &error), QList<qint64> { 42 });

    const QString sha(64, u'a');
    QVERIFY2(store.rememberMedia(site.id, sha, { 7, u"https://example.org/a.pdf"_s }, &error),
             qPrintable(error));
    QHash<QString, RemoteMedia> media = store.remoteMedia(site.id, { sha, QString(64, u'b') }, &error);
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.value(sha).id, 7);
    QCOMPARE(media.value(sha).url, u"https://example.org/a.pdf"_s);
    QVERIFY2(store.rememberMedia(site.id, sha, { 8, u"https://example.org/b.pdf"_s }, &error),
             qPrintable(error));
    QCOMPARE(store.remoteMedia(site.id, { sha }, &error).value(sha).id, 8); // replaced
    QVERIFY2(store.forgetMedia(site.id, sha, &error), qPrintable(error));
    QVERIFY(store.remoteMedia(site.id, { sha }, &error).isEmpty());
}

void TestStoreRows::assetRowsByHash()
{
    const QString first(64, u'1');
    const QString second(64, u'2');
    const qint64 live = addAsset(first, 100);
    const qint64 binned = addAsset(second, 200);
    QString error;
    QVERIFY2(library().trash(RecordType::Asset, binned, &error), qPrintable(error));
    Store &store = library().store();
    QCOMPARE(store.assetSizes(&error), std::optional(QSet<qint64> { 100, 200 }));
    QCOMPARE(store.assetHashes(&error), std::optional(QSet<QString> { first, second }));
    QCOMPARE(store.assetForHash(first, &error), std::optional(live));
    QCOMPARE(store.assetForHash(second, &error), std::optional(binned)); // a trashed one comes back
    QCOMPARE(store.assetForHash(QString(64, u'3'), &error), std::optional<qint64>(0));

    // Two records of one content: the one not in the trash is found.
    const qint64 again = addAsset(second, 200);
    QCOMPARE(store.assetForHash(second, &error), std::optional(again));
}

void TestStoreRows::pagesFilterSortAndCount()
{
    Speaker speaker = Test::makeSpeaker(u"Ada"_s);
    QString error;
    QVERIFY(library().save(speaker, &error));
    const qint64 b = addQuote(u"banana"_s, speaker.id);
    const qint64 a = addQuote(u"Apple"_s, speaker.id);
    const qint64 other = addQuote(u"cherry"_s);
    QVERIFY(library().trash(RecordType::Quote, other, &error));

    RecordPageQuery page;
    page.type = RecordType::Quote;
    page.columns = { RecordPageQuery::Column::Title, RecordPageQuery::Column::Speaker,
                     RecordPageQuery::Column::Updated };
    QList<QVariantList> rows;
    QVERIFY2(library().store().readPage(page, 0, 10, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 2); // the trashed one is not listed
    QCOMPARE(rows.at(0).value(0).toLongLong(), a); // sorted by title without regard to case
    QCOMPARE(rows.at(0).value(1).toString(), u"Apple"_s);
    QCOMPARE(rows.at(0).value(2).toString(), u"Ada"_s);
    QVERIFY(rows.at(0).value(3).toDateTime().isValid());
    QCOMPARE(rows.at(1).value(0).toLongLong(), b);
    QCOMPARE(library().store().countPage(page, &error), std::optional(2));

    page.descending = true;
    rows.clear();
    QVERIFY(library().store().readPage(page, 1, 10, &rows, &error)); // from the second row on
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).value(0).toLongLong(), a);

    page.speakerId = speaker.id + 1000;
    QCOMPARE(library().store().countPage(page, &error), std::optional(0));
}

void TestStoreRows::savesAreAnnouncedAfterTheCommit()
{
    QSignalSpy changed(library().events(), &LibraryEvents::recordsChanged);
    const qint64 id = addQuote(u"Told"_s);
    QCOMPARE(changed.size(), 2); // its speaker, then the quote
    QCOMPARE(changed.at(1).at(0).value<RecordType>(), RecordType::Quote);
    QCOMPARE(changed.at(1).at(1).value<QList<qint64>>(), QList<qint64> { id });

    changed.clear();
    QString error;
    bool announcedInside = true;
    QVERIFY(library().transact(
        [&](QString *e) {
            auto quote = library().get<Quote>(id, e);
            quote->title = u"Told again"_s;
            const bool ok = library().save(*quote, e);
            announcedInside = !changed.isEmpty();
            return ok;
        },
        &error));
    QVERIFY(!announcedInside);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).value<QList<qint64>>(), QList<qint64> { id });
}

void TestStoreRows::rolledBackWorkIsNotAnnounced()
{
    const qint64 id = addQuote(u"Unchanged"_s);
    QSignalSpy changed(library().events(), &LibraryEvents::recordsChanged);
    QString error;
    QVERIFY(!library().transact(
        [&](QString *e) {
            auto quote = library().get<Quote>(id, e);
            quote->title = u"Changed"_s;
            return library().save(*quote, e) && false;
        },
        &error));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(library().get<Quote>(id)->title, u"Unchanged"_s);

    // A save refused before it reaches the store says nothing either.
    Quote empty;
    QVERIFY(!library().save(empty, &error));
    QCOMPARE(changed.size(), 0);
}

void TestStoreRows::trashRestoreAndPurgeAreAnnounced()
{
    const qint64 id = addQuote(u"Binned"_s);
    QSignalSpy changed(library().events(), &LibraryEvents::recordsChanged);
    QString error;
    QVERIFY(library().trash(RecordType::Quote, id, &error));
    QVERIFY(library().restore(RecordType::Quote, id, &error));
    QVERIFY(library().trash(RecordType::Quote, id, &error));
    QVERIFY(library().purge(RecordType::Quote, id, &error));
    QCOMPARE(changed.size(), 4);
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        QCOMPARE(arguments.at(0).value<RecordType>(), RecordType::Quote);
        QCOMPARE(arguments.at(1).value<QList<qint64>>(), QList<qint64> { id });
    }
    // Refused: nothing changed, nothing said.
    QVERIFY(!library().restore(RecordType::Quote, id, &error));
    QCOMPARE(changed.size(), 4);
}

void TestStoreRows::aClosedStoreReportsErrors()
{
    library().close();
    QString error;
    Store &store = library().store();
    QVERIFY(!store.revisions(RecordType::Quote, 1, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.assetHashes(&error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.countPage(RecordPageQuery {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.rememberMedia(1, QString(64, u'a'), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreRows)
#include "tst_storerows.moc"
