// SPDX-License-Identifier: GPL-3.0-or-later
// quotedesk-cli export and import, driven through the built tool.
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestCliExchange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportThenImportIntoANewLibrary();
    void importTwiceChangesNothing();
    void importDryRunWritesNothing();
    void importJsonSummary();
    void badImportFails_data();
    void badImportFails();
    void exportOverTheLibraryIsRefused();
    void exportToAFolderThatCannotExistFails();
    void dryRunOnlyAppliesToImport();

private:
    QStringList uuids(const QString &type) const;

    std::unique_ptr<Test::CliRunner> m_cli;
    QString m_export;
};

void TestCliExchange::init()
{
    m_cli = std::make_unique<Test::CliRunner>();
    QVERIFY(m_cli->isValid());
    const Test::CliResult demo = m_cli->runOnLibrary({ u"demo"_s });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_export = m_cli->filePath(u"export.json"_s);
}

void TestCliExchange::cleanup()
{
    m_cli.reset();
}

QStringList TestCliExchange::uuids(const QString &type) const
{
    QStringList result;
    const QJsonArray records = m_cli->json({ u"list"_s, type }).toArray();
    for (const QJsonValue &record : records)
        result.append(record[u"uuid"_s].toString());
    result.sort();
    return result;
}

void TestCliExchange::exportThenImportIntoANewLibrary()
{
    const QStringList quotes = uuids(u"quotes"_s);
    const QStringList speakers = uuids(u"speakers"_s);
    const Test::CliResult exported = m_cli->runOnLibrary({ u"export"_s, m_export });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
    QVERIFY(exported.out.contains(QDir::toNativeSeparators(m_export)));
    const QJsonObject document = QJsonDocument::fromJson(Test::readAll(m_export)).object();
    QCOMPARE(document[u"format"_s].toString(), u"quotedesk-library"_s);
    QCOMPARE(document[u"quotes"_s].toArray().size(), quotes.size());

    m_cli->setLibrary(m_cli->filePath(u"copy.qdlib"_s));
    const Test::CliResult imported = m_cli->runOnLibrary({ u"import"_s, m_export });
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"quotes: %1 new"_s.arg(quotes.size())), qPrintable(imported.out));
    QCOMPARE(uuids(u"quotes"_s), quotes);
    QCOMPARE(uuids(u"speakers"_s), speakers);
}

void TestCliExchange::importTwiceChangesNothing()
{
    QCOMPARE(m_cli->runOnLibrary({ u"export"_s, m_export }).exitCode, 0);
    const QStringList quotes = uuids(u"quotes"_s);
    const Test::CliResult again = m_cli->runOnLibrary({ u"import"_s, m_export });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"quotes: 0 new, 0 updated, %1 unchanged"_s.arg(quotes.size())),
             qPrintable(again.out));
    QCOMPARE(uuids(u"quotes"_s), quotes);
}

void TestCliExchange::importDryRunWritesNothing()
{
    QCOMPARE(m_cli->runOnLibrary({ u"export"_s, m_export }).exitCode, 0);
    m_cli->setLibrary(m_cli->filePath(u"copy.qdlib"_s));
    const Test::CliResult dryRun = m_cli->runOnLibrary({ u"import"_s, m_export, u"--dry-run"_s });
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY2(dryRun.out.contains(u"quotes: 7 new"_s), qPrintable(dryRun.out));
    QCOMPARE(m_cli->json({ u"list"_s, u"quotes"_s }).toArray().size(), 0);
}

void TestCliExchange::importJsonSummary()
{
    QCOMPARE(m_cli->runOnLibrary({ u"export"_s, m_export }).exitCode, 0);
    m_cli->setLibrary(m_cli->filePath(u"copy.qdlib"_s));
    const QJsonObject summary = m_cli->json({ u"import"_s, m_export }).toObject();
    QCOMPARE(summary[u"dry_run"_s].toBool(true), false);
    QCOMPARE(summary[u"records"_s][u"quotes"_s][u"created"_s].toInt(), 7);
    QCOMPARE(summary[u"records"_s][u"speakers"_s][u"created"_s].toInt(), 6);
}

void TestCliExchange::badImportFails_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing file") << QByteArray() << u"in.json"_s;
    QTest::newRow("not JSON") << QByteArray("quotes, speakers and essays\n") << QString();
    QTest::newRow("JSON of another program")
        << QByteArray(R"({"format": "something-else", "version": 1})") << QString();
    QTest::newRow("quote with an empty text")
        << QByteArray(R"({"format": "quotedesk-library", "version": 1, "quotes": [)"
                      R"({"uuid": "2f1b6a52-3a52-4a8e-9d51-3b4f2f7c0a11", "text": ""}]})")
        << u"the field “Quotation” is required"_s;
}

void TestCliExchange::badImportFails()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString input = m_cli->filePath(u"in.json"_s);
    if (!content.isEmpty()) {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QStringList quotes = uuids(u"quotes"_s);
    const Test::CliResult result = m_cli->runOnLibrary({ u"import"_s, input });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QCOMPARE(uuids(u"quotes"_s), quotes);
}

void TestCliExchange::exportOverTheLibraryIsRefused()
{
    const QByteArray before = Test::readAll(m_cli->library());
    const Test::CliResult result = m_cli->runOnLibrary({ u"export"_s, m_cli->library() });
    QVERIFY(result.exitCode != 0);
    QCOMPARE(result.errorLines(), 1);
    QCOMPARE(Test::readAll(m_cli->library()), before);
}

void TestCliExchange::exportToAFolderThatCannotExistFails()
{
    // A regular file stands where the folder of the export would be.
    const QString blocker = m_cli->filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Test::CliResult result = m_cli->runOnLibrary({ u"export"_s, blocker + u"/export.json"_s });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(u"export.json"_s), qPrintable(result.err));
}

void TestCliExchange::dryRunOnlyAppliesToImport()
{
    const Test::CliResult result = m_cli->runOnLibrary({ u"list"_s, u"quotes"_s, u"--dry-run"_s });
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(u"--dry-run"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cliexchange.moc"
