// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "store/libraryexchange.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

constexpr RecordType s_types[] = { RecordType::Asset,   RecordType::Category,   RecordType::Tag,
                                   RecordType::Speaker, RecordType::Essay,      RecordType::Quote,
                                   RecordType::Site,    RecordType::Publication };

// A record as this test compares it: references by uuid (looked up here, not by the code under
// test), without the local id.
template<class T>
QJsonObject comparable(Library &lib, const T &record)
{
    QJsonObject object = RecordJson::toJson(
        record, [&lib](RecordType type, qint64 id) { return QJsonValue(lib.uuidForId(type, id)); });
    object.remove("id"_L1);
    if constexpr (std::is_same_v<T, Publication>)
        object.insert("record_id"_L1, lib.uuidForId(*recordTypeFromName(record.recordType), record.recordId));
    return object;
}

template<class T>
QJsonObject section(Library &lib)
{
    ListOptions all;
    all.trash = TrashFilter::All;
    QJsonObject byUuid;
    for (const T &record : lib.list<T>(all))
        byUuid.insert(record.uuid, comparable(lib, record));
    return byUuid;
}

template<class T>
QJsonObject snapshot(Library &lib, const QString &stored)
{
    T record;
    RecordJson::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object(), record, nullptr);
    return comparable(lib, record);
}

QStringList revisions(Library &lib)
{
    QStringList list;
    const QList<QVariantList> rows =
        Test::RawSqlite(lib.path())
            .rows(u"SELECT record_type, record_id, created_at, snapshot FROM revisions"_s);
    for (const QVariantList &row : rows) {
        const RecordType type = *recordTypeFromName(row.at(0).toString());
        const QString stored = row.at(3).toString();
        const QJsonObject snap = type == RecordType::Quote ? snapshot<Quote>(lib, stored)
            : type == RecordType::Essay                    ? snapshot<Essay>(lib, stored)
                                                           : snapshot<Speaker>(lib, stored);
        list.append(row.at(0).toString() + u' ' + lib.uuidForId(type, row.at(1).toLongLong()) + u' '
                    + row.at(2).toString() + u' '
                    + QString::fromUtf8(QJsonDocument(snap).toJson(QJsonDocument::Compact)));
    }
    list.sort();
    return list;
}

// Everything a library holds, comparable across libraries.
QJsonObject contents(Library &lib)
{
    return QJsonObject { { "assets"_L1, section<Asset>(lib) },
                         { "categories"_L1, section<Category>(lib) },
                         { "tags"_L1, section<Tag>(lib) },
                         { "speakers"_L1, section<Speaker>(lib) },
                         { "essays"_L1, section<Essay>(lib) },
                         { "quotes"_L1, section<Quote>(lib) },
                         { "sites"_L1, section<Site>(lib) },
                         { "publications"_L1, section<Publication>(lib) },
                         { "revisions"_L1, QJsonArray::fromStringList(revisions(lib)) } };
}

