// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "store/revisions.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createsFileWithPrivateMode();
    void createReadUpdate();
    void linksKeepTheirOrder();
    void everyTypeRoundTrips();
    void trashRefusedWhileUsed();
    void trashRestorePurge();
    void replaceAndTrashMovesUsers();
    void purgeRefusedWhileTrashedUserRemains();
    void emptyTrashPurgesUsersFirst();
    void listSortsAndPages();
    void listRejectsUnknownSortField();
    void saveKeepsRevisionsUpToLimit();
    void requiredFieldsAreChecked_data();
    void requiredFieldsAreChecked();
    void updateOfMissingRecordFails();
    void labelsOfReadsSeveralRecords();

private:
    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestLibrary::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestLibrary::cleanup()
{
    m_lib.reset();
}

void TestLibrary::createsFileWithPrivateMode()
{
    const QFileInfo info(m_lib->path());
    QVERIFY(info.exists());
    QCOMPARE(info.permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(Test::RawSqlite(m_lib->path()).scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

    // Foreign keys are switched on: SQLite itself refuses a quote of a speaker it lacks.
    Quote orphan = Test::makeQuote();
    orphan.speakerId = 1000;
    QString error;
    QVERIFY(!m_lib->library().save(orphan, &error));
    QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
}

void TestLibrary::createReadUpdate()
{
    Library &lib = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY2(lib.save(speaker, &error), qPrintable(error));
    QVERIFY(speaker.id > 0);
    QVERIFY(!speaker.uuid.isEmpty());
    QVERIFY(speaker.createdAt.isValid());

    Quote quote = Test::makeQuote();
    quote.speakerId = speaker.id;
    QVERIFY2(lib.save(quote, &error), qPrintable(error));

    auto loaded = lib.get<Quote>(quote.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->text, quote.text);
    QCOMPARE(loaded->speakerId, std::optional<qint64>(speaker.id));
    QCOMPARE(loaded->saidOn, QDate(2025, 5, 28));
    QCOMPARE(loaded->status, WorkflowStatus::Draft);
    QCOMPARE(loaded->uuid, quote.uuid);

    loaded->commentary = u"Changed"_s;
    loaded->status = WorkflowStatus::Ready;
    QVERIFY2(lib.save(*loaded, &error), qPrintable(error));
    auto again = lib.get<Quote>(quote.id);
    QCOMPARE(again->commentary, u"Changed"_s);
    QCOMPARE(again->status, WorkflowStatus::Ready);
    QCOMPARE(lib.count(RecordType::Quote), 1);

    QVERIFY(!lib.get<Quote>(9999, &error));
    QVERIFY(error.contains(u"9999"_s));
}

void TestLibrary::linksKeepTheirOrder()
{
    Library &lib = m_lib->library();
    QString error;
    QList<qint64> tagIds;
    for (const QString &name : { u"AI"_s, u"Chips"_s, u"China"_s }) {
        Tag tag;
        tag.name = name;
        QVERIFY2(lib.save(tag, &error), qPrintable(error));
        tagIds.append(tag.id);
    }
    Quote quote = Test::makeQuote();
    quote.tagIds = { tagIds[2], tagIds[0], tagIds[1] };
    QVERIFY2(lib.save(quote, &error), qPrintable(error));
    QCOMPARE(lib.get<Quote>(quote.id)->tagIds, quote.tagIds);
    QCOMPARE(lib.list<Quote>().first().tagIds, quote.tagIds);

    quote.tagIds = { tagIds[1] };
    QVERIFY(lib.save(quote, &error));
    QCOMPARE(lib.get<Quote>(quote.id)->tagIds, QList<qint64> { tagIds[1] });
}

void TestLibrary::everyTypeRoundTrips()
{
    Library &lib = m_lib->library();
    QString error;
    Asset asset;
    asset.sha256 = u"ab"_s.repeated(32);
    asset.originalName = u"Brochure Ä.pdf"_s;
    asset.mimeType = u"application/pdf"_s;
    asset.kind = AssetKind::Brochure;
    asset.pageCount = 12;
    QVERIFY2(lib.save(asset, &error), qPrintable(error));
    QCOMPARE(lib.get<Asset>(asset.id)->pageCount, 12);
    QCOMPARE(lib.get<Asset>(asset.id)->kind, AssetKind::Brochure);

    Category parent;
    parent.name = u"Regions"_s;
    QVERIFY(lib.save(parent, &error));
    Category child;
    child.name = u"China"_s;
    child.parentId = parent.id;
    QVERIFY(lib.save(child, &error));
    QCOMPARE(lib.get<Category>(child.id)->parentId, std::optional<qint64>(parent.id));

    Essay essay = Test::makeEssay();
    essay.kind = EssayKind::Infographic;
    essay.featuredAssetId = asset.id;
    essay.categoryIds = { child.id };
    QVERIFY2(lib.save(essay, &error), qPrintable(error));
    const auto loadedEssay = lib.get<Essay>(essay.id);
    QCOMPARE(loadedEssay->kind, EssayKind::Infographic);
    QCOMPARE(loadedEssay->categoryIds, QList<qint64> { child.id });

    Site site;
    site.name = u"Firm site"_s;
    site.baseUrl = u"https://example.org"_s;
    site.userName = u"editor"_s;
    QVERIFY2(lib.save(site, &error), qPrintable(error));

    Publication publication;
    publication.recordType = u"essay"_s;
    publication.recordId = essay.id;
    publication.siteId = site.id;
    publication.remoteId = 42;
    publication.syncedAt = QDateTime(QDate(2025, 6, 1), QTime(10, 0), QTimeZone::utc());
    QVERIFY2(lib.save(publication, &error), qPrintable(error));
    QCOMPARE(lib.get<Publication>(publication.id)->syncedAt, publication.syncedAt);
    QCOMPARE(lib.usedBy(RecordType::Asset, asset.id).size(), 1);
    QCOMPARE(lib.usedBy(RecordType::Category, parent.id).first().id, child.id);
}

void TestLibrary::trashRefusedWhileUsed()
{
    Library &lib = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY(lib.save(speaker, &error));
    Quote quote = Test::makeQuote();
    quote.speakerId = speaker.id;
    QVERIFY(lib.save(quote, &error));

    QList<RecordRef> users;
    QVERIFY(!lib.trash(RecordType::Speaker, speaker.id, &error, &users));
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().type, RecordType::Quote);
    QCOMPARE(users.first().id, quote.id);
    QVERIFY2(error.contains(quote.title), qPrintable(error));
    QVERIFY(!lib.get<Speaker>(speaker.id)->isTrashed());
}

void TestLibrary::trashRestorePurge()
{
    Library &lib = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY(lib.save(speaker, &error));
    QVERIFY2(lib.trash(RecordType::Speaker, speaker.id, &error), qPrintable(error));
    QVERIFY(lib.get<Speaker>(speaker.id)->isTrashed());
    QCOMPARE(lib.count(RecordType::Speaker), 0);
    QCOMPARE(lib.count(RecordType::Speaker, TrashFilter::Trashed), 1);
    QCOMPARE(lib.trashed().size(), 1);
    QVERIFY(!lib.trash(RecordType::Speaker, speaker.id, &error));

    QVERIFY2(lib.restore(RecordType::Speaker, speaker.id, &error), qPrintable(error));
    QCOMPARE(lib.count(RecordType::Speaker), 1);
    QVERIFY(!lib.restore(RecordType::Speaker, speaker.id, &error));

    QVERIFY2(lib.purge(RecordType::Speaker, speaker.id, &error), qPrintable(error));
    QVERIFY(!lib.get<Speaker>(speaker.id));
    error.clear();
    const QList<RevisionInfo> revisions = RevisionStore(lib).list(RecordType::Speaker, speaker.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(revisions.isEmpty());
}

void TestLibrary::replaceAndTrashMovesUsers()
{
    Library &lib = m_lib->library();
    QString error;
    Speaker misspelt = Test::makeSpeaker(u"Jensen Haung"_s);
    Speaker right = Test::makeSpeaker(u"Jensen Huang"_s);
    QVERIFY(lib.save(misspelt, &error) && lib.save(right, &error));
    Quote quote = Test::makeQuote();
    quote.speakerId = misspelt.id;
    QVERIFY(lib.save(quote, &error));

    QVERIFY(!lib.replaceAndTrash(RecordType::Speaker, misspelt.id, misspelt.id, &error));
    QVERIFY2(lib.replaceAndTrash(RecordType::Speaker, misspelt.id, right.id, &error), qPrintable(error));
    QCOMPARE(lib.get<Quote>(quote.id)->speakerId, std::optional<qint64>(right.id));
    QVERIFY(lib.get<Speaker>(misspelt.id)->isTrashed());
}

void TestLibrary::purgeRefusedWhileTrashedUserRemains()
{
    Library &lib = m_lib->library();
    QString error;
    Essay essay = Test::makeEssay();
    QVERIFY(lib.save(essay, &error));
    Quote quote = Test::makeQuote();
    quote.essayId = essay.id;
    QVERIFY(lib.save(quote, &error));
    QVERIFY(lib.trash(RecordType::Quote, quote.id, &error));
    QVERIFY2(lib.trash(RecordType::Essay, essay.id, &error), qPrintable(error));
    QList<RecordRef> users;
    QVERIFY(!lib.purge(RecordType::Essay, essay.id, &error, &users));
    QCOMPARE(users.size(), 1);
    QVERIFY(lib.get<Essay>(essay.id));
}

void TestLibrary::emptyTrashPurgesUsersFirst()
{
    Library &lib = m_lib->library();
    QString error;
    Essay essay = Test::makeEssay();
    QVERIFY(lib.save(essay, &error));
    Quote quote = Test::makeQuote();
    quote.essayId = essay.id;
    QVERIFY(lib.save(quote, &error));
    QVERIFY(lib.trash(RecordType::Quote, quote.id, &error));
    QVERIFY(lib.trash(RecordType::Essay, essay.id, &error));
    QVERIFY2(lib.emptyTrash(&error), qPrintable(error));
    QVERIFY(lib.trashed().isEmpty());
    QCOMPARE(lib.count(RecordType::Essay, TrashFilter::All), 0);
    QCOMPARE(lib.count(RecordType::Quote, TrashFilter::All), 0);
}

void TestLibrary::listSortsAndPages()
{
    Library &lib = m_lib->library();
    QString error;
    for (const QString &name : { u"Carol"_s, u"Alice"_s, u"Bob"_s }) {
        Speaker s = Test::makeSpeaker(name);
        QVERIFY(lib.save(s, &error));
    }
    ListOptions options;
    options.orderBy = u"name"_s;
    const QList<Speaker> sorted = lib.list<Speaker>(options);
    QCOMPARE(sorted.size(), 3);
    QCOMPARE(sorted.first().name, u"Alice"_s);
    options.descending = true;
    options.limit = 1;
    options.offset = 1;
    const QList<Speaker> page = lib.list<Speaker>(options);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().name, u"Bob"_s);
}

void TestLibrary::listRejectsUnknownSortField()
{
    ListOptions options;
    options.orderBy = u"name; DROP TABLE quotes"_s;
    QString error;
    QVERIFY(m_lib->library().list<Speaker>(options, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_lib->library().count(RecordType::Quote), 0);
}

void TestLibrary::saveKeepsRevisionsUpToLimit()
{
    Library &lib = m_lib->library();
    lib.setRevisionLimit(3);
    QString error;
    Essay essay = Test::makeEssay();
    for (int i = 0; i < 5; ++i) {
        essay.body = u"Version %1"_s.arg(i);
        QVERIFY(lib.save(essay, &error));
    }
    const RevisionStore revisions(lib);
    const QList<RevisionInfo> kept = revisions.list(RecordType::Essay, essay.id, &error); // newest first
    QCOMPARE(kept.size(), 3);
    const auto bodyOf = [&](const RevisionInfo &revision) {
        return revisions.snapshot(revision.id, &error).value_or(QJsonObject()).value(u"body"_s).toString();
    };
    QCOMPARE(bodyOf(kept.last()), u"Version 2"_s);
    QCOMPARE(bodyOf(kept.first()), u"Version 4"_s);
}

void TestLibrary::requiredFieldsAreChecked_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("speaker without a name") << 0;
    QTest::newRow("essay without a title") << 1;
    QTest::newRow("quote without text") << 2;
    QTest::newRow("quote with a NUL byte") << 3;
    QTest::newRow("essay of 2 MB") << 4;
}

void TestLibrary::requiredFieldsAreChecked()
{
    QFETCH(int, which);
    Library &lib = m_lib->library();
    QString error;
    bool saved = true;
    if (which == 0) {
        Speaker s = Test::makeSpeaker(u"   "_s);
        saved = lib.save(s, &error);
    } else if (which == 1) {
        Essay e = Test::makeEssay(QString());
        saved = lib.save(e, &error);
    } else if (which == 2) {
        Quote q = Test::makeQuote(QString());
        saved = lib.save(q, &error);
    } else if (which == 3) {
        Quote q = Test::makeQuote(u"before"_s + QChar(0) + u"after"_s);
        saved = lib.save(q, &error);
    } else {
        Essay e = Test::makeEssay();
        e.body = QString(2 * 1024 * 1024, u'x');
        saved = lib.save(e, &error);
    }
    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    QCOMPARE(lib.count(RecordType::Speaker, TrashFilter::All) + lib.count(RecordType::Essay, TrashFilter::All)
                 + lib.count(RecordType::Quote, TrashFilter::All),
             0);
}

void TestLibrary::updateOfMissingRecordFails()
{
    Speaker s = Test::makeSpeaker();
    s.id = 77;
    s.uuid = u"not-there"_s;
    QString error;
    QVERIFY(!m_lib->library().save(s, &error));
    QVERIFY(!error.isEmpty());
}

void TestLibrary::labelsOfReadsSeveralRecords()
{
    Library &lib = m_lib->library();
    QString error;
    Quote titled = Test::makeQuote();
    QVERIFY2(lib.save(titled, &error), qPrintable(error));
    Quote untitled = Test::makeQuote(u"Words said without a title yet."_s);
    untitled.title.clear();
    QVERIFY2(lib.save(untitled, &error), qPrintable(error));

    const QHash<qint64, QString> labels = lib.labelsOf(RecordType::Quote, { titled.id, untitled.id, 9999 });
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels.value(titled.id), titled.title);
    QCOMPARE(labels.value(untitled.id), untitled.text);
    QVERIFY(lib.labelsOf(RecordType::Quote, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
