// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"
#include "publish/wpclient.h"
#include "publish/wpsite.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;
using QuoteDesk::Test::FaultServer;

class TestWpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendsUserAgentAndAuthorizationOnEveryRequest();
    void parsesJsonAnswer();
    void serverErrorKeepsTheSiteMessage();
    void malformedJson();
    void truncatedJson();
    void transferCutOff();
    void timeout();
    void userCancel();
    void connectionRefused();
    void connectionResetMidUpload();
    void lostReplyIsNotSentAgain_data();
    void lostReplyIsNotSentAgain();
    void tlsSelfSignedRefused();
    void plainHttpToOtherHostsRefused();
    void wrongPassword();
    void discoverFromLinkHeader_data();
    void discoverFromLinkHeader();
    void discoverFallsBackToRestRoute();
    void whoAmIReadsCapabilities();

private:
    WpResult run(const WpRequest &request);

    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<WpClient> m_client;
};

void TestWpClient::init()
{
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<WpClient>();
    m_client->setConnection(
        { m_server->url().resolved(QUrl(u"wp-json/"_s)), u"editor"_s, u"abcd EFGH 1234"_s });
    m_client->setTimeout(std::chrono::milliseconds(5000));
}

void TestWpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

WpResult TestWpClient::run(const WpRequest &request)
{
    std::optional<WpResult> result;
    m_client->send(request, this, [&](const WpResult &r) { result = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    }();
    return result.value_or(WpResult {});
}

void TestWpClient::sendsUserAgentAndAuthorizationOnEveryRequest()
{
    m_server->onJson(u"wp/v2/posts"_s, 200, "[]");
    m_server->onJson(u"wp/v2/tags"_s, 200, "[]");
    run(WpRequest::get(u"wp/v2/posts"_s));
    run(WpRequest::post(u"wp/v2/tags"_s, { { u"name"_s, u"AI"_s } }));
    QCOMPARE(m_server->seen().size(), 2);
    for (const auto &seen : m_server->seen()) {
        QCOMPARE(seen.authorization, QByteArray("Basic ") + QByteArray("editor:abcd EFGH 1234").toBase64());
        QVERIFY2(seen.userAgent.startsWith("QuoteDesk/"), seen.userAgent.constData());
    }
    QCOMPARE(m_server->seen().at(1).body, QByteArray(R"({"name":"AI"})"));
}

void TestWpClient::parsesJsonAnswer()
{
    m_server->onJson(u"wp/v2/posts/5"_s, 200, R"({"id":5,"modified_gmt":"2024-05-01T10:00:00"})");
    const WpResult result = run(WpRequest::get(u"wp/v2/posts/5"_s));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.object().value("id"_L1).toInt(), 5);
}

void TestWpClient::serverErrorKeepsTheSiteMessage()
{
    m_server->onJson(
        u"wp/v2/posts"_s, 503,
        R"({"code":"maintenance","message":"Briefly unavailable for scheduled maintenance.","data":{"status":503}})");
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QCOMPARE(result.error.kind, WpError::Kind::ServerError);
    QCOMPARE(result.error.httpStatus, 503);
    QVERIFY(result.error.message.contains(u"Briefly unavailable for scheduled maintenance."_s));
}

void TestWpClient::malformedJson()
{
    FaultServer::Answer answer;
    answer.body = "<br /><b>Fatal error</b>: Allowed memory size exhausted";
    m_server->on(u"wp/v2/posts"_s, answer);
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QCOMPARE(result.error.kind, WpError::Kind::BadResponse);
    QVERIFY(result.error.message.contains(u"not valid JSON"_s));
}

void TestWpClient::truncatedJson()
{
    m_server->onJson(u"wp/v2/posts"_s, 200, R"({"id":5,"title":{"raw":"Quote: Jen)");
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QCOMPARE(result.error.kind, WpError::Kind::BadResponse);
}

