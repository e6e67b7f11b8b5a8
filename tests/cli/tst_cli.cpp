// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the built quotedesk-cli as a user would, through its command line.
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void demoCreatesTheExpectedRecords();
    void demoSharesOneEssayBetweenTwoQuotesOfOneSpeaker();
    void secondDemoIsRefused();
    void demoWithoutLibraryUsesTheDefaultPath();
    void listPrintsATable_data();
    void listPrintsATable();
    void listJson_data();
    void listJson();
    void showPrintsEveryField();
    void showJson();
    void helpExitsZero_data();
    void helpExitsZero();
    void failuresGiveOneLine_data();
    void failuresGiveOneLine();
    void notALibraryIsLeftUnchanged_data();
    void notALibraryIsLeftUnchanged();
    void missingLibraryIsNotCreatedByReads();
    void readOnlyRequestRefusesWrites_data();
    void readOnlyRequestRefusesWrites();
    void unwritableLibraryGivesANotice();

private:
    void makeDemo();

    std::unique_ptr<Test::CliRunner> m_cli;
    QString m_library;
    QString m_immutable; // a file made immutable by a test, released in cleanup()
};

void TestCli::init()
{
    m_cli = std::make_unique<Test::CliRunner>();
    QVERIFY(m_cli->isValid());
    m_library = m_cli->library();
}

void TestCli::cleanup()
{
    if (!m_immutable.isEmpty())
        QProcess::execute(u"chattr"_s, { u"-i"_s, m_immutable });
    m_immutable.clear();
    m_cli.reset();
}

