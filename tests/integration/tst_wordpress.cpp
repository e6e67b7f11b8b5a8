// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing against a real WordPress 6.1 on loopback (tests/integration/wordpress/wp-site.sh,
// started by the ctest fixture; its KEY=VALUE output is in the file QUOTEDESK_WP_ENV names).
#include "assets/assetimporter.h"
#include "lossyproxy.h"
#include "publish/credentialstore.h"
#include "publish/publicationstore.h"
#include "publish/publishcontroller.h"
#include "publish/publishinputs.h"
#include "publish/sites.h"
#include "publish/sitesession.h"
#include "publish/siteversion.h"
#include "publish/wppayload.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

QStringList s_log;

void keepLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    s_log << QString::fromLatin1(context.category) + u' ' + message;
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(Test::readAll(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestWordPress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testConnection();
    void publishQuoteWithFeaturedImageAndBrochure();
    void publishDemoQuoteFromTheLibrary();
    void updateReusesPostAndFiles();
    void scheduleForLater();
    void conflictStopsAndOverwriteResolves();
    void conflictResolvedByTakingTheSiteVersion();
    void takingTheSiteVersionBringsBackQuotationAndCommentary();
    void lostRepliesCreateNoDuplicates();
    void wrongPassword();
    void checkForChangesFails();
    void postDeletedOnTheSite();
    void unpublishMovesToTrash();
    void authorGetsFilteredHtml();
    void authorCannotCreateCategories();
    void passwordNeverStored();
    void scheduledPostPublishedByCron();

private:
    struct Env
    {
        QUrl url;
        QString adminUser, adminPassword, authorUser, authorPassword;
    };
    PublishInput makeInput(const QString &title);
    /// A fresh image and PDF (content unique to this run), as files.
    void makeFiles(int n, QString *imagePath, QString *pdfPath);
    qint64 addSite(const QString &name, const QString &user, const QString &password);
    PublishResult publish(const PublishInput &input, qint64 siteId, const PublishOptions &options = {});
    QJsonObject site(const QString &route, const QUrlQuery &query = {});
    QJsonValue siteList(const QString &route, const QUrlQuery &query);
    QJsonObject siteWrite(const QString &route, const QJsonObject &json);
    int postsWithSlug(const QString &slug);
    WpResult adminCall(const WpRequest &request);

    Env m_env;
    QTemporaryDir m_files;
    QString m_run; ///< unique per run: the site keeps its database between runs
    int m_counter = 0;
    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<SessionCredentialStore> m_credentials;
    std::unique_ptr<PublishController> m_controller;
    std::unique_ptr<WpClient> m_admin;
    qint64 m_siteId = 0;
    qint64 m_scheduledId = 0;
    QDateTime m_scheduledAt;
};

void TestWordPress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString envFile = qEnvironmentVariable("QUOTEDESK_WP_ENV");
    if (envFile.isEmpty())
        QSKIP("QUOTEDESK_WP_ENV is not set: run through ctest, whose fixture starts WordPress");
    const QHash<QString, QString> values = Test::readKeyValues(envFile);
    QVERIFY2(values.contains(u"WP_URL"_s), qPrintable(u"no WP_URL in "_s + envFile));
    m_env = { QUrl(values.value(u"WP_URL"_s) + u'/'), values.value(u"WP_ADMIN_USER"_s),
              values.value(u"WP_ADMIN_APP_PASSWORD"_s), values.value(u"WP_AUTHOR_USER"_s),
              values.value(u"WP_AUTHOR_APP_PASSWORD"_s) };
    QVERIFY2(m_env.url.isValid() && !m_env.adminPassword.isEmpty(), "incomplete WordPress environment file");
    m_run = QString::number(QDateTime::currentSecsSinceEpoch(), 36)
        + QString::number(QRandomGenerator::global()->bounded(1000));
    m_admin = std::make_unique<WpClient>();
    m_admin->setConnection({ m_env.url.resolved(QUrl(u"wp-json/"_s)), m_env.adminUser, m_env.adminPassword });
    QLoggingCategory::setFilterRules(u"quotedesk.publish.debug=true"_s);
    qInstallMessageHandler(keepLog);
}

void TestWordPress::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_credentials = std::make_unique<SessionCredentialStore>();
    m_controller = std::make_unique<PublishController>(&m_lib->library(), m_credentials.get());
    m_siteId = addSite(u"Test site"_s, m_env.adminUser, m_env.adminPassword);
}

