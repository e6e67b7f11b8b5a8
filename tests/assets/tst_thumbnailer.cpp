// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assets/assetimporter.h"
#include "assets/svgsanitizer.h"
#include "assets/thumbnailcache.h"
#include "assets/thumbnailer.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

class TestThumbnailer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void thumbnailHasTheRightSize_data();
    void thumbnailHasTheRightSize();
    void pdfThumbnailShowsTheFirstPage();
    void svgWithScriptAndExternalReferencesLoadsNothing();
    void sanitizerDropsScriptsAndReferences();
    void importMakesTheThumbnail();
    void cacheMakesThumbnailsInTheBackground();
    void cacheReportsFailures();

private:
    std::unique_ptr<Test::TempLibrary> m_lib;
};

void TestThumbnailer::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestThumbnailer::cleanup()
{
    m_lib.reset();
}

void TestThumbnailer::thumbnailHasTheRightSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("wide png") << Fixtures::image(1000, 500) << u"image/png"_s << QSize(256, 128);
    QTest::newRow("tall jpeg, scaled while decoding")
        << Fixtures::image(600, 1200, "JPEG") << u"image/jpeg"_s << QSize(128, 256);
    QTest::newRow("webp") << Fixtures::image(512, 512, "WEBP") << u"image/webp"_s << QSize(256, 256);
    QTest::newRow("small png is not enlarged") << Fixtures::image(50, 40) << u"image/png"_s << QSize(50, 40);
    QTest::newRow("svg is drawn at the size")
        << Fixtures::svg(100, 50) << u"image/svg+xml"_s << QSize(256, 128);
    QTest::newRow("a4 pdf") << Fixtures::brochurePdf() << u"application/pdf"_s << QSize(181, 256);
}

void TestThumbnailer::thumbnailHasTheRightSize()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mimeType);
    QFETCH(QSize, expected);
    const QString path = m_lib->folder() + u"/source"_s;
    QVERIFY(Fixtures::write(path, bytes));
    QString error;
    const QImage image = Thumbnailer::make(path, mimeType, 256, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), expected);
}

void TestThumbnailer::pdfThumbnailShowsTheFirstPage()
{
    const QString path = m_lib->folder() + u"/brochure.pdf"_s;
    QVERIFY(Fixtures::write(path, Fixtures::brochurePdf()));
    const QImage image = Thumbnailer::make(path, u"application/pdf"_s, 256, nullptr);
    // The first page has a blue band at the top and white paper below.
    const QColor top = image.pixelColor(image.width() / 2, 5);
    QVERIFY2(top.blue() > 100 && top.red() < 80, qPrintable(top.name()));
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() - 5), QColor(Qt::white));
}

void TestThumbnailer::svgWithScriptAndExternalReferencesLoadsNothing()
{
    // A server that records any attempt to fetch, and a local red image the SVG points at.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString redPath = m_lib->folder() + u"/red.png"_s;
    QVERIFY(Fixtures::write(redPath, Fixtures::image(64, 64, "PNG", Qt::red)));
    const QString remote = u"http://127.0.0.1:%1/tracker.png"_s.arg(server.serverPort());
    const QByteArray svg =
        u"<?xml version=\"1.0\"?>\n"
        u"<?xml-stylesheet href=\"%1\"?>\n"
        u"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        u"width=\"64\" height=\"64\" onload=\"fetch('%1')\">"
        u"<script>document.location = '%1';</script>"
        u"<rect width=\"64\" height=\"64\" fill=\"#00ff00\"/>"
        u"<image href=\"%1\" width=\"64\" height=\"64\"/>"
        u"<image xlink:href=\"%2\" width=\"64\" height=\"64\"/>"
        u"<image xlink:href=\"red.png\" width=\"64\" height=\"64\"/>"
        u"<use href=\"%1#shape\"/>"
        u"</svg>\n"_s.arg(remote, QUrl::fromLocalFile(redPath).toString())
            .toUtf8();
    const QString path = m_lib->folder() + u"/tricky.svg"_s;
    QVERIFY(Fixtures::write(path, svg));

    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.message));

    QString error;
    const QImage image =
        ThumbnailCache::loadOrMake(importer.store(), result.asset.sha256, result.asset.mimeType, 64, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), QSize(64, 64));
    for (const QPoint point : { QPoint(1, 1), QPoint(32, 32), QPoint(62, 62) })
        QCOMPARE(image.pixelColor(point), QColor(Qt::green)); // never the red image
    QCoreApplication::processEvents();
    QVERIFY(!server.hasPendingConnections());
}