QList<qint64> counts(Library &lib)
{
    QList<qint64> all;
    for (const RecordType type : s_types)
        all.append(lib.count(type, TrashFilter::All));
    all.append(Test::RawSqlite(lib.path()).scalar(u"SELECT count(*) FROM revisions"_s).toLongLong());
    return all;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A small export document written by hand: one speaker, one essay and @p quotes quotes.
QJsonObject handWritten(int quotes = 2)
{
    const QString speaker = u"5a1d0c2e-0000-4000-8000-000000000001"_s;
    const QString essay = u"5a1d0c2e-0000-4000-8000-000000000002"_s;
    QJsonArray quoteList;
    for (int i = 1; i <= quotes; ++i) {
        quoteList.append(
            QJsonObject { { "uuid"_L1, u"5a1d0c2e-0000-4000-9000-%1"_s.arg(i, 12, 10, QLatin1Char('0')) },
                          { "text"_L1, u"Compute is the new electricity, number %1."_s.arg(i) },
                          { "speaker_id"_L1, speaker },
                          { "essay_id"_L1, essay },
                          { "title_edited"_L1, false },
                          { "said_on"_L1, u"2025-05-28"_s },
                          { "status"_L1, u"draft"_s } });
    }
    return QJsonObject {
        { "format"_L1, u"quotedesk-library"_s },
        { "version"_L1, 1 },
        { "speakers"_L1,
          QJsonArray { QJsonObject {
              { "uuid"_L1, speaker }, { "name"_L1, u"Lisa Su"_s }, { "role"_L1, u"CEO"_s } } } },
        { "essays"_L1,
          QJsonArray { QJsonObject { { "uuid"_L1, essay },
                                     { "title"_L1, u"Context: a keynote on data-centre chips"_s },
                                     { "body"_L1, u"The keynote set out the road map."_s } } } },
        { "quotes"_L1, quoteList },
    };
}

QByteArray bytesOf(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

// The document with one field of one record changed.
QByteArray withField(QJsonObject document, const QString &section, int index, const QString &key,
                     const QJsonValue &value)
{
    QJsonArray records = document.value(section).toArray();
    QJsonObject record = records.at(index).toObject();
    record.insert(key, value);
    records.replace(index, record);
    document.insert(section, records);
    return bytesOf(document);
}

} // namespace

class TestLibraryExchange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wholeLibraryRoundTrips();
    void reimportUpdatesInsteadOfDuplicating();
    void editedFieldInTheFileWins();
    void chosenRecordsBringTheirDependencies();
    void categoryMayComeBeforeItsParent();
    void dryRunWritesNothing();
    void fileRoundTrip();
    void badInputIsRefusedWhole_data();
    void badInputIsRefusedWhole();
    void failureWhileWritingRollsBackEverything();

private:
    void fillSource();
    void copySourceToTarget(QByteArray *json);

    std::unique_ptr<Test::TempLibrary> m_source;
    std::unique_ptr<Test::TempLibrary> m_target;
    qint64 m_quoteId = 0;
};

void TestLibraryExchange::init()
{
    m_source = std::make_unique<Test::TempLibrary>();
    m_target = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_source->open(), qPrintable(m_source->error()));
    QVERIFY2(m_target->open(), qPrintable(m_target->error()));
}

void TestLibraryExchange::cleanup()
{
    m_source.reset();
    m_target.reset();
}

// A library with every type of record, links in a chosen order, a category saved before its
// parent, a record in the trash and several revisions.
void TestLibraryExchange::fillSource()
{
    Library &lib = m_source->library();
    QString error;
    const auto save = [&](auto &record) {
        QVERIFY2(lib.save(record, &error), qPrintable(error));
    };

    Asset portrait;
    portrait.sha256 = QString(64, u'a');
    portrait.originalName = u"lisa-su.jpg"_s;
    portrait.mimeType = u"image/jpeg"_s;
    portrait.kind = AssetKind::Portrait;
    portrait.width = 800;
    portrait.height = 1000;
    save(portrait);
    Asset brochure;
    brochure.sha256 = QString(64, u'b');
    brochure.originalName = u"ai-outlook.pdf"_s;
    brochure.kind = AssetKind::Brochure;
    brochure.pageCount = 12;
    save(brochure);

    const auto named = [&save](auto record, const QString &name) {
        record.name = name;
        save(record);
        return record;
    };
    Category chips = named(Category {}, u"Chips"_s);
    const Category technology = named(Category {}, u"Technology"_s);
    chips.parentId = technology.id; // the child now comes first in id order
    save(chips);
    const Tag ai = named(Tag {}, u"AI"_s);
    const Tag amd = named(Tag {}, u"AMD"_s);

    Speaker speaker = Test::makeSpeaker(u"Lisa Su"_s);
    speaker.portraitAssetId = portrait.id;
    save(speaker);
    speaker.headline = u"Engineer who turned AMD around"_s;
    save(speaker);

    Essay essay = Test::makeEssay();
    essay.featuredAssetId = portrait.id;
    essay.categoryIds = { technology.id };
    essay.tagIds = { amd.id, ai.id };
    save(essay);

    Quote quote = Test::makeQuote(u"Demand for compute keeps outrunning supply."_s);
    quote.speakerId = speaker.id;
    quote.essayId = essay.id;
    quote.brochureAssetId = brochure.id;
    quote.categoryIds = { chips.id, technology.id };
    quote.tagIds = { ai.id, amd.id };
    save(quote);
    quote.status = WorkflowStatus::Ready;
    save(quote);
    m_quoteId = quote.id;

    Quote old = Test::makeQuote(u"An older remark, now withdrawn."_s);
    old.speakerId = speaker.id;
    save(old);
    QVERIFY2(lib.trash(RecordType::Quote, old.id, &error), qPrintable(error));

    Site site;
    site.name = u"Firm website"_s;
    site.baseUrl = u"https://example.org"_s;
    site.credentialKey = u"example-org"_s;
    save(site);
    Publication publication;
    publication.recordType = u"quote"_s;
    publication.recordId = quote.id;
    publication.siteId = site.id;
    publication.remoteId = 4711;
    publication.link = u"https://example.org/quote-lisa-su/"_s;
    publication.syncedAt = QDateTime(QDate(2025, 6, 2), QTime(9, 30), QTimeZone::utc());
    save(publication);
}

