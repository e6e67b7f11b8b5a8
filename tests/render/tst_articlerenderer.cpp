// SPDX-License-Identifier: GPL-3.0-or-later
// Golden-file tests of the three outputs of an article, plus what each output must never do.
//
// Each tests/data/render/input/NAME.json holds a post's records ("quote", "speaker",
// "essay", "assets") and the media ids the site gave its assets ("media"); the expected
// outputs are tests/data/render/reference/NAME.{preview,page,blocks}.html.
// To regenerate the references after an intended change, run
//   QUOTEDESK_REGENERATE_REFERENCES=1 ctest --preset dev -R tst_articlerenderer
// and review the difference with git diff before committing it. The site's CSS, which the
// preview embeds, stands in the references as one comment line, so a style change does not
// touch every reference.
#include "model/recordjson.h"
#include "render/articlerenderer.h"
#include "render/rendertemplate.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

template<class T>
bool readRecord(const QJsonObject &root, const QString &key, std::optional<T> &record, QString *error)
{
    if (!root.contains(key))
        return true;
    T value;
    if (!RecordJson::fromJson(root.value(key).toObject(), value, error))
        return false;
    record = value;
    return true;
}

struct Fixture
{
    ArticleInput input;
    QHash<qint64, RemoteMedia> media;
};

std::optional<Fixture> readFixture(const QString &path, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(Test::readAll(path), &parseError);
    if (document.isNull()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Fixture fixture;
    if (!readRecord(root, u"quote"_s, fixture.input.quote, error)
        || !readRecord(root, u"speaker"_s, fixture.input.speaker, error)
        || !readRecord(root, u"essay"_s, fixture.input.essay, error))
        return std::nullopt;
    for (const QJsonValue &value : root.value(u"assets"_s).toArray()) {
        Asset asset;
        if (!RecordJson::fromJson(value.toObject(), asset, error))
            return std::nullopt;
        fixture.input.assets.insert(asset.id, asset);
    }
    const QJsonObject media = root.value(u"media"_s).toObject();
    for (auto it = media.begin(); it != media.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        fixture.media.insert(
            it.key().toLongLong(),
            RemoteMedia { item.value(u"id"_s).toInteger(), item.value(u"url"_s).toString() });
    }
    return fixture;
}

// Where the tests pretend the library keeps its files, and the site its uploads.
RenderContext previewContext()
{
    RenderContext context;
    context.localUrl = [](const Asset &asset) {
        return QUrl::fromLocalFile(u"/library/assets/"_s + asset.sha256.left(2) + u'/' + asset.sha256);
    };
    return context;
}

RenderContext pageContext()
{
    RenderContext context;
    context.localUrl = [](const Asset &asset) {
        return QUrl(u"assets/"_s + asset.originalName);
    };
    context.styleSheetHref = u"site.css"_s;
    return context;
}

RenderContext blocksContext(const QHash<qint64, RemoteMedia> &media)
{
    RenderContext context;
    context.remoteMedia = [media](const Asset &asset) -> std::optional<RemoteMedia> {
        const auto found = media.constFind(asset.id);
        return found == media.constEnd() ? std::nullopt : std::optional<RemoteMedia>(*found);
    };
    return context;
}

Article articleFrom(const QString &json)
{
    QString error;
    const auto fixture = readFixture(Test::dataPath(u"render/input/"_s + json), &error);
    return fixture ? composeArticle(fixture->input) : Article {};
}

// A rich-text document as the preview pane's QTextBrowser is one: it notes every resource
// the HTML makes it load.
class RecordingDocument final : public QTextDocument
{
public:
    QList<QUrl> loaded;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        loaded.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

} // namespace

class TestArticleRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReference_data();
    void matchesReference();
    void previewLoadsNothingRemoteAndRunsNothing();
    void previewDocumentLoadsOnlyLibraryFiles_data();
    void previewDocumentLoadsOnlyLibraryFiles();
    void pageEmbedsSiteCssWithoutStyleSheetLink();
    void blocksUseRemoteMediaIds();
    void unmappedAssetsShowAsMissing();
};

void TestArticleRenderer::matchesReference_data()
{
    QTest::addColumn<QString>("input");
    const QDir inputs(Test::dataPath(u"render/input"_s));
    const QStringList files = inputs.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << inputs.filePath(file);
}

