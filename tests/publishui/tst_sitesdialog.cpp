// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"
#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/sites.h"
#include "shot.h"
#include "sitesdialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

const QString Password = u"Abcd EfGh 1234 ijkl MNOP 5678"_s;

// Everything the library keeps on disk: the file and its write-ahead log.
QByteArray libraryBytes(const QString &path)
{
    QByteArray bytes = Test::readAll(path);
    if (QFile::exists(path + u"-wal"_s))
        bytes += Test::readAll(path + u"-wal"_s);
    return bytes;
}

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestSitesDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addEditRemoveRoundTrip();
    void plainHttpRefusedUnlessLoopback();
    void testConnectionAsksForThePasswordOnce();

private:
    template<class T>
    T *child(const QString &name)
    {
        auto *w = m_dialog->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    void fill(const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void click(const QString &name) { QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton); }

    std::unique_ptr<Test::TempLibrary> m_lib;
    std::unique_ptr<SessionCredentialStore> m_credentials;
    std::unique_ptr<PublishController> m_controller;
    std::unique_ptr<SitesDialog> m_dialog;
};

void TestSitesDialog::init()
{
    m_lib = std::make_unique<Test::TempLibrary>();
    QVERIFY2(m_lib->open(), qPrintable(m_lib->error()));
    m_credentials = std::make_unique<SessionCredentialStore>();
    m_controller = std::make_unique<PublishController>(&m_lib->library(), m_credentials.get());
    m_dialog = std::make_unique<SitesDialog>(&m_lib->library(), m_credentials.get(), m_controller.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSitesDialog::cleanup()
{
    m_dialog.reset();
    m_controller.reset();
    m_credentials.reset();
    m_lib.reset();
}

void TestSitesDialog::addEditRemoveRoundTrip()
{
    QCOMPARE(m_dialog->currentSiteId(), 0);
    fill(u"nameEdit"_s, u"Firm site"_s);
    fill(u"urlEdit"_s, u"quotes.example.com"_s);
    fill(u"userEdit"_s, u"editor"_s);
    fill(u"passwordEdit"_s, Password);
    saveShot(m_dialog.get(), u"sitesdialog-new"_s);
    click(u"saveButton"_s);

    auto site = Sites::findByName(m_lib->library(), u"Firm site"_s);
    QVERIFY2(site, qPrintable(m_dialog->message()));
    QCOMPARE(site->baseUrl, u"https://quotes.example.com/"_s);
    QCOMPARE(site->userName, u"editor"_s);
    QCOMPARE(m_dialog->currentSiteId(), site->id);
    QCOMPARE(child<QListWidget>(u"siteList"_s)->count(), 1);
    QCOMPARE(m_credentials->value(site->credentialKey), std::optional<QString>(Password));
    QVERIFY(child<QLineEdit>(u"passwordEdit"_s)->text().isEmpty());
    QTRY_VERIFY(m_dialog->message().contains(m_credentials->location()));
    QVERIFY(!libraryBytes(m_lib->path()).contains(Password.toUtf8()));
    saveShot(m_dialog.get(), u"sitesdialog-saved"_s);

    // Edit: another name and address; the password stays.
    fill(u"nameEdit"_s, u"Firm website"_s);
    fill(u"urlEdit"_s, u"https://www.example.com/blog"_s);
    click(u"saveButton"_s);
    QVERIFY(!Sites::findByName(m_lib->library(), u"Firm site"_s));
    const auto edited = Sites::findByName(m_lib->library(), u"Firm website"_s);
    QVERIFY2(edited, qPrintable(m_dialog->message()));
    QCOMPARE(edited->id, site->id);
    QCOMPARE(edited->baseUrl, u"https://www.example.com/blog/"_s);
    QCOMPARE(edited->credentialKey, site->credentialKey);
    QCOMPARE(m_lib->library().list<Site>().size(), 1);
    QCOMPARE(m_credentials->value(site->credentialKey), std::optional<QString>(Password));

    // A new password replaces the old one in the store, never in the library.
    const QString newPassword = u"Zzzz Yyyy Xxxx Wwww Vvvv Uuuu"_s;
    fill(u"passwordEdit"_s, newPassword);
    click(u"saveButton"_s);
    QTRY_COMPARE(m_credentials->value(site->credentialKey), std::optional<QString>(newPassword));
    const QByteArray bytes = libraryBytes(m_lib->path());
    QVERIFY(!bytes.contains(newPassword.toUtf8()));
    QVERIFY(!bytes.contains(Password.toUtf8()));

    // Remove: to the trash, and the password is deleted.
    click(u"removeButton"_s);
    QVERIFY(!Sites::findByName(m_lib->library(), u"Firm website"_s));
    QCOMPARE(child<QListWidget>(u"siteList"_s)->count(), 0);
    QTRY_VERIFY(!m_credentials->value(site->credentialKey));
    QVERIFY(m_dialog->message().contains(u"Firm website"_s));
}

void TestSitesDialog::plainHttpRefusedUnlessLoopback()
{
    fill(u"nameEdit"_s, u"Firm site"_s);
    fill(u"userEdit"_s, u"editor"_s);
    fill(u"urlEdit"_s, u"http://quotes.example.com"_s);
    // Said while typing, before any save.
    QVERIFY2(m_dialog->message().contains(u"plain http"_s), qPrintable(m_dialog->message()));
    QVERIFY(child<QLabel>(u"messageLabel"_s)->property("problem").toBool());
    saveShot(m_dialog.get(), u"sitesdialog-http-refused"_s);
    click(u"saveButton"_s);
    QCOMPARE(m_lib->library().list<Site>().size(), 0);
    QVERIFY(m_dialog->message().contains(u"plain http"_s));

    fill(u"urlEdit"_s, u"http://127.0.0.1:8080"_s);
    QVERIFY(m_dialog->message().isEmpty());
    click(u"saveButton"_s);
    QCOMPARE(m_lib->library().list<Site>().size(), 1);
    QVERIFY(!child<QLabel>(u"messageLabel"_s)->property("problem").toBool());
}

void TestSitesDialog::testConnectionAsksForThePasswordOnce()
{
    PasswordPrompt prompt(m_controller.get(), m_credentials.get(), m_dialog.get());
    fill(u"nameEdit"_s, u"Local"_s);
    fill(u"urlEdit"_s, u"http://127.0.0.1:%1/"_s.arg(closedPort()));
    fill(u"userEdit"_s, u"editor"_s);
    click(u"testButton"_s); // saves first; no password stored yet
    QVERIFY(child<QProgressBar>(u"testBusy"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"testButton"_s)->isEnabled());
    QTRY_VERIFY(prompt.isVisible());
    QCOMPARE(prompt.siteId(), m_dialog->currentSiteId());
    // No keychain here: no "remember" box, and the prompt says the password stays in memory.
    QVERIFY(!prompt.findChild<QCheckBox *>(u"rememberBox"_s)->isVisible());
    QTest::keyClicks(prompt.findChild<QLineEdit *>(u"passwordEdit"_s), Password);
    saveShot(&prompt, u"passwordprompt"_s);
    QTest::keyClick(prompt.findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
    QVERIFY(!prompt.isVisible());

    // Nothing listens there: the site's error, and the dialog is usable again.
    QTRY_VERIFY_WITH_TIMEOUT(!child<QProgressBar>(u"testBusy"_s)->isVisible(), 30000);
    QVERIFY2(m_dialog->testResult().contains(u"127.0.0.1"_s), qPrintable(m_dialog->testResult()));
    QVERIFY(child<QPushButton>(u"testButton"_s)->isEnabled());
    saveShot(m_dialog.get(), u"sitesdialog-test-failed"_s);
    // Not remembered in the store (no keychain), kept by the controller for the session.
    const auto site = Sites::findByName(m_lib->library(), u"Local"_s);
    QVERIFY(!m_credentials->value(site->credentialKey));

    click(u"testButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QProgressBar>(u"testBusy"_s)->isVisible(), 30000);
    QVERIFY(!prompt.isVisible()); // asked once
    QVERIFY(m_dialog->testResult().contains(u"127.0.0.1"_s));
}

QTEST_MAIN(TestSitesDialog)
#include "tst_sitesdialog.moc"