void TestWpClient::transferCutOff()
{
    FaultServer::Answer answer;
    answer.body = R"({"id":5,"title":{"raw":"A title long enough to be cut in the middle"}})";
    answer.fault = FaultServer::Fault::Truncate;
    m_server->on(u"wp/v2/posts"_s, answer);
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QVERIFY2(result.error.kind == WpError::Kind::ConnectionReset
                 || result.error.kind == WpError::Kind::BadResponse,
             qPrintable(WpError::kindName(result.error.kind)));
    QVERIFY(!result.ok());
}

void TestWpClient::timeout()
{
    FaultServer::Answer answer;
    answer.fault = FaultServer::Fault::Hang;
    m_server->on(u"wp/v2/posts"_s, answer);
    m_client->setTimeout(std::chrono::milliseconds(300));
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QCOMPARE(WpError::kindName(result.error.kind), u"timeout"_s);
}

void TestWpClient::userCancel()
{
    FaultServer::Answer answer;
    answer.fault = FaultServer::Fault::Hang;
    m_server->on(u"wp/v2/posts"_s, answer);
    std::optional<WpResult> result;
    WpCall *call =
        m_client->send(WpRequest::get(u"wp/v2/posts"_s), this, [&](const WpResult &r) { result = r; });
    QTRY_COMPARE(m_server->seen().size(), 1);
    call->abort();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(WpError::kindName(result->error.kind), u"cancelled"_s);
}

void TestWpClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setConnection({ QUrl(u"http://127.0.0.1:%1/wp-json/"_s.arg(port)), u"a"_s, u"b"_s });
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QCOMPARE(WpError::kindName(result.error.kind), u"unreachable"_s);
    QVERIFY(result.error.message.contains(u"127.0.0.1"_s));
}

void TestWpClient::connectionResetMidUpload()
{
    Test::ResetListener listener;
    QVERIFY(listener.start());
    m_client->setConnection({ listener.url().resolved(QUrl(u"wp-json/"_s)), u"a"_s, u"b"_s });
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(4 * 1024 * 1024, 'x'));
    file.close();
    const WpResult result =
        run(WpRequest::upload(u"wp/v2/media"_s, file.fileName(), u"big.pdf"_s, "application/pdf"));
    QVERIFY(listener.bytesRead() > 0);
    QVERIFY2(WpError::kindName(result.error.kind) == u"connection-reset"_s,
             qPrintable(WpError::kindName(result.error.kind) + u": "_s + result.error.message));
    QVERIFY(result.error.message.contains(u"closed the connection"_s));
}

void TestWpClient::lostReplyIsNotSentAgain_data()
{
    QTest::addColumn<bool>("upload");
    QTest::newRow("json post") << false;
    QTest::newRow("file upload") << true;
}

void TestWpClient::lostReplyIsNotSentAgain()
{
    // The connection closes after the server read (and may have acted on) the request. Qt
    // would send it again on its own; a POST must not be, or the site gets two posts.
    QFETCH(bool, upload);
    FaultServer::Answer answer;
    answer.fault = FaultServer::Fault::Close;
    m_server->on(u"wp/v2/posts"_s, answer);
    m_server->onJson(u"wp/v2/users/me"_s, 200, R"({"id":1})");
    run(WpRequest::get(u"wp/v2/users/me"_s)); // a kept-alive connection, as in a real publish
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("%PDF-1.4 not much of a file");
    file.close();
    const WpRequest request = upload
        ? WpRequest::upload(u"wp/v2/posts"_s, file.fileName(), u"a.pdf"_s, "application/pdf")
        : WpRequest::post(u"wp/v2/posts"_s, { { u"title"_s, u"Once"_s } });
    const WpResult result = run(request);
    QCOMPARE(WpError::kindName(result.error.kind), u"connection-reset"_s);
    int posts = 0;
    for (const auto &seen : m_server->seen())
        posts += seen.route.endsWith(u"wp/v2/posts"_s) ? 1 : 0;
    QCOMPARE(posts, 1);
}