// Exports the filled source library and imports the file into the empty target.
void TestLibraryExchange::copySourceToTarget(QByteArray *json)
{
    fillSource();
    QString error;
    const auto exported = LibraryExchange::exportLibrary(m_source->library(), &error);
    QVERIFY2(exported, qPrintable(error));
    *json = *exported;
    QVERIFY2(LibraryExchange::importJson(m_target->library(), *json, &error), qPrintable(error));
}

void TestLibraryExchange::wholeLibraryRoundTrips()
{
    fillSource();
    QString error;
    const auto json = LibraryExchange::exportLibrary(m_source->library(), &error);
    QVERIFY2(json, qPrintable(error));

    const auto summary = LibraryExchange::importJson(m_target->library(), *json, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->counts(RecordType::Quote), (ImportCounts { 2, 0, 0 }));
    QCOMPARE(summary->counts(RecordType::Category), (ImportCounts { 2, 0, 0 }));
    QCOMPARE(summary->revisionsPresent, 0);
    QVERIFY(summary->revisionsAdded >= 6);

    QCOMPARE(counts(m_target->library()), counts(m_source->library()));
    const QJsonObject expected = contents(m_source->library());
    QCOMPARE(expected.value("revisions"_L1).toArray().size(), 6);
    QCOMPARE(contents(m_target->library()), expected);
    QCOMPARE(m_target->library().count(RecordType::Quote, TrashFilter::Trashed), 1);
}

void TestLibraryExchange::reimportUpdatesInsteadOfDuplicating()
{
    QByteArray json;
    copySourceToTarget(&json);
    if (QTest::currentTestFailed())
        return;
    QString error;
    const QList<qint64> before = counts(m_target->library());
    const QJsonObject contentsBefore = contents(m_target->library());

    const auto again = LibraryExchange::importJson(m_target->library(), json, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->counts(RecordType::Quote), (ImportCounts { 0, 0, 2 }));
    QCOMPARE(again->revisionsAdded, 0);
    QCOMPARE(counts(m_target->library()), before);
    QCOMPARE(contents(m_target->library()), contentsBefore);

    // Into the library it came from: nothing new either.
    const auto home = LibraryExchange::importJson(m_source->library(), json, &error);
    QVERIFY2(home, qPrintable(error));
    QCOMPARE(home->counts(RecordType::Speaker), (ImportCounts { 0, 0, 1 }));
    QCOMPARE(counts(m_source->library()), before);
}

