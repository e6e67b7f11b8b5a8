// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/credentialstore.h"
#include "publish/keychaincredentialstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void sessionRoundTrip();
    void environmentVariable();
    void passwordFileFirstLine();
    void missingPasswordSaysHow_data();
    void missingPasswordSaysHow();
    void environmentStoreIsReadOnly();
    void keychainRoundTripOrSessionFallback();

private:
    std::optional<QString> read(CredentialStore &store, const QString &key, QString *error = nullptr);
    bool write(CredentialStore &store, const QString &key, const QString &secret, QString *error = nullptr);
    bool remove(CredentialStore &store, const QString &key);
};

void TestCredentialStore::cleanup()
{
    qunsetenv(EnvironmentCredentialStore::VariableName);
}

std::optional<QString> TestCredentialStore::read(CredentialStore &store, const QString &key, QString *error)
{
    bool done = false;
    std::optional<QString> result;
    store.read(key, this, [&](const std::optional<QString> &secret, const QString &why) {
        result = secret;
        if (error)
            *error = why;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }();
    return result;
}

bool TestCredentialStore::write(CredentialStore &store, const QString &key, const QString &secret,
                                QString *error)
{
    bool done = false;
    bool ok = false;
    store.write(key, secret, this, [&](bool success, const QString &why) {
        ok = success;
        if (error)
            *error = why;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }();
    return ok;
}

bool TestCredentialStore::remove(CredentialStore &store, const QString &key)
{
    bool done = false;
    bool ok = false;
    store.remove(key, this, [&](bool success, const QString &) {
        ok = success;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }();
    return ok;
}

void TestCredentialStore::sessionRoundTrip()
{
    SessionCredentialStore store;
    QVERIFY(!read(store, u"site-a"_s));
    QVERIFY(write(store, u"site-a"_s, u"abcd efgh ijkl"_s));
    QCOMPARE(read(store, u"site-a"_s).value_or(QString()), u"abcd efgh ijkl"_s);
    QVERIFY(!read(store, u"site-b"_s));
    QVERIFY(remove(store, u"site-a"_s));
    QVERIFY(!read(store, u"site-a"_s));
}

void TestCredentialStore::environmentVariable()
{
    qputenv(EnvironmentCredentialStore::VariableName, "  from env  \n");
    EnvironmentCredentialStore store;
    QCOMPARE(read(store, u"any"_s).value_or(QString()), u"from env"_s);
}

void TestCredentialStore::passwordFileFirstLine()
{
    qputenv(EnvironmentCredentialStore::VariableName, "ignored when a file is named");
    QTemporaryDir dir;
    QFile file(dir.filePath(u"password"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("abcd EFGH ijkl\nsecond line\n");
    file.close();
    EnvironmentCredentialStore store(file.fileName());
    QCOMPARE(read(store, u"any"_s).value_or(QString()), u"abcd EFGH ijkl"_s);
}

void TestCredentialStore::missingPasswordSaysHow_data()
{
    QTest::addColumn<QString>("file"); // "" = environment, "missing" = a file that does not exist
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no variable, no file") << QString() << u"QUOTEDESK_WP_APP_PASSWORD"_s;
    QTest::newRow("file does not exist") << u"missing"_s << u"Cannot read the password file"_s;
    QTest::newRow("empty file") << u"empty"_s << u"is empty"_s;
}

void TestCredentialStore::missingPasswordSaysHow()
{
    QFETCH(QString, file);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QString path;
    if (!file.isEmpty()) {
        path = dir.filePath(file);
        if (file == "empty"_L1) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
    }
    EnvironmentCredentialStore store(path);
    QString error;
    QVERIFY(!read(store, u"any"_s, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestCredentialStore::environmentStoreIsReadOnly()
{
    EnvironmentCredentialStore store;
    QString error;
    QVERIFY(!write(store, u"k"_s, u"v"_s, &error));
    QVERIFY(error.contains(u"--password-file"_s));
}

void TestCredentialStore::keychainRoundTripOrSessionFallback()
{
    // With a keychain service the secret goes there; without one (CI, a bare session) the
    // store must notice the failure and keep the secret in memory. Either way it round-trips
    // and nothing reaches QSettings.
    KeychainCredentialStore store(u"QuoteDesk-test"_s);
    QSignalSpy fallback(&store, &KeychainCredentialStore::fallbackActivated);
    const QString key = u"tst_credentialstore-%1"_s.arg(QCoreApplication::applicationPid());
    QString error;
    QVERIFY2(write(store, key, u"s3cret pass word"_s, &error), qPrintable(error));
    QCOMPARE(read(store, key, &error).value_or(QString()), u"s3cret pass word"_s);
    QVERIFY(remove(store, key));
    QVERIFY(!read(store, key));
    if (store.isUsingFallback()) {
        QCOMPARE(fallback.count(), 1);
        QVERIFY(!store.fallbackReason().isEmpty());
        QCOMPARE(store.location(), SessionCredentialStore().location());
    }
    qInfo("keychain: %s (%s)", qPrintable(store.location()), qPrintable(store.fallbackReason()));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
