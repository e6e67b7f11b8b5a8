// SPDX-License-Identifier: GPL-3.0-or-later
// The folder exported pages are written into: safe file names, relative links, asset copies
// made once, and write errors that name the file.
#include "render/exportfolder.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

Asset assetWith(qint64 id, const QString &originalName, const QString &sha256)
{
    Asset asset;
    asset.id = id;
    asset.originalName = originalName;
    asset.sha256 = sha256;
    asset.mimeType = u"image/png"_s;
    return asset;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestExportFolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeFileName_data();
    void safeFileName();
    void relativeLink_data();
    void relativeLink();
    void writesTextAndStyleSheet();
    void writeErrorNamesTheFile();
    void copiesEachAssetOnceUnderASafeName();
    void missingAssetFilesAreListed();
    void pageContextPointsRelativeToThePage();
};

void TestExportFolder::safeFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"brochure.pdf"_s << u"brochure.pdf"_s;
    QTest::newRow("spaces and brackets")
        << u"deepseek enablers (final).png"_s << u"deepseek-enablers-final.png"_s;
    QTest::newRow("path traversal") << u"../../etc/passwd"_s << u"etcpasswd"_s;
    QTest::newRow("hidden file") << u".htaccess"_s << u"htaccess"_s;
    QTest::newRow("accents are kept as letters") << u"Café Zürich.jpg"_s << u"Cafe-Zurich.jpg"_s;
    QTest::newRow("nothing left") << u"«»/\\"_s << u"fallback"_s;
    QTest::newRow("empty") << QString() << u"fallback"_s;
    QTest::newRow("long name keeps its end")
        << QString(200, u'a') + u".pdf"_s << QString(76, u'a') + u".pdf"_s;
}

void TestExportFolder::safeFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(ExportFolder::safeFileName(name, u"fallback"_s), expected);
}

void TestExportFolder::relativeLink_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("from the root") << u"index.html"_s << u"posts/a.html"_s << u"posts/a.html"_s;
    QTest::newRow("from a subfolder") << u"posts/a.html"_s << u"index.html"_s << u"../index.html"_s;
    QTest::newRow("between subfolders") << u"category/b.html"_s << u"posts/a.html"_s << u"../posts/a.html"_s;
    QTest::newRow("two levels") << u"a/b/c.html"_s << u"site.css"_s << u"../../site.css"_s;
}

void TestExportFolder::relativeLink()
{
    QFETCH(QString, page);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QCOMPARE(ExportFolder::relativeLink(page, target), expected);
}

void TestExportFolder::writesTextAndStyleSheet()
{
    QTemporaryDir dir;
    ExportFolder folder(dir.path(), {});
    QString error;
    QVERIFY2(folder.writeText(u"a/b/page.html"_s, u"héllo"_s, &error), qPrintable(error));
    QCOMPARE(Test::readAll(dir.filePath(u"a/b/page.html"_s)), "h\xc3\xa9llo"_ba);
    QVERIFY2(folder.writeStyleSheet(&error), qPrintable(error));
    QVERIFY(Test::readAll(dir.filePath(u"site.css"_s)).contains(".site-main"));
}

void TestExportFolder::writeErrorNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"taken.html"_s))); // a folder where the page should go
    ExportFolder folder(dir.path(), {});
    QString error;
    QVERIFY(!folder.writeText(u"taken.html"_s, u"x"_s, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(u"taken.html"_s))), qPrintable(error));

    QVERIFY(writeFile(dir.filePath(u"file"_s), "x"));
    QVERIFY(!folder.writeText(u"file/page.html"_s, u"x"_s, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(u"file"_s))), qPrintable(error));
}

void TestExportFolder::copiesEachAssetOnceUnderASafeName()
{
    QTemporaryDir source;
    QTemporaryDir dir;
    const QString hash = QString(64, u'a');
    QVERIFY(writeFile(source.filePath(hash), "png bytes"));
    int lookups = 0;
    ExportFolder folder(dir.path(), [&](const Asset &asset) {
        ++lookups;
        return source.filePath(asset.sha256);
    });
    QString error;
    const Asset asset = assetWith(7, u"../My Chart.png"_s, hash);
    QVERIFY2(folder.copyAssets({ asset, asset }, &error), qPrintable(error));
    QVERIFY2(folder.copyAssets({ asset }, &error), qPrintable(error));
    QCOMPARE(lookups, 1);
    QCOMPARE(folder.assetPath(7), u"assets/aaaaaaaaaaaa-My-Chart.png"_s);
    QCOMPARE(Test::readAll(dir.filePath(folder.assetPath(7))), "png bytes"_ba);
    QCOMPARE(folder.copiedAssetCount(), 1);

    // No extension in the name: one from the MIME type; a hash that is no hash: the id.
    const Asset bare = assetWith(8, u"chart"_s, u"not-a-hash"_s);
    QVERIFY(writeFile(source.filePath(u"not-a-hash"_s), "more"));
    QVERIFY2(folder.copyAssets({ bare }, &error), qPrintable(error));
    QCOMPARE(folder.assetPath(8), u"assets/asset-8-chart.png"_s);
}

void TestExportFolder::missingAssetFilesAreListed()
{
    QTemporaryDir dir;
    ExportFolder folder(dir.path(), [&](const Asset &asset) {
        return asset.id == 1 ? dir.filePath(u"nowhere"_s) : QString();
    });
    Asset titled = assetWith(1, u"a.png"_s, QString(64, u'b'));
    titled.title = u"Chart"_s;
    QString error;
    QVERIFY2(folder.copyAssets({ titled, assetWith(2, u"b.png"_s, QString(64, u'c')) }, &error),
             qPrintable(error));
    QCOMPARE(folder.missingAssets(), (QStringList { u"Chart (a.png)"_s, u"b.png"_s }));
    QVERIFY(folder.assetPath(1).isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"assets"_s)));

    ExportFolder unresolved(dir.path(), {});
    QVERIFY(unresolved.copyAssets({ titled }, &error));
    QCOMPARE(unresolved.missingAssets().size(), 1);
}

void TestExportFolder::pageContextPointsRelativeToThePage()
{
    QTemporaryDir source;
    QTemporaryDir dir;
    QVERIFY(writeFile(source.filePath(QString(64, u'd')), "x"));
    ExportFolder folder(dir.path(), [&](const Asset &asset) { return source.filePath(asset.sha256); });
    const Asset asset = assetWith(3, u"p.png"_s, QString(64, u'd'));
    QString error;
    QVERIFY2(folder.copyAssets({ asset }, &error), qPrintable(error));
    const RenderContext context = folder.pageContext(u"posts/a.html"_s);
    QCOMPARE(context.styleSheetHref, u"../site.css"_s);
    QCOMPARE(context.localUrl(asset).toString(), u"../assets/dddddddddddd-p.png"_s);
    QVERIFY(context.localUrl(assetWith(4, u"q.png"_s, QString(64, u'e'))).isEmpty());
    QCOMPARE(folder.pageContext(u"index.html"_s).localUrl(asset).toString(), u"assets/dddddddddddd-p.png"_s);
}

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
