// SPDX-License-Identifier: GPL-3.0-or-later
// Library::count() reads counts that triggers keep (schema version 6) instead of scanning a
// table. Each test changes a library one way and checks every count of every record type
// against a scan of its table: inserts, trash and restore, purges and the cascade they start,
// an import, a rolled-back transaction, SQL written past the Library, and old libraries that
// the migration counts once.
#include "rawsqlite.h"
#include "store/libraryexchange.h"
#include "store/migrations.h"
#include "store/sqlitesql.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

constexpr TrashFilter s_filters[] = { TrashFilter::Live, TrashFilter::Trashed, TrashFilter::All };

const char *filterName(TrashFilter filter)
{
    return filter == TrashFilter::Live ? "live" : filter == TrashFilter::Trashed ? "trashed" : "all";
}

// The store's own connection: what the triggers see, inside the library's transactions.
QSqlDatabase connectionOf(Library &library)
{
    return static_cast<SqliteStore &>(library.store()).database();
}

qint64 scanned(Library &library, RecordType type, TrashFilter filter)
{
    const QString where = filter == TrashFilter::Live ? u"deleted_at IS NULL"_s
        : filter == TrashFilter::Trashed              ? u"deleted_at IS NOT NULL"_s
                                                      : u"1"_s;
    QSqlQuery query(connectionOf(library));
    if (!query.exec(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(recordTypePluralName(type), where))
        || !query.next())
        return -2;
    return query.value(0).toLongLong();
}

// Empty when every count agrees with a scan; otherwise the ones that do not.
QString countsThatDisagree(Library &library)
{
    QStringList wrong;
    for (const RecordType type : LibrarySql::allTypes) {
        for (const TrashFilter filter : s_filters) {
            const qint64 kept = library.count(type, filter);
            const qint64 rows = scanned(library, type, filter);
            if (kept != rows)
                wrong << u"%1 %2: %3, scan %4"_s
                             .arg(recordTypePluralName(type), QLatin1StringView(filterName(filter)))
                             .arg(kept)
                             .arg(rows);
        }
    }
    return wrong.join(u"; "_s);
}

} // namespace

#define QD_VERIFY_COUNTS_AGREE(library)                                                                      \
    do {                                                                                                     \
        const QString wrong = countsThatDisagree(library);                                                   \
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));                                                        \
    } while (false)

class TestRecordCounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newLibraryCountsNothing();
    void savesAreCounted();
    void trashAndRestoreMoveTheCount();
    void purgeAndEmptyTrashUncount();
    void cascadedDeletesAreCounted();
    void rolledBackTransactionLeavesCounts();
    void importIsCounted();
    void sqlPastTheLibraryIsCounted();
    void countsAreOneRowNotAScan();
    void version1LibraryIsCountedOnUpgrade();
    void version5LibraryIsCountedOnUpgrade();

private:
    void fill();

    std::unique_ptr<Test::TempLibrary> m_lib;
    Speaker m_speaker;
    Quote m_quote;
    Quote m_other;
    Site m_site;
};

void TestRecordCounts::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestRecordCounts::cleanup()
{
    m_lib.reset();
}

// A speaker with two quotes, a category, a site with a publication of the first quote.
void TestRecordCounts::fill()
{
    Library &lib = m_lib->library();
    QString error;
    m_speaker = Test::makeSpeaker();
    QVERIFY2(lib.save(m_speaker, &error), qPrintable(error));
    Category category;
    category.name = u"Chips"_s;
    QVERIFY2(lib.save(category, &error), qPrintable(error));
    m_quote = Test::makeQuote();
    m_quote.speakerId = m_speaker.id;
    m_quote.categoryIds = { category.id };
    QVERIFY2(lib.save(m_quote, &error), qPrintable(error));
    m_other = Test::makeQuote(u"Demand for compute keeps outrunning supply."_s);
    m_other.speakerId = m_speaker.id;
    QVERIFY2(lib.save(m_other, &error), qPrintable(error));
    m_site = Site {};
    m_site.name = u"Firm website"_s;
    m_site.baseUrl = u"https://example.org"_s;
    QVERIFY2(lib.save(m_site, &error), qPrintable(error));
    Publication publication;
    publication.recordType = u"quote"_s;
    publication.recordId = m_quote.id;
    publication.siteId = m_site.id;
    publication.remoteId = 4711;
    publication.syncedAt = QDateTime(QDate(2025, 6, 2), QTime(9, 30), QTimeZone::utc());
    QVERIFY2(lib.save(publication, &error), qPrintable(error));
}

void TestRecordCounts::newLibraryCountsNothing()
{
    for (const RecordType type : LibrarySql::allTypes) {
        for (const TrashFilter filter : s_filters)
            QCOMPARE(m_lib->library().count(type, filter), 0);
    }
}

