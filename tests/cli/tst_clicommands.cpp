// SPDX-License-Identifier: GPL-3.0-or-later
// The commands of quotedesk-cli that need no network: search, render, export-site,
// import-assets and the site records.
#include "clirunner.h"
#include "testsupport.h"

#include "render/article.h"
#include "render/articlerenderer.h"
#include "store/library.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestCliCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void searchRanksWithSnippets();
    void searchJson();
    void searchIsSafeForAnyQuery_data();
    void searchIsSafeForAnyQuery();
    void renderMatchesTheLibrary_data();
    void renderMatchesTheLibrary();
    void renderRefusesWhatIsNoPost_data();
    void renderRefusesWhatIsNoPost();
    void exportSiteWritesPages();
    void importAssetsReportsEachFile();
    void importAssetsOfAGoodFolderSucceeds();
    void importAssetsTwiceSaysAlreadyInTheLibrary();
    void siteAddListRemove();
    void siteAddChecksItsOptions_data();
    void siteAddChecksItsOptions();
    void passwordIsNeverStored();
    void siteTestWithoutPasswordSaysHow();
    void publishChecksItsOptions_data();
    void publishChecksItsOptions();
    void newCommandsHaveHelp_data();
    void newCommandsHaveHelp();

private:
    void makeDemo();
    QString writeFile(const QString &name, const QByteArray &content);
    QByteArray png(int seed);

    std::unique_ptr<Test::CliRunner> m_cli;
};

void TestCliCommands::init()
{
    m_cli = std::make_unique<Test::CliRunner>();
    QVERIFY(m_cli->isValid());
}

void TestCliCommands::cleanup()
{
    m_cli.reset();
}