void TestWordPress::cleanup()
{
    m_controller.reset();
    m_credentials.reset();
    m_lib.reset();
}

qint64 TestWordPress::addSite(const QString &name, const QString &user, const QString &password)
{
    Site site;
    site.name = name;
    site.baseUrl = m_env.url.toString();
    site.userName = user;
    QString error;
    if (!Sites::add(m_lib->library(), site, &error))
        qFatal("cannot add site: %s", qPrintable(error));
    m_credentials->setValue(site.credentialKey, password);
    return site.id;
}

void TestWordPress::makeFiles(int n, QString *imagePath, QString *pdfPath)
{
    // Fresh files each time, so each test starts with files the site does not have yet.
    *imagePath = m_files.filePath(u"portrait-%1.png"_s.arg(n));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(QRandomGenerator::global()->generate()));
    image.setPixel(n % 64, 0, qRgb(n, 0, 0));
    image.save(*imagePath);
    *pdfPath = m_files.filePath(u"brochure-%1.pdf"_s.arg(n));
    QPdfWriter pdf(*pdfPath);
    QPainter painter(&pdf);
    painter.drawText(100, 100, u"Quarterly brochure %1 %2"_s.arg(m_run).arg(n));
}

PublishInput TestWordPress::makeInput(const QString &title)
{
    const int n = ++m_counter;
    QString imagePath, pdfPath;
    makeFiles(n, &imagePath, &pdfPath);

    PublishInput input;
    input.recordType = u"quote"_s;
    input.recordId = n;
    input.title = title;
    input.slug = u"qd-test-%1-%2"_s.arg(m_run).arg(n);
    input.excerpt = u"Why the chip maker's chief sees sovereign AI as infrastructure."_s;
    input.media = {
        PublishMedia { 1, sha256Of(imagePath), imagePath, u"portrait.png"_s, u"image/png"_s, u"Portrait"_s,
                       u"The speaker on stage"_s },
        PublishMedia { 2, sha256Of(pdfPath), pdfPath, u"brochure-q1.pdf"_s, u"application/pdf"_s,
                       u"Q1 brochure"_s, QString() },
    };
    input.featuredAssetId = 1;
    input.categories = { u"Quotes"_s, u"Chips & Infrastructure"_s };
    input.tags = { u"Nvidia"_s, u"Sovereign AI"_s };
    input.content = PublishInput::fromTemplate(
        u"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><p>Every country needs its own AI "
        "infrastructure.</p><cite>Jensen Huang</cite></blockquote>\n<!-- /wp:quote -->\n\n"
        "<!-- wp:image {\"id\":{{qd-media-id:1}}} -->\n<figure class=\"wp-block-image\"><img "
        "src=\"{{qd-media-url:1}}\" alt=\"The speaker on stage\" "
        "class=\"wp-image-{{qd-media-id:1}}\"/></figure>\n"
        "<!-- /wp:image -->\n\n<!-- wp:file {\"id\":{{qd-media-id:2}},\"href\":\"{{qd-media-url:2}}\"} -->\n"
        "<div class=\"wp-block-file\"><a href=\"{{qd-media-url:2}}\">Download brochure</a></div>\n"
        "<!-- /wp:file -->"_s);
    return input;
}

PublishResult TestWordPress::publish(const PublishInput &input, qint64 siteId, const PublishOptions &options)
{
    QSignalSpy finished(m_controller.get(), &PublishController::finished);
    m_controller->publish(input, siteId, options);
    if (finished.isEmpty() && !finished.wait(60000)) {
        PublishResult timedOut;
        timedOut.error = makeError(WpError::Kind::Timeout, u"test: publish did not finish"_s);
        return timedOut;
    }
    return finished.constFirst().constFirst().value<PublishResult>();
}

