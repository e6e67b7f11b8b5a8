// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace QuoteDesk::Test {

/// What `wp-site.sh start` wrote about the running site.
struct WordPressEnv
{
    QUrl url; ///< ends with a slash
    QString adminUser, adminPassword, authorUser, authorPassword;
};

/// Reads the KEY=VALUE file the ctest fixture wrote; nullopt with @p error when it is
/// incomplete.
std::optional<WordPressEnv> readWordPressEnv(const QString &path, QString *error);

/// The messages logged since the first test started (with quotedesk.publish.debug on).
const QStringList &wordPressLog();

/// The base of the test classes against the real WordPress the ctest fixture starts (its
/// KEY=VALUE output is in the file QUOTEDESK_WP_ENV names): the site's environment, an
/// administrator's client of its REST API, and per test a fresh library with the site added
/// and a PublishController.
class WordPressTestCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
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

    WordPressEnv m_env;
    QTemporaryDir m_files;
    QString m_run; ///< unique per run: the site keeps its database between runs
    int m_counter = 0;
    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<SessionCredentialStore> m_credentials;
    std::unique_ptr<PublishController> m_controller;
    std::unique_ptr<WpClient> m_admin;
    qint64 m_siteId = 0;
};

} // namespace QuoteDesk::Test
