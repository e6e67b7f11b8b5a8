// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetfixtures.h"
#include "assetpanel.h"
#include "assets/assetimporter.h"
#include "assets/assetlistmodel.h"
#include "assets/thumbnailcache.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
namespace Fixtures = QuoteDesk::Test::AssetFixtures;

namespace {

// Counts the paint events a widget receives while the counter is there.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return false;
    }

private:
    int m_count = 0;
};

} // namespace

class TestAssetPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importFromTheFileDialogShowsProgressAndProblems();
    void droppedFolderIsImported();
    void editingTheDetailsSavesTheAsset();
    void brochureShowsItsAuthor();
    void searchFiltersTheGrid();
    void detailsPaneCannotBeCollapsed();
    void saveCopyAndReplace();
    void twentyThousandAssetsLoadLazily();
    void screenshot();

private:
    QString source(const QString &name, const QByteArray &bytes);
    void importSamples();
    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<AssetPanel> m_panel;
    QString m_saveTarget;
    QStringList m_errors;
};

void TestAssetPanel::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_panel = std::make_unique<AssetPanel>(m_lib->library());
    AssetPanel::Dialogs dialogs;
    dialogs.chooseFiles = [this](QWidget *) {
        return QStringList { source(u"chart.png"_s, Fixtures::image(300, 200)), source(u"empty.pdf"_s, {}) };
    };
    dialogs.chooseFolder = [](QWidget *) {
        return QString();
    };
    dialogs.chooseSaveTarget = [this](QWidget *, const QString &) {
        return m_saveTarget;
    };
    dialogs.chooseReplacement = [this](QWidget *) {
        return source(u"replacement.jpg"_s, Fixtures::image(64, 48, "JPEG"));
    };
    dialogs.showError = [this](QWidget *, const QString &message) {
        m_errors.append(message);
    };
    dialogs.reveal = [](const QString &) {
    };
    m_panel->setDialogs(dialogs);
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestAssetPanel::cleanup()
{
    m_panel.reset();
    m_lib.reset();
    m_errors.clear();
}

QString TestAssetPanel::source(const QString &name, const QByteArray &bytes)
{
    const QString path = m_lib->folder() + u"/in/"_s + name;
    Fixtures::write(path, bytes);
    return path;
}

void TestAssetPanel::importSamples()
{
    source(u"samples/Sovereign AI brochure.pdf"_s, Fixtures::brochurePdf());
    source(u"samples/Revenue chart.png"_s, Fixtures::image(800, 450, "PNG", QColor(0, 118, 168)));
    source(u"samples/Keynote stage.jpg"_s, Fixtures::image(600, 800, "JPEG", QColor(190, 60, 40)));
    source(
        u"samples/Firm logo.svg"_s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"120\"><circle cx=\"60\" cy=\"60\" "
        "r=\"50\" fill=\"#f0a020\"/><rect x=\"35\" y=\"35\" width=\"50\" height=\"50\" "
        "fill=\"#203050\"/></svg>");
    source(u"samples/Export outlook.webp"_s, Fixtures::image(400, 400, "WEBP", QColor(90, 150, 60)));
    QSignalSpy finished(m_panel.get(), &AssetPanel::importFinished);
    QVERIFY(m_panel->importPaths({ m_lib->folder() + u"/in/samples"_s }));
    QVERIFY(finished.wait(30000));
}

void TestAssetPanel::importFromTheFileDialogShowsProgressAndProblems()
{
    QSignalSpy finished(m_panel.get(), &AssetPanel::importFinished);
    auto *button = m_panel->findChild<QWidget *>(u"assetImportFiles"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_panel->isImporting());
    QVERIFY(!button->isEnabled());
    QVERIFY(finished.wait(30000));
    QVERIFY(button->isEnabled());
    QCOMPARE(m_panel->model()->rowCount(), 1);
    auto *problems = m_panel->findChild<QListWidget *>(u"assetImportProblems"_s);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(u"empty.pdf"_s));
    QVERIFY(m_panel->findChild<QLabel *>(u"assetStatus"_s)->text().contains(u"1 refused"_s));
}

