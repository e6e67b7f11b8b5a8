// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "store/migrations.h"
#include "store/revisions.h"
#include "store/search.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

// The rows of the search index of the library at @p path that hold @p word, in order.
QList<qint64> indexRows(const QString &path, const QString &word)
{
    QList<qint64> rowids;
    const QVariantList column = Test::RawSqlite(path).column(
        u"SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid"_s, { word });
    for (const QVariant &rowid : column)
        rowids.append(rowid.toLongLong());
    return rowids;
}

} // namespace

// Opening libraries of older schema versions: the checked-in version-1 file
// (tests/data/library/library-v1.qdlib, see the README there) and broken copies of it.
class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fixtureIsCheckpointedVersion1();
    void migratesVersion1Library();
    void migratedLibraryKeepsRevisions();
    void migratedLibraryIsSearchable();
    void failedStepIsRolledBack_data();
    void failedStepIsRolledBack();
    void readOnlyOldLibraryIsNotUpgraded();
    void version4AssetsGainAnAuthor();
    void version7IndexKeepsLongerPrefixes();

private:
    QString fixture() const { return Test::dataPath(u"library/library-v1.qdlib"_s); }
    QString copyOfFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = std::make_unique<Library>();
}

void TestMigrations::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

QString TestMigrations::copyOfFixture()
{
    const QString path = m_dir->filePath(u"old.qdlib"_s);
    if (!QFile::copy(fixture(), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestMigrations::fixtureIsCheckpointedVersion1()
{
    QVERIFY2(QFileInfo::exists(fixture()), qPrintable(fixture()));
    QVERIFY(!QFileInfo::exists(fixture() + u"-wal"_s));
    const QByteArray header = Test::readAll(fixture()).left(100);
    QCOMPARE(header.size(), 100);
    // Bytes 18 and 19 are the read and write format versions: 2 means WAL.
    QCOMPARE(int(header.at(18)), 2);
    QCOMPARE(int(header.at(19)), 2);
    QCOMPARE(int(header.at(63)), 1); // low byte of user_version (big-endian at 60)
}

void TestMigrations::migratesVersion1Library()
{
    const QString path = copyOfFixture();
    QVERIFY(!path.isEmpty());
    QString error;
    QVERIFY2(m_library->open(path, &error), qPrintable(error));
    QCOMPARE(m_library->schemaVersion(), Migrations::latestVersion());
    QVERIFY(!m_library->isReadOnly());

    const auto speaker = m_library->get<Speaker>(1, &error);
    QVERIFY2(speaker, qPrintable(error));
    QCOMPARE(speaker->name, u"Jensen Huang"_s);
    QCOMPARE(speaker->portraitAssetId, std::optional<qint64>(1));
    QCOMPARE(speaker->links, QStringList { u"https://www.nvidia.com"_s });
    QCOMPARE(speaker->createdAt, QDateTime(QDate(2025, 5, 28), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(m_library->get<Asset>(1)->kind, AssetKind::Portrait);
    QCOMPARE(m_library->get<Asset>(1)->author, QString());

    const auto quote = m_library->get<Quote>(1, &error);
    QVERIFY2(quote, qPrintable(error));
    QCOMPARE(quote->speakerId, std::optional<qint64>(1));
    QCOMPARE(quote->essayId, std::optional<qint64>(1));
    QCOMPARE(quote->saidOn, QDate(2025, 5, 28));
    QCOMPARE(quote->status, WorkflowStatus::Published);
    QCOMPARE(quote->tagIds, (QList<qint64> { 2, 1 }));
    QCOMPARE(quote->categoryIds, QList<qint64> { 2 });
    QCOMPARE(quote->uuid, u"6f1c2a8e-0b1d-4c55-9a37-1e0c4b1a0501"_s);

    const auto essay = m_library->get<Essay>(1, &error);
    QVERIFY2(essay, qPrintable(error));
    QCOMPARE(essay->categoryIds, (QList<qint64> { 2, 1 }));
    QCOMPARE(essay->tagIds, (QList<qint64> { 1, 2 }));
    QCOMPARE(m_library->get<Category>(2)->parentId, std::optional<qint64>(1));

    QCOMPARE(m_library->count(RecordType::Speaker), 3);
    QCOMPARE(m_library->count(RecordType::Quote), 3);
    QCOMPARE(m_library->count(RecordType::Quote, TrashFilter::Trashed), 1);
    QCOMPARE(m_library->count(RecordType::Tag), 3);
    const QList<RecordRef> users = m_library->usedBy(RecordType::Speaker, 1);
    QCOMPARE(users.size(), 2);

    Test::RawSqlite db(path);
    QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(db.rows(u"PRAGMA foreign_key_check"_s), QList<QVariantList>());
}

void TestMigrations::migratedLibraryKeepsRevisions()
{
    const QString path = copyOfFixture();
    QString error;
    QVERIFY2(m_library->open(path, &error), qPrintable(error));
    auto quote = m_library->get<Quote>(2, &error);
    QVERIFY2(quote, qPrintable(error));
    quote->commentary = u"Export rules may speed up chip design in China."_s;
    QVERIFY2(m_library->save(*quote, &error), qPrintable(error));

    const QList<RevisionInfo> revisions = RevisionStore(*m_library).list(RecordType::Quote, 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(m_library->get<Quote>(2)->commentary, quote->commentary);
}

void TestMigrations::migratedLibraryIsSearchable()
{
    const QString path = copyOfFixture();
    QString error;
    QVERIFY2(m_library->open(path, &error), qPrintable(error));
    // rowid = record id * 8 + type code (1 speaker, 2 essay, 3 quote).
    QCOMPARE(indexRows(path, u"tenfold"_s), QList<qint64> { 1 * 8 + 3 });
    QCOMPARE(indexRows(path, u"mechatronics"_s), QList<qint64> { 2 * 8 + 1 });
    QCOMPARE(indexRows(path, u"indicator"_s), (QList<qint64> { 2 * 8 + 2, 3 * 8 + 3 }));
    QCOMPARE(indexRows(path, u"billions"_s), QList<qint64>()); // only the trashed quote says it
}

void TestMigrations::failedStepIsRolledBack_data()
{
    QTest::addColumn<QString>("sabotage");
    QTest::addColumn<int>("failingVersion");
    QTest::addColumn<QString>("rolledBackTable");

    QTest::newRow("revisions table already there")
        << u"CREATE TABLE revisions (note TEXT)"_s << 2 << QString();
    QTest::newRow("second statement of version 2 fails")
        << u"CREATE INDEX revisions_record ON speakers(name)"_s << 2 << u"revisions"_s;
    QTest::newRow("trigger of version 3 fails after its table was made")
        << u"CREATE TRIGGER speakers_fts_insert AFTER INSERT ON speakers BEGIN SELECT 1; END"_s << 3
        << u"search_index"_s;
}

void TestMigrations::failedStepIsRolledBack()
{
    QFETCH(QString, sabotage);
    QFETCH(int, failingVersion);
    QFETCH(QString, rolledBackTable);

    const QString path = copyOfFixture();
    QString error;
    QVERIFY(Test::RawSqlite(path).exec(sabotage));

    QVERIFY(!m_library->open(path, &error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QVERIFY2(error.contains(u"version %1"_s.arg(failingVersion)), qPrintable(error));
    QVERIFY(!m_library->isOpen());

    Test::RawSqlite db(path);
    QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), failingVersion - 1);
    if (!rolledBackTable.isEmpty()) {
        const QVariant count =
            db.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s, { rolledBackTable });
        QCOMPARE(count.toInt(), 0);
    }
    QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestMigrations::readOnlyOldLibraryIsNotUpgraded()
{
    const QString path = copyOfFixture();
    const QByteArray before = Test::readAll(path);
    Library::OpenOptions options;
    options.readOnly = true;
    QString error;
    QVERIFY(!m_library->open(path, &error, options));
    QVERIFY2(error.contains(QFileInfo(path).fileName()) && error.contains(u"read-only"_s), qPrintable(error));
    QCOMPARE(Test::readAll(path), before);
}

// A library left at version 4 (written by the ladder stopped there, with an asset inserted in
// the columns of version 4) gains the author column on open, keeps every asset field and
// keeps the asset findable; a saved author is then searchable too.
void TestMigrations::version4AssetsGainAnAuthor()
{
    const QString path = m_dir->filePath(u"v4.qdlib"_s);
    QString error;
    {
        Library old;
        Library::OpenOptions options;
        options.schemaVersion = 4;
        QVERIFY2(old.open(path, &error, options), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 4);
    }
    {
        Test::RawSqlite db(path);
        QVERIFY(
            db.exec(u"INSERT INTO assets (uuid, created_at, updated_at, sha256, original_name, mime_type, "
                    u"size, title, description, alt_text, kind, width, height, page_count) VALUES "
                    u"('0b7c9f7e-2d4a-4c1e-8f65-3a1f5e2b9c10', '2025-06-02T08:00:00Z', "
                    u"'2025-06-02T08:00:00Z', 'ab12', 'outlook.pdf', 'application/pdf', 48213, "
                    u"'Semiconductor outlook', 'Twelve pages on export rules', 'Cover of the outlook', "
                    u"'brochure', 0, 0, 12)"_s));
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s).toInt(), 4);
    }

    QVERIFY2(m_library->open(path, &error), qPrintable(error));
    QCOMPARE(m_library->schemaVersion(), Migrations::latestVersion());
    std::optional<Asset> asset = m_library->get<Asset>(1, &error);
    QVERIFY2(asset, qPrintable(error));
    QCOMPARE(asset->uuid, u"0b7c9f7e-2d4a-4c1e-8f65-3a1f5e2b9c10"_s);
    QCOMPARE(asset->originalName, u"outlook.pdf"_s);
    QCOMPARE(asset->size, 48213);
    QCOMPARE(asset->title, u"Semiconductor outlook"_s);
    QCOMPARE(asset->description, u"Twelve pages on export rules"_s);
    QCOMPARE(asset->altText, u"Cover of the outlook"_s);
    QCOMPARE(asset->kind, AssetKind::Brochure);
    QCOMPARE(asset->pageCount, 12);
    QCOMPARE(asset->author, QString());

    QCOMPARE(indexRows(path, u"outlook"_s), QList<qint64> { 1 * 8 + 4 }); // indexed again, once
    asset->author = u"Strategy Desk"_s;
    QVERIFY2(m_library->save(*asset, &error), qPrintable(error));
    QCOMPARE(m_library->get<Asset>(1)->author, u"Strategy Desk"_s);
    QCOMPARE(indexRows(path, u"strategy"_s), QList<qint64> { 1 * 8 + 4 });
}

// A library of version 7 gets its search index made again with the prefixes of four and five
// letters: every live record is found as before, by word and by prefix, a trashed one is not,
// and the triggers keep the new index in step.
void TestMigrations::version7IndexKeepsLongerPrefixes()
{
    const QString path = m_dir->filePath(u"v7.qdlib"_s);
    QString error;
    qint64 liveId = 0;
    qint64 trashedId = 0;
    {
        Library old;
        Library::OpenOptions options;
        options.schemaVersion = 7;
        QVERIFY2(old.open(path, &error, options), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 7);
        Quote live;
        live.text = u"Inference demand is going to be a billion times larger."_s;
        live.title = u"Quote: Jensen Huang, CEO"_s;
        QVERIFY2(old.save(live, &error), qPrintable(error));
        liveId = live.id;
        Quote trashed;
        trashed.text = u"Inference costs fall tenfold a year."_s;
        QVERIFY2(old.save(trashed, &error), qPrintable(error));
        trashedId = trashed.id;
        QVERIFY2(old.trash(RecordType::Quote, trashedId, &error), qPrintable(error));
    }
    QVERIFY(!Test::RawSqlite(path)
                 .scalar(u"SELECT sql FROM sqlite_master WHERE name = 'search_index'"_s)
                 .toString()
                 .contains(u"4 5"_s));

    QVERIFY2(m_library->open(path, &error), qPrintable(error));
    QCOMPARE(m_library->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Test::RawSqlite(path)
                .scalar(u"SELECT sql FROM sqlite_master WHERE name = 'search_index'"_s)
                .toString()
                .contains(u"prefix = '1 2 3 4 5'"_s));
    QCOMPARE(indexRows(path, u"inference"_s), QList<qint64> { liveId * 8 + 3 });
    QCOMPARE(indexRows(path, u"jensen"_s), QList<qint64> { liveId * 8 + 3 });
    for (const QString &typed : { u"infer"_s, u"infe"_s, u"bill"_s, u"Jense"_s }) {
        const QList<SearchHit> hits =
            search(*m_library, SearchQuery { typed, { RecordType::Quote } }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, liveId);
    }
    QVERIFY2(m_library->restore(RecordType::Quote, trashedId, &error), qPrintable(error));
    QCOMPARE(indexRows(path, u"tenfold"_s), QList<qint64> { trashedId * 8 + 3 });
    QCOMPARE(search(*m_library, SearchQuery { u"tenf"_s, { RecordType::Quote } }).size(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
