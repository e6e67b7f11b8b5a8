// SPDX-License-Identifier: GPL-3.0-or-later
// The static export of a demo-like library: what is written, that every page is HTML5 to a
// real parser, that every link is relative and resolves, that archives list the right posts
// newest first, and that a refused, failed or cancelled export leaves the folder as it was.
#include "demosite.h"
#include "htmlcheck.h"
#include "render/siteexport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestSiteExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writesArchivePostsCategoriesCssAndUsedAssets();
    void everyPageIsValidHtml5();
    void checkerFlagsBrokenPages_data();
    void checkerFlagsBrokenPages();
    void everyLinkIsRelativeAndResolves();
    void archiveListsPostsNewestFirst();
    void categoryPagesListTheirPosts_data();
    void categoryPagesListTheirPosts();
    void draftsIdeasAndContextEssaysAreNoPosts();
    void postPagesLinkBackAndToTheirCategories();
    void samePostSlugsGetTheirOwnPages();
    void statusesOption();
    void contextEssaysOption();
    void siteTitleFromOptionOrSite();
    void missingAssetFileIsShownAsMissing();
    void hostileMarkdownStaysInsideTheExport();
    void emptyLibraryExportsAnEmptyArchive();
    void refusesFolderWithOtherFiles();
    void refusesAFile();
    void replacesAnEarlierExport();
    void cancelLeavesFolderAsItWas_data();
    void cancelLeavesFolderAsItWas();
    void progressCountsUpToTotal();
    void unwritablePlaceSaysWhere();

private:
    std::optional<SiteExportReport> exportTo(const QString &folder, const SiteExportOptions &options = {},
                                             const SiteExportProgress &progress = {});
    QString page(const QString &relative) const { return m_out.filePath(u"site/"_s + relative); }

    std::unique_ptr<Test::TempLibrary> m_library;
    QTemporaryDir m_out;
    QString m_error;
};

void TestSiteExport::init()
{
    m_library = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_library->open(), qPrintable(m_library->error()));
    QVERIFY2(Test::DemoSite::populate(m_library->library(), &m_error), qPrintable(m_error));
    QVERIFY(QDir(m_out.path()).removeRecursively());
    QVERIFY(QDir().mkpath(m_out.path()));
    m_error.clear();
}

void TestSiteExport::cleanup()
{
    m_library.reset();
}

std::optional<SiteExportReport> TestSiteExport::exportTo(const QString &folder,
                                                         const SiteExportOptions &options,
                                                         const SiteExportProgress &progress)
{
    return exportSite(m_library->library(), folder, options, progress, &m_error);
}

void TestSiteExport::writesArchivePostsCategoriesCssAndUsedAssets()
{
    const auto report = exportTo(m_out.filePath(u"site"_s));
    QVERIFY2(report, qPrintable(m_error));
    QCOMPARE(report->folder, m_out.filePath(u"site"_s));
    QCOMPARE(report->postCount, 6);
    QCOMPARE(report->categoryCount, 4); // "Energy" has no posts, so no page
    QCOMPARE(report->assetCount, 3); // the portrait, the chart and the brochure, not the unused image
    QVERIFY(report->missingAssets.isEmpty());
    const QStringList expected {
        u"assets/"_s,
        u"category/artificial-intelligence.html"_s,
        u"category/china.html"_s,
        u"category/markets.html"_s,
        u"category/technology.html"_s,
        u"index.html"_s,
        u"posts/infographic-four-critical-deepseek-enablers.html"_s,
        u"posts/quote-jensen-huang-nvidia-ceo-2.html"_s,
        u"posts/quote-jensen-huang-nvidia-ceo.html"_s,
        u"posts/quote-marc-andreessen-andreessen-horowitz.html"_s,
        u"posts/quote-sholto-douglas-anthropic-researcher.html"_s,
        u"posts/quote-yann-lecun-meta.html"_s,
        u"site.css"_s,
    };
    QStringList files = report->files;
    const qsizetype assets = files.removeIf([](const QString &f) { return f.startsWith(u"assets/"_s); });
    QCOMPARE(assets, 3);
    files.prepend(u"assets/"_s);
    QCOMPARE(files, expected);
    const QStringList copied = QDir(page(u"assets"_s)).entryList(QDir::Files, QDir::Name);
    QCOMPARE(copied.size(), 3);
    QVERIFY(copied.filter(u"-deepseek-enablers-final.png"_s).size() == 1);
    QVERIFY(copied.filter(u"-introduction-brochure.pdf"_s).size() == 1);
    QVERIFY(copied.filter(u"-jensen-huang.png"_s).size() == 1);
    QCOMPARE(Test::readAll(page(u"site.css"_s)), Test::readAll(u":/quotedesk/render/site/site.css"_s));
    // Nothing of the export is left beside it.
    QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             { u"site"_s });
}