WpResult TestWordPress::adminCall(const WpRequest &request)
{
    std::optional<WpResult> result;
    m_admin->send(request, this, [&](const WpResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qWarning("no answer from the site");
    return result.value_or(WpResult {});
}

QJsonObject TestWordPress::site(const QString &route, const QUrlQuery &query)
{
    QUrlQuery q = query;
    q.addQueryItem(u"context"_s, u"edit"_s);
    const WpResult result = adminCall(WpRequest::get(route, q));
    if (!result.ok())
        qWarning("GET %s: %s", qPrintable(route), qPrintable(result.error.message));
    return result.object();
}

QJsonValue TestWordPress::siteList(const QString &route, const QUrlQuery &query)
{
    return adminCall(WpRequest::get(route, query)).json;
}

QJsonObject TestWordPress::siteWrite(const QString &route, const QJsonObject &json)
{
    return adminCall(WpRequest::post(route, json)).object();
}

int TestWordPress::postsWithSlug(const QString &slug)
{
    return int(siteList(u"wp/v2/posts"_s, QUrlQuery(u"slug="_s + slug + u"&status=any&context=edit"_s))
                   .toArray()
                   .size());
}

void TestWordPress::testConnection()
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

void TestWordPress::publishQuoteWithFeaturedImageAndBrochure()
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
        categoryNames << WpPayload::decodeEntities(
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

void TestWordPress::publishDemoQuoteFromTheLibrary()
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

void TestWordPress::updateReusesPostAndFiles()
{
    PublishInput input = makeInput(u"Quote: Lisa Su on chips"_s);
    PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"status"_s].toString(), u"draft"_s);

    input.title = u"Quote: Lisa Su, CEO of AMD"_s;
    QTest::qWait(1100); // modified_gmt has one-second resolution
    const PublishResult second = publish(input, m_siteId);
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QCOMPARE(second.remoteId, first.remoteId);
    QCOMPARE(second.mediaUploaded, 0);
    QCOMPARE(second.mediaReused, 2);
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"title"_s][u"raw"_s].toString(), input.title);
    QVERIFY(second.modifiedGmt >= first.modifiedGmt);
}

void TestWordPress::scheduleForLater()
{
    const PublishInput input = makeInput(u"Quote: scheduled for later"_s);
    PublishOptions options;
    options.status = PostStatus::Future;
    options.date = QDateTime::currentDateTimeUtc().addSecs(3600);
    PublishResult result = publish(input, m_siteId, options);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.status, u"future"_s);
    const QJsonObject post = site(u"wp/v2/posts/%1"_s.arg(result.remoteId));
    QCOMPARE(post[u"date_gmt"_s].toString(), WpPayload::dateGmt(options.date));

    // A date less than a minute ahead is refused before anything is sent.
    options.date = QDateTime::currentDateTimeUtc().addSecs(20);
    result = publish(makeInput(u"Quote: too soon"_s), m_siteId, options);
    QCOMPARE(WpError::kindName(result.error.kind), u"invalid"_s);

    // One that becomes due during this run: scheduledPostPublishedByCron() checks it last.
    m_scheduledAt = QDateTime::currentDateTimeUtc().addSecs(65);
    options.date = m_scheduledAt;
    result = publish(makeInput(u"Quote: due soon"_s), m_siteId, options);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.status, u"future"_s);
    m_scheduledId = result.remoteId;
}

void TestWordPress::conflictStopsAndOverwriteResolves()
{
    PublishInput input = makeInput(u"Quote: Sam Altman on compute"_s);
    const PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));

    QTest::qWait(1100);
    const QJsonObject edited =
        siteWrite(u"wp/v2/posts/%1"_s.arg(first.remoteId), { { u"title"_s, u"Edited on the site"_s } });
    const QString siteModified = edited[u"modified_gmt"_s].toString();
    QVERIFY(siteModified != first.modifiedGmt);
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId, siteModified)), u"changed-on-site"_s);

    input.excerpt = u"A new excerpt written here."_s;
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId, siteModified)), u"both"_s);
    const PublishResult conflicted = publish(input, m_siteId);
    QCOMPARE(WpError::kindName(conflicted.error.kind), u"conflict"_s);
    QVERIFY(conflicted.conflict);
    QCOMPARE(conflicted.conflict->siteTitle, u"Edited on the site"_s);
    QCOMPARE(conflicted.conflict->localTitle, input.title);
    QCOMPARE(conflicted.conflict->siteModifiedGmt, siteModified);
    // Nothing was written.
    const QJsonObject after = site(u"wp/v2/posts/%1"_s.arg(first.remoteId));
    QCOMPARE(after[u"modified_gmt"_s].toString(), siteModified);
    QCOMPARE(after[u"title"_s][u"raw"_s].toString(), u"Edited on the site"_s);

    PublishOptions overwrite;
    overwrite.overwrite = true;
    const PublishResult resolved = publish(input, m_siteId, overwrite);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error.message));
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"title"_s][u"raw"_s].toString(), input.title);
}

