// SPDX-License-Identifier: GPL-3.0-or-later
// The publish panel against the real WordPress of tests/integration (started by the ctest
// fixture; its KEY=VALUE output is in the file QUOTEDESK_WP_ENV names).
#include "conflictdialog.h"
#include "passwordprompt.h"
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/sites.h"
#include "publish/siteversion.h"
#include "publish/wpclient.h"
#include "publishpanel.h"
#include "shot.h"
#include "siteclock.h"
#include "store/demolibrary.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestPublishPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void publishThenResolveAConflictByOverwriting();
    void takeTheSiteVersion();

private:
    WpResult adminCall(const WpRequest &request);
    /// Publishes the current record, answering the password prompt.
    PublishResult publishFirstTime();
    /// Edits the post of @p first on the site, publishes again and returns the conflict dialog.
    ConflictDialog *provokeConflict(const PublishResult &first);
    QJsonObject post(qint64 remoteId);

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<SessionCredentialStore> m_credentials;
    std::unique_ptr<PublishController> m_controller;
    std::unique_ptr<PublishPanel> m_panel;
    PasswordPrompt *m_prompt = nullptr;
    QAction *m_action = nullptr;
    Quote m_quote;
    qint64 m_siteId = 0;
    int m_counter = 0;

    QUrl m_url;
    QString m_user, m_password;
    WpClient m_admin;
};

void TestPublishPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString envFile = qEnvironmentVariable("QUOTEDESK_WP_ENV");
    if (envFile.isEmpty())
        QSKIP("QUOTEDESK_WP_ENV is not set: run through ctest, whose fixture starts WordPress");
    QFile file(envFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(envFile));
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.startsWith(u"WP_URL="_s))
            m_url = QUrl(text.mid(7) + u'/');
        else if (text.startsWith(u"WP_ADMIN_USER="_s))
            m_user = text.mid(14);
        else if (text.startsWith(u"WP_ADMIN_APP_PASSWORD="_s))
            m_password = text.mid(22);
    }
    QVERIFY2(m_url.isValid() && !m_password.isEmpty(), "incomplete WordPress environment file");
    m_admin.setConnection({ m_url.resolved(QUrl(u"wp-json/"_s)), m_user, m_password });
}