void TestLibraryExchange::editedFieldInTheFileWins()
{
    QByteArray json;
    copySourceToTarget(&json);
    if (QTest::currentTestFailed())
        return;
    QString error;
    const QList<qint64> before = counts(m_target->library());
    const QString uuid = m_source->library().uuidForId(RecordType::Quote, m_quoteId);
    const qint64 localId = *m_target->library().idForUuid(RecordType::Quote, uuid);

    QJsonObject document = QJsonDocument::fromJson(json).object();
    QJsonArray quotes = document.value("quotes"_L1).toArray();
    int index = 0;
    while (quotes.at(index).toObject().value("uuid"_L1).toString() != uuid)
        ++index;
    const auto summary = LibraryExchange::importJson(
        m_target->library(),
        withField(document, u"quotes"_s, index, u"commentary"_s, u"Edited in the file."_s), &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->counts(RecordType::Quote), (ImportCounts { 0, 1, 1 }));

    QCOMPARE(m_target->library().idForUuid(RecordType::Quote, uuid), localId); // updated in place
    QCOMPARE(m_target->library().get<Quote>(localId)->commentary, u"Edited in the file."_s);
    QList<qint64> expected = before;
    ++expected.last(); // the edit is kept as a revision, like any save
    QCOMPARE(counts(m_target->library()), expected);
}

void TestLibraryExchange::chosenRecordsBringTheirDependencies()
{
    fillSource();
    QString error;
    const auto json =
        LibraryExchange::exportRecords(m_source->library(), { { RecordType::Quote, m_quoteId, {} } }, &error);
    QVERIFY2(json, qPrintable(error));
    const QJsonObject document = QJsonDocument::fromJson(*json).object();
    QCOMPARE(document.value("quotes"_L1).toArray().size(), 1);
    QCOMPARE(document.value("speakers"_L1).toArray().size(), 1);
    QCOMPARE(document.value("essays"_L1).toArray().size(), 1);
    QCOMPARE(document.value("assets"_L1).toArray().size(), 2); // the brochure, and the speaker's portrait
    QCOMPARE(document.value("categories"_L1).toArray().size(), 2);
    QCOMPARE(document.value("tags"_L1).toArray().size(), 2);
    QVERIFY(document.value("publications"_L1).toArray().isEmpty());
    QVERIFY(!document.contains("revisions"_L1));

    const auto summary = LibraryExchange::importJson(m_target->library(), *json, &error);
    QVERIFY2(summary, qPrintable(error));
    Library &target = m_target->library();
    QCOMPARE(target.count(RecordType::Quote), 1);
    const QString uuid = m_source->library().uuidForId(RecordType::Quote, m_quoteId);
    const Quote imported = *target.get<Quote>(*target.idForUuid(RecordType::Quote, uuid));
    QCOMPARE(comparable(target, imported),
             comparable(m_source->library(), *m_source->library().get<Quote>(m_quoteId)));
    const QJsonObject speakers = section<Speaker>(target);
    QCOMPARE(speakers, section<Speaker>(m_source->library()));
    QCOMPARE(section<Category>(target), section<Category>(m_source->library()));
}

void TestLibraryExchange::categoryMayComeBeforeItsParent()
{
    const QString parent = newUuid();
    const QString child = newUuid();
    const QJsonObject document {
        { "format"_L1, u"quotedesk-library"_s },
        { "version"_L1, 1 },
        { "categories"_L1,
          QJsonArray {
              QJsonObject { { "uuid"_L1, child }, { "name"_L1, u"Chips"_s }, { "parent_id"_L1, parent } },
              QJsonObject { { "uuid"_L1, parent }, { "name"_L1, u"Technology"_s } } } },
    };
    QString error;
    QVERIFY2(LibraryExchange::importJson(m_target->library(), bytesOf(document), &error), qPrintable(error));
    Library &lib = m_target->library();
    const Category imported = *lib.get<Category>(*lib.idForUuid(RecordType::Category, child));
    QCOMPARE(imported.parentId, lib.idForUuid(RecordType::Category, parent));
}

