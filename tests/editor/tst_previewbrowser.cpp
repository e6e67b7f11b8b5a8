// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewBrowser loads the library's image files and nothing else: no web address, no other
// file, and links open nothing.
#include "editorfixtures.h"
#include "previewbrowser.h"
#include "testsupport.h"

#include "assets/assetstore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestPreviewBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesLibraryImages();
    void refusesRemoteAndOtherFiles_data();
    void refusesRemoteAndOtherFiles();
    void remoteImageInHtmlIsNotFetched();
    void linksOpenNothing();
    void selectAndCopy();
};

void TestPreviewBrowser::servesLibraryImages()
{
    Test::TempLibrary library;
    QVERIFY2(library.open(), qPrintable(library.error()));
    QString error;
    const Asset asset = Test::EditorFixtures::importImage(library.library(), library.folder(), &error);
    QVERIFY2(asset.id > 0, qPrintable(error));
    const AssetStore store(library.path());

    PreviewBrowser browser;
    browser.setAssetFolder(store.root());
    const QVariant image =
        browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(store.filePath(asset.sha256)));
    QCOMPARE(image.typeId(), QMetaType::QImage);
    QCOMPARE(image.value<QImage>().size(), QSize(64, 48));
    QCOMPARE(browser.refusedCount(), 0);

    // The same file by a path that leaves the folder and comes back is still that file, but a
    // path that leaves it for good is not served.
    const QString roundabout = store.root() + u"/../"_s + QFileInfo(store.root()).fileName() + u'/'
        + store.filePath(asset.sha256).mid(store.root().size() + 1);
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(roundabout)).typeId(),
             QMetaType::QImage);
    const QString outside = library.folder() + u"/chart.png"_s;
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(outside)).value<QImage>(),
             PreviewBrowser::placeholderImage());
    QCOMPARE(browser.refusedCount(), 1);
}

void TestPreviewBrowser::refusesRemoteAndOtherFiles_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QUrl>("url");
    QTest::newRow("https image") << int(QTextDocument::ImageResource) << QUrl(u"https://example.com/a.png"_s);
    QTest::newRow("http image") << int(QTextDocument::ImageResource) << QUrl(u"http://127.0.0.1:9/a.png"_s);
    QTest::newRow("relative image") << int(QTextDocument::ImageResource) << QUrl(u"images/a.png"_s);
    QTest::newRow("data image") << int(QTextDocument::ImageResource) << QUrl(u"data:image/png;base64,AAAA"_s);
    QTest::newRow("system file") << int(QTextDocument::ImageResource)
                                 << QUrl::fromLocalFile(u"/etc/hostname"_s);
    QTest::newRow("style sheet") << int(QTextDocument::StyleSheetResource)
                                 << QUrl(u"https://example.com/a.css"_s);
    QTest::newRow("page") << int(QTextDocument::HtmlResource) << QUrl(u"https://example.com/"_s);
}

void TestPreviewBrowser::refusesRemoteAndOtherFiles()
{
    QFETCH(int, type);
    QFETCH(QUrl, url);
    PreviewBrowser browser;
    browser.setAssetFolder(QDir::tempPath());
    const QVariant result = browser.loadResource(type, url);
    if (type == QTextDocument::ImageResource)
        QCOMPARE(result.value<QImage>(), PreviewBrowser::placeholderImage());
    else
        QVERIFY(!result.isValid());
    QCOMPARE(browser.refusedCount(), 1);
}

void TestPreviewBrowser::remoteImageInHtmlIsNotFetched()
{
    // Even HTML that bypasses the renderer loads nothing remote: the browser is asked and
    // answers with the placeholder.
    PreviewBrowser browser;
    browser.resize(400, 300);
    browser.setPreviewHtml(u"<p>before</p><img src=\"https://tracker.example.com/pixel.png\"><p>after</p>"_s);
    QVERIFY(browser.document()->size().height() > 0);
    QCOMPARE(browser.refusedCount(), 1);
    const QVariant cached = browser.document()->resource(QTextDocument::ImageResource,
                                                         QUrl(u"https://tracker.example.com/pixel.png"_s));
    QCOMPARE(cached.value<QImage>(), PreviewBrowser::placeholderImage());
}

void TestPreviewBrowser::linksOpenNothing()
{
    PreviewBrowser browser;
    QSignalSpy clicked(&browser, &PreviewBrowser::anchorClicked);
    browser.resize(300, 200);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setPreviewHtml(u"<p><a href=\"https://example.com/\">a link</a></p>"_s);
    const QTextDocument *shown = browser.document();
    QTextCursor cursor(browser.document());
    cursor.setPosition(2);
    const QPoint at = browser.cursorRect(cursor).center();
    QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toUrl(), QUrl(u"https://example.com/"_s));
    // Still the same page: nothing was opened in its place.
    QCOMPARE(browser.document(), shown);
    QVERIFY(browser.toPlainText().contains(u"a link"_s));
    // Beside the link is no link.
    QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, QPoint(at.x() + 200, at.y() + 100));
    QCOMPARE(clicked.count(), 1);
}

void TestPreviewBrowser::selectAndCopy()
{
    PreviewBrowser browser;
    browser.resize(400, 300);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setPreviewHtml(u"<p>Alpha beta gamma</p><p>Delta epsilon</p>"_s);
    QVERIFY(browser.selectedText().isEmpty());

    // Drag from the start of "beta" to the end of "Delta".
    QTextCursor from(browser.document());
    from.setPosition(6);
    QTextCursor to(browser.document());
    to.setPosition(browser.document()->toPlainText().indexOf(u"Delta"_s) + 5);
    const QPoint start = browser.cursorRect(from).center();
    const QPoint end = browser.cursorRect(to).center();
    QTest::mousePress(browser.viewport(), Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, end, browser.viewport()->mapToGlobal(end), Qt::NoButton,
                     Qt::LeftButton, {});
    QCoreApplication::sendEvent(browser.viewport(), &move);
    QTest::mouseRelease(browser.viewport(), Qt::LeftButton, {}, end);
    QCOMPARE(browser.selectedText(), u"beta gamma\nDelta"_s);

    QTest::keyClick(&browser, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"beta gamma\nDelta"_s);

    QTest::keyClick(&browser, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(browser.selectedText(), u"Alpha beta gamma\nDelta epsilon"_s);
    // A new page starts without a selection.
    browser.setPreviewHtml(u"<p>Other</p>"_s);
    QVERIFY(browser.selectedText().isEmpty());
}

QTEST_MAIN(TestPreviewBrowser)
#include "tst_previewbrowser.moc"
