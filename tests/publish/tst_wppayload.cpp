// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/wppayload.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestWpPayload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void dates();
    void mediaSlug_data();
    void mediaSlug();
    void fillsPlaceholders();
    void postBody();
    void futurePostCarriesDateGmt();
    void validate_data();
    void validate();
    void hashFollowsContentNotSite_data();
    void hashFollowsContentNotSite();
    void returnedPostChecks_data();
    void returnedPostChecks();
    void findsTermsByName_data();
    void findsTermsByName();

private:
    PublishInput input() const;
    QTemporaryDir m_dir;
    QString m_image;
    QString m_pdf;
};

void TestWpPayload::initTestCase()
{
    m_image = m_dir.filePath(u"a.png"_s);
    m_pdf = m_dir.filePath(u"b.pdf"_s);
    for (const QString &path : { m_image, m_pdf }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
}

PublishInput TestWpPayload::input() const
{
    PublishInput in;
    in.recordType = u"quote"_s;
    in.recordId = 7;
    in.title = u"Quote: Jensen Huang, CEO"_s;
    in.slug = u"quote-jensen-huang-ceo"_s;
    in.excerpt = u"AI as infrastructure."_s;
    in.content = PublishInput::fromTemplate(
        u"<img src=\"{{qd-media-url:1}}\" class=\"wp-image-{{qd-media-id:1}}\">"_s);
    in.media = { PublishMedia { 1, QString(64, u'a'), m_image, u"a.png"_s, u"image/png"_s, u"A"_s, u"alt"_s },
                 PublishMedia { 2, QString(64, u'b'), m_pdf, u"b.pdf"_s, u"application/pdf"_s, u"B"_s, {} } };
    in.featuredAssetId = 1;
    in.categories = { u"Quotes"_s };
    in.tags = { u"AI"_s };
    return in;
}

void TestWpPayload::dates()
{
    const QDateTime t(QDate(2025, 3, 1), QTime(9, 30, 5), QTimeZone::utc());
    QCOMPARE(WpPayload::dateGmt(t), u"2025-03-01T09:30:05"_s);
    QCOMPARE(WpPayload::dateGmt(t.toTimeZone(QTimeZone("Europe/Berlin"))), u"2025-03-01T09:30:05"_s);
    QCOMPARE(WpPayload::parseDateGmt(u"2025-03-01T09:30:05"_s), t);
    QVERIFY(!WpPayload::parseDateGmt(u"yesterday"_s).isValid());
}

void TestWpPayload::mediaSlug_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    const QString hash = u"3f9a0c1b2d4eabcdef"_s;
    QTest::newRow("plain") << u"brochure.pdf"_s << u"brochure-3f9a0c1b2d4e"_s;
    QTest::newRow("spaces and case") << u"Q1 Brochure FINAL.pdf"_s << u"q1-brochure-final-3f9a0c1b2d4e"_s;
    QTest::newRow("accents dropped") << u"Übersicht Café.png"_s << u"ubersicht-cafe-3f9a0c1b2d4e"_s;
    QTest::newRow("nothing usable") << u"日本.png"_s << u"file-3f9a0c1b2d4e"_s;
    QTest::newRow("long name cut") << QString(60, u'x') + u".png"_s << QString(40, u'x') + u"-3f9a0c1b2d4e"_s;
}

void TestWpPayload::mediaSlug()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    PublishMedia m;
    m.fileName = fileName;
    m.sha256 = u"3f9a0c1b2d4eabcdef"_s;
    QCOMPARE(WpPayload::mediaSlug(m), expected);
}

void TestWpPayload::fillsPlaceholders()
{
    RemoteMediaMap map;
    map.insert(1, RemoteMedia { 42, u"https://example.com/a.png?x=1&y=2"_s });
    QCOMPARE(fillMediaPlaceholders(
                 u"<img src=\"{{qd-media-url:1}}\" class=\"wp-image-{{qd-media-id:1}}\"> {{qd-media-id:9}}"_s,
                 map),
             u"<img src=\"https://example.com/a.png?x=1&amp;y=2\" class=\"wp-image-42\"> 0"_s);
}

void TestWpPayload::postBody()
{
    const QJsonObject body = WpPayload::post(input(), u"<p>c</p>"_s, PublishOptions {}, { 3, 4 }, { 5 }, 42);
    QCOMPARE(
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"categories":[3,4],"content":"<p>c</p>","excerpt":"AI as infrastructure.","featured_media":42,)"
            R"("slug":"quote-jensen-huang-ceo","status":"draft","tags":[5],"title":"Quote: Jensen Huang, CEO"})"));
}

void TestWpPayload::futurePostCarriesDateGmt()
{
    PublishOptions options;
    options.status = PostStatus::Future;
    options.date = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    const QJsonObject body = WpPayload::post(input(), {}, options, {}, {}, 0);
    QCOMPARE(body[u"status"_s].toString(), u"future"_s);
    QCOMPARE(body[u"date_gmt"_s].toString(), u"2030-01-02T03:04:05"_s);
    QCOMPARE(body[u"featured_media"_s].toInteger(), 0); // 0 clears a featured image dropped here
}

