// SPDX-License-Identifier: GPL-3.0-or-later
// The publish panel against the real WordPress of tests/integration (started by the ctest
// fixture; its KEY=VALUE output is in the file QUOTEDESK_WP_ENV names).
#include "conflictdialog.h"
#include "passwordprompt.h"
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/sites.h"
#include "publish/wpclient.h"
#include "publishpanel.h"
#include "shot.h"
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
    void publishThenResolveAConflictByOverwriting();

private:
    WpResult adminCall(const WpRequest &request);

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

void TestPublishPanel::publishThenResolveAConflictByOverwriting()
{
    Test::TempLibrary lib;
    QVERIFY2(lib.open(), qPrintable(lib.error()));
    QString error;
    QVERIFY2(DemoLibrary::populate(lib.library(), &error), qPrintable(error));
    // The site keeps its posts between runs: a slug of this run's own.
    Quote quote = lib.library().list<Quote>().constFirst();
    quote.slug = u"qd-panel-%1-%2"_s.arg(QDateTime::currentSecsSinceEpoch(), 0, 36)
                     .arg(QRandomGenerator::global()->bounded(1000));
    quote.slugEdited = true;
    QVERIFY2(lib.library().save(quote, &error), qPrintable(error));

    Site site;
    site.name = u"Firm site"_s;
    site.baseUrl = m_url.toString();
    site.userName = m_user;
    QVERIFY2(Sites::add(lib.library(), site, &error), qPrintable(error));

    SessionCredentialStore credentials; // empty: the prompt asks
    PublishController controller(&lib.library(), &credentials);
    PublishPanel panel(&controller, &lib.library());
    PasswordPrompt prompt(&controller, &credentials, &panel);
    QAction *action = panel.createPublishAction(&panel);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
    QVERIFY(!action->icon().isNull());
    QVERIFY(!action->isEnabled()); // no record yet
    panel.setRecord(RecordType::Quote, quote.id);
    QCOMPARE(panel.siteId(), site.id);
    QVERIFY(action->isEnabled());
    panel.resize(560, panel.sizeHint().height());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    bool shotTaken = false;
    connect(&controller, &PublishController::stepStarted, &panel, [&](int step) {
        if (step >= 3 && !shotTaken) {
            shotTaken = true;
            saveShot(&panel, u"publishpanel-running"_s);
        }
    });
    QSignalSpy published(&panel, &PublishPanel::published);
    action->trigger();
    QVERIFY(!action->isEnabled()); // while it runs
    QTRY_VERIFY(prompt.isVisible());
    QTest::keyClicks(prompt.findChild<QLineEdit *>(u"passwordEdit"_s), m_password);
    QTest::keyClick(prompt.findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
    QVERIFY2(published.wait(120000), qPrintable(panel.resultText()));
    QVERIFY2(panel.resultText().startsWith(u"Sent to Firm site as draft"_s), qPrintable(panel.resultText()));
    QVERIFY(!panel.resultLink().isEmpty());
    QVERIFY(panel.findChild<QPushButton *>(u"openButton"_s)->isVisible());
    QVERIFY(action->isEnabled());
    saveShot(&panel, u"publishpanel-success"_s);
    const auto first = published.constFirst().constFirst().value<PublishResult>();
    const QString route = u"wp/v2/posts/%1"_s.arg(first.remoteId);

    // Someone edits the post on the site (modified_gmt has whole seconds).
    QTest::qWait(1100);
    const WpResult edit =
        adminCall(WpRequest::post(route, QJsonObject { { u"title"_s, u"Edited on the site"_s } }));
    QVERIFY2(edit.ok(), qPrintable(edit.error.message));

    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel.conflictDialog(), 60000);
    ConflictDialog *dialog = panel.conflictDialog();
    QVERIFY(dialog->isVisible());
    const QString shown = dialog->findChild<QTextBrowser *>(u"diffView"_s)->toPlainText();
    QVERIFY2(shown.contains(u"Edited on the site"_s) && shown.contains(quote.title), qPrintable(shown));
    QVERIFY(panel.resultText().contains(u"nothing was sent"_s));
    QCOMPARE(published.size(), 1);
    saveShot(dialog, u"conflictdialog-wordpress"_s);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"overwriteButton"_s), Qt::LeftButton);
    QVERIFY2(published.wait(120000), qPrintable(panel.resultText()));
    QVERIFY2(panel.resultText().startsWith(u"Sent to Firm site"_s), qPrintable(panel.resultText()));
    QCOMPARE(published.constLast().constFirst().value<PublishResult>().remoteId, first.remoteId);
    QVERIFY(!panel.conflictDialog());
    QUrlQuery edit_context(u"context=edit"_s);
    const QJsonObject after = adminCall(WpRequest::get(route, edit_context)).object();
    QCOMPARE(after[u"title"_s][u"raw"_s].toString(), quote.title);
    saveShot(&panel, u"publishpanel-overwritten"_s);
}

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