void TestWpClient::tlsSelfSignedRefused()
{
    QByteArray cert, key;
    QString why;
    QVERIFY2(Test::makeSelfSignedCertificate(&cert, &key, &why), qPrintable(why));
    FaultServer tlsServer;
    QVERIFY(tlsServer.start(cert, key));
    tlsServer.onJson(u"wp/v2/posts"_s, 200, "[]");
    m_client->setConnection({ tlsServer.url().resolved(QUrl(u"wp-json/"_s)), u"a"_s, u"b"_s });
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QCOMPARE(WpError::kindName(result.error.kind), u"tls"_s);
    QVERIFY(result.error.message.contains(u"self-signed"_s));
    QVERIFY(tlsServer.seen().isEmpty()); // the request itself never went out
}

void TestWpClient::plainHttpToOtherHostsRefused()
{
    m_client->setConnection({ QUrl(u"http://example.com/wp-json/"_s), u"a"_s, u"secret"_s });
    const WpResult result = run(WpRequest::get(u"wp/v2/posts"_s));
    QCOMPARE(WpError::kindName(result.error.kind), u"invalid"_s);
    QVERIFY(result.error.message.contains(u"https"_s));
}

void TestWpClient::wrongPassword()
{
    m_server->onJson(
        u"wp/v2/users/me"_s, 401,
        R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})");
    WpSite::User user;
    std::optional<WpError> error;
    WpSite::whoAmI(m_client.get(), this, [&](const WpSite::User &u, const WpError &e) {
        user = u;
        error = e;
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(WpError::kindName(error->kind), u"bad-credentials"_s);
}

void TestWpClient::discoverFromLinkHeader_data()
{
    QTest::addColumn<QString>("announced");
    QTest::newRow("pretty permalinks") << u"wp-json/"_s;
    QTest::newRow("plain permalinks") << u"index.php?rest_route=/"_s;
}

void TestWpClient::discoverFromLinkHeader()
{
    QFETCH(QString, announced);
    const QUrl base = m_server->url().resolved(QUrl(announced));
    FaultServer::Answer home;
    home.body = "<html>home</html>";
    home.headers = { { "Link", "<" + base.toEncoded() + R"(>; rel="https://api.w.org/")" } };
    m_server->on(u"/"_s, home);
    std::optional<QUrl> found;
    WpSite::discover(m_client.get(), m_server->url(), this, [&](const QUrl &url, const WpError &error) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
        found = url;
    });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(*found, base);
}

void TestWpClient::discoverFallsBackToRestRoute()
{
    // No Link header and no /wp-json/ (404): the plain-permalink base answers the index.
    FaultServer::Answer home;
    home.body = "<html>home</html>";
    m_server->on(u"/site/"_s, home);
    m_server->onJson(u"/"_s, 200, R"({"name":"Site","namespaces":["oembed/1.0","wp/v2"]})");
    const QUrl site = m_server->url().resolved(QUrl(u"site/"_s));
    std::optional<QUrl> found;
    WpSite::discover(m_client.get(), site, this, [&](const QUrl &url, const WpError &error) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
        found = url;
    });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(found->toString(), site.toString() + u"?rest_route=/"_s);
    QCOMPARE(m_server->seen().size(), 3); // home, wp-json/, ?rest_route=/
}

void TestWpClient::whoAmIReadsCapabilities()
{
    m_server->onJson(u"wp/v2/users/me"_s, 200,
                     R"({"id":2,"name":"Test Author","slug":"author","roles":["author"],
                        "capabilities":{"publish_posts":true,"upload_files":true,"edit_posts":true}})");
    std::optional<WpSite::User> user;
    WpSite::whoAmI(m_client.get(), this, [&](const WpSite::User &u, const WpError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        user = u;
    });
    QTRY_VERIFY(user.has_value());
    QCOMPARE(user->name, u"Test Author"_s);
    QCOMPARE(user->roles, QStringList { u"author"_s });
    QVERIFY(user->canPublish);
    QVERIFY(user->canUpload);
    QVERIFY(!user->hasUnfilteredHtml);
    QVERIFY(m_server->seen().constFirst().url.query().contains(u"context=edit"_s));
}

QTEST_GUILESS_MAIN(TestWpClient)
#include "tst_wpclient.moc"