WpResult TestPublishPanel::adminCall(const WpRequest &request)
{
    std::optional<WpResult> result;
    m_admin.send(request, this, [&](const WpResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qWarning("no answer from the site");
    return result.value_or(WpResult {});
}

void TestPublishPanel::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    QString error;
    QVERIFY2(DemoLibrary::populate(m_lib->library(), &error), qPrintable(error));
    // The site keeps its posts between runs: a slug of this run's own.
    m_quote = m_lib->library().list<Quote>().value(m_counter++ % 3);
    m_quote.slug = u"qd-panel-%1-%2-%3"_s.arg(QDateTime::currentSecsSinceEpoch(), 0, 36)
                       .arg(QRandomGenerator::global()->bounded(1000))
                       .arg(m_counter);
    m_quote.slugEdited = true;
    QVERIFY2(m_lib->library().save(m_quote, &error), qPrintable(error));

    Site site;
    site.name = u"Firm site"_s;
    site.baseUrl = m_url.toString();
    site.userName = m_user;
    QVERIFY2(Sites::add(m_lib->library(), site, &error), qPrintable(error));
    m_siteId = site.id;

    m_credentials = std::make_unique<SessionCredentialStore>(); // empty: the prompt asks
    m_controller = std::make_unique<PublishController>(&m_lib->library(), m_credentials.get());
    m_panel = std::make_unique<PublishPanel>(m_controller.get(), &m_lib->library());
    m_prompt = new PasswordPrompt(m_controller.get(), m_credentials.get(), m_panel.get());
    m_action = m_panel->createPublishAction(m_panel.get());
    m_panel->resize(560, m_panel->sizeHint().height());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPublishPanel::cleanup()
{
    m_panel.reset();
    m_controller.reset();
    m_credentials.reset();
    m_lib.reset();
}

PublishResult TestPublishPanel::publishFirstTime()
{
    QSignalSpy published(m_panel.get(), &PublishPanel::published);
    m_action->trigger();
    if (!QTest::qWaitFor([this] { return m_prompt->isVisible(); }, 30000))
        qWarning("no password prompt");
    QTest::keyClicks(m_prompt->findChild<QLineEdit *>(u"passwordEdit"_s), m_password);
    QTest::keyClick(m_prompt->findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
    if (!published.wait(120000))
        qWarning("not published: %s", qPrintable(m_panel->resultText()));
    return published.isEmpty() ? PublishResult {}
                               : published.constFirst().constFirst().value<PublishResult>();
}

ConflictDialog *TestPublishPanel::provokeConflict(const PublishResult &first)
{
    // Someone edits the post on the site, in a later second than the modified_gmt recorded
    // (it has whole seconds).
    QString error;
    if (!Test::waitForSiteTimePast(m_admin, first.modifiedGmt, &error))
        qWarning("%s", qPrintable(error));
    const WpResult edit = adminCall(WpRequest::post(u"wp/v2/posts/%1"_s.arg(first.remoteId),
                                                    QJsonObject { { u"title"_s, u"Edited on the site"_s } }));
    if (!edit.ok())
        qWarning("edit failed: %s", qPrintable(edit.error.message));
    m_action->trigger();
    if (!QTest::qWaitFor([this] { return m_panel->conflictDialog() != nullptr; }, 60000))
        qWarning("no conflict dialog: %s", qPrintable(m_panel->resultText()));
    return m_panel->conflictDialog();
}

QJsonObject TestPublishPanel::post(qint64 remoteId)
{
    return adminCall(WpRequest::get(u"wp/v2/posts/%1"_s.arg(remoteId), QUrlQuery(u"context=edit"_s)))
        .object();
}

void TestPublishPanel::publishThenResolveAConflictByOverwriting()
{
    QCOMPARE(m_action->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
    QVERIFY(!m_action->icon().isNull());
    QVERIFY(!m_action->isEnabled()); // no record yet
    m_panel->setRecord(RecordType::Quote, m_quote.id);
    QCOMPARE(m_panel->siteId(), m_siteId);
    QVERIFY(m_action->isEnabled());

    bool shotTaken = false;
    connect(m_controller.get(), &PublishController::stepStarted, m_panel.get(), [&](int step) {
        if (step >= 3 && !shotTaken) {
            shotTaken = true;
            QVERIFY(!m_action->isEnabled()); // while it runs
            m_panel->resize(560, m_panel->heightForWidth(560)); // as a parent layout would
            saveShot(m_panel.get(), u"publishpanel-running"_s);
        }
    });
    QSignalSpy published(m_panel.get(), &PublishPanel::published);
    const PublishResult first = publishFirstTime();
    QVERIFY2(first.ok(), qPrintable(m_panel->resultText()));
    QVERIFY(shotTaken);
    QVERIFY2(
        m_panel->resultText().startsWith(u"Created post %1 on Firm site (a draft)"_s.arg(first.remoteId)),
        qPrintable(m_panel->resultText()));
    QCOMPARE(m_panel->resultLink(), QUrl(first.link));
    QVERIFY(m_panel->findChild<QPushButton *>(u"openButton"_s)->isVisible());
    QVERIFY(m_action->isEnabled());
    m_panel->resize(560, m_panel->heightForWidth(560)); // as a parent layout would
    saveShot(m_panel.get(), u"publishpanel-success"_s);

    ConflictDialog *dialog = provokeConflict(first);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString shown = dialog->findChild<QTextBrowser *>(u"diffView"_s)->toPlainText();
    QVERIFY2(shown.contains(u"Edited on the site"_s) && shown.contains(m_quote.title), qPrintable(shown));
    QVERIFY(m_panel->resultText().contains(u"nothing was sent"_s));
    QCOMPARE(published.size(), 1);
    saveShot(dialog, u"conflictdialog-wordpress"_s);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"overwriteButton"_s), Qt::LeftButton);
    QVERIFY2(published.wait(120000), qPrintable(m_panel->resultText()));
    QVERIFY2(m_panel->resultText().startsWith(u"Updated post %1 on Firm site"_s.arg(first.remoteId)),
             qPrintable(m_panel->resultText()));
    QVERIFY(!m_panel->conflictDialog());
    QCOMPARE(post(first.remoteId)[u"title"_s][u"raw"_s].toString(), m_quote.title);
    m_panel->resize(560, m_panel->heightForWidth(560)); // as a parent layout would
    saveShot(m_panel.get(), u"publishpanel-overwritten"_s);
}

void TestPublishPanel::takeTheSiteVersion()
{
    m_panel->setRecord(RecordType::Quote, m_quote.id);
    const PublishResult first = publishFirstTime();
    QVERIFY2(first.ok(), qPrintable(m_panel->resultText()));

    QSignalSpy taken(m_panel.get(), &PublishPanel::siteVersionTaken);
    QSignalSpy published(m_panel.get(), &PublishPanel::published);
    ConflictDialog *dialog = provokeConflict(first);
    QVERIFY(dialog);
    // Before the choice, the dialog says what comes back and what does not.
    QVERIFY2(dialog->takeNote().contains(u"quotation"_s) && dialog->takeNote().contains(u"commentary"_s)
                 && dialog->takeNote().contains(u"edit them in their own records"_s),
             qPrintable(dialog->takeNote()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"takeButton"_s), Qt::LeftButton);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.constFirst().at(0).value<RecordType>(), RecordType::Quote);
    QCOMPARE(taken.constFirst().at(1).toLongLong(), m_quote.id);
    const auto version = taken.constFirst().at(2).value<SiteVersion>();
    QCOMPARE(version.title, u"Edited on the site"_s);
    QCOMPARE(version.quotation.value_or(QString()), m_quote.text); // unchanged there
    QVERIFY(version.commentary); // found between the context essay and the speaker profile
    QCOMPARE(version.commentary->isEmpty(), m_quote.commentary.isEmpty());
    QCOMPARE(published.size(), 0);
    QCOMPARE(post(first.remoteId)[u"title"_s][u"raw"_s].toString(), u"Edited on the site"_s);

    // The editor puts the site's title into the record: the next publish is a plain update.
    QString error;
    Quote quote = *m_lib->library().get<Quote>(m_quote.id);
    quote.title = version.title;
    quote.titleEdited = true;
    QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));
    m_action->trigger();
    QVERIFY2(published.wait(120000), qPrintable(m_panel->resultText()));
    QVERIFY(!m_panel->conflictDialog());
    QVERIFY2(m_panel->resultText().startsWith(u"Updated post"_s), qPrintable(m_panel->resultText()));
}

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
