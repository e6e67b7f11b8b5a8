// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/assetimporter.h"
#include "assets/assetlistmodel.h"
#include "assets/thumbnailcache.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

class TestAssetListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsNewestFirst();
    void dragsCarryAssetIds();
    void searchMatchesEveryWord_data();
    void searchMatchesEveryWord();
    void upsertAddsAndUpdatesRows();
    void thumbnailsLoadOnlyWhenAskedFor();

private:
    Asset import(const QString &name, const QByteArray &bytes);
    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<ThumbnailCache> m_cache;
    std::unique_ptr<AssetListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAssetListModel::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_cache = std::make_unique<ThumbnailCache>(m_lib->path());
    m_model = std::make_unique<AssetListModel>(m_lib->library(), m_cache.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAssetListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_cache.reset();
    m_lib.reset();
}

Asset TestAssetListModel::import(const QString &name, const QByteArray &bytes)
{
    const QString path = m_lib->folder() + u"/in/"_s + name;
    Fixtures::write(path, bytes);
    AssetImporter importer(m_lib->library());
    return importer.importFile(path).asset;
}

void TestAssetListModel::dragsCarryAssetIds()
{
    const Asset first = import(u"first.svg"_s, Fixtures::svg(1, 1));
    const Asset second = import(u"second.svg"_s, Fixtures::svg(2, 2));
    QVERIFY(m_model->reload());
    QVERIFY(m_model->flags(m_model->index(0)) & Qt::ItemIsDragEnabled);
    // What the Markdown editor accepts: the ids, one per line.
    const QString type = u"application/x-quotedesk-asset-id"_s;
    QCOMPARE(m_model->mimeTypes(), QStringList { type });
    std::unique_ptr<QMimeData> mime(m_model->mimeData({ m_model->index(0), m_model->index(1) }));
    QVERIFY(mime);
    QCOMPARE(QString::fromUtf8(mime->data(type)), u"%1\n%2"_s.arg(second.id).arg(first.id));
}

void TestAssetListModel::listsNewestFirst()
{
    import(u"first.svg"_s, Fixtures::svg(1, 1));
    import(u"second.svg"_s, Fixtures::svg(2, 2));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0).data().toString(), u"second.svg"_s);
    QCOMPARE(m_model->index(1).data().toString(), u"first.svg"_s);
}

void TestAssetListModel::searchMatchesEveryWord_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << QString() << QStringList { u"Nvidia keynote"_s, u"Revenue chart"_s };
    QTest::newRow("title word") << u"keynote"_s << QStringList { u"Nvidia keynote"_s };
    QTest::newRow("case and alt text") << u"BAR revenue"_s << QStringList { u"Revenue chart"_s };
    QTest::newRow("file name") << u"stage.jpg"_s << QStringList { u"Nvidia keynote"_s };
    QTest::newRow("kind") << u"portrait"_s << QStringList { u"Nvidia keynote"_s };
    QTest::newRow("one word missing") << u"keynote chart"_s << QStringList();
}

void TestAssetListModel::searchMatchesEveryWord()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    Asset chart = import(u"chart.png"_s, Fixtures::image(20, 10));
    chart.title = u"Revenue chart"_s;
    chart.altText = u"Bar chart of quarterly revenue"_s;
    Asset photo = import(u"stage.jpg"_s, Fixtures::image(20, 30, "JPEG"));
    photo.title = u"Nvidia keynote"_s;
    photo.kind = AssetKind::Portrait;
    QString error;
    QVERIFY2(m_lib->library().save(chart, &error) && m_lib->library().save(photo, &error), qPrintable(error));
    QVERIFY(m_model->reload());
    m_model->setSearchText(search);
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->index(row).data().toString());
    shown.sort();
    QCOMPARE(shown, expected);
    QCOMPARE(m_model->totalCount(), 2);
}

void TestAssetListModel::upsertAddsAndUpdatesRows()
{
    QVERIFY(m_model->reload());
    Asset asset = import(u"logo.svg"_s, Fixtures::svg(5, 5));
    m_model->upsert(asset);
    QCOMPARE(m_model->rowCount(), 1);
    asset.title = u"Firm logo"_s;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->upsert(asset);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->indexOfId(asset.id).data().toString(), u"Firm logo"_s);
    QCOMPARE(m_model->assetAt(m_model->index(0))->id, asset.id);
}

void TestAssetListModel::thumbnailsLoadOnlyWhenAskedFor()
{
    // This test counts thumbnail requests; the model tester of Qt 6.8 reads the data of
    // changed rows itself, which would ask for thumbnails too.
    m_tester.reset();
    for (int i = 0; i < 5; ++i)
        import(u"%1.svg"_s.arg(i), Fixtures::svg(10 + i, 10));
    QVERIFY(m_model->reload());
    m_model->setThumbnailSize(48);
    QCOMPARE(m_cache->pendingCount(), 0);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex second = m_model->index(1);
    QVERIFY(!second.data(Qt::DecorationRole).isValid());
    QCOMPARE(m_cache->pendingCount(), 1); // only the row that was asked for
    QVERIFY(changed.wait());
    QCOMPARE(changed[0][0].value<QModelIndex>(), second);
    const QImage image = second.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(qMax(image.width(), image.height()), 48);
}

QTEST_MAIN(TestAssetListModel)
#include "tst_assetlistmodel.moc"