void TestRecordCounts::savesAreCounted()
{
    fill();
    Library &lib = m_lib->library();
    QCOMPARE(lib.count(RecordType::Quote), 2);
    QCOMPARE(lib.count(RecordType::Speaker), 1);
    QCOMPARE(lib.count(RecordType::Publication), 1);
    // Saving again updates the row; the count stays.
    QString error;
    m_quote.commentary = u"Sovereign AI is a policy choice."_s;
    QVERIFY2(lib.save(m_quote, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote), 2);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 0);
    QD_VERIFY_COUNTS_AGREE(lib);
}

void TestRecordCounts::trashAndRestoreMoveTheCount()
{
    fill();
    Library &lib = m_lib->library();
    QString error;
    QVERIFY2(lib.trash(RecordType::Quote, m_other.id, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote), 1);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 1);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::All), 2);
    // A refused second trash changes nothing.
    QVERIFY(!lib.trash(RecordType::Quote, m_other.id, &error));
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 1);
    // Saving a trashed record keeps it in the trash and counted there once.
    auto trashed = lib.get<Quote>(m_other.id);
    QVERIFY(trashed);
    trashed->commentary = u"Withdrawn."_s;
    QVERIFY2(lib.save(*trashed, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 1);

    QVERIFY2(lib.restore(RecordType::Quote, m_other.id, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote), 2);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 0);

    QVERIFY2(lib.trash(RecordType::Quote, m_other.id, &error), qPrintable(error));
    QVERIFY2(lib.replaceAndTrash(
                 RecordType::Speaker, m_speaker.id,
                 [&] {
                     Speaker other = Test::makeSpeaker(u"Lisa Su"_s);
                     lib.save(other, &error);
                     return other.id;
                 }(),
                 &error),
             qPrintable(error));
    QCOMPARE(lib.count(RecordType::Speaker), 1);
    QCOMPARE(lib.count(RecordType::Speaker, TrashFilter::Trashed), 1);
    QD_VERIFY_COUNTS_AGREE(lib);
}

void TestRecordCounts::purgeAndEmptyTrashUncount()
{
    fill();
    Library &lib = m_lib->library();
    QString error;
    QVERIFY2(lib.trash(RecordType::Quote, m_other.id, &error), qPrintable(error));
    QVERIFY2(lib.purge(RecordType::Quote, m_other.id, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote), 1);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::All), 1);

    // The quote goes with its publication; then nothing uses the speaker.
    QVERIFY2(lib.trash(RecordType::Quote, m_quote.id, &error), qPrintable(error));
    QVERIFY2(lib.trash(RecordType::Speaker, m_speaker.id, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 1);
    QVERIFY2(lib.emptyTrash(&error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::All), 0);
    QCOMPARE(lib.count(RecordType::Speaker, TrashFilter::All), 0);
    QCOMPARE(lib.count(RecordType::Publication, TrashFilter::All), 0);
    QCOMPARE(lib.count(RecordType::Category), 1);
    QD_VERIFY_COUNTS_AGREE(lib);
}

// Rows that SQLite deletes itself (ON DELETE CASCADE) fire the triggers too.
void TestRecordCounts::cascadedDeletesAreCounted()
{
    fill();
    Library &lib = m_lib->library();
    QSqlQuery query(connectionOf(lib));
    QVERIFY2(query.exec(u"DELETE FROM sites WHERE id = %1"_s.arg(m_site.id)),
             qPrintable(query.lastError().text()));
    QCOMPARE(scanned(lib, RecordType::Publication, TrashFilter::All), 0);
    QCOMPARE(lib.count(RecordType::Publication, TrashFilter::All), 0);
    QCOMPARE(lib.count(RecordType::Site, TrashFilter::All), 0);
    QD_VERIFY_COUNTS_AGREE(lib);
}

void TestRecordCounts::rolledBackTransactionLeavesCounts()
{
    fill();
    Library &lib = m_lib->library();
    QString error;
    const bool committed = lib.transact(
        [&](QString *e) {
            Quote quote = Test::makeQuote(u"A remark that is never kept."_s);
            if (!lib.save(quote, e) || !lib.trash(RecordType::Quote, m_other.id, e))
                return false;
            // Inside the transaction the counts already see both changes.
            if (lib.count(RecordType::Quote) != 2
                || lib.count(RecordType::Quote, TrashFilter::Trashed) != 1) {
                *e = u"counts inside the transaction are wrong"_s;
                return false;
            }
            *e = u"rolled back on purpose"_s;
            return false;
        },
        &error);
    QVERIFY(!committed);
    QCOMPARE(error, u"rolled back on purpose"_s);
    QCOMPARE(lib.count(RecordType::Quote), 2);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 0);
    QD_VERIFY_COUNTS_AGREE(lib);
}

