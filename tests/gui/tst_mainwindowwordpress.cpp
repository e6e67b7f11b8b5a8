// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing from the real main window to the real WordPress of tests/integration (started by
// the ctest fixture; its KEY=VALUE output is in the file QUOTEDESK_WP_ENV names).
#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "mainwindow.h"
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
#include "sitesdialog.h"
#include "store/demolibrary.h"
#include "syncstatedelegate.h"
#include "testsupport.h"

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
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QString m_url, m_user, m_password;
};

void TestMainWindowWordPress::initTestCase()
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
            m_url = text.mid(7) + u'/';
        else if (text.startsWith(u"WP_ADMIN_USER="_s))
            m_user = text.mid(14);
        else if (text.startsWith(u"WP_ADMIN_APP_PASSWORD="_s))
            m_password = text.mid(22);
    }
    QVERIFY2(!m_url.isEmpty() && !m_password.isEmpty(), "incomplete WordPress environment file");
}

void TestMainWindowWordPress::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    QString error;
    QVERIFY2(DemoLibrary::populate(m_lib->library(), &error), qPrintable(error));
    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600);
    m_window = std::make_unique<MainWindow>(m_lib->library(), *m_settings);
    m_errors.clear();
    m_window->setDialogs({
        [](QWidget *, const QString &, const QString &) { return true; },
        [this](QWidget *, const QString &text) { m_errors << text; },
        [](QWidget *, const QStringList &) { return QMessageBox::Discard; },
        [](QWidget *, const QStringList &) { return QMessageBox::Discard; },
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowWordPress::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestMainWindowWordPress::publishTheDemoQuote()
{
    // The site keeps its posts between runs: a slug of this run's own.
    QString error;
    Quote quote = m_lib->library().list<Quote>().constFirst();
    quote.slug = u"qd-window-%1-%2"_s.arg(QDateTime::currentSecsSinceEpoch(), 0, 36)
                     .arg(QRandomGenerator::global()->bounded(100000));
    quote.slugEdited = true;
    QVERIFY2(m_lib->library().save(quote, &error), qPrintable(error));

    // Publish ▸ Sites…: the site, with its Application Password.
    action(u"sitesAction"_s)->trigger();
    auto *sites = m_window->findChild<SitesDialog *>(u"sitesDialog"_s);
    QVERIFY(sites);
    sites->newSite();
    sites->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Firm site"_s);
    sites->findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_url);
    sites->findChild<QLineEdit *>(u"userEdit"_s)->setText(m_user);
    sites->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(m_password);
    QVERIFY2(sites->saveSite(), qPrintable(sites->message()));
    sites->close();

    QVERIFY(m_window->openRecord(RecordType::Quote, quote.id));
    QAction *publish = action(u"publishAction"_s);
    QVERIFY(publish->isEnabled());
    QVERIFY(!action(u"openOnSiteAction"_s)->isEnabled());
    // An unsaved edit is saved before the publish.
    RecordDocument *document = m_window->currentEditor()->document();
    QVERIFY(document->setField(u"commentary"_s, u"Said at the opening."_s));
    QVERIFY(document->isModified());

    QSignalSpy published(m_window->publishPanel(), &PublishPanel::published);
    publish->trigger();
    QVERIFY(!document->isModified());
    QVERIFY2(published.wait(120000), qPrintable(m_window->publishPanel()->resultText()));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QVERIFY(m_window->findChild<QDockWidget *>(u"publishDock"_s)->isVisible());

    QTRY_VERIFY(action(u"openOnSiteAction"_s)->isEnabled());
    QVERIFY(action(u"unpublishAction"_s)->isEnabled());
    auto *label = m_window->findChild<QToolButton *>(u"syncStateLabel"_s);
    QCOMPARE(label->text(), u"Firm site: up to date"_s);

    m_window->showNavigatorView(u"quotes"_s);
    RecordListModel *model = m_window->listModel();
    const int row = model->rowOfId(quote.id);
    QVERIFY(row >= 0);
    const auto state = SyncStateDelegate::stateAt(model->index(row, model->syncColumn()));
    QCOMPARE(state, std::optional(SyncState::UpToDate));
    QCOMPARE(SyncStateDelegate::cellText(*state), u"Up to date"_s);
    auto *list = m_window->findChild<QAbstractItemView *>(u"recordList"_s);
    list->scrollTo(model->index(row, model->syncColumn()));
    saveShot(m_window.get(), u"mainwindow-published"_s);

    // Someone edits the post on the site (modified_gmt has whole seconds); Publish ▸ Check the
    // Site for Changes shows it in the list and in the status bar.
    const auto publication =
        PublicationStore::find(m_lib->library(), u"quote"_s, quote.id, m_window->publishPanel()->siteId());
    QVERIFY(publication && publication->remoteId != 0);
    QTest::qWait(1100);
    WpClient admin;
    admin.setConnection({ QUrl(m_url).resolved(QUrl(u"wp-json/"_s)), m_user, m_password });
    std::optional<WpResult> edit;
    admin.send(WpRequest::post(u"wp/v2/posts/%1"_s.arg(publication->remoteId),
                               QJsonObject { { u"title"_s, u"Edited on the site"_s } }),
               this, [&](const WpResult &result) { edit = result; });
    QTRY_VERIFY_WITH_TIMEOUT(edit.has_value(), 30000);
    QVERIFY2(edit->ok(), qPrintable(edit->error.message));
    QSignalSpy refreshed(m_window->publishController(), &PublishController::siteStateRefreshed);
    QAction *check = action(u"checkSiteAction"_s);
    QVERIFY(check);
    check->trigger();
    QVERIFY(refreshed.wait(60000));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    const QModelIndex cell = model->index(model->rowOfId(quote.id), model->syncColumn());
    QCOMPARE(SyncStateDelegate::stateAt(cell), std::optional(SyncState::ChangedOnSite));
    QCOMPARE(SyncStateDelegate::cellText(SyncState::ChangedOnSite), u"Changed on the site"_s);
    QCOMPARE(cell.data().toString(), u"changed on the site"_s);
    QVERIFY(m_window->openRecord(RecordType::Quote, quote.id));
    QCOMPARE(label->text(), u"Firm site: changed on the site"_s);
    m_window->showNavigatorView(u"quotes"_s);
    list->scrollTo(cell);
    saveShot(m_window.get(), u"mainwindow-changed-on-site"_s);

    // Publish ▸ Unpublish…, confirmed: the post goes to the site's trash.
    QVERIFY(m_window->openRecord(RecordType::Quote, quote.id));
    QSignalSpy unpublished(m_window->publishController(), &PublishController::unpublished);
    action(u"unpublishAction"_s)->trigger();
    QVERIFY(unpublished.wait(60000));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QTRY_VERIFY(!action(u"openOnSiteAction"_s)->isEnabled());
    QCOMPARE(label->text(), u"Firm site: not published"_s);
}

void TestMainWindowWordPress::checkWithWrongPasswordSaysWhy()
{
    // A site whose stored Application Password was revoked, and a post published there.
    Library &library = m_lib->library();
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
    auto *credentials = qobject_cast<SessionCredentialStore *>(m_window->credentialStore());
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
    QSignalSpy failed(m_window->publishController(), &PublishController::siteStateRefreshFailed);
    m_window->publishPanel()->reloadSites();
    QCOMPARE(m_window->publishPanel()->siteId(), other.id);
    m_window->publishPanel()->setSite(site.id);
    QVERIFY(failed.wait(60000));
    QCOMPARE(WpError::kindName(failed.constFirst().constLast().value<WpError>().kind), u"bad-credentials"_s);
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(u"Revoked site"_s) && status.contains(u"Application Password"_s),
             qPrintable(status));
    // What to do, in full, where the pointer finds it.
    QVERIFY2(m_window->statusBar()->toolTip().contains(u"create a new Application Password"_s),
             qPrintable(m_window->statusBar()->toolTip()));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    saveShot(m_window.get(), u"mainwindow-site-check-failed"_s);

    // F5: the same reason, in a dialog the user cannot miss.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(failed.wait(60000));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(u"Could not check Revoked site for changes"_s)
                 && m_errors.constFirst().contains(u"Application Password"_s),
             qPrintable(m_errors.constFirst()));
}

QTEST_MAIN(TestMainWindowWordPress)
#include "tst_mainwindowwordpress.moc"
