// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/sites.h"
#include "publish/sitesession.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestSites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addFindRemove();
    void addRefuses_data();
    void addRefuses();
    void testConnectionNamesUserAndRights();
    void testConnectionWrongPassword();
    void checkForChangesFails_data();
    void checkForChangesFails();

private:
    // A site whose home page announces /wp-json/ and whose users/me answers as given.
    static bool startSite(Test::FaultServer &server, int meStatus, const QByteArray &meJson, Site *site);

    std::unique_ptr<Test::TempLibrary> m_lib;
};

bool TestSites::startSite(Test::FaultServer &server, int meStatus, const QByteArray &meJson, Site *site)
{
    if (!server.start())
        return false;
    Test::FaultServer::Answer home;
    home.headers = { { "Link", "<" + server.url().toEncoded() + R"(wp-json/>; rel="https://api.w.org/")" } };
    server.on(u"/"_s, home);
    server.onJson(u"wp/v2/users/me"_s, meStatus, meJson);
    site->baseUrl = server.url().toString();
    site->userName = u"admin"_s;
    return true;
}

void TestSites::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
}

void TestSites::cleanup()
{
    m_lib.reset();
}

void TestSites::addFindRemove()
{
    Site site;
    site.name = u" Firm site "_s;
    site.baseUrl = u"example.com/blog"_s;
    site.userName = u"editor"_s;
    QString error;
    QVERIFY2(Sites::add(m_lib->library(), site, &error), qPrintable(error));
    QCOMPARE(site.name, u"Firm site"_s);
    QCOMPARE(site.baseUrl, u"https://example.com/blog/"_s);
    QVERIFY(site.credentialKey.startsWith(u"wordpress-site-"_s));

    const auto found = Sites::findByName(m_lib->library(), u"firm SITE"_s);
    QVERIFY(found);
    QCOMPARE(found->id, site.id);

    QString key;
    QVERIFY2(Sites::remove(m_lib->library(), u"Firm site"_s, &key, &error), qPrintable(error));
    QCOMPARE(key, site.credentialKey);
    QVERIFY(!Sites::findByName(m_lib->library(), u"Firm site"_s));
    QVERIFY(!Sites::remove(m_lib->library(), u"Firm site"_s, &key, &error));
    QVERIFY(error.contains(u"no site called"_s));
}

void TestSites::addRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QString() << u"https://example.com"_s << u"u"_s << u"name"_s;
    QTest::newRow("name taken") << u"taken"_s << u"https://example.com"_s << u"u"_s << u"already a site"_s;
    QTest::newRow("no user") << u"new"_s << u"https://example.com"_s << QString() << u"user name"_s;
    QTest::newRow("plain http") << u"new"_s << u"http://example.com"_s << u"u"_s << u"https"_s;
}

void TestSites::addRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, mentions);
    Site taken;
    taken.name = u"Taken"_s;
    taken.baseUrl = u"https://taken.example"_s;
    taken.userName = u"u"_s;
    QString error;
    QVERIFY2(Sites::add(m_lib->library(), taken, &error), qPrintable(error));

    Site site;
    site.name = name;
    site.baseUrl = url;
    site.userName = user;
    QVERIFY(!Sites::add(m_lib->library(), site, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(m_lib->library().count(RecordType::Site), 1);
}

void TestSites::testConnectionNamesUserAndRights()
{
    Test::FaultServer server;
    Site site;
    QVERIFY(startSite(server, 200,
                      R"({"id":1,"name":"Site Admin","slug":"admin","roles":["administrator"],
                          "capabilities":{"publish_posts":true,"upload_files":true,"unfiltered_html":true}})",
                      &site));
    SiteSession session(site, u"app pass"_s);
    std::optional<WpSite::User> user;
    session.test(this, [&](const WpSite::User &u, const WpError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        user = u;
    });
    QTRY_VERIFY(user.has_value());
    QCOMPARE(user->name, u"Site Admin"_s);
    QVERIFY(user->canPublish);
    QVERIFY(session.isConnected());
    QCOMPARE(session.client()->connection().restBase, server.url().resolved(QUrl(u"wp-json/"_s)));
}

void TestSites::testConnectionWrongPassword()
{
    Test::FaultServer server;
    Site site;
    QVERIFY(startSite(
        server, 401,
        R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})",
        &site));
    SiteSession session(site, u"wrong"_s);
    std::optional<WpError> error;
    session.test(this, [&](const WpSite::User &, const WpError &e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(WpError::kindName(error->kind), u"bad-credentials"_s);
}

void TestSites::checkForChangesFails_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << 200 << QByteArray("<b>Fatal error</b>: out of memory") << u"bad-response"_s
                              << u"not valid JSON"_s;
    QTest::newRow("not a list") << 200 << QByteArray(R"({"id":5})") << u"bad-response"_s
                                << u"other than a list"_s;
    QTest::newRow("server error")
        << 500 << QByteArray(R"({"code":"db","message":"Error establishing a database connection."})")
        << u"server-error"_s << u"database connection"_s;
}

void TestSites::checkForChangesFails()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    Test::FaultServer server;
    Site site;
    QVERIFY(startSite(server, 200, R"({"id":1,"name":"Site Admin","capabilities":{"publish_posts":true}})",
                      &site));
    site.name = u"Firm site"_s;
    QString error;
    QVERIFY2(Sites::add(m_lib->library(), site, &error), qPrintable(error));
    server.on(u"wp/v2/posts"_s,
              Test::FaultServer::Answer { status, body, {}, Test::FaultServer::Fault::None });
    SessionCredentialStore credentials;
    credentials.setValue(site.credentialKey, u"app pass"_s);
    PublishController controller(&m_lib->library(), &credentials);
    QSignalSpy refreshed(&controller, &PublishController::siteStateRefreshed);
    QSignalSpy failed(&controller, &PublishController::siteStateRefreshFailed);
    controller.refreshSiteState(site.id, { 5, 6 });
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.constFirst().constFirst().toLongLong(), site.id);
    const auto wpError = failed.constFirst().constLast().value<WpError>();
    QCOMPARE(WpError::kindName(wpError.kind), kind);
    QVERIFY2(wpError.message.contains(mentions), qPrintable(wpError.message));
    QVERIFY(refreshed.isEmpty());
}

QTEST_GUILESS_MAIN(TestSites)
#include "tst_sites.moc"
