// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/sha256.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestSha256 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests_data();
    void knownDigests();
    void fileSpanningManyBlocksMatchesReference();
    void streamingEqualsOneShot();
    void missingFileIsAnError();
};

void TestSha256::knownDigests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-2 test vectors
    QTest::newRow("empty") << QByteArray()
                           << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("abc") << QByteArray("abc")
                         << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_s;
}

void TestSha256::knownDigests()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(Sha256::ofData(input), digest);
}

void TestSha256::fileSpanningManyBlocksMatchesReference()
{
    QTemporaryDir dir;
    QByteArray data(3 * Sha256::BlockSize + 12345, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = char(generator.bounded(256));
    const QString path = dir.filePath(u"data.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    QString error;
    const std::optional<QString> digest = Sha256::ofFile(path, &error);
    QVERIFY2(digest, qPrintable(error));
    QCOMPARE(*digest,
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
}

void TestSha256::streamingEqualsOneShot()
{
    const QByteArray data = QByteArray("The same bytes, fed in pieces. ").repeated(1000);
    Sha256 hash;
    for (qsizetype i = 0; i < data.size(); i += 777)
        hash.addData(data.constData() + i, qMin<qsizetype>(777, data.size() - i));
    QCOMPARE(hash.hexResult(), Sha256::ofData(data));
    hash.reset();
    QCOMPARE(hash.hexResult(), Sha256::ofData({}));
}

void TestSha256::missingFileIsAnError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!Sha256::ofFile(dir.filePath(u"missing.bin"_s), &error));
    QVERIFY(error.contains(u"missing.bin"_s));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
