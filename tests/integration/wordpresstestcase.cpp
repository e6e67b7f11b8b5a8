// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpresstestcase.h"

#include "publish/sites.h"
#include "publish/wppayload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

namespace {

QStringList s_log;

void keepLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    s_log << QString::fromLatin1(context.category) + u' ' + message;
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

std::optional<WordPressEnv> readWordPressEnv(const QString &path, QString *error)
{
    const QHash<QString, QString> values = readKeyValues(path);
    if (!values.contains(u"WP_URL"_s)) {
        *error = u"no WP_URL in "_s + path;
        return std::nullopt;
    }
    WordPressEnv env { QUrl(values.value(u"WP_URL"_s) + u'/'), values.value(u"WP_ADMIN_USER"_s),
                       values.value(u"WP_ADMIN_APP_PASSWORD"_s), values.value(u"WP_AUTHOR_USER"_s),
                       values.value(u"WP_AUTHOR_APP_PASSWORD"_s) };
    if (!env.url.isValid() || env.adminPassword.isEmpty()) {
        *error = u"incomplete WordPress environment file"_s;
        return std::nullopt;
    }
    return env;
}

const QStringList &wordPressLog()
{
    return s_log;
}

void WordPressTestCase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString envFile = qEnvironmentVariable("QUOTEDESK_WP_ENV");
    if (envFile.isEmpty())
        QSKIP("QUOTEDESK_WP_ENV is not set: run through ctest, whose fixture starts WordPress");
    QString error;
    const std::optional<WordPressEnv> env = readWordPressEnv(envFile, &error);
    QVERIFY2(env, qPrintable(error));
    m_env = *env;
    // The test executables may run side by side: the process id keeps their slugs apart.
    m_run = QString::number(QDateTime::currentSecsSinceEpoch(), 36)
        + QString::number(QCoreApplication::applicationPid(), 36);
    m_admin = std::make_unique<WpClient>();
    m_admin->setConnection({ m_env.url.resolved(QUrl(u"wp-json/"_s)), m_env.adminUser, m_env.adminPassword });
    QLoggingCategory::setFilterRules(u"quotedesk.publish.debug=true"_s);
    qInstallMessageHandler(keepLog);
}

void WordPressTestCase::init()
{
    m_lib = std::make_unique<TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_credentials = std::make_unique<SessionCredentialStore>();
    m_controller = std::make_unique<PublishController>(&m_lib->library(), m_credentials.get());
    m_siteId = addSite(u"Test site"_s, m_env.adminUser, m_env.adminPassword);
}

void WordPressTestCase::cleanup()
{
    m_controller.reset();
    m_credentials.reset();
    m_lib.reset();
}

qint64 WordPressTestCase::addSite(const QString &name, const QString &user, const QString &password)
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

void WordPressTestCase::makeFiles(int n, QString *imagePath, QString *pdfPath)
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

PublishInput WordPressTestCase::makeInput(const QString &title)
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

PublishResult WordPressTestCase::publish(const PublishInput &input, qint64 siteId,
                                         const PublishOptions &options)
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

WpResult WordPressTestCase::adminCall(const WpRequest &request)
{
    std::optional<WpResult> result;
    m_admin->send(request, this, [&](const WpResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qWarning("no answer from the site");
    return result.value_or(WpResult {});
}

QJsonObject WordPressTestCase::site(const QString &route, const QUrlQuery &query)
{
    QUrlQuery q = query;
    q.addQueryItem(u"context"_s, u"edit"_s);
    const WpResult result = adminCall(WpRequest::get(route, q));
    if (!result.ok())
        qWarning("GET %s: %s", qPrintable(route), qPrintable(result.error.message));
    return result.object();
}

QJsonValue WordPressTestCase::siteList(const QString &route, const QUrlQuery &query)
{
    return adminCall(WpRequest::get(route, query)).json;
}

QJsonObject WordPressTestCase::siteWrite(const QString &route, const QJsonObject &json)
{
    return adminCall(WpRequest::post(route, json)).object();
}

int WordPressTestCase::postsWithSlug(const QString &slug)
{
    return int(siteList(u"wp/v2/posts"_s, QUrlQuery(u"slug="_s + slug + u"&status=any&context=edit"_s))
                   .toArray()
                   .size());
}

} // namespace QuoteDesk::Test