void TestWordPress::conflictResolvedByTakingTheSiteVersion()
{
    PublishInput input = makeInput(u"Quote: Satya Nadella on platforms"_s);
    const PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QTest::qWait(1100);
    siteWrite(u"wp/v2/posts/%1"_s.arg(first.remoteId), { { u"title"_s, u"Better title from the site"_s } });

    const PublishResult conflicted = publish(input, m_siteId);
    QVERIFY(conflicted.conflict);
    QString error;
    QVERIFY2(
        m_controller->takeSiteVersion(*conflicted.conflict, u"quote"_s, input.recordId, m_siteId, &error),
        qPrintable(error));
    input.title = conflicted.conflict->siteTitle; // what the app does with the site's version
    const PublishResult again = publish(input, m_siteId);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"title"_s][u"raw"_s].toString(),
             u"Better title from the site"_s);
}

void TestWordPress::takingTheSiteVersionBringsBackQuotationAndCommentary()
{
    // A quote of the library with its speaker and context essay, published.
    Library &library = m_lib->library();
    QString error;
    Speaker speaker = Test::makeSpeaker();
    QVERIFY2(library.save(speaker, &error), qPrintable(error));
    Essay essay = Test::makeEssay();
    QVERIFY2(library.save(essay, &error), qPrintable(error));
    Quote quote = Test::makeQuote(u"Every country needs its own AI infrastructure."_s);
    quote.speakerId = speaker.id;
    quote.essayId = essay.id;
    quote.commentary =
        u"## Takeaways\n\n- Demand keeps *rising*.\n\nRead the [results](https://example.com/q1)."_s;
    quote.slug = u"qd-take-%1"_s.arg(m_run);
    QVERIFY2(library.save(quote, &error), qPrintable(error));
    const auto input = PublishInputs::load(library, RecordType::Quote, quote.id, &error);
    QVERIFY2(input, qPrintable(error));
    const PublishResult first = publish(*input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));

    // On the site: a word of the quotation changed, a paragraph added to the commentary.
    QTest::qWait(1100);
    QString content = site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"content"_s][u"raw"_s].toString();
    const QString results = u"<a href=\"https://example.com/q1\">results</a>.</p>\n<!-- /wp:paragraph -->"_s;
    QVERIFY2(content.contains(u"its own AI"_s) && content.contains(results), qPrintable(content));
    content.replace(u"its own AI"_s, u"its sovereign AI"_s);
    content.replace(results,
                    results
                        + u"\n\n<!-- wp:paragraph -->\n<p>Added in <em>wp-admin</em>.</p>\n"
                          "<!-- /wp:paragraph -->"_s);
    QVERIFY(!siteWrite(u"wp/v2/posts/%1"_s.arg(first.remoteId), { { u"content"_s, content } }).isEmpty());

    // Publishing again stops with a conflict; the site's version is taken into the record.
    const PublishResult conflicted = publish(*input, m_siteId);
    QVERIFY(conflicted.conflict);
    const SiteVersion version = SiteVersion::read(library, RecordType::Quote, quote.id, *conflicted.conflict);
    QVERIFY2(version.notes.size() == 1,
             qPrintable(version.notes.join(u'\n'))); // speaker and essay: their own
    QVERIFY2(m_controller->takeSiteVersion(*conflicted.conflict, u"quote"_s, quote.id, m_siteId, &error),
             qPrintable(error));
    quote.title = version.title;
    quote.excerpt = version.excerpt;
    quote.text = version.quotation.value_or(quote.text);
    quote.commentary = version.commentary.value_or(quote.commentary);
    QVERIFY2(library.save(quote, &error), qPrintable(error));

    QCOMPARE(library.get<Quote>(quote.id)->text, u"Every country needs its sovereign AI infrastructure."_s);
    QCOMPARE(library.get<Quote>(quote.id)->commentary,
             u"## Takeaways\n\n- Demand keeps *rising*.\n\nRead the [results](https://example.com/q1).\n\n"
             "Added in *wp-admin*."_s);
    const auto publication = PublicationStore::find(library, u"quote"_s, quote.id, m_siteId);
    QVERIFY(publication);
    QCOMPARE(publication->remoteModifiedGmt, conflicted.conflict->siteModifiedGmt);

    // The next publish is a plain update, and the site keeps both edits.
    const auto taken = PublishInputs::load(library, RecordType::Quote, quote.id, &error);
    QVERIFY2(taken, qPrintable(error));
    const PublishResult again = publish(*taken, m_siteId);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    const QString after = site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"content"_s][u"raw"_s].toString();
    QVERIFY2(after.contains(u"its sovereign AI"_s) && after.contains(u"<p>Added in <em>wp-admin</em>.</p>"_s),
             qPrintable(after));
}

