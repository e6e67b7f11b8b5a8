// SPDX-License-Identifier: GPL-3.0-or-later
// The publish panel's failure line and Retry, offscreen, against a loopback port where
// nothing listens (no WordPress needed).
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/sites.h"
#include "publishpanel.h"
#include "shot.h"
#include "store/demolibrary.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestPublishPanelErrors final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unreachableSiteShowsTheErrorAndRetry();
    void nothingToPublish();
};

void TestPublishPanelErrors::unreachableSiteShowsTheErrorAndRetry()
{
    Test::TempLibrary lib;
    QVERIFY2(lib.open(), qPrintable(lib.error()));
    QString error;
    QVERIFY2(DemoLibrary::populate(lib.library(), &error), qPrintable(error));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Site site;
    site.name = u"Gone"_s;
    site.baseUrl = u"http://127.0.0.1:%1/"_s.arg(port);
    site.userName = u"editor"_s;
    QVERIFY2(Sites::add(lib.library(), site, &error), qPrintable(error));
    SessionCredentialStore credentials;
    credentials.setValue(site.credentialKey, u"aaaa bbbb cccc dddd"_s);
    PublishController controller(&lib.library(), &credentials);
    PublishPanel panel(&controller, &lib.library());
    QAction *action = panel.createPublishAction(&panel);
    const Quote quote = lib.library().list<Quote>().constFirst();
    panel.setRecord(RecordType::Quote, quote.id);
    panel.resize(560, panel.sizeHint().height());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QSignalSpy finished(&controller, &PublishController::finished);
    action->trigger();
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<PublishResult>();
    QCOMPARE(result.error.kind, WpError::Kind::Unreachable);
    QVERIFY2(panel.resultText().contains(result.error.message), qPrintable(panel.resultText()));
    QVERIFY(panel.resultText().contains(u"Gone"_s));
    auto *retry = panel.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(u"openButton"_s)->isVisible());
    QVERIFY(panel.findChild<QLabel *>(u"resultLabel"_s)->property("problem").toBool());
    QVERIFY(action->isEnabled());
    panel.resize(560, panel.heightForWidth(560)); // as a parent layout would
    saveShot(&panel, u"publishpanel-failed"_s);

    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 2);
    QVERIFY(panel.resultText().contains(result.error.message));
}

void TestPublishPanelErrors::nothingToPublish()
{
    Test::TempLibrary lib;
    QVERIFY2(lib.open(), qPrintable(lib.error()));
    SessionCredentialStore credentials;
    PublishController controller(&lib.library(), &credentials);
    PublishPanel panel(&controller, &lib.library());
    QAction *action = panel.createPublishAction(&panel);
    QVERIFY(!action->isEnabled());
    panel.setRecord(RecordType::Speaker, 1); // not a post
    QVERIFY(!action->isEnabled());
    panel.publish();
    QVERIFY(panel.resultText().contains(u"quote or essay"_s));
    QVERIFY(!controller.isBusy());
}

QTEST_MAIN(TestPublishPanelErrors)
#include "tst_publishpanelerrors.moc"