void TestCli::makeDemo()
{
    const Test::CliResult result = m_cli->runOnLibrary({ u"demo"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestCli::demoCreatesTheExpectedRecords()
{
    const Test::CliResult result = m_cli->runOnLibrary({ u"demo"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(QDir::toNativeSeparators(m_library)));

    const QJsonArray quotes = m_cli->json({ u"list"_s, u"quotes"_s }).toArray();
    QVERIFY(quotes.size() >= 7);
    QCOMPARE(m_cli->json({ u"list"_s, u"speakers"_s }).toArray().size(), 6);
    QVERIFY(!m_cli->json({ u"list"_s, u"categories"_s }).toArray().isEmpty());
    QVERIFY(!m_cli->json({ u"list"_s, u"tags"_s }).toArray().isEmpty());

    QMap<QString, int> kinds;
    const QJsonArray essays = m_cli->json({ u"list"_s, u"essays"_s }).toArray();
    for (const QJsonValue &essay : essays)
        ++kinds[essay[u"kind"_s].toString()];
    QCOMPARE(kinds.value(u"context"_s), 3);
    QCOMPARE(kinds.value(u"infographic"_s), 1);

    QSet<QString> statuses;
    for (const QJsonValue &quote : quotes) {
        statuses.insert(quote[u"status"_s].toString());
        QVERIFY(quote[u"title"_s].toString().startsWith(u"Quote: "_s));
        QVERIFY(!quote[u"slug"_s].toString().isEmpty());
        QVERIFY(!quote[u"excerpt"_s].toString().isEmpty());
        QVERIFY(!quote[u"categories"_s].toArray().isEmpty());
    }
    const QSet<QString> expected { u"idea"_s, u"draft"_s, u"ready"_s, u"published"_s };
    QCOMPARE(statuses, expected);
}

void TestCli::demoSharesOneEssayBetweenTwoQuotesOfOneSpeaker()
{
    makeDemo();
    QMap<std::pair<qint64, qint64>, int> quotesPerSpeakerAndEssay;
    const QJsonArray quotes = m_cli->json({ u"list"_s, u"quotes"_s }).toArray();
    for (const QJsonValue &quote : quotes) {
        if (quote[u"essay_id"_s].isDouble())
            ++quotesPerSpeakerAndEssay[{ quote[u"speaker_id"_s].toInteger(),
                                         quote[u"essay_id"_s].toInteger() }];
    }
    const QList<int> counts = quotesPerSpeakerAndEssay.values();
    QVERIFY(std::any_of(counts.begin(), counts.end(), [](int count) { return count >= 2; }));
}

void TestCli::secondDemoIsRefused()
{
    makeDemo();
    const QByteArray before = QJsonDocument(m_cli->json({ u"list"_s, u"quotes"_s }).toArray()).toJson();
    const Test::CliResult second = m_cli->runOnLibrary({ u"demo"_s });
    QVERIFY(second.exitCode != 0);
    QCOMPARE(second.errorLines(), 1);
    QVERIFY2(second.err.contains(u"already holds"_s), qPrintable(second.err));
    QCOMPARE(QJsonDocument(m_cli->json({ u"list"_s, u"quotes"_s }).toArray()).toJson(), before);
}

void TestCli::demoWithoutLibraryUsesTheDefaultPath()
{
    const Test::CliResult result = m_cli->run({ u"demo"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString expected = m_cli->filePath(u"data/quotedesk/library.qdlib"_s);
    QVERIFY2(QFile::exists(expected), qPrintable(result.out));
    QCOMPARE(m_cli->run({ u"list"_s, u"speakers"_s }).exitCode, 0);
}

void TestCli::listPrintsATable_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("rows");
    QTest::newRow("quotes") << u"quotes"_s << u"TITLE"_s << u"Quote: Jensen Huang, Nvidia CEO"_s << 7;
    QTest::newRow("speakers") << u"speakers"_s << u"ORGANISATION"_s << u"Yann LeCun"_s << 6;
    QTest::newRow("essays") << u"essays"_s << u"KIND"_s << u"Infographic"_s << 4;
    QTest::newRow("singular type name") << u"essay"_s << u"KIND"_s << u"Context"_s << 4;
    QTest::newRow("categories") << u"categories"_s << u"PARENT"_s << u"China"_s << 4;
    QTest::newRow("tags") << u"tags"_s << u"SLUG"_s << u"export-controls"_s << 7;
    QTest::newRow("assets, none in the demo") << u"assets"_s << u"SIZE"_s << QString() << 0;
}

void TestCli::listPrintsATable()
{
    QFETCH(QString, type);
    QFETCH(QString, header);
    QFETCH(QString, row);
    QFETCH(int, rows);
    makeDemo();
    const Test::CliResult result = m_cli->runOnLibrary({ u"list"_s, type });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows + 1);
    QVERIFY(lines.first().startsWith(u"ID "_s));
    QVERIFY(lines.first().contains(header));
    if (!row.isEmpty())
        QVERIFY2(result.out.contains(row), qPrintable(result.out));
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
}

void TestCli::listJson_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("quotes") << u"quotes"_s
                            << QStringList { u"id"_s,       u"uuid"_s,       u"text"_s, u"speaker_id"_s,
                                             u"essay_id"_s, u"title"_s,      u"slug"_s, u"status"_s,
                                             u"said_on"_s,  u"commentary"_s, u"tags"_s };
    QTest::newRow("speakers") << u"speakers"_s
                              << QStringList { u"id"_s, u"name"_s, u"role"_s, u"organisation"_s,
                                               u"biography"_s };
    QTest::newRow("essays") << u"essays"_s
                            << QStringList { u"id"_s, u"title"_s, u"kind"_s, u"body"_s, u"sources"_s };
    QTest::newRow("categories") << u"categories"_s << QStringList { u"id"_s, u"name"_s, u"parent_id"_s };
}

void TestCli::listJson()
{
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    makeDemo();
    const QJsonValue value = m_cli->json({ u"list"_s, type });
    QVERIFY(value.isArray());
    const QJsonArray records = value.toArray();
    QVERIFY(!records.isEmpty());
    for (const QJsonValue &record : records) {
        for (const QString &key : std::as_const(keys))
            QVERIFY2(record.toObject().contains(key), qPrintable(key));
    }
}

void TestCli::showPrintsEveryField()
{
    makeDemo();
    const Test::CliResult result = m_cli->runOnLibrary({ u"show"_s, u"quote"_s, u"3"_s });
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n');
    QVERIFY(lines.first().startsWith(u"id "_s));
    QVERIFY(lines.first().endsWith(u" 3"_s));
    QVERIFY(result.out.contains(u"The question is not whether China will have AI, it already does."_s));
    QVERIFY2(result.out.contains(u"(Jensen Huang)"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"(Context: Nvidia's first quarter of fiscal 2026)"_s));

    const Test::CliResult speaker = m_cli->runOnLibrary({ u"show"_s, u"speakers"_s, u"2"_s });
    QCOMPARE(speaker.exitCode, 0);
    QVERIFY(speaker.out.contains(u"## Education and first jobs"_s));
}

void TestCli::showJson()
{
    makeDemo();
    const QJsonObject quote = m_cli->json({ u"show"_s, u"quote"_s, u"2"_s }).toObject();
    QCOMPARE(quote[u"id"_s].toInteger(), 2);
    QCOMPARE(quote[u"said_on"_s].toString(), u"2025-05-28"_s);
    QCOMPARE(quote[u"status"_s].toString(), u"published"_s);
    QCOMPARE(quote[u"title"_s].toString(), u"Quote: Jensen Huang, Nvidia CEO"_s);
    const qint64 speakerId = quote[u"speaker_id"_s].toInteger();
    const QJsonObject speaker =
        m_cli->json({ u"show"_s, u"speaker"_s, QString::number(speakerId) }).toObject();
    QCOMPARE(speaker[u"name"_s].toString(), u"Jensen Huang"_s);
}

void TestCli::helpExitsZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList { u"--help"_s } << u"export FILE.json"_s;
    QTest::newRow("-h") << QStringList { u"-h"_s } << u"show TYPE ID"_s;
    QTest::newRow("help") << QStringList { u"help"_s } << u"search QUERY"_s;
    QTest::newRow("list --help") << QStringList { u"list"_s, u"--help"_s } << u"TYPE"_s;
    QTest::newRow("help show") << QStringList { u"help"_s, u"show"_s } << u"ID"_s;
    QTest::newRow("import -h") << QStringList { u"import"_s, u"-h"_s } << u"FILE.json"_s;
}

void TestCli::helpExitsZero()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Test::CliResult result = m_cli->run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.contains(u"Usage:"_s));
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    QVERIFY(result.out.contains(u"--library"_s));
}

