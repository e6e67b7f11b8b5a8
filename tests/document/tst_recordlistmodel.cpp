// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/recordlistmodel.h"
#include "publish/publishinputs.h"
#include "publish/syncstate.h"
#include "publish/wppayload.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {
constexpr int QuoteCount = 450;
}

class TestRecordListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fetchesInPages();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void filters();
    void syncColumn();
    void siteChanges();
    void otherTypes();

private:
    Test::TempLibrary m_lib;
    qint64 m_ada = 0;
    qint64 m_category = 0;
};

void TestRecordListModel::initTestCase()
{
    QVERIFY2(m_lib.open(), qPrintable(m_lib.error()));
    QString error;
    Library &library = m_lib.library();
    QVERIFY2(library.transact(
                 [&](QString *err) {
                     Speaker ada = Test::makeSpeaker(u"Ada Lovelace"_s);
                     Speaker grace = Test::makeSpeaker(u"Grace Hopper"_s);
                     Category category;
                     category.name = u"Computing"_s;
                     if (!library.save(ada, err) || !library.save(grace, err) || !library.save(category, err))
                         return false;
                     m_ada = ada.id;
                     m_category = category.id;
                     for (int i = 0; i < QuoteCount; ++i) {
                         Quote q = Test::makeQuote(u"Quotation number %1"_s.arg(i));
                         q.title = u"Title %1"_s.arg(i, 4, 10, QChar(u'0'));
                         q.speakerId = i % 3 == 0 ? ada.id : grace.id;
                         q.status = i % 2 ? WorkflowStatus::Ready : WorkflowStatus::Draft;
                         if (i % 5 == 0)
                             q.categoryIds = { category.id };
                         if (!library.save(q, err, SaveOptions { false, false }))
                             return false;
                     }
                     return true;
                 },
                 &error),
             qPrintable(error));
}

void TestRecordListModel::fetchesInPages()
{
    RecordListModel model(m_lib.library());
    QCOMPARE(model.totalCount(), QuoteCount);
    QCOMPARE(model.rowCount(), RecordListModel::PageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester fetches what it can; what follows checks the pages one by one.
    model.reload();
    QCOMPARE(model.rowCount(), RecordListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * RecordListModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), QuoteCount);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.index(0, 0).data().toString(), u"Title 0000"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"Ada Lovelace"_s);
    QVERIFY(model.index(0, 0).data(RecordListModel::IdRole).toLongLong() > 0);
}

void TestRecordListModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("firstAscending");
    QTest::addColumn<QString>("firstDescending");
    QTest::newRow("title") << 0 << u"Title 0000"_s << u"Title 0449"_s;
    QTest::newRow("speaker") << 1 << u"Ada Lovelace"_s << u"Grace Hopper"_s;
    QTest::newRow("status") << 2 << displayName(WorkflowStatus::Draft) << displayName(WorkflowStatus::Ready);
}

void TestRecordListModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QString, firstAscending);
    QFETCH(QString, firstDescending);
    RecordListModel model(m_lib.library());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, Qt::AscendingOrder);
    QCOMPARE(model.index(0, column).data().toString(), firstAscending);
    model.sort(column, Qt::DescendingOrder);
    QCOMPARE(model.index(0, column).data().toString(), firstDescending);
    // Every column sorts without an error, the date columns too.
    for (int c = 0; c < model.columnCount(); ++c) {
        model.sort(c, Qt::DescendingOrder);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.totalCount(), QuoteCount);
    }
}

void TestRecordListModel::syncColumn()
{
    RecordListModel model(m_lib.library());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSyncSite(1);
    const int last = model.syncColumn();
    QCOMPARE(last, 3);
    QCOMPARE(model.headerData(last, Qt::Horizontal).toString(), u"Sync"_s);
    QCOMPARE(model.index(0, last).data().toString(), displayName(SyncState::NotPublished));
    QCOMPARE(model.index(3, 0).data(RecordListModel::SyncStateRole).toInt(), int(SyncState::NotPublished));
    model.sort(last, Qt::DescendingOrder);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    model.setRecordType(RecordType::Speaker);
    QCOMPARE(model.syncColumn(), -1);
    QVERIFY(!model.index(0, 0).data(RecordListModel::SyncStateRole).isValid());
}