void TestRecordCounts::importIsCounted()
{
    fill();
    QString error;
    QVERIFY2(m_lib->library().trash(RecordType::Quote, m_other.id, &error), qPrintable(error));
    const auto json = LibraryExchange::exportLibrary(m_lib->library(), &error);
    QVERIFY2(json, qPrintable(error));

    Test::TempLibrary target;
    QVERIFY2(target.open(), qPrintable(target.error()));
    QVERIFY2(LibraryExchange::importJson(target.library(), *json, &error), qPrintable(error));
    QCOMPARE(target->count(RecordType::Quote), 1);
    QCOMPARE(target->count(RecordType::Quote, TrashFilter::Trashed), 1);
    QCOMPARE(target->count(RecordType::Publication), 1);
    // Importing the same file again updates what is there.
    QVERIFY2(LibraryExchange::importJson(target.library(), *json, &error), qPrintable(error));
    QCOMPARE(target->count(RecordType::Quote, TrashFilter::All), 2);
    QD_VERIFY_COUNTS_AGREE(target.library());
}

// The counts are kept by the file, so a write by another program (or an older QuoteDesk
// build at this version) cannot leave them behind.
void TestRecordCounts::sqlPastTheLibraryIsCounted()
{
    fill();
    const QString path = m_lib->path();
    m_lib->library().close();
    {
        Test::RawSqlite raw(path);
        QVERIFY(raw.exec(u"INSERT INTO tags (uuid, created_at, updated_at, name) VALUES "
                         u"('2f5c1c0e-8a51-4d0f-9a1e-6b1f7f3c2a10', '2025-06-02T08:00:00Z', "
                         u"'2025-06-02T08:00:00Z', 'AI')"_s));
        QVERIFY(raw.exec(u"UPDATE quotes SET deleted_at = '2025-06-03T08:00:00Z'"_s));
        QVERIFY(raw.exec(u"DELETE FROM categories"_s));
    }
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    Library &lib = m_lib->library();
    QCOMPARE(lib.count(RecordType::Tag), 1);
    QCOMPARE(lib.count(RecordType::Quote), 0);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 2);
    QCOMPARE(lib.count(RecordType::Category, TrashFilter::All), 0);
    QD_VERIFY_COUNTS_AGREE(lib);
}

// What makes count() fast: it reads the row of record_counts, not the table.
void TestRecordCounts::countsAreOneRowNotAScan()
{
    fill();
    Library &lib = m_lib->library();
    QSqlQuery query(connectionOf(lib));
    QVERIFY(query.exec(u"UPDATE record_counts SET live = 1000 WHERE record_table = 'quotes'"_s));
    QCOMPARE(lib.count(RecordType::Quote), 1000);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::All), 1000);
}

// The checked-in version-1 library (three speakers, four quotes, one of them in the trash)
// gets its counts from its rows when it is upgraded.
void TestRecordCounts::version1LibraryIsCountedOnUpgrade()
{
    const QString path = m_lib->folder() + u"/old.qdlib"_s;
    QVERIFY(QFile::copy(Test::dataPath(u"library/library-v1.qdlib"_s), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Library lib;
    QString error;
    QVERIFY2(lib.open(path, &error), qPrintable(error));
    QCOMPARE(lib.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(lib.count(RecordType::Speaker), 3);
    QCOMPARE(lib.count(RecordType::Quote), 3);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::Trashed), 1);
    QCOMPARE(lib.count(RecordType::Tag), 3);
    QD_VERIFY_COUNTS_AGREE(lib);

    Quote quote = Test::makeQuote();
    QVERIFY2(lib.save(quote, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Quote), 4);
}

// A library written at version 5 counts its rows while it is held there, and is counted once
// when it is upgraded.
void TestRecordCounts::version5LibraryIsCountedOnUpgrade()
{
    m_lib.reset();
    Test::TempLibrary old;
    Library::OpenOptions options;
    options.schemaVersion = 5;
    QVERIFY2(old.open(options), qPrintable(old.error()));
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY2(old->save(speaker, &error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        Quote quote = Test::makeQuote(u"Quote number %1 of the old library."_s.arg(i));
        quote.speakerId = speaker.id;
        QVERIFY2(old->save(quote, &error), qPrintable(error));
        if (i == 0)
            QVERIFY2(old->trash(RecordType::Quote, quote.id, &error), qPrintable(error));
    }
    // Held at version 5 it has no kept counts and counts its rows.
    QCOMPARE(old->count(RecordType::Quote), 2);
    QCOMPARE(old->count(RecordType::Quote, TrashFilter::Trashed), 1);
    old->close();

    QVERIFY2(old.open(), qPrintable(old.error()));
    QCOMPARE(old->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(old->count(RecordType::Quote), 2);
    QCOMPARE(old->count(RecordType::Quote, TrashFilter::Trashed), 1);
    QCOMPARE(old->count(RecordType::Speaker), 1);
    QD_VERIFY_COUNTS_AGREE(old.library());
}

QTEST_GUILESS_MAIN(TestRecordCounts)
#include "tst_recordcounts.moc"