void TestCliCommands::makeDemo()
{
    const Test::CliResult result = m_cli->runOnLibrary({ u"demo"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

QString TestCliCommands::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_cli->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestCliCommands::png(int seed)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(seed * 40 % 256, 90, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void TestCliCommands::searchRanksWithSnippets()
{
    makeDemo();
    const Test::CliResult result = m_cli->runOnLibrary({ u"search"_s, u"Nvidia"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    QVERIFY(lines.first().startsWith(u"TYPE"_s));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(u"[Nvidia]"_s), qPrintable(line));
}

void TestCliCommands::searchJson()
{
    makeDemo();
    const QJsonArray hits = m_cli->json({ u"search"_s, u"infrastructure"_s }).toArray();
    QVERIFY(!hits.isEmpty());
    double previous = -1e300;
    for (const QJsonValue &hit : hits) {
        QVERIFY(!hit[u"title"_s].toString().isEmpty());
        QVERIFY(hit[u"id"_s].toInteger() > 0);
        QVERIFY2(hit[u"snippet_html"_s].toString().contains(u"<b>"_s),
                 qPrintable(hit[u"snippet_html"_s].toString()));
        QVERIFY(!hit[u"snippet"_s].toString().contains(u'<'));
        // Best first: bm25 ranks are more negative for better matches.
        QVERIFY(hit[u"rank"_s].toDouble() >= previous);
        previous = hit[u"rank"_s].toDouble();
    }
    const QJsonArray speakers =
        m_cli->json({ u"search"_s, u"Huang"_s, u"--type"_s, u"speakers"_s, u"--limit"_s, u"1"_s }).toArray();
    QCOMPARE(speakers.size(), 1);
    QCOMPARE(speakers.first()[u"type"_s].toString(), u"speaker"_s);
}

void TestCliCommands::searchIsSafeForAnyQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unbalanced quote") << u"\"Nvidia"_s;
    QTest::newRow("lone AND") << u"AND"_s;
    QTest::newRow("star") << u"*"_s;
    QTest::newRow("minus inside") << u"chips -export"_s;
    QTest::newRow("SQL") << u"'; DROP TABLE quotes; --"_s;
}

void TestCliCommands::searchIsSafeForAnyQuery()
{
    QFETCH(QString, query);
    makeDemo();
    const Test::CliResult result = m_cli->runOnLibrary({ u"search"_s, query });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_cli->json({ u"list"_s, u"quotes"_s }).toArray().size(), 7);
}

void TestCliCommands::renderMatchesTheLibrary_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("unexpected");
    // The demo library has no asset files, so no asset location changes the output.
    QTest::newRow("quote preview") << u"quote"_s << qint64(2) << u"preview"_s << u"<blockquote"_s << u"wp:"_s;
    QTest::newRow("quote page") << u"quote"_s << qint64(2) << u"page"_s << u"<!DOCTYPE html>"_s << u"wp:"_s;
    QTest::newRow("quote blocks") << u"quote"_s << qint64(2) << u"blocks"_s << u"<!-- wp:quote"_s
                                  << u"<html"_s;
    QTest::newRow("essay blocks") << u"essay"_s << qint64(4) << u"blocks"_s << u"<!-- wp:paragraph"_s
                                  << u"<html"_s;
    QTest::newRow("essay page") << u"essays"_s << qint64(4) << u"page"_s << u"<!DOCTYPE html>"_s << u"wp:"_s;
}

void TestCliCommands::renderMatchesTheLibrary()
{
    QFETCH(QString, type);
    QFETCH(qint64, id);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QFETCH(QString, unexpected);
    makeDemo();
    const Test::CliResult result =
        m_cli->runOnLibrary({ u"render"_s, type, QString::number(id), u"--format"_s, format });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.contains(expected), qPrintable(result.out.left(300)));
    QVERIFY(!result.out.contains(unexpected));

    Library library;
    QString error;
    Library::OpenOptions options;
    options.readOnly = true;
    QVERIFY2(library.open(m_cli->library(), &error, options), qPrintable(error));
    const auto input = loadArticleInput(library, *recordTypeFromName(type), id, &error);
    QVERIFY2(input, qPrintable(error));
    const Article article = composeArticle(*input);
    const QString fromLibrary = format == u"preview"_s ? ArticleRenderer::preview(article, {})
        : format == u"page"_s                          ? ArticleRenderer::page(article, {})
                                                       : ArticleRenderer::blocks(article, {});
    QCOMPARE(result.out, fromLibrary.endsWith(u'\n') ? fromLibrary : fromLibrary + u'\n');

    const QJsonObject json =
        m_cli->json({ u"render"_s, type, QString::number(id), u"--format"_s, format }).toObject();
    QCOMPARE(json[u"title"_s].toString(), article.title);
    QCOMPARE(json[u"slug"_s].toString(), article.slug);
    QCOMPARE(json[u"content"_s].toString(), fromLibrary);
}

void TestCliCommands::renderRefusesWhatIsNoPost_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("speaker") << QStringList { u"render"_s, u"speaker"_s, u"1"_s } << 2 << u"“speaker”"_s;
    QTest::newRow("bad format") << QStringList { u"render"_s, u"quote"_s, u"1"_s, u"--format"_s, u"pdf"_s }
                                << 2 << u"“pdf”"_s;
    QTest::newRow("unknown id") << QStringList { u"render"_s, u"quote"_s, u"999"_s } << 1 << u"999"_s;
    QTest::newRow("not an id") << QStringList { u"render"_s, u"quote"_s, u"x"_s } << 2 << u"“x”"_s;
}