void TestLibraryExchange::dryRunWritesNothing()
{
    QString error;
    LibraryImportOptions options;
    options.dryRun = true;
    const auto summary =
        LibraryExchange::importJson(m_target->library(), bytesOf(handWritten(3)), &error, options);
    QVERIFY2(summary, qPrintable(error));
    QVERIFY(summary->dryRun);
    QCOMPARE(summary->counts(RecordType::Quote), (ImportCounts { 3, 0, 0 }));
    QVERIFY(summary->describe().contains(u"quotes: 3 new"_s));
    QCOMPARE(m_target->library().count(RecordType::Quote), 0);
    QCOMPARE(m_target->library().count(RecordType::Speaker), 0);
}

void TestLibraryExchange::fileRoundTrip()
{
    fillSource();
    QString error;
    const QString path = m_source->folder() + u"/export.json"_s;
    const auto json = LibraryExchange::exportLibrary(m_source->library(), &error);
    QVERIFY2(json && LibraryExchange::writeFile(path, *json, &error), qPrintable(error));
    QVERIFY2(LibraryExchange::importFile(m_target->library(), path, &error), qPrintable(error));
    QCOMPARE(contents(m_target->library()), contents(m_source->library()));

    QVERIFY(!LibraryExchange::importFile(m_target->library(), path + u".missing"_s, &error));
    QVERIFY(error.contains(u"Cannot read"_s));
}

void TestLibraryExchange::badInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // parts the message must contain

    const QJsonObject base = handWritten();
    QTest::newRow("empty required field")
        << withField(base, u"quotes"_s, 1, u"text"_s, u"  "_s)
        << QStringList { u"record 2 of “quotes”"_s, u"“Quotation” is required"_s, u"Nothing was imported"_s };
    QTest::newRow("2 MB essay") << withField(base, u"essays"_s, 0, u"body"_s, QString(2 * 1024 * 1024, u'x'))
                                << QStringList { u"record 1 of “essays”"_s, u"“Body”"_s, u"limit"_s };
    QByteArray badUtf8 = withField(base, u"quotes"_s, 0, u"commentary"_s, u"MARK"_s);
    badUtf8.replace("MARK", "caf\xc3\x28");
    QTest::newRow("invalid UTF-8 bytes")
        << badUtf8 << QStringList { u"not valid UTF-8"_s, u"0xC3"_s, u"line"_s };
    QByteArray overlong = withField(base, u"quotes"_s, 0, u"commentary"_s, u"MARK"_s);
    overlong.replace("MARK", "\xc0\xaf");
    QTest::newRow("overlong UTF-8 form") << overlong << QStringList { u"not valid UTF-8"_s };
    QTest::newRow("NUL in a string") << withField(base, u"quotes"_s, 0, u"commentary"_s,
                                                  u"before\u0000after"_s)
                                     << QStringList { u"record 1 of “quotes”"_s, u"“Commentary”"_s,
                                                      u"control character"_s };
    QByteArray rawNul = withField(base, u"quotes"_s, 0, u"commentary"_s, u"MARK"_s);
    rawNul.replace("MARK", QByteArray("a\0b", 3));
    QTest::newRow("raw NUL byte") << rawNul << QStringList { u"not valid JSON"_s, u"0x00"_s, u"line"_s };

    QJsonObject duplicate = base;
    QJsonArray quotes = duplicate.value("quotes"_L1).toArray();
    quotes.append(quotes.at(0));
    duplicate.insert("quotes"_L1, quotes);
    QTest::newRow("duplicate ids") << bytesOf(duplicate)
                                   << QStringList { u"record 3 of “quotes”"_s, u"record 1"_s, u"uuid"_s };
    QTest::newRow("missing uuid") << withField(base, u"speakers"_s, 0, u"uuid"_s, QJsonValue())
                                  << QStringList { u"record 1 of “speakers”"_s, u"“uuid” is required"_s };
    QTest::newRow("unknown reference")
        << withField(base, u"quotes"_s, 1, u"speaker_id"_s, u"0b9a52f4-1111-4000-8000-00000000dead"_s)
        << QStringList { u"record 2 of “quotes”"_s, u"“speaker_id”"_s,
                         u"neither in the file nor in this library"_s };
    QTest::newRow("malformed JSON") << QByteArray(
        "{\"format\": \"quotedesk-library\",\n \"version\": 1,\n \"quotes\": [}")
                                    << QStringList { u"not valid JSON"_s, u"line 3"_s };
    const QByteArray whole = bytesOf(base);
    QTest::newRow("truncated JSON") << whole.left(whole.size() / 2) << QStringList { u"not valid JSON"_s };
    QTest::newRow("empty file") << QByteArray("\n") << QStringList { u"empty"_s };
    QJsonObject marker = base;
    marker.insert("format"_L1, u"wordpress-export"_s);
    QTest::newRow("wrong format marker")
        << bytesOf(marker) << QStringList { u"not a QuoteDesk library export"_s, u"wordpress-export"_s };
    QJsonObject newer = base;
    newer.insert("version"_L1, 2);
    QTest::newRow("newer format version")
        << bytesOf(newer) << QStringList { u"Update QuoteDesk"_s, u"version 2"_s };
    QTest::newRow("field of the wrong type")
        << withField(base, u"quotes"_s, 0, u"title_edited"_s, u"yes"_s)
        << QStringList { u"record 1 of “quotes”"_s, u"“title_edited”"_s, u"true or false"_s };
    QTest::newRow("unknown choice") << withField(base, u"essays"_s, 0, u"kind"_s, u"poem"_s)
                                    << QStringList { u"“kind”"_s, u"context"_s };
    QJsonObject notAList = base;
    notAList.insert("tags"_L1, u"AI"_s);
    QTest::newRow("section is not a list") << bytesOf(notAList) << QStringList { u"“tags”"_s, u"list"_s };
    QTest::newRow("error in the last record of a large file")
        << withField(handWritten(2000), u"quotes"_s, 1999, u"said_on"_s, u"28 May 2025"_s)
        << QStringList { u"record 2000 of “quotes”"_s, u"“said_on”"_s, u"2025-05-28"_s };
}

