// SPDX-License-Identifier: GPL-3.0-or-later
// "Open in browser": the page of a draft with its CSS and images written to a folder of its
// own, then handed to the system's browser (here a recording stand-in).
#include "editorfixtures.h"
#include "openinbrowser.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestOpenInBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesPageCssAndImages();
    void eachPageGetsAFreshFolder();
    void essayDraft();
    void failuresSayWhy();
};

void TestOpenInBrowser::writesPageCssAndImages()
{
    Test::TempLibrary library;
    QVERIFY2(library.open(), qPrintable(library.error()));
    QString error;
    const Asset asset = Test::EditorFixtures::importImage(library.library(), library.folder(), &error);
    QVERIFY2(asset.id > 0, qPrintable(error));
    Quote draft = Test::makeQuote();
    draft.commentary = u"## Chart\n\n![the chart](asset:"_s + QString::number(asset.id) + u")"_s;

    QList<QUrl> opened;
    QString page;
    QVERIFY2(OpenInBrowser::openQuote(
                 library.library(), draft, &error,
                 [&](const QUrl &url) {
                     opened.append(url);
                     return true;
                 },
                 &page),
             qPrintable(error));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(), QUrl::fromLocalFile(page));
    QVERIFY(page.startsWith(OpenInBrowser::sessionFolder() + u'/'));
    QCOMPARE(QFileInfo(page).fileName(), u"quote-jensen-huang-nvidia-ceo.html"_s);

    const QDir folder = QFileInfo(page).dir();
    QVERIFY(folder.exists(u"site.css"_s));
    const QStringList images = folder.entryList({ u"*"_s }, QDir::Files, QDir::Name).filter(u".png"_s);
    const QStringList copied = QDir(folder.filePath(u"assets"_s)).entryList(QDir::Files);
    QCOMPARE(copied.size(), 1);
    QVERIFY(images.isEmpty());
    QCOMPARE(Test::readAll(folder.filePath(u"assets/"_s + copied.first())),
             Test::readAll(library.folder() + u"/chart.png"_s));
    const QString html = QString::fromUtf8(Test::readAll(page));
    QVERIFY(html.contains(u"src=\"assets/"_s + copied.first() + u'"'));
    QVERIFY(html.contains(u"href=\"site.css\""_s));
    QVERIFY(html.contains(draft.text));
}

void TestOpenInBrowser::eachPageGetsAFreshFolder()
{
    Test::TempLibrary library;
    QVERIFY2(library.open(), qPrintable(library.error()));
    QString first;
    QString second;
    QString error;
    const auto accept = [](const QUrl &) {
        return true;
    };
    QVERIFY2(OpenInBrowser::openQuote(library.library(), Test::makeQuote(), &error, accept, &first),
             qPrintable(error));
    QVERIFY2(OpenInBrowser::openQuote(library.library(), Test::makeQuote(), &error, accept, &second),
             qPrintable(error));
    QVERIFY(QFileInfo(first).dir() != QFileInfo(second).dir());
    QVERIFY(QFile::exists(first));
    QVERIFY(QFile::exists(second));
}

void TestOpenInBrowser::essayDraft()
{
    Test::TempLibrary library;
    QVERIFY2(library.open(), qPrintable(library.error()));
    Essay draft = Test::makeEssay(u"Infographic: chips by region"_s);
    draft.slug = u"infographic-chips"_s;
    QString page;
    QString error;
    QVERIFY2(OpenInBrowser::openEssay(
                 library.library(), draft, &error, [](const QUrl &) { return true; }, &page),
             qPrintable(error));
    QCOMPARE(QFileInfo(page).fileName(), u"infographic-chips.html"_s);
    QVERIFY(QString::fromUtf8(Test::readAll(page)).contains(u"Infographic: chips by region"_s));
}

void TestOpenInBrowser::failuresSayWhy()
{
    Test::TempLibrary library;
    QVERIFY2(library.open(), qPrintable(library.error()));
    QString error;
    QVERIFY(!OpenInBrowser::openQuote(library.library(), Test::makeQuote(), &error,
                                      [](const QUrl &) { return false; }));
    QVERIFY2(error.contains(u"No browser opened the page"_s), qPrintable(error));

    Quote dangling = Test::makeQuote();
    dangling.speakerId = 999;
    error.clear();
    bool opened = false;
    QVERIFY(!OpenInBrowser::openQuote(library.library(), dangling, &error,
                                      [&](const QUrl &) { return opened = true; }));
    QVERIFY(!opened);
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestOpenInBrowser)
#include "tst_openinbrowser.moc"