void TestCliCommands::renderRefusesWhatIsNoPost()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    makeDemo();
    const Test::CliResult result = m_cli->runOnLibrary(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCliCommands::exportSiteWritesPages()
{
    makeDemo();
    const QString folder = m_cli->filePath(u"site"_s);
    const Test::CliResult result = m_cli->runOnLibrary({ u"export-site"_s, folder });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(QDir::toNativeSeparators(folder)));
    const QString index = QString::fromUtf8(Test::readAll(folder + u"/index.html"_s));
    QVERIFY(index.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(QFile::exists(folder + u"/site.css"_s));
    const QStringList posts = QDir(folder + u"/posts"_s).entryList({ u"*.html"_s }, QDir::Files);
    QVERIFY(!posts.isEmpty());
    // Every post page is linked from the archive by a relative link.
    for (const QString &post : posts)
        QVERIFY2(index.contains(u"href=\"posts/"_s + post + u'"'), qPrintable(post));
    QVERIFY(!QDir(folder + u"/category"_s).entryList(QDir::Files).isEmpty());

    // --all takes in the drafts and ideas too; --json reports what was written.
    const QJsonObject all = m_cli->json({ u"export-site"_s, folder, u"--all"_s }).toObject();
    QVERIFY(all[u"posts"_s].toInt() > posts.size());
    QVERIFY(all[u"files"_s].toArray().contains(u"index.html"_s));

    // A folder holding other files is refused and left alone.
    const QString other = writeFile(u"notes/todo.txt"_s, "keep me\n");
    const Test::CliResult refused =
        m_cli->runOnLibrary({ u"export-site"_s, QFileInfo(other).absolutePath() });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errorLines(), 1);
    QCOMPARE(Test::readAll(other), QByteArray("keep me\n"));
}

void TestCliCommands::importAssetsReportsEachFile()
{
    makeDemo();
    const QString good = writeFile(u"in/portrait.png"_s, png(1));
    const QString disguised = writeFile(u"in/chart.pdf"_s, png(2));
    const QString empty = writeFile(u"in/empty.pdf"_s, {});
    const QString text = writeFile(u"in/notes.png"_s, "just some notes\n");
    const QString locked = writeFile(u"in/locked.pdf"_s, png(3));
    QFile::setPermissions(locked, QFileDevice::Permissions());
    const bool canLock = !QFileInfo(locked).isReadable() && !QFile(locked).open(QIODevice::ReadOnly);

    const Test::CliResult result =
        m_cli->runOnLibrary({ u"import-assets"_s, good, disguised, empty, text, locked });
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    const auto lineFor = [&](const QString &path) {
        for (const QString &line : lines) {
            if (line.contains(u"“"_s + QDir::toNativeSeparators(path) + u"”"_s))
                return line;
        }
        return QString();
    };
    QVERIFY2(lineFor(good).startsWith(u"imported:"_s), qPrintable(result.out));
    // Type by content: a PNG named .pdf is imported as the image it is.
    QVERIFY2(lineFor(disguised).startsWith(u"imported:"_s), qPrintable(result.out));
    QVERIFY(lineFor(disguised).contains(u"image/png"_s));
    QVERIFY2(lineFor(empty).startsWith(u"refused:"_s), qPrintable(result.out));
    QVERIFY(lineFor(empty).contains(u"empty"_s));
    QVERIFY2(lineFor(text).startsWith(u"refused:"_s), qPrintable(result.out));
    QVERIFY(lineFor(text).contains(u"text/plain"_s));
    if (canLock) {
        QVERIFY2(lineFor(locked).startsWith(u"refused:"_s), qPrintable(result.out));
        QVERIFY(lineFor(locked).contains(u"cannot be read"_s));
    }
    // One line on standard error says the batch was partly refused; the rest went in.
    QVERIFY2(result.err.contains(u"refused"_s), qPrintable(result.err));
    const QJsonArray assets = m_cli->json({ u"list"_s, u"assets"_s }).toArray();
    QCOMPARE(assets.size(), canLock ? 2 : 3);
}