void TestAssetPanel::droppedFolderIsImported()
{
    source(u"dropped/a.svg"_s, Fixtures::svg(10, 10));
    source(u"dropped/sub/b.svg"_s, Fixtures::svg(20, 10));
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(m_lib->folder() + u"/in/dropped"_s) });
    QSignalSpy finished(m_panel.get(), &AssetPanel::importFinished);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_panel.get(), &drop);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_panel->model()->rowCount(), 2);
}

void TestAssetPanel::editingTheDetailsSavesTheAsset()
{
    importSamples();
    auto *grid = m_panel->findChild<QListView *>(u"assetGrid"_s);
    const QModelIndex first = m_panel->model()->index(0);
    grid->setCurrentIndex(first);
    const qint64 id = first.data(AssetListModel::IdRole).toLongLong();
    auto *title = m_panel->findChild<QLineEdit *>(u"assetTitle"_s);
    auto *alt = m_panel->findChild<QLineEdit *>(u"assetAltText"_s);
    auto *kind = m_panel->findChild<QComboBox *>(u"assetKind"_s);
    title->selectAll();
    QTest::keyClicks(title, u"Cover of the brochure"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QTest::keyClicks(alt, u"Blue cover with the title"_s);
    QTest::keyClick(alt, Qt::Key_Return);
    kind->setCurrentIndex(kind->findData(int(AssetKind::Infographic)));
    const std::optional<Asset> saved = m_lib->library().get<Asset>(id);
    QCOMPARE(saved->title, u"Cover of the brochure"_s);
    QCOMPARE(saved->altText, u"Blue cover with the title"_s);
    QCOMPARE(saved->kind, AssetKind::Infographic);
    QCOMPARE(first.data().toString(), u"Cover of the brochure"_s);

    Quote quote = Test::makeQuote();
    quote.featuredAssetId = id;
    QString error;
    QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));
    grid->setCurrentIndex(m_panel->model()->index(1));
    grid->setCurrentIndex(m_panel->model()->indexOfId(id));
    auto *usedBy = m_panel->findChild<QListWidget *>(u"assetUsedBy"_s);
    QCOMPARE(usedBy->count(), 1);
    QVERIFY(usedBy->item(0)->text().contains(quote.title));
}

void TestAssetPanel::brochureShowsItsAuthor()
{
    importSamples();
    auto *grid = m_panel->findChild<QListView *>(u"assetGrid"_s);
    auto *author = m_panel->findChild<QLineEdit *>(u"assetAuthor"_s);
    QVERIFY(author);
    QModelIndex brochure;
    for (int row = 0; row < m_panel->model()->rowCount(); ++row) {
        const QModelIndex index = m_panel->model()->index(row);
        if (index.data().toString() == u"Sovereign AI brochure"_s)
            brochure = index;
    }
    QVERIFY(brochure.isValid());
    grid->setCurrentIndex(brochure);
    QCOMPARE(author->text(), u"Strategy Desk"_s); // read from the PDF on import
    QVERIFY(author->isEnabled());

    author->selectAll();
    QTest::keyClicks(author, u"Research team"_s);
    QTest::keyClick(author, Qt::Key_Return);
    const qint64 id = brochure.data(AssetListModel::IdRole).toLongLong();
    QCOMPARE(m_lib->library().get<Asset>(id)->author, u"Research team"_s);

    grid->setCurrentIndex(m_panel->model()->index(brochure.row() == 0 ? 1 : 0));
    QCOMPARE(author->text(), QString()); // images name no author
}

void TestAssetPanel::detailsPaneCannotBeCollapsed()
{
    auto *splitter = m_panel->findChild<QSplitter *>(u"assetSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 2);
    // Dragging the handle to either end leaves both panes on screen.
    splitter->setSizes({ 1000, 0 });
    QVERIFY2(splitter->sizes().at(1) > 50, qPrintable(QString::number(splitter->sizes().at(1))));
    QVERIFY(splitter->widget(1)->isVisible());
    splitter->setSizes({ 0, 1000 });
    QVERIFY2(splitter->sizes().at(0) > 50, qPrintable(QString::number(splitter->sizes().at(0))));
}

void TestAssetPanel::searchFiltersTheGrid()
{
    importSamples();
    auto *search = m_panel->findChild<QLineEdit *>(u"assetSearch"_s);
    QTest::keyClicks(search, u"revenue"_s);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->model()->index(0).data().toString(), u"Revenue chart.png"_s);
    search->clear();
    QCOMPARE(m_panel->model()->rowCount(), 5);
}