void TestSiteExport::everyPageIsValidHtml5()
{
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    const auto check = Test::HtmlCheck::folder(page({}), &m_error);
    QVERIFY2(check, qPrintable(m_error));
    QCOMPARE(check->pages().size(), 11);
    for (const QString &p : check->pages())
        QVERIFY2(check->errors(p).isEmpty(), qPrintable(p + u":\n"_s + check->errors(p).join(u'\n')));
}

void TestSiteExport::checkerFlagsBrokenPages_data()
{
    QTest::addColumn<QString>("html");
    const QString head =
        u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"_s;
    QTest::newRow("block inside a paragraph") << head + u"<body><p><div>x</div></p></body></html>"_s;
    QTest::newRow("stray end tag") << head + u"<body><p>x</span></p></body></html>"_s;
    QTest::newRow("no doctype") << u"<html><head><meta charset=\"utf-8\"><title>t</title></head></html>"_s;
    QTest::newRow("duplicate attribute") << head + u"<body><a href=\"a\" href=\"b\">x</a></body></html>"_s;
    QTest::newRow("no title") << u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head></html>"_s;
    QTest::newRow("duplicate id") << head + u"<body><p id=\"a\">x</p><p id=\"a\">y</p></body></html>"_s;
    QTest::newRow("image without alt") << head + u"<body><img src=\"a.png\"></body></html>"_s;
}

// The validity check above is only worth something if the checker fails bad pages.
void TestSiteExport::checkerFlagsBrokenPages()
{
    QFETCH(QString, html);
    const QString path = m_out.filePath(u"bad.html"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(html.toUtf8());
    file.close();
    const auto check = Test::HtmlCheck::files({ path }, &m_error);
    QVERIFY2(check, qPrintable(m_error));
    QVERIFY(!check->errors(path).isEmpty());
}

void TestSiteExport::everyLinkIsRelativeAndResolves()
{
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    const auto check = Test::HtmlCheck::folder(page({}), &m_error);
    QVERIFY2(check, qPrintable(m_error));
    const QStringList broken = check->brokenLinks(page({}));
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    // The check sees the links that matter: the style sheet, images, the brochure, posts.
    const QString infographic = page(u"posts/infographic-four-critical-deepseek-enablers.html"_s);
    QVERIFY(check->links(infographic).contains(u"../site.css"_s));
    QCOMPARE(check->links(infographic).filter(u"../assets/"_s).size(), 2); // featured and linked
    QVERIFY(check->links(infographic).contains(u"https://arxiv.org/"_s));
    const QStringList brochure = check->links(page(u"posts/quote-jensen-huang-nvidia-ceo.html"_s))
                                     .filter(u"introduction-brochure.pdf"_s);
    QCOMPARE(brochure.size(), 1);
    for (const QString &p : check->pages()) {
        for (const QString &link : check->links(p))
            QVERIFY2(!link.contains(u"asset:"_s) && !link.startsWith(u"file:"_s),
                     qPrintable(p + u' ' + link));
    }
}

void TestSiteExport::archiveListsPostsNewestFirst()
{
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    const auto check = Test::HtmlCheck::files({ page(u"index.html"_s) }, &m_error);
    QVERIFY2(check, qPrintable(m_error));
    QCOMPARE(check->entryTitles(page(u"index.html"_s)), Test::DemoSite::exportedTitles());
    const QStringList links = check->entryLinks(page(u"index.html"_s));
    QCOMPARE(links.first(), u"posts/quote-sholto-douglas-anthropic-researcher.html"_s);
    // Of the two posts said the same day, the one written later comes first.
    QCOMPARE(links.at(1), u"posts/quote-jensen-huang-nvidia-ceo.html"_s);
    QCOMPARE(links.at(2), u"posts/quote-jensen-huang-nvidia-ceo-2.html"_s);
    const QByteArray html = Test::readAll(page(u"index.html"_s));
    QVERIFY(html.contains("An Anthropic") || html.contains("We believe coding")); // an excerpt
    QCOMPARE(html.count("class=\"read-more\""), 6);
    QVERIFY(html.contains("<time datetime=\"2025-05-28\">28 May 2025</time>"));
}

void TestSiteExport::categoryPagesListTheirPosts_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("heading");
    QTest::newRow("a parent category lists its subcategory's posts") << u"technology"_s << u"Technology"_s;
    QTest::newRow("a subcategory") << u"artificial-intelligence"_s << u"Artificial intelligence"_s;
    QTest::newRow("the China archive") << u"china"_s << u"China"_s;
    QTest::newRow("markets") << u"markets"_s << u"Markets"_s;
}

