// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/wperror.h"

#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

Q_DECLARE_METATYPE(WpError::Kind)

class TestWpError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void termExistsKeepsData();
    void parseJson_data();
    void parseJson();
};

void TestWpError::classify_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<WpError::Kind>("kind");
    QTest::addColumn<QString>("mentions"); // a piece of the message that tells what to do

    using NE = QNetworkReply::NetworkError;
    using K = WpError::Kind;
    QTest::newRow("200 is no error") << NE::NoError << 200 << QByteArray("{}") << false << K::None
                                     << QString();
    QTest::newRow("401 not logged in")
        << NE::AuthenticationRequiredError << 401
        << QByteArray(
               R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})")
        << false << K::BadCredentials << u"Application Password"_s;
    QTest::newRow("401 cannot create is still the password")
        << NE::AuthenticationRequiredError << 401
        << QByteArray(
               R"({"code":"rest_cannot_create","message":"Sorry, you are not allowed","data":{"status":401}})")
        << false << K::BadCredentials << u"Application Password"_s;
    QTest::newRow("403 cannot publish")
        << NE::ContentAccessDenied << 403
        << QByteArray(
               R"({"code":"rest_cannot_publish","message":"Sorry, you are not allowed to publish posts.","data":{"status":403}})")
        << false << K::NoPermission << u"not allowed to publish"_s;
    QTest::newRow("400 rest_cannot_ code")
        << NE::ProtocolInvalidOperationError << 400
        << QByteArray(R"({"code":"rest_cannot_assign_term","message":"No.","data":{"status":400}})") << false
        << K::NoPermission << u"role"_s;
    QTest::newRow("404 post deleted on the site")
        << NE::ContentNotFoundError << 404
        << QByteArray(R"({"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}})")
        << false << K::NotFound << u"deleted there"_s;
    QTest::newRow("404 no route")
        << NE::ContentNotFoundError << 404
        << QByteArray(R"({"code":"rest_no_route","message":"No route.","data":{"status":404}})") << false
        << K::NotFound << u"REST API"_s;
    QTest::newRow("500 with the site's message")
        << NE::InternalServerError << 500
        << QByteArray(
               R"({"code":"rest_upload_sideload_error","message":"Sorry, you are not allowed to upload this file type.","data":{"status":500}})")
        << false << K::ServerError << u"not allowed to upload this file type"_s;
    QTest::newRow("502 html page") << NE::UnknownServerError << 502 << QByteArray("<html>Bad gateway</html>")
                                   << false << K::ServerError << u"no details"_s;
    QTest::newRow("400 invalid param")
        << NE::ProtocolInvalidOperationError << 400
        << QByteArray(
               R"({"code":"rest_invalid_param","message":"Invalid parameter(s): status","data":{"status":400}})")
        << false << K::Rejected << u"Invalid parameter(s): status"_s;
    QTest::newRow("connection refused")
        << NE::ConnectionRefusedError << 0 << QByteArray() << false << K::Unreachable << u"site address"_s;
    QTest::newRow("host not found") << NE::HostNotFoundError << 0 << QByteArray() << false << K::Unreachable
                                    << u"site address"_s;
    QTest::newRow("tls handshake") << NE::SslHandshakeFailedError << 0 << QByteArray() << false << K::Tls
                                   << u"certificate"_s;
    QTest::newRow("transfer timeout")
        << NE::OperationCanceledError << 0 << QByteArray() << true << K::Timeout << u"try again later"_s;
    QTest::newRow("timeout error code")
        << NE::TimeoutError << 0 << QByteArray() << false << K::Timeout << u"try again later"_s;
    QTest::newRow("connection reset")
        << NE::RemoteHostClosedError << 0 << QByteArray() << false << K::ConnectionReset << u"Try again"_s;
    QTest::newRow("reset after the status line") << NE::RemoteHostClosedError << 200 << QByteArray("{\"id\":")
                                                 << false << K::ConnectionReset << u"Try again"_s;
    QTest::newRow("cross-host redirect")
        << NE::InsecureRedirectError << 0 << QByteArray() << false << K::BadResponse << u"https"_s;
}

void TestWpError::classify()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, timedOut);
    QFETCH(WpError::Kind, kind);
    QFETCH(QString, mentions);

    ReplyFacts facts;
    facts.networkError = networkError;
    facts.httpStatus = status;
    facts.body = body;
    facts.timedOut = timedOut;
    facts.errorString = u"details from the network layer"_s;
    facts.host = u"example.com"_s;
    const WpError error = classifyReply(facts);
    QCOMPARE(WpError::kindName(error.kind), WpError::kindName(kind));
    if (kind != WpError::Kind::None) {
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"example.com"_s), qPrintable(error.message));
    }
}

void TestWpError::termExistsKeepsData()
{
    ReplyFacts facts;
    facts.networkError = QNetworkReply::ProtocolInvalidOperationError;
    facts.httpStatus = 400;
    facts.body =
        R"({"code":"term_exists","message":"A term with the name provided already exists.","data":{"status":400,"term_id":42}})";
    const WpError error = classifyReply(facts);
    QCOMPARE(error.code, u"term_exists"_s);
    QCOMPARE(error.data.value("term_id"_L1).toInteger(), 42);
    QCOMPARE(error.httpStatus, 400);
}

void TestWpError::parseJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("object") << QByteArray(R"({"id":1})") << true;
    QTest::newRow("array") << QByteArray(R"([{"id":1}])") << true;
    QTest::newRow("truncated") << QByteArray(R"({"id":1,"title":{"raw":"Quo)") << false;
    QTest::newRow("php warning before the json") << QByteArray("<b>Warning</b>: x in y\n{\"id\":1}") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestWpError::parseJson()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QJsonValue value;
    WpError error;
    QCOMPARE(parseJsonBody(body, u"example.com"_s, &value, &error), ok);
    if (!ok) {
        QCOMPARE(error.kind, WpError::Kind::BadResponse);
        QVERIFY(error.message.contains(u"example.com"_s));
    }
}

QTEST_GUILESS_MAIN(TestWpError)
#include "tst_wperror.moc"
