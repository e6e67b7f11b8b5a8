// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing to the real WordPress and reading the posts back: a post with its featured image
// and brochure, a quote of the library with the records it embeds, updates that reuse the
// post and files, and the password that is never written down.
// WordPress 6.1 on loopback: tests/integration/wordpress/wp-site.sh, started by the ctest fixture.
#include "assets/assetimporter.h"
#include "publish/publicationstore.h"
#include "publish/publishinputs.h"
#include "publish/wppayload.h"
#include "render/htmltomarkdown.h"
#include "siteclock.h"
#include "wordpresstestcase.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestWordPressPublish final : public Test::WordPressTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void testConnection();
    void publishQuoteWithFeaturedImageAndBrochure();
    void publishDemoQuoteFromTheLibrary();
    void updateReusesPostAndFiles();
    void passwordNeverStored();
};

void TestWordPressPublish::testConnection()
{
    QSignalSpy tested(m_controller.get(), &PublishController::connectionTested);
    m_controller->testConnection(m_siteId);
    QVERIFY(tested.wait(30000));
    const auto error = tested.constFirst().at(2).value<WpError>();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const auto user = tested.constFirst().at(1).value<WpSite::User>();
    QVERIFY(user.canPublish);
    QVERIFY(user.roles.contains(u"administrator"_s));
}

void TestWordPressPublish::publishQuoteWithFeaturedImageAndBrochure()
{
    const PublishInput input = makeInput(u"Quote: Jensen Huang, CEO of Nvidia"_s);
    PublishOptions options;
    options.status = PostStatus::Publish;
    const PublishResult result = publish(input, m_siteId, options);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.mediaUploaded, 2);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));

    const QJsonObject post = site(u"wp/v2/posts/%1"_s.arg(result.remoteId));
    QCOMPARE(post[u"title"_s][u"raw"_s].toString(), input.title);
    QCOMPARE(post[u"excerpt"_s][u"raw"_s].toString(), input.excerpt);
    QCOMPARE(post[u"slug"_s].toString(), input.slug);
    QCOMPARE(post[u"status"_s].toString(), u"publish"_s);
    QCOMPARE(post[u"modified_gmt"_s].toString(), result.modifiedGmt);

    // The featured image and the brochure are on the site, and the blocks point at them.
    const qint64 imageId = post[u"featured_media"_s].toInteger();
    QVERIFY(imageId > 0);
    const QJsonObject image = site(u"wp/v2/media/%1"_s.arg(imageId));
    QCOMPARE(image[u"media_type"_s].toString(), u"image"_s);
    QCOMPARE(image[u"alt_text"_s].toString(), u"The speaker on stage"_s);
    const QJsonArray brochures =
        siteList(u"wp/v2/media"_s, QUrlQuery(u"slug="_s + WpPayload::mediaSlug(input.media[1]))).toArray();
    QCOMPARE(brochures.size(), 1);
    const QJsonObject brochure = brochures.first().toObject();
    RemoteMediaMap remote;
    remote.insert(1, RemoteMedia { imageId, image[u"source_url"_s].toString() });
    remote.insert(2, RemoteMedia { brochure[u"id"_s].toInteger(), brochure[u"source_url"_s].toString() });
    QCOMPARE(post[u"content"_s][u"raw"_s].toString(), input.content(remote));
    QVERIFY(post[u"content"_s][u"raw"_s].toString().contains(u"<!-- wp:file {\"id\":%1"_s.arg(remote[2].id)));

    // Terms by name, created where missing.
    QStringList categoryNames, tagNames;
    for (const QJsonValue id : post[u"categories"_s].toArray())
        categoryNames << HtmlToMarkdown::decodeEntities(
            site(u"wp/v2/categories/%1"_s.arg(id.toInteger()))[u"name"_s].toString());
    for (const QJsonValue id : post[u"tags"_s].toArray())
        tagNames << site(u"wp/v2/tags/%1"_s.arg(id.toInteger()))[u"name"_s].toString();
    categoryNames.sort();
    QCOMPARE(categoryNames, (QStringList { u"Chips & Infrastructure"_s, u"Quotes"_s }));
    QCOMPARE(QSet<QString>(tagNames.begin(), tagNames.end()),
             (QSet<QString> { u"Nvidia"_s, u"Sovereign AI"_s }));

    // The publication is recorded with the server's modified_gmt and the content hash.
    const auto publication = PublicationStore::find(m_lib->library(), u"quote"_s, input.recordId, m_siteId);
    QVERIFY(publication);
    QCOMPARE(publication->remoteId, result.remoteId);
    QCOMPARE(publication->remoteModifiedGmt, post[u"modified_gmt"_s].toString());
    QCOMPARE(publication->contentHash, WpPayload::contentHash(input));
    QCOMPARE(publication->link, post[u"link"_s].toString());
    QCOMPARE(m_controller->linkOnSite(u"quote"_s, input.recordId, m_siteId).toString(),
             post[u"link"_s].toString());
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId, post[u"modified_gmt"_s].toString())),
             u"up-to-date"_s);

    PublishInput edited = input;
    edited.excerpt += u" Edited."_s;
    QCOMPARE(nameOf(m_controller->syncState(edited, m_siteId, post[u"modified_gmt"_s].toString())),
             u"changed-here"_s);
}

