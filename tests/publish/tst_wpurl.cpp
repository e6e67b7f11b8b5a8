// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/wpurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestWpUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackHosts_data();
    void loopbackHosts();
    void siteUrl_data();
    void siteUrl();
    void endpoint_data();
    void endpoint();
    void linkHeader_data();
    void linkHeader();
    void guessesPrettyThenPlain();
    void basicAuthorization();
    void contentDisposition_data();
    void contentDisposition();
};

void TestWpUrl::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LocalHost upper case") << u"LocalHost"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.3.4.5 anywhere in 127/8") << u"127.3.4.5"_s << true;
    QTest::newRow("ipv6 ::1") << u"::1"_s << true;
    QTest::newRow("ipv6 in brackets") << u"[::1]"_s << true;
    QTest::newRow("private lan address") << u"192.168.1.10"_s << false;
    QTest::newRow("public name") << u"example.com"_s << false;
    QTest::newRow("name that only starts like localhost") << u"localhost.example.com"_s << false;
}

void TestWpUrl::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(WpUrl::isLoopbackHost(host), loopback);
}

void TestWpUrl::siteUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("bare host gets https and a slash") << u"example.com"_s << u"https://example.com/"_s;
    QTest::newRow("https kept, spaces trimmed")
        << u"  https://example.com/blog "_s << u"https://example.com/blog/"_s;
    QTest::newRow("upper-case scheme") << u"HTTPS://example.com"_s << u"https://example.com/"_s;
    QTest::newRow("plain http to a public host refused") << u"http://example.com"_s << QString();
    QTest::newRow("plain http to loopback allowed")
        << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/"_s;
    QTest::newRow("plain http to localhost allowed")
        << u"http://localhost:8080/wp"_s << u"http://localhost:8080/wp/"_s;
    QTest::newRow("ftp refused") << u"ftp://example.com"_s << QString();
    QTest::newRow("password in the address refused") << u"https://user:secret@example.com"_s << QString();
    QTest::newRow("query refused") << u"https://example.com/?p=1"_s << QString();
    QTest::newRow("empty refused") << u"   "_s << QString();
}

void TestWpUrl::siteUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const auto url = WpUrl::siteUrl(input, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->toString(), expected);
    }
}

void TestWpUrl::endpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pretty base") << u"https://example.com/wp-json/"_s << u"wp/v2/posts"_s << QString()
                                 << u"https://example.com/wp-json/wp/v2/posts"_s;
    QTest::newRow("pretty base, leading slash in route")
        << u"https://example.com/wp-json/"_s << u"/wp/v2/posts/12"_s << QString()
        << u"https://example.com/wp-json/wp/v2/posts/12"_s;
    QTest::newRow("pretty base without final slash")
        << u"https://example.com/blog/wp-json"_s << u"wp/v2/media"_s << QString()
        << u"https://example.com/blog/wp-json/wp/v2/media"_s;
    QTest::newRow("pretty base with query")
        << u"https://example.com/wp-json/"_s << u"wp/v2/posts"_s << u"slug=a-b&status=any"_s
        << u"https://example.com/wp-json/wp/v2/posts?slug=a-b&status=any"_s;
    QTest::newRow("plain permalinks put the route in rest_route")
        << u"https://example.com/index.php?rest_route=/"_s << u"wp/v2/posts"_s << u"context=edit"_s
        << u"https://example.com/index.php?rest_route=/wp/v2/posts&context=edit"_s;
    QTest::newRow("plain permalinks, item route")
        << u"http://127.0.0.1:9000/?rest_route=/"_s << u"wp/v2/posts/7"_s << QString()
        << u"http://127.0.0.1:9000/?rest_route=/wp/v2/posts/7"_s;
}

void TestWpUrl::endpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, route);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(WpUrl::endpoint(QUrl(base), route, QUrlQuery(query)).toString(), expected);
}

void TestWpUrl::linkHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pretty permalinks")
        << QByteArray(R"(<https://example.com/wp-json/>; rel="https://api.w.org/")")
        << u"https://example.com/wp-json/"_s;
    QTest::newRow("plain permalinks")
        << QByteArray(R"(<https://example.com/index.php?rest_route=/>; rel="https://api.w.org/")")
        << u"https://example.com/index.php?rest_route=/"_s;
    QTest::newRow("among other links") << QByteArray(
        R"(<https://example.com/?p=5>; rel=shortlink, <https://example.com/wp-json/wp/v2/posts/5>; rel="alternate"; type="application/json", <https://example.com/wp-json/>; rel="https://api.w.org/")")
                                       << u"https://example.com/wp-json/"_s;
    QTest::newRow("relative address")
        << QByteArray(R"(</wp-json/>; rel="https://api.w.org/")") << u"https://example.com/wp-json/"_s;
    QTest::newRow("no api link") << QByteArray(R"(<https://example.com/?p=5>; rel=shortlink)") << QString();
    QTest::newRow("no header") << QByteArray() << QString();
}

void TestWpUrl::linkHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    const QUrl url = WpUrl::restBaseFromLinkHeader(header, QUrl(u"https://example.com/"_s));
    QCOMPARE(url.toString(), expected);
}

void TestWpUrl::guessesPrettyThenPlain()
{
    const auto guesses = WpUrl::restBaseGuesses(QUrl(u"https://example.com/blog/"_s));
    QCOMPARE(guesses.size(), 2);
    QCOMPARE(guesses[0].toString(), u"https://example.com/blog/wp-json/"_s);
    QCOMPARE(guesses[1].toString(), u"https://example.com/blog/?rest_route=/"_s);
}

void TestWpUrl::basicAuthorization()
{
    QCOMPARE(WpUrl::basicAuthorization(u"admin"_s, u"abcd efgh"_s), QByteArray("Basic YWRtaW46YWJjZCBlZmdo"));
    QCOMPARE(QByteArray::fromBase64(WpUrl::basicAuthorization(u"Zoë"_s, u"p"_s).mid(6)),
             QByteArray("Zo\xc3\xab:p"));
}

void TestWpUrl::contentDisposition_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"brochure.pdf"_s << QByteArray(R"(attachment; filename="brochure.pdf")");
    QTest::newRow("utf-8 raw") << u"Übersicht.pdf"_s
                               << QByteArray("attachment; filename=\"\xc3\x9c"
                                             "bersicht.pdf\"");
    QTest::newRow("quote and slash replaced")
        << u"a\"b/c\\d.png"_s << QByteArray(R"(attachment; filename="a_b_c_d.png")");
    QTest::newRow("newline replaced") << u"a\nb.png"_s << QByteArray(R"(attachment; filename="a_b.png")");
    QTest::newRow("empty") << QString() << QByteArray(R"(attachment; filename="file")");
}

void TestWpUrl::contentDisposition()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(WpUrl::contentDisposition(name), expected);
}

QTEST_GUILESS_MAIN(TestWpUrl)
#include "tst_wpurl.moc"
