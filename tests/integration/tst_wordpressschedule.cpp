// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling, unpublishing and publishing as an author on the real WordPress. The post
// scheduled first becomes due while the other tests run; the last test has the site's cron
// publish it.
// WordPress 6.1 on loopback: tests/integration/wordpress/wp-site.sh, started by the ctest fixture.
#include "publish/wppayload.h"
#include "siteclock.h"
#include "wordpresstestcase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestWordPressSchedule final : public Test::WordPressTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void scheduleForLater();
    void unpublishMovesToTrash();
    void authorGetsFilteredHtml();
    void authorCannotCreateCategories();
    void scheduledPostPublishedByCron();

private:
    qint64 m_scheduledId = 0;
    QDateTime m_scheduledAt;
};

void TestWordPressSchedule::scheduleForLater()
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

void TestWordPressSchedule::unpublishMovesToTrash()
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

void TestWordPressSchedule::authorGetsFilteredHtml()
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

void TestWordPressSchedule::authorCannotCreateCategories()
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

void TestWordPressSchedule::scheduledPostPublishedByCron()
{
    if (m_scheduledId == 0)
        QSKIP("scheduleForLater() did not schedule a post");
    QCOMPARE(site(u"wp/v2/posts/%1"_s.arg(m_scheduledId))[u"status"_s].toString(), u"future"_s);
    // The site's cron publishes the post once the site's own clock is past its date.
    const qint64 due = qMax<qint64>(QDateTime::currentDateTimeUtc().msecsTo(m_scheduledAt), 0);
    QString error;
    QVERIFY2(Test::waitForSiteTimePast(*m_admin, m_scheduledAt, &error, int(due) + 10000), qPrintable(error));
    QVERIFY(adminCall(WpRequest::page(m_env.url.resolved(QUrl(u"wp-cron.php"_s)))).httpStatus == 200);
    QTRY_COMPARE_WITH_TIMEOUT(site(u"wp/v2/posts/%1"_s.arg(m_scheduledId))[u"status"_s].toString(),
                              u"publish"_s, 20000);
}

QTEST_MAIN(TestWordPressSchedule)
#include "tst_wordpressschedule.moc"
