// SPDX-License-Identifier: GPL-3.0-or-later
// quotedesk-cli's site test and publish against a real WordPress 6.1 on loopback (the ctest
// fixture of tests/integration starts it; its KEY=VALUE output is in the file
// QUOTEDESK_WP_ENV names).
#include "clirunner.h"
#include "siteclock.h"
#include "testsupport.h"

#include "publish/publicationstore.h"
#include "publish/wpclient.h"
#include "store/library.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestCliWordPress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void siteTestShowsTheUser();
    void siteTestWithAWrongPassword();
    void publishUpdateAndConflict();
    void passwordIsInNoFileAndNoOutput();

private:
    Test::CliResult cli(const QStringList &arguments);
    WpResult adminCall(const WpRequest &request);
    int postsWithSlug(const QString &slug);

    QString m_url, m_adminUser, m_adminPassword;
    std::unique_ptr<Test::CliRunner> m_cli;
    std::unique_ptr<WpClient> m_admin;
    QString m_output; ///< everything the tool printed
    QString m_slug;
};

void TestCliWordPress::initTestCase()
{
    const QString envFile = qEnvironmentVariable("QUOTEDESK_WP_ENV");
    if (envFile.isEmpty())
        QSKIP("QUOTEDESK_WP_ENV is not set: run through ctest, whose fixture starts WordPress");
    const QHash<QString, QString> values = Test::readKeyValues(envFile);
    QVERIFY2(values.contains(u"WP_URL"_s), qPrintable(u"no WP_URL in "_s + envFile));
    m_url = values.value(u"WP_URL"_s) + u'/';
    m_adminUser = values.value(u"WP_ADMIN_USER"_s);
    m_adminPassword = values.value(u"WP_ADMIN_APP_PASSWORD"_s);
    QVERIFY2(!m_adminUser.isEmpty() && !m_adminPassword.isEmpty(), "incomplete WordPress environment file");
    m_admin = std::make_unique<WpClient>();
    m_admin->setConnection({ QUrl(m_url).resolved(QUrl(u"wp-json/"_s)), m_adminUser, m_adminPassword });

    m_cli = std::make_unique<Test::CliRunner>();
    QVERIFY(m_cli->isValid());
    QCOMPARE(cli({ u"demo"_s }).exitCode, 0);
    // The site keeps its posts between runs: give the demo quote a slug of this run.
    m_slug = u"qd-cli-%1-%2"_s.arg(QDateTime::currentSecsSinceEpoch(), 0, 36)
                 .arg(QRandomGenerator::global()->bounded(1000));
    {
        Library library;
        QString error;
        QVERIFY2(library.open(m_cli->library(), &error), qPrintable(error));
        auto quote = library.get<Quote>(2, &error);
        QVERIFY2(quote, qPrintable(error));
        quote->slug = m_slug;
        QVERIFY2(library.save(*quote, &error), qPrintable(error));
    }
    const Test::CliResult added =
        cli({ u"site"_s, u"add"_s, u"Local"_s, u"--url"_s, m_url, u"--user"_s, m_adminUser });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

Test::CliResult TestCliWordPress::cli(const QStringList &arguments)
{
    const Test::CliResult result = m_cli->runOnLibrary(arguments);
    m_output += result.out + result.err;
    return result;
}

WpResult TestCliWordPress::adminCall(const WpRequest &request)
{
    std::optional<WpResult> result;
    m_admin->send(request, this, [&](const WpResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qWarning("no answer from the site");
    return result.value_or(WpResult {});
}

int TestCliWordPress::postsWithSlug(const QString &slug)
{
    const WpResult result = adminCall(
        WpRequest::get(u"wp/v2/posts"_s, QUrlQuery(u"slug="_s + slug + u"&status=any&context=edit"_s)));
    return result.ok() ? int(result.json.toArray().size()) : -1;
}

void TestCliWordPress::siteTestShowsTheUser()
{
    m_cli->setEnvironment(u"QUOTEDESK_WP_APP_PASSWORD"_s, m_adminPassword);
    const Test::CliResult result = cli({ u"site"_s, u"test"_s, u"Local"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"may publish"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"administrator"_s));

    const QJsonObject json = m_cli->json({ u"site"_s, u"test"_s, u"Local"_s }).toObject();
    QVERIFY(!json[u"user"_s].toString().isEmpty());
    QVERIFY(json[u"can_publish"_s].toBool());

    // The password file works the same, without the environment.
    m_cli->setEnvironment(u"QUOTEDESK_WP_APP_PASSWORD"_s, QString());
    QFile file(m_cli->filePath(u"password.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_adminPassword.toUtf8() + '\n');
    file.close();
    const Test::CliResult fromFile =
        cli({ u"site"_s, u"test"_s, u"Local"_s, u"--password-file"_s, file.fileName() });
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
}

void TestCliWordPress::siteTestWithAWrongPassword()
{
    m_cli->setEnvironment(u"QUOTEDESK_WP_APP_PASSWORD"_s, u"aaaa bbbb cccc dddd eeee ffff"_s);
    const Test::CliResult result = cli({ u"site"_s, u"test"_s, u"Local"_s });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(result.err));
}

void TestCliWordPress::publishUpdateAndConflict()
{
    m_cli->setEnvironment(u"QUOTEDESK_WP_APP_PASSWORD"_s, m_adminPassword);
    const Test::CliResult first =
        cli({ u"publish"_s, u"2"_s, u"--site"_s, u"Local"_s, u"--status"_s, u"publish"_s });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(u"created quote 2: post "_s), qPrintable(first.out));
    QVERIFY(first.out.contains(u"http"_s));
    QCOMPARE(postsWithSlug(m_slug), 1);

    const QJsonArray again =
        m_cli->json({ u"publish"_s, u"2"_s, u"--site"_s, u"Local"_s, u"--status"_s, u"publish"_s }).toArray();
    QCOMPARE(again.size(), 1);
    const QJsonObject post = again.first().toObject();
    QCOMPARE(post[u"action"_s].toString(), u"updated"_s);
    QCOMPARE(post[u"status"_s].toString(), u"publish"_s);
    QVERIFY(post[u"link"_s].toString().startsWith(u"http"_s));
    const qint64 remoteId = post[u"remote_id"_s].toInteger();
    QVERIFY(first.out.contains(u"post %1 "_s.arg(remoteId)));
    QCOMPARE(postsWithSlug(m_slug), 1);

    // Someone edits the post on the site, in a later second than the modified_gmt the tool
    // recorded (it has whole seconds).
    QString recorded, error;
    {
        Library library;
        QVERIFY2(library.open(m_cli->library(), &error), qPrintable(error));
        const QList<Publication> publications = PublicationStore::forRecord(library, u"quote"_s, 2, &error);
        QVERIFY2(publications.size() == 1, qPrintable(error));
        recorded = publications.constFirst().remoteModifiedGmt;
    }
    QVERIFY2(Test::waitForSiteTimePast(*m_admin, recorded, &error), qPrintable(error));
    const WpResult edited = adminCall(
        WpRequest::post(u"wp/v2/posts/%1"_s.arg(remoteId), { { u"title"_s, u"Edited in wp-admin"_s } }));
    QVERIFY2(edited.ok(), qPrintable(edited.error.message));

    const Test::CliResult conflicted = cli({ u"publish"_s, u"2"_s, u"--site"_s, u"Local"_s });
    QCOMPARE(conflicted.exitCode, 1);
    QCOMPARE(conflicted.errorLines(), 1);
    QVERIFY2(conflicted.err.contains(u"--force"_s), qPrintable(conflicted.err));
    QVERIFY(conflicted.out.isEmpty());
    const WpResult untouched =
        adminCall(WpRequest::get(u"wp/v2/posts/%1"_s.arg(remoteId), QUrlQuery(u"context=edit"_s)));
    QCOMPARE(untouched.object()[u"title"_s][u"raw"_s].toString(), u"Edited in wp-admin"_s);

    const Test::CliResult forced = cli({ u"publish"_s, u"2"_s, u"--site"_s, u"Local"_s, u"--force"_s });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY2(forced.out.startsWith(u"updated quote 2: post %1 "_s.arg(remoteId)), qPrintable(forced.out));
    const WpResult overwritten =
        adminCall(WpRequest::get(u"wp/v2/posts/%1"_s.arg(remoteId), QUrlQuery(u"context=edit"_s)));
    QCOMPARE(overwritten.object()[u"title"_s][u"raw"_s].toString(), u"Quote: Jensen Huang, Nvidia CEO"_s);
    QCOMPARE(postsWithSlug(m_slug), 1);
}

void TestCliWordPress::passwordIsInNoFileAndNoOutput()
{
    const QByteArray password = m_adminPassword.toUtf8();
    const QByteArray basic = (m_adminUser + u':' + m_adminPassword).toUtf8().toBase64();
    QVERIFY(!m_output.isEmpty());
    QVERIFY(!m_output.toUtf8().contains(password));
    QVERIFY(!m_output.toUtf8().contains(basic));
    int files = 0;
    // The library, its media folder and journal, and the tool's settings and data folders;
    // the password file the test wrote itself is the one file allowed to hold it.
    QDirIterator it(m_cli->folder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u"/password.txt"_s))
            continue;
        ++files;
        const QByteArray bytes = Test::readAll(path);
        QVERIFY2(!bytes.contains(password) && !bytes.contains(basic), qPrintable(path));
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestCliWordPress)
#include "tst_cliwordpress.moc"