void TestCliCommands::importAssetsOfAGoodFolderSucceeds()
{
    makeDemo();
    writeFile(u"folder/a.png"_s, png(4));
    writeFile(u"folder/deeper/b.png"_s, png(5));
    const QJsonObject summary = m_cli->json({ u"import-assets"_s, m_cli->filePath(u"folder"_s) }).toObject();
    QCOMPARE(summary[u"imported"_s].toInt(), 2);
    QCOMPARE(summary[u"refused"_s].toInt(), 0);
    QCOMPARE(summary[u"files"_s].toArray().size(), 2);
    QCOMPARE(m_cli->json({ u"list"_s, u"assets"_s }).toArray().size(), 2);

    const Test::CliResult missing =
        m_cli->runOnLibrary({ u"import-assets"_s, m_cli->filePath(u"nothing.png"_s) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.out.contains(u"does not exist"_s), qPrintable(missing.out));
    QCOMPARE(m_cli->runOnLibrary({ u"import-assets"_s }).exitCode, 2);
}

void TestCliCommands::importAssetsTwiceSaysAlreadyInTheLibrary()
{
    makeDemo();
    const QString file = writeFile(u"brochure-cover.png"_s, png(6));
    QCOMPARE(m_cli->runOnLibrary({ u"import-assets"_s, file }).exitCode, 0);
    const QString copy = writeFile(u"copy of cover.png"_s, png(6));
    const Test::CliResult again = m_cli->runOnLibrary({ u"import-assets"_s, copy });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(u"already in the library:"_s), qPrintable(again.out));
    QVERIFY(again.out.contains(u"brochure-cover.png"_s));
    QCOMPARE(m_cli->json({ u"list"_s, u"assets"_s }).toArray().size(), 1);
}

void TestCliCommands::siteAddListRemove()
{
    makeDemo();
    const Test::CliResult added = m_cli->runOnLibrary(
        { u"site"_s, u"add"_s, u"Firm"_s, u"--url"_s, u"https://example.com"_s, u"--user"_s, u"editor"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(u"“Firm”"_s));
    QVERIFY2(m_cli->runOnLibrary({ u"site"_s, u"add"_s, u"Local"_s, u"--url"_s, u"http://127.0.0.1:8080/"_s,
                                   u"--user"_s, u"admin"_s })
                     .exitCode
                 == 0,
             "a loopback site over http");

    const QJsonArray sites = m_cli->json({ u"site"_s, u"list"_s }).toArray();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites.first()[u"name"_s].toString(), u"Firm"_s);
    QVERIFY(sites.first()[u"url"_s].toString().startsWith(u"https://example.com"_s));
    QCOMPARE(sites.first()[u"user"_s].toString(), u"editor"_s);
    const Test::CliResult table = m_cli->runOnLibrary({ u"site"_s, u"list"_s });
    QVERIFY(table.out.contains(u"editor"_s) && table.out.contains(u"Local"_s));

    const Test::CliResult twice = m_cli->runOnLibrary(
        { u"site"_s, u"add"_s, u"firm"_s, u"--url"_s, u"https://example.org"_s, u"--user"_s, u"x"_s });
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"already a site"_s), qPrintable(twice.err));

    const Test::CliResult removed = m_cli->runOnLibrary({ u"site"_s, u"remove"_s, u"Firm"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    const QJsonArray left = m_cli->json({ u"site"_s, u"list"_s }).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first()[u"name"_s].toString(), u"Local"_s);
    const Test::CliResult gone = m_cli->runOnLibrary({ u"site"_s, u"remove"_s, u"Firm"_s });
    QCOMPARE(gone.exitCode, 1);
    QCOMPARE(gone.errorLines(), 1);
    QVERIFY(gone.err.contains(u"no site called"_s));
}