void TestLibraryExchange::badInputIsRefusedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);

    // The target already holds records that the file would update.
    QString error;
    QVERIFY2(LibraryExchange::importJson(m_target->library(), bytesOf(handWritten(1)), &error),
             qPrintable(error));
    Quote own = Test::makeQuote();
    QVERIFY2(m_target->library().save(own, &error), qPrintable(error));
    const QList<qint64> countsBefore = counts(m_target->library());
    const QJsonObject contentsBefore = contents(m_target->library());

    error.clear();
    QVERIFY(!LibraryExchange::importJson(m_target->library(), json, &error));
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(u"“%1” not in: %2"_s.arg(part, error)));
    QCOMPARE(counts(m_target->library()), countsBefore);
    QCOMPARE(contents(m_target->library()), contentsBefore);
}

void TestLibraryExchange::failureWhileWritingRollsBackEverything()
{
    Library &lib = m_target->library();
    QVERIFY(Test::RawSqlite(lib.path())
                .exec(u"CREATE TRIGGER refuse_last BEFORE INSERT ON quotes WHEN new.text LIKE '%number 50.' "
                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
    QString error;
    QVERIFY(!LibraryExchange::importJson(lib, bytesOf(handWritten(50)), &error));
    QVERIFY2(error.contains(u"refused by the test"_s) && error.contains(u"record 50 of “quotes”"_s),
             qPrintable(error));
    QCOMPARE(counts(lib), QList<qint64>(std::size(s_types) + 1, 0));
}

QTEST_GUILESS_MAIN(TestLibraryExchange)
#include "tst_libraryexchange.moc"