void TestWpPayload::validate_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("mentions"); // empty: valid
    QTest::newRow("valid") << QString() << QString();
    QTest::newRow("no title") << u"title"_s << u"no title"_s;
    QTest::newRow("bad slug") << u"slug"_s << u"slug"_s;
    QTest::newRow("missing file") << u"file"_s << u"missing from the media library"_s;
    QTest::newRow("pdf as featured image") << u"featured"_s << u"not an image"_s;
    QTest::newRow("future date too soon") << u"soon"_s << u"at least a minute"_s;
    QTest::newRow("future date without date") << u"nodate"_s << u"at least a minute"_s;
}

void TestWpPayload::validate()
{
    QFETCH(QString, change);
    QFETCH(QString, mentions);
    PublishInput in = input();
    PublishOptions options;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (change == "title"_L1)
        in.title = u"  "_s;
    else if (change == "slug"_L1)
        in.slug = u"Quote Jensen"_s;
    else if (change == "file"_L1)
        in.media[1].filePath = m_dir.filePath(u"gone.pdf"_s);
    else if (change == "featured"_L1)
        in.featuredAssetId = 2;
    else if (change == "soon"_L1 || change == "nodate"_L1) {
        options.status = PostStatus::Future;
        if (change == "soon"_L1)
            options.date = now.addSecs(30);
    }
    QString error;
    const bool ok = WpPayload::validate(in, options, now, &error);
    QCOMPARE(ok, mentions.isEmpty());
    if (!ok)
        QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestWpPayload::hashFollowsContentNotSite_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("changes");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("status is a publish option") << u"status"_s << false;
    QTest::newRow("title") << u"title"_s << true;
    QTest::newRow("excerpt") << u"excerpt"_s << true;
    QTest::newRow("embedded text (speaker, essay)") << u"content"_s << true;
    QTest::newRow("asset file replaced") << u"asset"_s << true;
    QTest::newRow("asset alt text") << u"alt"_s << true;
    QTest::newRow("tag") << u"tag"_s << true;
}

void TestWpPayload::hashFollowsContentNotSite()
{
    QFETCH(QString, change);
    QFETCH(bool, changes);
    const PublishInput before = input();
    PublishInput after = before;
    if (change == "title"_L1)
        after.title += u'!';
    else if (change == "excerpt"_L1)
        after.excerpt += u'!';
    else if (change == "content"_L1)
        after.content = PublishInput::fromTemplate(u"<p>A speaker's new biography</p>"_s);
    else if (change == "asset"_L1)
        after.media[0].sha256 = QString(64, u'c');
    else if (change == "alt"_L1)
        after.media[0].altText = u"new alt"_s;
    else if (change == "tag"_L1)
        after.tags << u"Chips"_s;
    QCOMPARE(WpPayload::contentHash(before) != WpPayload::contentHash(after), changes);
    QCOMPARE(WpPayload::contentHash(before).size(), 64);
}

void TestWpPayload::returnedPostChecks_data()
{
    QTest::addColumn<QByteArray>("returned");
    QTest::addColumn<QString>("mentions"); // empty: no problem
    QTest::newRow("all kept") << QByteArray(
        R"({"featured_media":42,"categories":[3],"tags":[5],"status":"draft"})")
                              << QString();
    QTest::newRow("featured image cleared")
        << QByteArray(R"({"featured_media":0,"categories":[3],"tags":[5],"status":"draft"})")
        << u"featured image"_s;
    QTest::newRow("unknown category dropped")
        << QByteArray(R"({"featured_media":42,"categories":[1],"tags":[5],"status":"draft"})")
        << u"categories"_s;
    QTest::newRow("status changed") << QByteArray(
        R"({"featured_media":42,"categories":[3],"tags":[5],"status":"pending"})")
                                    << u"pending"_s;
}

void TestWpPayload::returnedPostChecks()
{
    QFETCH(QByteArray, returned);
    QFETCH(QString, mentions);
    const QJsonObject sent = WpPayload::post(input(), {}, PublishOptions {}, { 3 }, { 5 }, 42);
    const QStringList problems =
        WpPayload::checkReturnedPost(sent, QJsonDocument::fromJson(returned).object());
    if (mentions.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    else
        QVERIFY2(problems.size() == 1 && problems.first().contains(mentions),
                 qPrintable(problems.join(u'\n')));
}

void TestWpPayload::findsTermsByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("id"); // 0: not found
    QTest::addColumn<QString>("search");
    QTest::newRow("exact") << u"Quotes"_s << qint64(1) << u"Quotes"_s;
    QTest::newRow("case-insensitive") << u"quotes"_s << qint64(1) << u"quotes"_s;
    QTest::newRow("escaped ampersand") << u"Chips & Infrastructure"_s << qint64(2) << u"Infrastructure"_s;
    QTest::newRow("prefix is not a match") << u"Quote"_s << qint64(0) << u"Quote"_s;
}

void TestWpPayload::findsTermsByName()
{
    QFETCH(QString, name);
    QFETCH(qint64, id);
    QFETCH(QString, search);
    const QJsonArray terms =
        QJsonDocument::fromJson(
            R"([{"id":1,"name":"Quotes"},{"id":2,"name":"Chips &amp; Infrastructure"},{"id":3,"name":"Quotes archive"}])")
            .array();
    QCOMPARE(WpPayload::findTerm(terms, name).value_or(0), id);
    QCOMPARE(WpPayload::termSearchText(name), search);
}

QTEST_GUILESS_MAIN(TestWpPayload)
#include "tst_wppayload.moc"