void TestWordPress::lostRepliesCreateNoDuplicates()
{
    Test::LossyProxy proxy(m_env.url);
    QVERIFY(proxy.start());
    Site site = *m_lib->library().get<Site>(m_siteId);
    SiteSession session(site, m_env.adminPassword);
    session.setRestBase(proxy.url().resolved(QUrl(u"wp-json/"_s)));
    const PublishInput input = makeInput(u"Quote: lost replies"_s);

    auto run = [&] {
        PublishJob job(&m_lib->library(), &session, input, PublishOptions {});
        QSignalSpy finished(&job, &PublishJob::finished);
        job.start();
        if (!finished.wait(60000))
            return PublishResult {};
        return finished.constFirst().constFirst().value<PublishResult>();
    };

    proxy.dropNextReply("POST", "wp/v2/media");
    PublishResult result = run();
    QCOMPARE(proxy.dropped(), 1);
    QCOMPARE(WpError::kindName(result.error.kind), u"connection-reset"_s);
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId)), u"failed"_s);

    proxy.dropNextReply("POST", "wp/v2/posts");
    result = run();
    QCOMPARE(proxy.dropped(), 2);
    QVERIFY(result.error.isError());

    result = run();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.mediaUploaded, 0);

    QCOMPARE(postsWithSlug(input.slug), 1);
    for (const PublishMedia &m : input.media)
        QCOMPARE(siteList(u"wp/v2/media"_s, QUrlQuery(u"slug="_s + WpPayload::mediaSlug(m))).toArray().size(),
                 1);
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId)), u"up-to-date"_s);
}

void TestWordPress::wrongPassword()
{
    const qint64 wrong = addSite(u"Wrong password"_s, m_env.adminUser, u"abcd efgh ijkl mnop qrst uvwx"_s);
    const PublishInput input = makeInput(u"Quote: never sent"_s);
    const PublishResult result = publish(input, wrong);
    QCOMPARE(WpError::kindName(result.error.kind), u"bad-credentials"_s);
    QVERIFY(result.error.message.contains(u"Application Password"_s));
    QCOMPARE(postsWithSlug(input.slug), 0);
}

void TestWordPress::checkForChangesFails()
{
    // A post the check can ask about, published with the right password.
    const PublishInput input = makeInput(u"Quote: checked with a wrong password"_s);
    const PublishResult published = publish(input, m_siteId);
    QVERIFY2(published.ok(), qPrintable(published.error.message));
    const auto check = [this](qint64 siteId) -> std::optional<WpError> {
        QSignalSpy refreshed(m_controller.get(), &PublishController::siteStateRefreshed);
        QSignalSpy failed(m_controller.get(), &PublishController::siteStateRefreshFailed);
        m_controller->refreshSiteState(siteId, { 1 });
        if (!QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, 60000)
            || failed.isEmpty())
            return std::nullopt;
        return failed.constFirst().constLast().value<WpError>();
    };

    const qint64 wrong = addSite(u"Wrong password"_s, m_env.adminUser, u"abcd efgh ijkl mnop qrst uvwx"_s);
    const auto refused = check(wrong);
    QVERIFY(refused);
    QCOMPARE(WpError::kindName(refused->kind), u"bad-credentials"_s);
    QVERIFY2(refused->message.contains(u"Application Password"_s), qPrintable(refused->message));

    // A port nothing listens on: the site is down.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Site down;
    down.name = u"Site that is down"_s;
    down.baseUrl = u"http://127.0.0.1:%1/"_s.arg(port);
    down.userName = m_env.adminUser;
    QString error;
    QVERIFY2(Sites::add(m_lib->library(), down, &error), qPrintable(error));
    m_credentials->setValue(down.credentialKey, m_env.adminPassword);
    const auto unreachable = check(down.id);
    QVERIFY(unreachable);
    QCOMPARE(WpError::kindName(unreachable->kind), u"unreachable"_s);
    QVERIFY2(unreachable->message.contains(u"network connection"_s), qPrintable(unreachable->message));

    // The right password: the post's state, no failure.
    QSignalSpy refreshed(m_controller.get(), &PublishController::siteStateRefreshed);
    QSignalSpy failed(m_controller.get(), &PublishController::siteStateRefreshFailed);
    m_controller->refreshSiteState(m_siteId, { published.remoteId });
    QVERIFY(refreshed.wait(60000));
    QVERIFY(failed.isEmpty());
    const auto modified = refreshed.constFirst().constLast().value<QHash<qint64, QString>>();
    QCOMPARE(modified.value(published.remoteId), published.modifiedGmt);
}