void TestSiteExport::categoryPagesListTheirPosts()
{
    QFETCH(QString, slug);
    QFETCH(QString, heading);
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    const QString path = page(u"category/"_s + slug + u".html"_s);
    const auto check = Test::HtmlCheck::files({ path }, &m_error);
    QVERIFY2(check, qPrintable(m_error));
    QCOMPARE(check->entryTitles(path), Test::DemoSite::titlesInCategory(slug));
    for (const QString &link : check->entryLinks(path))
        QVERIFY2(link.startsWith(u"../posts/"_s), qPrintable(link));
    QVERIFY(check->title(path).startsWith(heading));
    QVERIFY(Test::readAll(path).contains(
        QByteArray("<h1 class=\"archive-title\">" + heading.toUtf8() + "</h1>")));
}

void TestSiteExport::draftsIdeasAndContextEssaysAreNoPosts()
{
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    const auto check = Test::HtmlCheck::folder(page({}), &m_error);
    QVERIFY2(check, qPrintable(m_error));
    for (const QString &p : check->pages()) {
        for (const QString &hidden : Test::DemoSite::hiddenTitles()) {
            QVERIFY2(!check->entryTitles(p).contains(hidden), qPrintable(p + u": "_s + hidden));
            QVERIFY2(check->title(p) != hidden, qPrintable(p));
        }
    }
    // A context essay is still part of the quote posts that use it.
    QVERIFY(Test::readAll(page(u"posts/quote-sholto-douglas-anthropic-researcher.html"_s))
                .contains("Context: the Claude 4 launch"));
}

void TestSiteExport::postPagesLinkBackAndToTheirCategories()
{
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    const QString path = page(u"posts/quote-yann-lecun-meta.html"_s);
    const auto check = Test::HtmlCheck::files({ path }, &m_error);
    QVERIFY2(check, qPrintable(m_error));
    const QStringList links = check->links(path);
    QVERIFY(links.contains(u"../index.html"_s));
    QVERIFY(links.contains(u"../category/markets.html"_s));
    QVERIFY(links.contains(u"../category/china.html"_s));
    const QByteArray html = Test::readAll(path);
    QVERIFY(html.contains("class=\"entry-categories\""));
    QVERIFY(html.contains("Most of the infrastructure cost for AI is for inference"));
}

void TestSiteExport::samePostSlugsGetTheirOwnPages()
{
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    QVERIFY(Test::readAll(page(u"posts/quote-jensen-huang-nvidia-ceo.html"_s)).contains("surged tenfold"));
    QVERIFY(Test::readAll(page(u"posts/quote-jensen-huang-nvidia-ceo-2.html"_s)).contains("it already does"));
}

void TestSiteExport::statusesOption()
{
    SiteExportOptions options;
    options.posts.statuses = { WorkflowStatus::Published };
    const auto report = exportTo(m_out.filePath(u"site"_s), options);
    QVERIFY2(report, qPrintable(m_error));
    QCOMPARE(report->postCount, 5);
    QVERIFY(!QFile::exists(page(u"posts/quote-sholto-douglas-anthropic-researcher.html"_s)));

    options.posts.statuses = { WorkflowStatus::Draft, WorkflowStatus::Idea };
    const auto drafts = exportTo(m_out.filePath(u"drafts"_s), options);
    QVERIFY2(drafts, qPrintable(m_error));
    QCOMPARE(drafts->postCount, 3);
    QVERIFY(QFile::exists(m_out.filePath(u"drafts/posts/quote-jack-clark-anthropic.html"_s)));
    QVERIFY(QFile::exists(m_out.filePath(u"drafts/posts/notes-on-the-price-of-inference.html"_s)));
}

void TestSiteExport::contextEssaysOption()
{
    SiteExportOptions options;
    options.posts.contextEssaysAsPosts = true;
    const auto report = exportTo(m_out.filePath(u"site"_s), options);
    QVERIFY2(report, qPrintable(m_error));
    QCOMPARE(report->postCount, 9);
    QVERIFY(QFile::exists(page(u"posts/context-the-claude-4-launch.html"_s)));
}