void TestCliCommands::siteAddChecksItsOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no url") << QStringList { u"site"_s, u"add"_s, u"A"_s, u"--user"_s, u"u"_s } << 2
                            << u"--url"_s;
    QTest::newRow("no user") << QStringList { u"site"_s, u"add"_s, u"A"_s, u"--url"_s,
                                              u"https://a.example"_s }
                             << 2 << u"--user"_s;
    QTest::newRow("plain http to another host")
        << QStringList { u"site"_s, u"add"_s, u"A"_s, u"--url"_s, u"http://a.example"_s, u"--user"_s, u"u"_s }
        << 1 << u"https"_s;
    QTest::newRow("no name") << QStringList { u"site"_s, u"add"_s } << 2 << u"NAME"_s;
    QTest::newRow("no sub-command") << QStringList { u"site"_s } << 2 << u"sub-command"_s;
    QTest::newRow("a password on the command line is no option")
        << QStringList { u"site"_s,   u"add"_s, u"A"_s,          u"--url"_s, u"https://a.example"_s,
                         u"--user"_s, u"u"_s,   u"--password"_s, u"secret"_s }
        << 2 << u"password"_s;
}

void TestCliCommands::siteAddChecksItsOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    makeDemo();
    const Test::CliResult result = m_cli->runOnLibrary(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QVERIFY(m_cli->json({ u"site"_s, u"list"_s }).toArray().isEmpty());
}

void TestCliCommands::passwordIsNeverStored()
{
    makeDemo();
    const QString password = u"abcd EFGH 1234 ijkl MNOP 5678"_s;
    m_cli->setEnvironment(u"QUOTEDESK_WP_APP_PASSWORD"_s, password);
    const QString passwordFile = writeFile(u"secret/password.txt"_s, "wxyz QRST 9876 uvwx ABCD 4321\n");
    const QList<QStringList> runs {
        { u"site"_s, u"add"_s, u"Local"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--user"_s, u"admin"_s },
        { u"site"_s, u"list"_s },
        // Nothing listens on the discard port: the test fails, but only after the password was read.
        { u"site"_s, u"test"_s, u"Local"_s },
        { u"site"_s, u"test"_s, u"Local"_s, u"--password-file"_s, passwordFile },
        { u"publish"_s, u"2"_s, u"--site"_s, u"Local"_s },
    };
    QString output;
    for (const QStringList &arguments : runs) {
        const Test::CliResult result = m_cli->runOnLibrary(arguments);
        QVERIFY2(result.exitCode >= 0, qPrintable(arguments.join(u' ')));
        output += result.out + result.err;
    }
    QVERIFY2(output.contains(u"127.0.0.1"_s), qPrintable(output));
    const QList<QByteArray> secrets { password.toUtf8(), QByteArray("wxyz QRST 9876 uvwx ABCD 4321") };
    for (const QByteArray &secret : secrets)
        QVERIFY(!output.toUtf8().contains(secret));
    int files = 0;
    for (const QString &place :
         { m_cli->library(), m_cli->filePath(u"config"_s), m_cli->filePath(u"data"_s) }) {
        const QStringList paths = QFileInfo(place).isDir() ? [&] {
            QStringList found;
            QDirIterator it(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            return found;
        }()
                                                           : QStringList { place };
        for (const QString &path : paths) {
            ++files;
            const QByteArray bytes = Test::readAll(path);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(path));
        }
    }
    QVERIFY(files > 0);
}

void TestCliCommands::siteTestWithoutPasswordSaysHow()
{
    makeDemo();
    QCOMPARE(m_cli
                 ->runOnLibrary({ u"site"_s, u"add"_s, u"Local"_s, u"--url"_s, u"http://127.0.0.1:9/"_s,
                                  u"--user"_s, u"admin"_s })
                 .exitCode,
             0);
    const Test::CliResult result = m_cli->runOnLibrary({ u"site"_s, u"test"_s, u"Local"_s });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(u"QUOTEDESK_WP_APP_PASSWORD"_s), qPrintable(result.err));
    QVERIFY(result.err.contains(u"--password-file"_s));

    const Test::CliResult missing = m_cli->runOnLibrary(
        { u"site"_s, u"test"_s, u"Local"_s, u"--password-file"_s, m_cli->filePath(u"none.txt"_s) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"none.txt"_s), qPrintable(missing.err));

    m_cli->setEnvironment(u"QUOTEDESK_WP_APP_PASSWORD"_s, u"abcd efgh"_s);
    const Test::CliResult unreachable = m_cli->runOnLibrary({ u"site"_s, u"test"_s, u"Local"_s });
    QCOMPARE(unreachable.exitCode, 1);
    QCOMPARE(unreachable.errorLines(), 1);
    QVERIFY2(unreachable.err.contains(u"“Local”"_s), qPrintable(unreachable.err));
}