void TestWordPressPublish::publishDemoQuoteFromTheLibrary()
{
    // The whole way: records and imported assets in the library → composed, rendered as
    // blocks (lib/render) → published.
    Library &library = m_lib->library();
    QString imagePath, pdfPath, error;
    makeFiles(++m_counter, &imagePath, &pdfPath);
    AssetImporter importer(library);
    const ImportResult image = importer.importFile(imagePath);
    const ImportResult brochure = importer.importFile(pdfPath);
    QVERIFY2(image.isOk() && brochure.isOk(), qPrintable(image.message + brochure.message));

    Speaker speaker = Test::makeSpeaker();
    speaker.portraitAssetId = image.asset.id;
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    Essay essay = Test::makeEssay();
    QVERIFY2(library.save(essay, &error), qPrintable(error));
    Category category;
    category.name = u"Quotes"_s;
    QVERIFY2(library.save(category, &error), qPrintable(error));
    Tag tag;
    tag.name = u"Nvidia"_s;
    QVERIFY2(library.save(tag, &error), qPrintable(error));
    Quote quote = Test::makeQuote();
    quote.speakerId = speaker.id;
    quote.essayId = essay.id;
    quote.featuredAssetId = image.asset.id;
    quote.brochureAssetId = brochure.asset.id;
    quote.slug = u"qd-demo-%1"_s.arg(m_run);
    quote.excerpt = u"The chief executive on demand for data-centre chips."_s;
    quote.categoryIds = { category.id };
    quote.tagIds = { tag.id };
    QVERIFY2(library.save(quote, &error), qPrintable(error));

    const auto input = PublishInputs::load(library, RecordType::Quote, quote.id, &error);
    QVERIFY2(input, qPrintable(error));
    QCOMPARE(input->featuredAssetId.value_or(0), image.asset.id);
    QVERIFY(input->mediaFor(brochure.asset.id));
    QCOMPARE(nameOf(m_controller->syncState(*input, m_siteId)), u"not-published"_s);

    const PublishResult result = publish(*input, m_siteId);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const QJsonObject post = site(u"wp/v2/posts/%1"_s.arg(result.remoteId));
    const QString content = post[u"content"_s][u"raw"_s].toString();
    QCOMPARE(post[u"title"_s][u"raw"_s].toString(), quote.title);
    QCOMPARE(post[u"slug"_s].toString(), quote.slug);
    QCOMPARE(post[u"excerpt"_s][u"raw"_s].toString(), quote.excerpt);
    QVERIFY2(content.contains(u"<!-- wp:quote"_s), qPrintable(content));
    QVERIFY2(content.contains(quote.text), qPrintable(content));
    QVERIFY2(content.contains(speaker.name), qPrintable(content));
    QVERIFY2(content.contains(u"data-centre chips"_s), qPrintable(content)); // the context essay
    const qint64 featured = post[u"featured_media"_s].toInteger();
    QVERIFY(featured > 0);
    const QJsonArray pdfs =
        siteList(u"wp/v2/media"_s,
                 QUrlQuery(u"slug="_s + WpPayload::mediaSlug(*input->mediaFor(brochure.asset.id))))
            .toArray();
    QCOMPARE(pdfs.size(), 1);
    const QRegularExpression fileBlock(
        u"<!-- wp:file \\{[^}]*\"id\":%1[,}]"_s.arg(pdfs.first()[u"id"_s].toInteger()));
    QVERIFY2(content.contains(fileBlock), qPrintable(content.right(1200)));
    QCOMPARE(post[u"categories"_s].toArray().size(), 1);
    QCOMPARE(post[u"tags"_s].toArray().size(), 1);
    QCOMPARE(nameOf(m_controller->syncState(*input, m_siteId, post[u"modified_gmt"_s].toString())),
             u"up-to-date"_s);

    // Editing an embedded record (the speaker) changes the post: "changed here".
    speaker.headline = u"A new headline"_s;
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    const auto edited = PublishInputs::load(library, RecordType::Quote, quote.id, &error);
    QVERIFY2(edited, qPrintable(error));
    QCOMPARE(nameOf(m_controller->syncState(*edited, m_siteId)), u"changed-here"_s);
}

void TestWordPressPublish::updateReusesPostAndFiles()
{
    PublishInput input = makeInput(u"Quote: Lisa Su on chips"_s);
    PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"status"_s].toString(), u"draft"_s);

    input.title = u"Quote: Lisa Su, CEO of AMD"_s;
    // The update comes in a later second, so it records a later modified_gmt (whole seconds).
    QString error;
    QVERIFY2(Test::waitForSiteTimePast(*m_admin, first.modifiedGmt, &error), qPrintable(error));
    const PublishResult second = publish(input, m_siteId);
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QCOMPARE(second.remoteId, first.remoteId);
    QCOMPARE(second.mediaUploaded, 0);
    QCOMPARE(second.mediaReused, 2);
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"title"_s][u"raw"_s].toString(), input.title);
    QVERIFY2(second.modifiedGmt > first.modifiedGmt,
             qPrintable(second.modifiedGmt + u" after "_s + first.modifiedGmt));
}

void TestWordPressPublish::passwordNeverStored()
{
    QVERIFY(publish(makeInput(u"Quote: where is the password"_s), m_siteId).ok());
    m_controller.reset();
    QSettings().sync();
    const QByteArray password = m_env.adminPassword.toUtf8();
    const QByteArray basic = (m_env.adminUser + u':' + m_env.adminPassword).toUtf8().toBase64();
    QStringList places { m_lib->folder(),
                         QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) };
    int files = 0;
    for (const QString &place : places) {
        QDirIterator it(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = Test::readAll(path);
            ++files;
            QVERIFY2(!bytes.contains(password) && !bytes.contains(basic), qPrintable(path));
        }
    }
    QVERIFY(files > 0);
    QVERIFY(!Test::wordPressLog().isEmpty());
    const QString log = Test::wordPressLog().join(u'\n');
    QVERIFY(!log.contains(QString::fromUtf8(password)));
    QVERIFY(!log.contains(QString::fromLatin1(basic)));
}

QTEST_MAIN(TestWordPressPublish)
#include "tst_wordpresspublish.moc"