void TestSiteExport::siteTitleFromOptionOrSite()
{
    QVERIFY2(exportTo(m_out.filePath(u"plain"_s)), qPrintable(m_error));
    QVERIFY(Test::readAll(m_out.filePath(u"plain/index.html"_s)).contains("<title>Posts</title>"));

    Site site;
    site.name = u"Global Advisors"_s;
    site.baseUrl = u"https://example.com"_s;
    QVERIFY2(m_library->library().save(site, &m_error), qPrintable(m_error));
    QVERIFY2(exportTo(m_out.filePath(u"site"_s)), qPrintable(m_error));
    QVERIFY(Test::readAll(page(u"index.html"_s)).contains("<title>Global Advisors</title>"));

    SiteExportOptions options;
    options.siteTitle = u"Quotes & <context>"_s;
    QVERIFY2(exportTo(m_out.filePath(u"named"_s), options), qPrintable(m_error));
    const QByteArray html = Test::readAll(m_out.filePath(u"named/category/china.html"_s));
    QVERIFY(html.contains("Quotes &amp; &lt;context&gt;"));
}

void TestSiteExport::missingAssetFileIsShownAsMissing()
{
    SiteExportOptions options;
    const AssetFileResolver files = ExportFolder::libraryAssetFiles(m_library->path());
    options.assetFiles = [files](const Asset &asset) {
        return asset.kind == AssetKind::Portrait ? QString() : files(asset);
    };
    const auto report = exportTo(m_out.filePath(u"site"_s), options);
    QVERIFY2(report, qPrintable(m_error));
    QCOMPARE(report->assetCount, 2);
    QCOMPARE(report->missingAssets, { u"Jensen Huang (jensen-huang.png)"_s });
    const QByteArray html = Test::readAll(page(u"posts/quote-jensen-huang-nvidia-ceo.html"_s));
    QVERIFY(html.contains("Missing image: Portrait of Jensen Huang"));
    const auto check = Test::HtmlCheck::folder(page({}), &m_error);
    QVERIFY2(check, qPrintable(m_error));
    QVERIFY(check->brokenLinks(page({})).isEmpty());
}

// Whatever a post's Markdown says, the export stays valid HTML5 with no script, and links
// that point outside it (relative paths, other schemes) are not written as links.
void TestSiteExport::hostileMarkdownStaysInsideTheExport()
{
    Quote quote = Test::makeQuote(u"A <b>bold</b> claim & a \"quoted\" one"_s);
    quote.title = u"Quote: </title><script>alert(1)</script>"_s;
    quote.slug = u"../../outside"_s;
    quote.status = WorkflowStatus::Published;
    quote.whereUrl = u"javascript:alert(1)"_s;
    quote.commentary =
        u"<script>alert('x')</script>\n\n[up](../../etc/passwd) [root](/index.html) "
        "[part](#part) [js](JAVASCRIPT:alert(2)) [file](file:///etc/passwd)\n\n"
        "![relative](../secret.png) ![missing](asset:999) ![web](https://example.com/a.png)\n\n"
        "<iframe src=\"https://example.com\"></iframe>\n\n"_s
        + QString(40, u'>') + u" deep\n\n"_s + QString(300, u'[') + QString(300, u']');
    QVERIFY2(m_library->library().save(quote, &m_error), qPrintable(m_error));
    const auto report = exportTo(m_out.filePath(u"site"_s));
    QVERIFY2(report, qPrintable(m_error));
    QVERIFY(report->files.contains(u"posts/outside.html"_s));
    const auto check = Test::HtmlCheck::folder(page({}), &m_error);
    QVERIFY2(check, qPrintable(m_error));
    for (const QString &p : check->pages()) {
        QVERIFY2(check->errors(p).isEmpty(), qPrintable(p + u":\n"_s + check->errors(p).join(u'\n')));
        QVERIFY(!Test::readAll(p).contains("<script"));
        QVERIFY(!Test::readAll(p).contains("<iframe"));
    }
    QVERIFY2(check->brokenLinks(page({})).isEmpty(), qPrintable(check->brokenLinks(page({})).join(u'\n')));
    const QStringList links = check->links(page(u"posts/outside.html"_s));
    QVERIFY(links.contains(u"https://example.com/a.png"_s));
    for (const QString &link : links)
        QVERIFY2(!link.contains(u"passwd"_s) && !link.contains(u"secret"_s) && !link.startsWith(u'#'),
                 qPrintable(link));
    QVERIFY(Test::readAll(page(u"posts/outside.html"_s))
                .contains("Image outside the library not shown: relative"));
}

