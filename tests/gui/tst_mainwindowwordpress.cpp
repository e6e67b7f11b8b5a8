// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing from the real main window to the real WordPress of tests/integration (started by
// the ctest fixture; its KEY=VALUE output is in the file QUOTEDESK_WP_ENV names).
#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "publish/credentialstore.h"
#include "publish/publicationstore.h"
#include "publish/publishcontroller.h"
#include "publish/publishjob.h"
#include "publish/sites.h"
#include "publish/wpclient.h"
#include "publishpanel.h"
#include "recordeditor.h"
#include "settings.h"
#include "shot.h"
#include "siteclock.h"
#include "sitesdialog.h"
#include "syncstatedelegate.h"
#include "wordpresstestcase.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestMainWindowWordPress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void publishTheDemoQuote();
    void checkWithWrongPasswordSaysWhy();

private:
    Test::MainWindowFixture m_app;
    QString m_url, m_user, m_password;
};

void TestMainWindowWordPress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString envFile = qEnvironmentVariable("QUOTEDESK_WP_ENV");
    if (envFile.isEmpty())
        QSKIP("QUOTEDESK_WP_ENV is not set: run through ctest, whose fixture starts WordPress");
    QString error;
    const std::optional<Test::WordPressEnv> env = Test::readWordPressEnv(envFile, &error);
    QVERIFY2(env, qPrintable(error));
    m_url = env->url.toString();
    m_user = env->adminUser;
    m_password = env->adminPassword;
}

void TestMainWindowWordPress::init()
{
    QString error;
    QVERIFY2(m_app.open(&error), qPrintable(error));
}

void TestMainWindowWordPress::cleanup()
{
    m_app.close();
}

void TestMainWindowWordPress::publishTheDemoQuote()
{
    // The site keeps its posts between runs: a slug of this run's own.
    QString error;
    Quote quote = m_app.library().list<Quote>().constFirst();
    quote.slug = u"qd-window-%1-%2"_s.arg(QDateTime::currentSecsSinceEpoch(), 0, 36)
                     .arg(QRandomGenerator::global()->bounded(100000));
    quote.slugEdited = true;
    QVERIFY2(m_app.library().save(quote, &error), qPrintable(error));

    // Publish ▸ Sites…: the site, with its Application Password.
    m_app.action(u"sitesAction"_s)->trigger();
    auto *sites = m_app.window()->findChild<SitesDialog *>(u"sitesDialog"_s);
    QVERIFY(sites);
    sites->newSite();
    sites->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Firm site"_s);
    sites->findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_url);
    sites->findChild<QLineEdit *>(u"userEdit"_s)->setText(m_user);
    sites->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(m_password);
    QVERIFY2(sites->saveSite(), qPrintable(sites->message()));
    sites->close();

    QVERIFY(m_app.window()->openRecord(RecordType::Quote, quote.id));
    QAction *publish = m_app.action(u"publishAction"_s);
    QVERIFY(publish->isEnabled());
    QVERIFY(!m_app.action(u"openOnSiteAction"_s)->isEnabled());
    // An unsaved edit is saved before the publish.
    RecordDocument *document = m_app.window()->currentEditor()->document();
    QVERIFY(document->setField(u"commentary"_s, u"Said at the opening."_s));
    QVERIFY(document->isModified());

    QSignalSpy published(m_app.window()->publishPanel(), &PublishPanel::published);
    publish->trigger();
    QVERIFY(!document->isModified());
    QVERIFY2(published.wait(120000), qPrintable(m_app.window()->publishPanel()->resultText()));
    QVERIFY2(m_app.errors().isEmpty(), qPrintable(m_app.errors().join(u'\n')));
    QVERIFY(m_app.window()->findChild<QDockWidget *>(u"publishDock"_s)->isVisible());

    QTRY_VERIFY(m_app.action(u"openOnSiteAction"_s)->isEnabled());
    QVERIFY(m_app.action(u"unpublishAction"_s)->isEnabled());
    auto *label = m_app.window()->findChild<QToolButton *>(u"syncStateLabel"_s);
    QCOMPARE(label->text(), u"Firm site: up to date"_s);

    m_app.window()->showNavigatorView(u"quotes"_s);
    RecordListModel *model = m_app.window()->listModel();
    // The list follows the library's events: the publication saved by the publish.
    QTRY_COMPARE(SyncStateDelegate::stateAt(model->index(model->rowOfId(quote.id), model->syncColumn())),
                 std::optional(SyncState::UpToDate));
    const int row = model->rowOfId(quote.id);
    const auto state = SyncStateDelegate::stateAt(model->index(row, model->syncColumn()));
    QCOMPARE(SyncStateDelegate::cellText(*state), u"Up to date"_s);
    auto *list = m_app.window()->findChild<QAbstractItemView *>(u"recordList"_s);
    list->scrollTo(model->index(row, model->syncColumn()));
    saveShot(m_app.window(), u"mainwindow-published"_s);

    // Someone edits the post on the site, in a later second than the modified_gmt recorded
    // (it has whole seconds); Publish ▸ Check the Site for Changes shows it in the list and in
    // the status bar.
    const auto publication = PublicationStore::find(m_app.library(), u"quote"_s, quote.id,
                                                    m_app.window()->publishPanel()->siteId());
    QVERIFY(publication && publication->remoteId != 0);
    WpClient admin;
    admin.setConnection({ QUrl(m_url).resolved(QUrl(u"wp-json/"_s)), m_user, m_password });
    QVERIFY2(Test::waitForSiteTimePast(admin, publication->remoteModifiedGmt, &error), qPrintable(error));
    std::optional<WpResult> edit;
    admin.send(WpRequest::post(u"wp/v2/posts/%1"_s.arg(publication->remoteId),
                               QJsonObject { { u"title"_s, u"Edited on the site"_s } }),
               this, [&](const WpResult &result) { edit = result; });
    QTRY_VERIFY_WITH_TIMEOUT(edit.has_value(), 30000);
    QVERIFY2(edit->ok(), qPrintable(edit->error.message));
    QSignalSpy refreshed(m_app.window()->publishController(), &PublishController::siteStateRefreshed);
    QAction *check = m_app.action(u"checkSiteAction"_s);
    QVERIFY(check);
    check->trigger();
    QVERIFY(refreshed.wait(60000));
    QVERIFY2(m_app.errors().isEmpty(), qPrintable(m_app.errors().join(u'\n')));
    const QModelIndex cell = model->index(model->rowOfId(quote.id), model->syncColumn());
    QCOMPARE(SyncStateDelegate::stateAt(cell), std::optional(SyncState::ChangedOnSite));
    QCOMPARE(SyncStateDelegate::cellText(SyncState::ChangedOnSite), u"Changed on the site"_s);
    QCOMPARE(cell.data().toString(), u"changed on the site"_s);
    QVERIFY(m_app.window()->openRecord(RecordType::Quote, quote.id));
    QCOMPARE(label->text(), u"Firm site: changed on the site"_s);
    m_app.window()->showNavigatorView(u"quotes"_s);
    list->scrollTo(cell);
    saveShot(m_app.window(), u"mainwindow-changed-on-site"_s);

    // Publish ▸ Unpublish…, confirmed: the post goes to the site's trash.
    QVERIFY(m_app.window()->openRecord(RecordType::Quote, quote.id));
    QSignalSpy unpublished(m_app.window()->publishController(), &PublishController::unpublished);
    m_app.action(u"unpublishAction"_s)->trigger();
    QVERIFY(unpublished.wait(60000));
    QVERIFY2(m_app.errors().isEmpty(), qPrintable(m_app.errors().join(u'\n')));
    QTRY_VERIFY(!m_app.action(u"openOnSiteAction"_s)->isEnabled());
    QCOMPARE(label->text(), u"Firm site: not published"_s);
}