void TestCli::failuresGiveOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no command") << QStringList {} << 2 << u"No command"_s;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << 2 << u"“frobnicate”"_s;
    QTest::newRow("unknown option") << QStringList { u"list"_s, u"quotes"_s, u"--frob"_s } << 2 << u"frob"_s;
    QTest::newRow("unknown type in list") << QStringList { u"list"_s, u"widgets"_s } << 2 << u"“widgets”"_s;
    QTest::newRow("unknown type in show")
        << QStringList { u"show"_s, u"widget"_s, u"1"_s } << 2 << u"“widget”"_s;
    QTest::newRow("sites are not browsable") << QStringList { u"list"_s, u"sites"_s } << 2 << u"“sites”"_s;
    QTest::newRow("missing type") << QStringList { u"list"_s } << 2 << u"TYPE"_s;
    QTest::newRow("missing id") << QStringList { u"show"_s, u"quote"_s } << 2 << u"ID"_s;
    QTest::newRow("extra argument") << QStringList { u"list"_s, u"quotes"_s, u"speakers"_s } << 2
                                    << u"“speakers”"_s;
    QTest::newRow("id is not a number") << QStringList { u"show"_s, u"quote"_s, u"abc"_s } << 2 << u"“abc”"_s;
    QTest::newRow("id is zero") << QStringList { u"show"_s, u"quote"_s, u"0"_s } << 2 << u"“0”"_s;
    QTest::newRow("unknown id") << QStringList { u"show"_s, u"quote"_s, u"999"_s } << 1 << u"999"_s;
    QTest::newRow("--library without a file")
        << QStringList { u"list"_s, u"quotes"_s, u"--library"_s } << 2 << u"library"_s;
}