void TestSiteExport::emptyLibraryExportsAnEmptyArchive()
{
    Test::TempLibrary empty;
    QVERIFY2(empty.open(), qPrintable(empty.error()));
    const auto report = exportSite(empty.library(), m_out.filePath(u"site"_s), {}, {}, &m_error);
    QVERIFY2(report, qPrintable(m_error));
    QCOMPARE(report->postCount, 0);
    QCOMPARE(report->files, (QStringList { u"index.html"_s, u"site.css"_s }));
    QVERIFY(Test::readAll(page(u"index.html"_s)).contains("There are no posts yet."));
    const auto check = Test::HtmlCheck::folder(page({}), &m_error);
    QVERIFY2(check, qPrintable(m_error));
    QVERIFY(check->errors(page(u"index.html"_s)).isEmpty());
}

void TestSiteExport::refusesFolderWithOtherFiles()
{
    QVERIFY(QDir().mkpath(page({})));
    QFile mine(page(u"notes.txt"_s));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    QVERIFY(!exportTo(page({})));
    QVERIFY2(m_error.contains(QDir::toNativeSeparators(m_out.filePath(u"site"_s)))
                 && m_error.contains(u"other files"_s),
             qPrintable(m_error));
    QCOMPARE(QDir(page({})).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             { u"notes.txt"_s });
    QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             { u"site"_s });
}

void TestSiteExport::refusesAFile()
{
    QFile file(m_out.filePath(u"site"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!exportTo(file.fileName()));
    QVERIFY2(m_error.contains(u"is a file"_s), qPrintable(m_error));
}

void TestSiteExport::replacesAnEarlierExport()
{
    QVERIFY(QDir().mkpath(page({})));
    QVERIFY2(exportTo(page({})), qPrintable(m_error)); // an existing empty folder is fine
    QVERIFY(QFile::exists(page(u"posts/quote-sholto-douglas-anthropic-researcher.html"_s)));
    SiteExportOptions options;
    options.posts.statuses = { WorkflowStatus::Published };
    QVERIFY2(exportTo(page({}), options), qPrintable(m_error));
    QVERIFY(!QFile::exists(page(u"posts/quote-sholto-douglas-anthropic-researcher.html"_s)));
    QVERIFY(QFile::exists(page(u"posts/quote-yann-lecun-meta.html"_s)));
    QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             { u"site"_s });
}

void TestSiteExport::cancelLeavesFolderAsItWas_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("while reading posts") << 1;
    QTest::newRow("while writing posts") << 8;
    QTest::newRow("before replacing the folder") << -1;
}

void TestSiteExport::cancelLeavesFolderAsItWas()
{
    QFETCH(int, cancelAt);
    SiteExportOptions published;
    published.posts.statuses = { WorkflowStatus::Published };
    QVERIFY2(exportTo(page({}), published), qPrintable(m_error));
    const QStringList before = QDir(page(u"posts"_s)).entryList(QDir::Files);

    int calls = 0;
    const auto cancel = [&](int done, int total, const QString &) {
        ++calls;
        return cancelAt < 0 ? done < total - 1 : calls < cancelAt;
    };
    QVERIFY(!exportTo(page({}), {}, cancel));
    QVERIFY2(m_error.contains(u"cancelled"_s), qPrintable(m_error));
    QCOMPARE(QDir(page(u"posts"_s)).entryList(QDir::Files), before);
    QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             { u"site"_s });
}

void TestSiteExport::progressCountsUpToTotal()
{
    QList<int> done;
    int lastTotal = 0;
    QStringList steps;
    const auto record = [&](int d, int total, const QString &step) {
        done.append(d);
        lastTotal = total;
        steps.append(step);
        return true;
    };
    QVERIFY2(exportTo(m_out.filePath(u"site"_s), {}, record), qPrintable(m_error));
    QCOMPARE(done.last(), lastTotal);
    QCOMPARE(lastTotal, 2 * 6 + 4 + 1);
    for (int i = 1; i < done.size(); ++i)
        QVERIFY(done.at(i) >= done.at(i - 1));
    QVERIFY(steps.contains(u"Writing index.html"_s));
    QVERIFY(steps.contains(u"Writing category/china.html"_s));
}

void TestSiteExport::unwritablePlaceSaysWhere()
{
    QFile file(m_out.filePath(u"not-a-folder"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString target = file.fileName() + u"/site"_s;
    QVERIFY(!exportTo(target));
    QVERIFY2(m_error.contains(QDir::toNativeSeparators(file.fileName())), qPrintable(m_error));
}

QTEST_GUILESS_MAIN(TestSiteExport)
#include "tst_siteexport.moc"