void TestWordPress::postDeletedOnTheSite()
{
    const PublishInput input = makeInput(u"Quote: deleted there"_s);
    const PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(adminCall(WpRequest::remove(u"wp/v2/posts/%1"_s.arg(first.remoteId), QUrlQuery(u"force=true"_s)))
                .ok());

    const PublishResult gone = publish(input, m_siteId);
    QCOMPARE(WpError::kindName(gone.error.kind), u"not-found"_s);
    QVERIFY(gone.error.message.contains(u"deleted there"_s));

    const PublishResult again = publish(input, m_siteId);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QVERIFY(again.remoteId != first.remoteId);
}

void TestWordPress::unpublishMovesToTrash()
{
    const PublishInput input = makeInput(u"Quote: to be withdrawn"_s);
    const PublishResult first = publish(input, m_siteId);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QSignalSpy unpublished(m_controller.get(), &PublishController::unpublished);
    m_controller->unpublish(u"quote"_s, input.recordId, m_siteId);
    QVERIFY(unpublished.wait(30000));
    const auto error = unpublished.constFirst().at(1).value<WpError>();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(first.remoteId))[u"status"_s].toString(), u"trash"_s);
    QVERIFY(m_controller->linkOnSite(u"quote"_s, input.recordId, m_siteId).isEmpty());
    QCOMPARE(nameOf(m_controller->syncState(input, m_siteId)), u"not-published"_s);
}

void TestWordPress::authorGetsFilteredHtml()
{
    // Terms the author may use but not create: made by the administrator first.
    PublishInput input = makeInput(u"Quote: written by an author"_s);
    QVERIFY(publish(makeInput(u"Quote: makes the terms"_s), m_siteId).ok());
    const qint64 author = addSite(u"As author"_s, m_env.authorUser, m_env.authorPassword);
    input.content = PublishInput::fromTemplate(
        u"<!-- wp:html -->\n<p onclick=\"steal()\">Hello</p><script>alert(1)</script>\n<!-- /wp:html -->"_s);
    PublishOptions options;
    options.status = PostStatus::Publish;
    const PublishResult result = publish(input, author, options);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const QString content = site(u"wp/v2/posts/%1"_s.arg(result.remoteId))[u"content"_s][u"raw"_s].toString();
    QVERIFY2(!content.contains(u"<script"_s), qPrintable(content));
    QVERIFY2(!content.contains(u"onclick"_s), qPrintable(content));
    QVERIFY(content.contains(u"Hello"_s));
}

void TestWordPress::authorCannotCreateCategories()
{
    const qint64 author = addSite(u"As author"_s, m_env.authorUser, m_env.authorPassword);
    // Authors may add tags (assign_terms) but not categories (edit_terms).
    PublishInput input = makeInput(u"Quote: new category by an author"_s);
    input.tags = { u"Author tag %1"_s.arg(m_run) };
    input.categories = { u"Brand new category %1"_s.arg(m_run) };
    const PublishResult result = publish(input, author);
    QCOMPARE(WpError::kindName(result.error.kind), u"no-permission"_s);
    QVERIFY(result.error.message.contains(u"Editor"_s));
    QCOMPARE(postsWithSlug(input.slug), 0);
}

void TestWordPress::passwordNeverStored()
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
    QVERIFY(!s_log.isEmpty());
    const QString log = s_log.join(u'\n');
    QVERIFY(!log.contains(QString::fromUtf8(password)));
    QVERIFY(!log.contains(QString::fromLatin1(basic)));
}

void TestWordPress::scheduledPostPublishedByCron()
{
    if (m_scheduledId == 0)
        QSKIP("scheduleForLater() did not schedule a post");
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(m_scheduledId))[u"status"_s].toString(), u"future"_s);
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_scheduledAt) + 2000;
    if (wait > 0)
        QTest::qWait(int(wait));
    QVERIFY(adminCall(WpRequest::page(m_env.url.resolved(QUrl(u"wp-cron.php"_s)))).httpStatus == 200);
    QTRY_COMPARE_WITH_TIMEOUT(site(u"wp/v2/posts/%1"_s.arg(m_scheduledId))[u"status"_s].toString(),
                              u"publish"_s, 20000);
}

QTEST_MAIN(TestWordPress)
#include "tst_wordpress.moc"