void TestThumbnailer::sanitizerDropsScriptsAndReferences()
{
    const QByteArray svg = "<!DOCTYPE svg [<!ENTITY ext SYSTEM \"file:///etc/hostname\">]>"
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" onclick=\"x()\">"
                           "<script>x()</script><foreignObject><p>hi</p></foreignObject>"
                           "<image href=\"https://example.org/a.png\"/><use href=\"#local\"/>"
                           "<image href=\"data:image/png;base64,AAAA\"/></svg>";
    QString error;
    const std::optional<QByteArray> safe = SvgSanitizer::sanitize(svg, &error);
    QVERIFY2(safe, qPrintable(error));
    for (const char *gone : { "script", "foreignObject", "example.org", "onclick", "ENTITY", "hostname" })
        QVERIFY2(!safe->contains(gone), gone);
    QVERIFY(safe->contains("#local"));
    QVERIFY(safe->contains("data:image/png"));
}

void TestThumbnailer::importMakesTheThumbnail()
{
    const QString path = m_lib->folder() + u"/photo.jpg"_s;
    QVERIFY(Fixtures::write(path, Fixtures::image(1024, 768, "JPEG")));
    ImportOptions options;
    options.thumbnailSize = 256;
    AssetImporter importer(m_lib->library(), options);
    const ImportResult result = importer.importFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    importer.waitForThumbnails();
    const QImage thumbnail(importer.store().thumbnailPath(result.asset.sha256, 256));
    QCOMPARE(thumbnail.size(), QSize(256, 192));

    // By default the import decodes nothing: thumbnails are left to the cache.
    const QString other = m_lib->folder() + u"/other.jpg"_s;
    QVERIFY(Fixtures::write(other, Fixtures::image(640, 480, "JPEG")));
    AssetImporter plain(m_lib->library());
    const ImportResult second = plain.importFile(other);
    QVERIFY2(second.isOk(), qPrintable(second.message));
    plain.waitForThumbnails();
    QVERIFY(!QFileInfo::exists(plain.store().thumbnailPath(second.asset.sha256, 256)));
}

void TestThumbnailer::cacheMakesThumbnailsInTheBackground()
{
    const QString path = m_lib->folder() + u"/brochure.pdf"_s;
    QVERIFY(Fixtures::write(path, Fixtures::brochurePdf()));
    AssetImporter importer(m_lib->library());
    const ImportResult result = importer.importFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.message));

    ThumbnailCache cache(m_lib->path());
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    QVERIFY(cache.thumbnail(result.asset.sha256, result.asset.mimeType, 96).isNull());
    QCOMPARE(cache.pendingCount(), 1);
    // Asking again while it is being made starts nothing new.
    QVERIFY(cache.thumbnail(result.asset.sha256, result.asset.mimeType, 96).isNull());
    QVERIFY(ready.wait());
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready[0][0].toString(), result.asset.sha256);
    QCOMPARE(cache.pendingCount(), 0);
    const QImage image = cache.thumbnail(result.asset.sha256, result.asset.mimeType, 96);
    QCOMPARE(image.height(), 96);
    QVERIFY(QFile::exists(importer.store().thumbnailPath(result.asset.sha256, 96)));
}

void TestThumbnailer::cacheReportsFailures()
{
    ThumbnailCache cache(m_lib->path());
    QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
    const QString missing = QString(64, u'0');
    QVERIFY(cache.thumbnail(missing, u"image/png"_s, 64).isNull());
    QVERIFY(failed.wait());
    QVERIFY(cache.thumbnail(missing, u"image/png"_s, 64).isNull());
    QCOMPARE(cache.pendingCount(), 0); // not retried on every paint
}

QTEST_MAIN(TestThumbnailer)
#include "tst_thumbnailer.moc"