void TestRecordListModel::filters()
{
    RecordListModel model(m_lib.library());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatusFilter(WorkflowStatus::Ready);
    QCOMPARE(model.totalCount(), QuoteCount / 2);
    model.setSpeakerFilter(m_ada);
    QCOMPARE(model.totalCount(), 75); // odd multiples of 3 below 450
    model.setStatusFilter(std::nullopt);
    QCOMPARE(model.totalCount(), 150);
    model.setCategoryFilter(m_category);
    QCOMPARE(model.totalCount(), 30); // multiples of 15
    QCOMPARE(model.rowCount(), 30);
    QVERIFY(!model.canFetchMore({}));
    model.setSpeakerFilter(std::nullopt);
    model.setCategoryFilter(std::nullopt);
    model.setNeedsUpdateFilter(true);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.totalCount(), 0);
}

void TestRecordListModel::siteChanges()
{
    // A library of its own: two quotes published to a site as they are now.
    Test::TempLibrary lib;
    QVERIFY2(lib.open(), qPrintable(lib.error()));
    Library &library = lib.library();
    QString error;
    Site site;
    site.name = u"Firm site"_s;
    site.baseUrl = u"https://example.org"_s;
    site.userName = u"editor"_s;
    QVERIFY2(library.save(site, &error), qPrintable(error));
    QList<Quote> quotes;
    for (int i = 0; i < 2; ++i) {
        Quote quote = Test::makeQuote(u"Published quotation %1"_s.arg(i));
        quote.title = u"Title %1"_s.arg(i);
        QVERIFY2(library.save(quote, &error), qPrintable(error));
        const auto input = PublishInputs::load(library, RecordType::Quote, quote.id, &error);
        QVERIFY2(input, qPrintable(error));
        Publication publication;
        publication.recordType = u"quote"_s;
        publication.recordId = quote.id;
        publication.siteId = site.id;
        publication.remoteId = 100 + i;
        publication.remoteModifiedGmt = u"2026-01-01T10:00:00"_s;
        publication.contentHash = WpPayload::contentHash(*input);
        publication.syncedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(library.save(publication, &error), qPrintable(error));
        quotes << quote;
    }
    // The second one changed here since.
    quotes[1].text = u"Changed after the publish"_s;
    QVERIFY2(library.save(quotes[1], &error), qPrintable(error));

    RecordListModel model(library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSyncSite(site.id);
    const int column = model.syncColumn();
    const auto stateOf = [&](const Quote &quote) {
        return SyncState(
            model.index(model.rowOfId(quote.id), column).data(RecordListModel::SyncStateRole).toInt());
    };
    QCOMPARE(stateOf(quotes[0]), SyncState::UpToDate);
    QCOMPARE(stateOf(quotes[1]), SyncState::ChangedHere);

    // Another site's answer changes nothing here.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSiteModified(site.id + 1,
                          { { 100, u"2026-02-02T09:00:00"_s }, { 101, u"2026-02-02T09:00:00"_s } });
    QCOMPARE(changed.size(), 0);
    QCOMPARE(stateOf(quotes[0]), SyncState::UpToDate);

    // Both edited on the site: "changed on the site", and "both" with the local change.
    model.setSiteModified(site.id, { { 100, u"2026-02-02T09:00:00"_s }, { 101, u"2026-02-02T09:00:00"_s } });
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), column);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), column);
    QCOMPARE(stateOf(quotes[0]), SyncState::ChangedOnSite);
    QCOMPARE(stateOf(quotes[1]), SyncState::Both);
    QCOMPARE(model.index(model.rowOfId(quotes[0].id), column).data().toString(),
             displayName(SyncState::ChangedOnSite));
    QCOMPARE(model.siteModified(100), std::optional(u"2026-02-02T09:00:00"_s));

    // Rows read later (here: after a reload) use what the site said.
    model.reload();
    QCOMPARE(stateOf(quotes[0]), SyncState::ChangedOnSite);
    QCOMPARE(stateOf(quotes[1]), SyncState::Both);

    // The site's modified_gmt as recorded: up to date again.
    model.setSiteModified(site.id, { { 100, u"2026-01-01T10:00:00"_s } });
    QCOMPARE(stateOf(quotes[0]), SyncState::UpToDate);
    QCOMPARE(stateOf(quotes[1]), SyncState::Both);
}

void TestRecordListModel::otherTypes()
{
    RecordListModel model(m_lib.library());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecordType(RecordType::Speaker);
    QCOMPARE(model.totalCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), u"Grace Hopper"_s);
    model.setRecordType(RecordType::Category);
    QCOMPARE(model.totalCount(), 1);
    model.setRecordType(RecordType::Essay);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