void TestAssetPanel::saveCopyAndReplace()
{
    importSamples();
    auto *grid = m_panel->findChild<QListView *>(u"assetGrid"_s);
    const QModelIndex pdf =
        m_panel->model()
            ->match(m_panel->model()->index(0), AssetListModel::MimeTypeRole, u"application/pdf"_s)
            .value(0);
    QVERIFY(pdf.isValid());
    grid->setCurrentIndex(pdf);
    m_saveTarget = m_lib->folder() + u"/out/copy.pdf"_s;
    QDir().mkpath(m_lib->folder() + u"/out"_s);
    QTest::mouseClick(m_panel->findChild<QWidget *>(u"assetSaveCopy"_s), Qt::LeftButton);
    QCOMPARE(Test::readAll(m_saveTarget), Fixtures::brochurePdf());

    const qint64 id = pdf.data(AssetListModel::IdRole).toLongLong();
    QSignalSpy finished(m_panel.get(), &AssetPanel::importFinished);
    QTest::mouseClick(m_panel->findChild<QWidget *>(u"assetReplace"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_lib->library().get<Asset>(id)->mimeType, u"image/jpeg"_s);
    QCOMPARE(m_panel->model()->indexOfId(id).data(AssetListModel::MimeTypeRole).toString(), u"image/jpeg"_s);
    QVERIFY(m_errors.isEmpty());
}

void TestAssetPanel::twentyThousandAssetsLoadLazily()
{
    // Records only, written straight in one transaction: the view never needs the files
    // until it paints a thumbnail.
    QString error;
    QVERIFY2(m_lib->library().transact(
                 [&](QString *e) {
                     for (int i = 0; i < 20000; ++i) {
                         Asset asset;
                         asset.sha256 = u"%1"_s.arg(i, 64, 10, QChar(u'0'));
                         asset.originalName = u"asset %1.png"_s.arg(i);
                         asset.mimeType = u"image/png"_s;
                         if (!m_lib->library().save(asset, e))
                             return false;
                     }
                     return true;
                 },
                 &error),
             qPrintable(error));
    ThumbnailCache *thumbnails = m_panel->thumbnails();
    QSignalSpy made(thumbnails, &ThumbnailCache::thumbnailReady);
    QSignalSpy failed(thumbnails, &ThumbnailCache::thumbnailFailed); // no files: all of them
    const auto askedFor = [&] {
        return thumbnails->pendingCount() + int(made.size()) + int(failed.size());
    };
    m_panel->reload();
    QCOMPARE(m_panel->model()->rowCount(), 20000);
    auto *grid = m_panel->findChild<QListView *>(u"assetGrid"_s);
    QVERIFY(grid);
    const PaintCounter paints(grid->viewport());
    // The view paints the new rows and asks for the thumbnails it shows.
    QTRY_VERIFY(paints.count() > 0 && askedFor() > 0);
    // Only the thumbnails of the items on screen were asked for.
    QVERIFY2(askedFor() < 200, qPrintable(QString::number(askedFor())));
}

void TestAssetPanel::screenshot()
{
    const QString target = qEnvironmentVariable("QUOTEDESK_SCREENSHOT");
    if (target.isEmpty())
        QSKIP("set QUOTEDESK_SCREENSHOT to a PNG path to take a picture of the panel");
    importSamples();
    auto *grid = m_panel->findChild<QListView *>(u"assetGrid"_s);
    for (int row = 0; row < m_panel->model()->rowCount(); ++row) {
        if (m_panel->model()->index(row).data().toString() == u"Sovereign AI brochure"_s)
            grid->setCurrentIndex(m_panel->model()->index(row)); // the pane with an author
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->thumbnails()->pendingCount(), 0, 10000);
    auto *preview = m_panel->findChild<QLabel *>(u"assetPreview"_s);
    QVERIFY(preview);
    QTRY_VERIFY(!preview->pixmap().isNull());
    // Thumbnails and preview are in place; the layout they asked for is a posted event, and
    // grab() paints what is laid out now.
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_panel->grab().save(target));
}

QTEST_MAIN(TestAssetPanel)
#include "tst_assetpanel.moc"