void TestCli::failuresGiveOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    makeDemo();
    // The last row names --library itself without a value; every other row uses the demo.
    const bool bareLibraryOption = !arguments.isEmpty() && arguments.last() == u"--library"_s;
    const Test::CliResult result = bareLibraryOption ? m_cli->run(arguments) : m_cli->runOnLibrary(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY(result.err.startsWith(u"quotedesk-cli: "_s));
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCli::notALibraryIsLeftUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    const QByteArray text("These are notes, not a library.\n");
    QTest::newRow("list on a text file") << QStringList { u"list"_s, u"quotes"_s } << text;
    QTest::newRow("show on a text file") << QStringList { u"show"_s, u"quote"_s, u"1"_s } << text;
    QTest::newRow("demo on a text file") << QStringList { u"demo"_s } << text;
    QTest::newRow("demo on an empty file") << QStringList { u"demo"_s } << QByteArray();
    QTest::newRow("list on a truncated SQLite header")
        << QStringList { u"list"_s, u"speakers"_s } << QByteArray("SQLite format 3\0\x10", 18);
}

void TestCli::notALibraryIsLeftUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    {
        QFile file(m_library);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Test::CliResult result = m_cli->runOnLibrary(arguments);
    QVERIFY(result.exitCode != 0);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(m_library)), qPrintable(result.err));
    QCOMPARE(Test::readAll(m_library), content);
    QCOMPARE(QDir(m_cli->folder()).entryList(QDir::Files), QStringList { u"demo.qdlib"_s });
}

void TestCli::missingLibraryIsNotCreatedByReads()
{
    const Test::CliResult result = m_cli->runOnLibrary({ u"list"_s, u"quotes"_s });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errorLines(), 1);
    QVERIFY(result.err.contains(QDir::toNativeSeparators(m_library)));
    QVERIFY(!QFile::exists(m_library));
}

void TestCli::readOnlyRequestRefusesWrites_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("demo") << QStringList { u"demo"_s };
    QTest::newRow("import") << QStringList { u"import"_s, u"in.json"_s };
}

void TestCli::readOnlyRequestRefusesWrites()
{
    QFETCH(QStringList, arguments);
    makeDemo();
    const QByteArray before = Test::readAll(m_library);
    const Test::CliResult refused = m_cli->runOnLibrary(QStringList(arguments) << u"--read-only"_s);
    QVERIFY(refused.exitCode != 0);
    QCOMPARE(refused.errorLines(), 1);
    QVERIFY2(refused.err.contains(u"--read-only"_s), qPrintable(refused.err));
    QCOMPARE(Test::readAll(m_library), before);

    const Test::CliResult read = m_cli->runOnLibrary({ u"list"_s, u"quotes"_s, u"--read-only"_s });
    QCOMPARE(read.exitCode, 0);
    QVERIFY2(read.err.isEmpty(), qPrintable(read.err));
}

void TestCli::unwritableLibraryGivesANotice()
{
    makeDemo();
    QFile::setPermissions(m_library, QFile::ReadOwner);
    if (QFileInfo(m_library).isWritable()) {
        // The superuser writes any file, but not one marked immutable.
        if (QProcess::execute(u"chattr"_s, { u"+i"_s, m_library }) != 0)
            QSKIP("Cannot make a file unwritable for this user");
        m_immutable = m_library;
    }
    const QByteArray before = Test::readAll(m_library);

    const Test::CliResult read = m_cli->runOnLibrary({ u"list"_s, u"speakers"_s });
    QCOMPARE(read.exitCode, 0);
    QVERIFY(read.out.contains(u"Jensen Huang"_s));
    QCOMPARE(read.errorLines(), 1);
    QVERIFY2(read.err.contains(u"read-only"_s), qPrintable(read.err));

    const Test::CliResult write = m_cli->runOnLibrary({ u"demo"_s });
    QVERIFY(write.exitCode != 0);
    QCOMPARE(write.errorLines(), 1);
    QVERIFY2(write.err.contains(u"“demo”"_s), qPrintable(write.err));
    QCOMPARE(Test::readAll(m_library), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
