// SPDX-License-Identifier: GPL-3.0-or-later
// quotedesk-cli follows the system language in what it says to people, and only there: the
// same command under LANG=de_DE.UTF-8 gives German messages and help, and output meant for
// scripts (JSON, the fields of a record) that does not differ by one byte from the English run.
#include "clirunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestCliLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void messagesAreGerman_data();
    void messagesAreGerman();
    void helpIsGerman();
    void outputForScriptsDoesNotChange_data();
    void outputForScriptsDoesNotChange();

private:
    Test::CliResult runIn(const QString &locale, const QStringList &arguments);

    Test::CliRunner m_cli;
};

Test::CliResult TestCliLanguage::runIn(const QString &locale, const QStringList &arguments)
{
    m_cli.setEnvironment(u"LANG"_s, locale);
    m_cli.setEnvironment(u"LC_ALL"_s, locale);
    return m_cli.runOnLibrary(arguments);
}

void TestCliLanguage::initTestCase()
{
    QVERIFY(m_cli.isValid());
    const Test::CliResult demo = m_cli.runOnLibrary({ u"demo"_s });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Test::CliResult site = m_cli.runOnLibrary(
        { u"site"_s, u"add"_s, u"main"_s, u"--url"_s, u"https://example.com/"_s, u"--user"_s, u"editor"_s });
    QVERIFY2(site.exitCode == 0, qPrintable(site.err));
}

void TestCliLanguage::messagesAreGerman_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    // A message of the library code, shown by the tool.
    QTest::newRow("unknown record id")
        << QStringList { u"show"_s, u"quote"_s, u"999"_s } << u"There is no quote with id 999"_s
        << u"keinen Eintrag vom Typ Zitat mit der ID 999"_s;
    // The tool's own messages.
    QTest::newRow("unknown site") << QStringList { u"site"_s, u"test"_s, u"nowhere"_s }
                                  << u"There is no site called “nowhere”"_s
                                  << u"Es gibt keine Website namens „nowhere“"_s;
    QTest::newRow("bad status") << QStringList { u"publish"_s, u"1"_s,        u"--site"_s,
                                                 u"main"_s,    u"--status"_s, u"weird"_s }
                                << u"--status must be draft, publish or future, not “weird”"_s
                                << u"--status muss draft, publish oder future sein, nicht „weird“"_s;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"Unknown command “frobnicate”"_s
                                     << u"Unbekannter Befehl „frobnicate“"_s;
}

void TestCliLanguage::messagesAreGerman()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, english);
    QFETCH(QString, german);

    const Test::CliResult inEnglish = runIn(u"C.UTF-8"_s, arguments);
    const Test::CliResult inGerman = runIn(u"de_DE.UTF-8"_s, arguments);
    QVERIFY(inEnglish.exitCode > 0);
    QCOMPARE(inGerman.exitCode, inEnglish.exitCode);
    QVERIFY2(inEnglish.err.contains(english), qPrintable(inEnglish.err));
    QVERIFY2(inGerman.err.contains(german), qPrintable(inGerman.err));
    QVERIFY2(!inGerman.err.contains(english), qPrintable(inGerman.err));
}

void TestCliLanguage::helpIsGerman()
{
    const Test::CliResult help = runIn(u"de_DE.UTF-8"_s, { u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"Befehle:"_s), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"Hilfe anzeigen, zum Programm oder zu einem Befehl."_s),
             qPrintable(help.out));
    // Command and option names stay as they are typed.
    QVERIFY2(help.out.contains(u"  site test NAME"_s), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"--read-only"_s), qPrintable(help.out));

    const Test::CliResult publishHelp = runIn(u"de_DE.UTF-8"_s, { u"publish"_s, u"--help"_s });
    QCOMPARE(publishHelp.exitCode, 0);
    QVERIFY2(publishHelp.out.contains(u"--force"_s), qPrintable(publishHelp.out));
    QVERIFY2(publishHelp.out.contains(u"draft (die Vorgabe), publish oder future"_s),
             qPrintable(publishHelp.out));
}

void TestCliLanguage::outputForScriptsDoesNotChange_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("list quotes --json") << QStringList { u"list"_s, u"quotes"_s, u"--json"_s };
    QTest::newRow("list assets --json") << QStringList { u"list"_s, u"assets"_s, u"--json"_s };
    QTest::newRow("show quote --json") << QStringList { u"show"_s, u"quote"_s, u"1"_s, u"--json"_s };
    QTest::newRow("show speaker") << QStringList { u"show"_s, u"speaker"_s, u"1"_s };
    QTest::newRow("show quote") << QStringList { u"show"_s, u"quote"_s, u"1"_s };
    QTest::newRow("site list --json") << QStringList { u"site"_s, u"list"_s, u"--json"_s };
    QTest::newRow("search --json") << QStringList { u"search"_s, u"Nvidia"_s, u"--json"_s };
}

void TestCliLanguage::outputForScriptsDoesNotChange()
{
    QFETCH(QStringList, arguments);

    const Test::CliResult inEnglish = runIn(u"C.UTF-8"_s, arguments);
    const Test::CliResult inGerman = runIn(u"de_DE.UTF-8"_s, arguments);
    QVERIFY2(inEnglish.exitCode == 0, qPrintable(inEnglish.err));
    QVERIFY2(inGerman.exitCode == 0, qPrintable(inGerman.err));
    QVERIFY(!inEnglish.out.isEmpty());
    QCOMPARE(inGerman.out, inEnglish.out);
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
