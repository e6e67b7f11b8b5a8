// SPDX-License-Identifier: GPL-3.0-or-later
// What goes wrong against the real WordPress: lost replies, a wrong password, a site that is
// down or cannot be checked for changes, a post deleted on the site.
// WordPress 6.1 on loopback: tests/integration/wordpress/wp-site.sh, started by the ctest fixture.
#include "lossyproxy.h"
#include "publish/sites.h"
#include "publish/sitesession.h"
#include "publish/wppayload.h"
#include "wordpresstestcase.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestWordPressErrors final : public Test::WordPressTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void lostRepliesCreateNoDuplicates();
    void wrongPassword();
    void checkForChangesFails();
    void postDeletedOnTheSite();
};

void TestWordPressErrors::lostRepliesCreateNoDuplicates()
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

void TestWordPressErrors::wrongPassword()
{
    const qint64 wrong = addSite(u"Wrong password"_s, m_env.adminUser, u"abcd efgh ijkl mnop qrst uvwx"_s);
    const PublishInput input = makeInput(u"Quote: never sent"_s);
    const PublishResult result = publish(input, wrong);
    QCOMPARE(WpError::kindName(result.error.kind), u"bad-credentials"_s);
    QVERIFY(result.error.message.contains(u"Application Password"_s));
    QCOMPARE(postsWithSlug(input.slug), 0);
}

void TestWordPressErrors::checkForChangesFails()
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

void TestWordPressErrors::postDeletedOnTheSite()
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

QTEST_MAIN(TestWordPressErrors)
#include "tst_wordpresserrors.moc"