void TestMainWindowWordPress::checkWithWrongPasswordSaysWhy()
{
    // A site whose stored Application Password was revoked, and a post published there.
    Library &library = m_app.library();
    QString error;
    Site other; // chosen first (by name), so that choosing the revoked one is a change
    other.name = u"Archive site"_s;
    other.baseUrl = m_url;
    other.userName = m_user;
    QVERIFY2(Sites::add(library, other, &error), qPrintable(error));
    Site site;
    site.name = u"Revoked site"_s;
    site.baseUrl = m_url;
    site.userName = m_user;
    QVERIFY2(Sites::add(library, site, &error), qPrintable(error));
    auto *credentials = qobject_cast<SessionCredentialStore *>(m_app.window()->credentialStore());
    QVERIFY(credentials);
    credentials->setValue(site.credentialKey, u"abcd efgh ijkl mnop qrst uvwx"_s);
    Publication publication;
    publication.recordType = u"quote"_s;
    publication.recordId = library.list<Quote>().constFirst().id;
    publication.siteId = site.id;
    publication.remoteId = 1;
    publication.remoteModifiedGmt = u"2026-01-01T10:00:00"_s;
    QVERIFY2(library.save(publication, &error), qPrintable(error));

    // Choosing the site checks it unasked: the status bar says why it failed, no dialog.
    QSignalSpy failed(m_app.window()->publishController(), &PublishController::siteStateRefreshFailed);
    m_app.window()->publishPanel()->reloadSites();
    QCOMPARE(m_app.window()->publishPanel()->siteId(), other.id);
    m_app.window()->publishPanel()->setSite(site.id);
    QVERIFY(failed.wait(60000));
    QCOMPARE(WpError::kindName(failed.constFirst().constLast().value<WpError>().kind), u"bad-credentials"_s);
    const QString status = m_app.window()->statusBar()->currentMessage();
    QVERIFY2(status.contains(u"Revoked site"_s) && status.contains(u"Application Password"_s),
             qPrintable(status));
    // What to do, in full, where the pointer finds it.
    QVERIFY2(m_app.window()->statusBar()->toolTip().contains(u"create a new Application Password"_s),
             qPrintable(m_app.window()->statusBar()->toolTip()));
    QVERIFY2(m_app.errors().isEmpty(), qPrintable(m_app.errors().join(u'\n')));
    saveShot(m_app.window(), u"mainwindow-site-check-failed"_s);

    // F5: the same reason, in a dialog the user cannot miss.
    QTest::keyClick(m_app.window(), Qt::Key_F5);
    QVERIFY(failed.wait(60000));
    QCOMPARE(m_app.errors().size(), 1);
    QVERIFY2(m_app.errors().constFirst().contains(u"Could not check Revoked site for changes"_s)
                 && m_app.errors().constFirst().contains(u"Application Password"_s),
             qPrintable(m_app.errors().constFirst()));
}

QTEST_MAIN(TestMainWindowWordPress)
#include "tst_mainwindowwordpress.moc"
