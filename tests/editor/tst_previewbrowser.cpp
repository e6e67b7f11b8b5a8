// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewBrowser loads the library's image files and nothing else: no web address, no other
// file, and links open nothing. It is read by screen readers and used from the keyboard.
#include "editorfixtures.h"
#include "previewaccessible.h"
#include "previewbrowser.h"
#include "testsupport.h"

#include "assets/assetstore.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

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
    void accessibleText();
    void accessibleSelection();
    void accessibleChange_data();
    void accessibleChange();
    void accessibleEvents();
    void keyboardScrolls();
    void tabReachesLinks();

private:
    /// A browser on screen showing @p html.
    static std::unique_ptr<PreviewBrowser> shownBrowser(const QString &html);
};

namespace {

// What QAccessible reported while a Recorder was alive.
struct Reported
{
    QAccessible::Event type;
    QObject *object;
    QString inserted;
    int selectionStart = -1;
    int selectionEnd = -1;
};
QList<Reported> s_reported;

void recordEvent(QAccessibleEvent *event)
{
    Reported reported { event->type(), event->object(), {} };
    if (event->type() == QAccessible::TextUpdated)
        reported.inserted = static_cast<QAccessibleTextUpdateEvent *>(event)->textInserted();
    if (event->type() == QAccessible::TextSelectionChanged) {
        const auto *selection = static_cast<QAccessibleTextSelectionEvent *>(event);
        reported.selectionStart = selection->selectionStart();
        reported.selectionEnd = selection->selectionEnd();
    }
    s_reported.append(reported);
}

// Records the events sent to screen readers, as if one were listening.
class Recorder
{
public:
    Recorder()
    {
        s_reported.clear();
        m_previous = QAccessible::installUpdateHandler(recordEvent);
        QAccessible::setActive(true);
    }
    ~Recorder()
    {
        QAccessible::installUpdateHandler(m_previous);
        s_reported.clear();
    }
    Q_DISABLE_COPY_MOVE(Recorder)

private:
    QAccessible::UpdateHandler m_previous = nullptr;
};

const QString s_page = u"<h1>On reading</h1><p>Alpha beta gamma</p>"
                       u"<blockquote><p>A reader lives a thousand lives before he dies.</p></blockquote>"_s;

} // namespace

std::unique_ptr<PreviewBrowser> TestPreviewBrowser::shownBrowser(const QString &html)
{
    auto browser = std::make_unique<PreviewBrowser>();
    browser->resize(400, 300);
    browser->show();
    if (!QTest::qWaitForWindowExposed(browser.get()))
        return nullptr;
    browser->setPreviewHtml(html);
    return browser;
}

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

void TestPreviewBrowser::accessibleText()
{
    const auto browser = shownBrowser(s_page);
    QVERIFY(browser);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(browser.get());
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::EditableText);
    QVERIFY(accessible->state().readOnly);
    QVERIFY(accessible->state().multiLine);
    QCOMPARE(accessible->text(QAccessible::Name), u"Preview"_s);
    QAccessibleTextInterface *text = accessible->textInterface();
    QVERIFY(text);

    const QString plain = browser->toPlainText();
    QVERIFY(plain.contains(u"A reader lives a thousand lives"_s));
    QCOMPARE(text->characterCount(), plain.size());
    QCOMPARE(text->text(0, text->characterCount()), plain);
    QCOMPARE(text->text(3, 10), plain.mid(3, 7));

    int start = -1;
    int end = -1;
    const int beta = plain.indexOf(u"beta"_s);
    QCOMPARE(text->textAtOffset(beta + 2, QAccessible::WordBoundary, &start, &end), u"beta"_s);
    QCOMPARE(start, beta);
    QCOMPARE(end, beta + 4);
    QCOMPARE(text->textAtOffset(beta, QAccessible::CharBoundary, &start, &end), u"b"_s);
    // A line is a line as laid out; the paragraph's end goes with its last line.
    QCOMPARE(text->textAtOffset(beta, QAccessible::LineBoundary, &start, &end), u"Alpha beta gamma\n"_s);
    QCOMPARE(text->textBeforeOffset(beta, QAccessible::LineBoundary, &start, &end), u"On reading\n"_s);
    QCOMPARE(start, 0);
    QVERIFY(text->textAfterOffset(beta, QAccessible::LineBoundary, &start, &end).startsWith(u"A reader"_s));
    QCOMPARE(text->textAtOffset(beta, QAccessible::NoBoundary, &start, &end), plain);

    // Characters are where they are painted, on the screen.
    const QRect onScreen(browser->mapToGlobal(QPoint(0, 0)), browser->size());
    const QRect first = text->characterRect(0);
    QVERIFY(!first.isEmpty());
    QVERIFY2(
        onScreen.contains(first),
        qPrintable(u"%1,%2 %3x%4"_s.arg(first.x()).arg(first.y()).arg(first.width()).arg(first.height())));
    QCOMPARE(text->offsetAtPoint(text->characterRect(beta + 1).center()), beta + 1);
    QVERIFY(text->characterRect(beta).left() > first.left());
}