void TestCliCommands::publishChecksItsOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no site") << QStringList { u"publish"_s, u"2"_s } << 2 << u"--site"_s;
    QTest::newRow("unknown site") << QStringList { u"publish"_s, u"2"_s, u"--site"_s, u"Nowhere"_s } << 1
                                  << u"“Nowhere”"_s;
    QTest::newRow("bad type") << QStringList { u"publish"_s, u"2"_s,      u"--site"_s,
                                               u"Local"_s,   u"--type"_s, u"speaker"_s }
                              << 2 << u"“speaker”"_s;
    QTest::newRow("bad status") << QStringList { u"publish"_s, u"2"_s,        u"--site"_s,
                                                 u"Local"_s,   u"--status"_s, u"live"_s }
                                << 2 << u"“live”"_s;
    QTest::newRow("future without date")
        << QStringList { u"publish"_s, u"2"_s, u"--site"_s, u"Local"_s, u"--status"_s, u"future"_s } << 2
        << u"--date"_s;
    QTest::newRow("bad date") << QStringList { u"publish"_s,  u"2"_s,      u"--site"_s, u"Local"_s,
                                               u"--status"_s, u"future"_s, u"--date"_s, u"next monday"_s }
                              << 2 << u"ISO 8601"_s;
    QTest::newRow("not an id") << QStringList { u"publish"_s, u"two"_s, u"--site"_s, u"Local"_s } << 2
                               << u"“two”"_s;
    QTest::newRow("no id") << QStringList { u"publish"_s, u"--site"_s, u"Local"_s } << 2 << u"ID"_s;
    QTest::newRow("no password") << QStringList { u"publish"_s, u"2"_s, u"--site"_s, u"Local"_s } << 1
                                 << u"QUOTEDESK_WP_APP_PASSWORD"_s;
}

void TestCliCommands::publishChecksItsOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    makeDemo();
    QCOMPARE(m_cli
                 ->runOnLibrary({ u"site"_s, u"add"_s, u"Local"_s, u"--url"_s, u"http://127.0.0.1:9/"_s,
                                  u"--user"_s, u"admin"_s })
                 .exitCode,
             0);
    const Test::CliResult result = m_cli->runOnLibrary(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCliCommands::newCommandsHaveHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("render") << QStringList { u"render"_s, u"--help"_s } << u"--format"_s;
    QTest::newRow("export-site") << QStringList { u"help"_s, u"export-site"_s } << u"DIR"_s;
    QTest::newRow("import-assets") << QStringList { u"import-assets"_s, u"-h"_s } << u"PATH…"_s;
    QTest::newRow("site add") << QStringList { u"site"_s, u"add"_s, u"--help"_s } << u"--url"_s;
    QTest::newRow("site list") << QStringList { u"help"_s, u"site"_s, u"list"_s } << u"site list"_s;
    QTest::newRow("site remove") << QStringList { u"site"_s, u"remove"_s, u"--help"_s } << u"NAME"_s;
    QTest::newRow("site test") << QStringList { u"site"_s, u"test"_s, u"--help"_s } << u"--password-file"_s;
    QTest::newRow("publish") << QStringList { u"publish"_s, u"--help"_s } << u"--force"_s;
    QTest::newRow("search") << QStringList { u"search"_s, u"--help"_s } << u"--limit"_s;
    QTest::newRow("overview") << QStringList { u"--help"_s } << u"site test NAME"_s;
}

void TestCliCommands::newCommandsHaveHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Test::CliResult result = m_cli->run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