void TestArticleRenderer::matchesReference()
{
    QFETCH(QString, input);
    QString error;
    const auto fixture = readFixture(input, &error);
    QVERIFY2(fixture, qPrintable(error));
    const Article article = composeArticle(fixture->input);
    const QList<std::pair<QString, QString>> outputs {
        { u"preview"_s,
          ArticleRenderer::preview(article, previewContext())
              .replace(RenderTemplate::siteStyleSheet(), u"/* resources/site/site.css */\n"_s) },
        { u"page"_s, ArticleRenderer::page(article, pageContext()) },
        { u"blocks"_s, ArticleRenderer::blocks(article, blocksContext(fixture->media)) },
    };
    const bool regenerate = qEnvironmentVariableIntValue("QUOTEDESK_REGENERATE_REFERENCES") != 0;
    const QString base = Test::dataPath(u"render/reference/"_s + QFileInfo(input).completeBaseName());
    for (const auto &[format, actual] : outputs) {
        const QString path = base + u'.' + format + u".html"_s;
        if (regenerate) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
            file.write(actual.toUtf8());
            continue;
        }
        QVERIFY2(QFile::exists(path),
                 qPrintable(u"No reference "_s + path + u": run with QUOTEDESK_REGENERATE_REFERENCES=1"_s));
        QCOMPARE(actual, QString::fromUtf8(Test::readAll(path)));
    }
}

void TestArticleRenderer::previewLoadsNothingRemoteAndRunsNothing()
{
    const Article article = articleFrom(u"quote-hostile-markdown.json"_s);
    const QString html = ArticleRenderer::preview(article, previewContext()).toLower();
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<iframe"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"href=\"javascript"_s));
    QVERIFY(!html.contains(u"href=\"data:"_s));
    QVERIFY(!html.contains(u"href=\"vbscript"_s));
    QVERIFY(!html.contains(u"src=\"http"_s));
    QVERIFY(html.contains(u"remote image not loaded in the preview: tracker (tracker.example.com)"_s));
    QVERIFY(html.contains(u"missing image: missing"_s));
}

void TestArticleRenderer::previewDocumentLoadsOnlyLibraryFiles_data()
{
    matchesReference_data();
}

void TestArticleRenderer::previewDocumentLoadsOnlyLibraryFiles()
{
    QFETCH(QString, input);
    QString error;
    const auto fixture = readFixture(input, &error);
    QVERIFY2(fixture, qPrintable(error));
    const Article article = composeArticle(fixture->input);
    RecordingDocument document;
    document.setHtml(ArticleRenderer::preview(article, previewContext()));
    document.setTextWidth(600);
    QVERIFY(document.size().height() > 0);
    // The library's images are loaded, so the check below is not vacuous.
    QCOMPARE(document.loaded.isEmpty(), article.assetIds().isEmpty());
    // Qt 6.4 asks for the file: URL as written, Qt 6.8 for its path alone: both are local.
    for (const QUrl &url : std::as_const(document.loaded))
        QVERIFY2((url.isLocalFile() || (url.scheme().isEmpty() && url.host().isEmpty()))
                     && url.path().startsWith(u"/library/assets/"_s),
                 qPrintable(url.toString()));
}

void TestArticleRenderer::pageEmbedsSiteCssWithoutStyleSheetLink()
{
    const Article article = articleFrom(u"quote-minimal.json"_s);
    const QString html = ArticleRenderer::page(article, RenderContext {});
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<style>"_s));
    QVERIFY(html.contains(u".site-main"_s));
    QVERIFY(!html.contains(u"<link rel=\"stylesheet\""_s));
}

void TestArticleRenderer::blocksUseRemoteMediaIds()
{
    QString error;
    const auto fixture = readFixture(Test::dataPath(u"render/input/essay-infographic.json"_s), &error);
    QVERIFY2(fixture, qPrintable(error));
    const QString blocks =
        ArticleRenderer::blocks(composeArticle(fixture->input), blocksContext(fixture->media));
    QVERIFY(blocks.contains(u"<!-- wp:image {\"id\":940,"_s));
    QVERIFY(blocks.contains(u"class=\"wp-image-941\""_s));
    QVERIFY(!blocks.contains(u"asset:"_s));
}

void TestArticleRenderer::unmappedAssetsShowAsMissing()
{
    const Article article = articleFrom(u"quote-jensen-huang.json"_s);
    const QString blocks = ArticleRenderer::blocks(article, RenderContext {});
    QVERIFY(!blocks.contains(u"wp:image"_s));
    QVERIFY(!blocks.contains(u"wp:file"_s));
    QVERIFY(blocks.contains(u"Missing image: Portrait of Jensen Huang"_s));
}

QTEST_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