void TestPreviewBrowser::accessibleSelection()
{
    const auto browser = shownBrowser(s_page);
    QVERIFY(browser);
    QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(browser.get())->textInterface();
    QVERIFY(text);
    QCOMPARE(text->selectionCount(), 0);

    QTest::keyClick(browser.get(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(text->selectionCount(), 1);
    int start = -1;
    int end = -1;
    text->selection(0, &start, &end);
    QCOMPARE(start, 0);
    QCOMPARE(end, text->characterCount());

    // A screen reader's selection is the one copied.
    const int beta = browser->toPlainText().indexOf(u"beta"_s);
    text->setSelection(0, beta, beta + 4);
    QCOMPARE(browser->selectedText(), u"beta"_s);
    QCOMPARE(text->cursorPosition(), beta + 4);
    text->removeSelection(0);
    QCOMPARE(text->selectionCount(), 0);
    QVERIFY(browser->selectedText().isEmpty());
}

void TestPreviewBrowser::accessibleChange_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("inserted");
    QTest::newRow("word typed") << u"Alpha beta"_s << u"Alpha new beta"_s << 6 << QString() << u"new "_s;
    QTest::newRow("word replaced") << u"Alpha beta gamma"_s << u"Alpha delta gamma"_s << 6 << u"be"_s
                                   << u"del"_s;
    QTest::newRow("end removed") << u"Alpha beta"_s << u"Alpha"_s << 5 << u" beta"_s << QString();
    QTest::newRow("new page") << u"Alpha"_s << u"Zulu"_s << 0 << u"Alpha"_s << u"Zulu"_s;
    QTest::newRow("same page") << u"Alpha"_s << u"Alpha"_s << 5 << QString() << QString();
    QTest::newRow("repeated letter") << u"aaa"_s << u"aaaa"_s << 3 << QString() << u"a"_s;
}

void TestPreviewBrowser::accessibleChange()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, position);
    QFETCH(QString, removed);
    QFETCH(QString, inserted);
    const PreviewAccessible::TextChange change = PreviewAccessible::changeBetween(before, after);
    QCOMPARE(change.position, position);
    QCOMPARE(change.removed, removed);
    QCOMPARE(change.inserted, inserted);
    QCOMPARE(before.left(position) + inserted + before.mid(position + removed.size()), after);
}

void TestPreviewBrowser::accessibleEvents()
{
    const auto browser = shownBrowser(s_page);
    QVERIFY(browser);
    const Recorder recorder;
    // Qt hands events on only while its platform bridge is active, which offscreen has none of.
    if (!QAccessible::isActive())
        QSKIP("No accessibility bridge on this platform to pass events on");

    browser->setPreviewHtml(u"<p>Alpha beta delta</p>"_s);
    const auto updated =
        std::find_if(s_reported.cbegin(), s_reported.cend(), [&browser](const Reported &event) {
            return event.type == QAccessible::TextUpdated && event.object == browser.get();
        });
    QVERIFY(updated != s_reported.cend());
    QVERIFY(updated->inserted.contains(u"delta"_s));

    s_reported.clear();
    QTest::keyClick(browser.get(), Qt::Key_A, Qt::ControlModifier);
    const auto selected = std::find_if(s_reported.cbegin(), s_reported.cend(), [](const Reported &event) {
        return event.type == QAccessible::TextSelectionChanged;
    });
    QVERIFY(selected != s_reported.cend());
    QCOMPARE(selected->selectionStart, 0);
    QCOMPARE(selected->selectionEnd, browser->toPlainText().size());

    // The same page again tells nothing.
    s_reported.clear();
    browser->setPreviewHtml(u"<p>Alpha beta delta</p>"_s);
    QVERIFY(std::none_of(s_reported.cbegin(), s_reported.cend(),
                         [](const Reported &event) { return event.type == QAccessible::TextUpdated; }));
}

void TestPreviewBrowser::keyboardScrolls()
{
    QString html;
    for (int i = 0; i < 60; ++i)
        html += u"<p>Paragraph %1 of a long page.</p>"_s.arg(i);
    const auto browser = shownBrowser(html);
    QVERIFY(browser);
    QScrollBar *bar = browser->verticalScrollBar();
    QVERIFY(bar->maximum() > 2 * bar->pageStep());
    QCOMPARE(bar->value(), 0);

    QTest::keyClick(browser.get(), Qt::Key_PageDown);
    QCOMPARE(bar->value(), bar->pageStep());
    QTest::keyClick(browser.get(), Qt::Key_Down);
    QCOMPARE(bar->value(), bar->pageStep() + bar->singleStep());
    QTest::keyClick(browser.get(), Qt::Key_Up);
    QCOMPARE(bar->value(), bar->pageStep());
    QTest::keyClick(browser.get(), Qt::Key_Space);
    QCOMPARE(bar->value(), 2 * bar->pageStep());
    QTest::keyClick(browser.get(), Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(bar->value(), bar->pageStep());
    QTest::keyClick(browser.get(), Qt::Key_End);
    QCOMPARE(bar->value(), bar->maximum());
    QTest::keyClick(browser.get(), Qt::Key_PageUp);
    QCOMPARE(bar->value(), bar->maximum() - bar->pageStep());
    QTest::keyClick(browser.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(bar->value(), 0);

    // A screen reader can have a part of the page brought into view.
    QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(browser.get())->textInterface();
    const int far = browser->toPlainText().indexOf(u"Paragraph 50 "_s);
    text->scrollToSubstring(far, far + 12);
    QVERIFY(bar->value() > 0);
    const QRect view(browser->viewport()->mapToGlobal(QPoint(0, 0)), browser->viewport()->size());
    QVERIFY(view.contains(text->characterRect(far)));
    QVERIFY(view.contains(text->characterRect(far + 11)));
}

void TestPreviewBrowser::tabReachesLinks()
{
    // Tab goes from link to link in the page, then on to the next control; Enter follows the
    // link reached.
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *browser = new PreviewBrowser(&window);
    auto *after = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(browser);
    layout->addWidget(after);
    window.resize(400, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    browser->setPreviewHtml(u"<p>See <a href=\"https://example.com/one\">the <b>first</b> one</a> and "
                            u"<a href=\"https://example.com/two\">the second</a>.</p>"_s);
    QSignalSpy clicked(browser, &PreviewBrowser::anchorClicked);

    before->setFocus(Qt::TabFocusReason);
    QTest::keyClick(before, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), browser);
    QVERIFY(browser->selectedText().isEmpty());
    QTest::keyClick(browser, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), browser);
    QCOMPARE(browser->selectedText(), u"the first one"_s);
    QTest::keyClick(browser, Qt::Key_Tab);
    QCOMPARE(browser->selectedText(), u"the second"_s);
    QTest::keyClick(browser, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toUrl(), QUrl(u"https://example.com/two"_s));
    QTest::keyClick(browser, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(browser->selectedText(), u"the first one"_s);
    QTest::keyClick(browser, Qt::Key_Tab);
    QTest::keyClick(browser, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), after);
    QVERIFY(browser->selectedText().isEmpty());
    // Enter on no link follows nothing.
    browser->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(browser, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
}

QTEST_MAIN(TestPreviewBrowser)
#include "tst_previewbrowser.moc"
