// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's command line, run as the real `quotedesk` executable: help and version
// without a display (man pages are made from them), a library file named as the desktop
// entry's %f names it, the start-up check --quit-after-start, and the bad cases.
#include "quotedesk_version.h"
#include "store/library.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

class TestAppCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void opensTheFileNamedOnTheCommandLine();
    void relativeFileIsOpenedFromTheWorkingFolder();
    void twoFilesAreRefused();
    void fileAndLibraryOptionAreRefused();
    void fileThatIsNotALibraryIsReportedAndLeftAlone();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, bool display = true, const QString &workingFolder = {});

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAppCommandLine::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

TestAppCommandLine::Run TestAppCommandLine::run(const QStringList &arguments, bool display,
                                                const QString &workingFolder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A home of its own: settings and the default library stay out of the user's.
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    if (display) {
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    } else {
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
    }
    process.setProcessEnvironment(env);
    if (!workingFolder.isEmpty())
        process.setWorkingDirectory(workingFolder);
    process.start(QStringLiteral(QUOTEDESK_APP_PATH), arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        qWarning("quotedesk %s did not finish in 120 s", qPrintable(arguments.join(u' ')));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestAppCommandLine::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("--help") << u"--help"_s << QStringList { u"Usage:"_s, u"--library <FILE>"_s,
                                                            u"--demo"_s, u"--quit-after-start"_s,
                                                            u"[FILE]"_s, u".qdlib"_s };
    QTest::newRow("-h") << u"-h"_s << QStringList { u"Usage:"_s };
    QTest::newRow("--version") << u"--version"_s
                               << QStringList { u"QuoteDesk "_s + QStringLiteral(QUOTEDESK_VERSION) };
}

void TestAppCommandLine::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QStringList, expected);
    const Run result = run({ argument }, /*display=*/false);
    QCOMPARE(result.exitCode, 0);
    for (const QString &text : expected)
        QVERIFY2(result.out.contains(text), qPrintable(u"missing “%1” in:\n%2"_s.arg(text, result.out)));
    QVERIFY2(!result.err.contains(u"display"_s, Qt::CaseInsensitive), qPrintable(result.err));
}

void TestAppCommandLine::opensTheFileNamedOnTheCommandLine()
{
    const QString path = m_home->filePath(u"team library.qdlib"_s);
    const Run result = run({ path, u"--quit-after-start"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"quotedesk: started on "_s + path + u'\n'),
             qPrintable(result.out + result.err));
    // It is a library now, that the store opens.
    Library library;
    QString error;
    QVERIFY2(library.open(path, &error), qPrintable(error));
    QVERIFY(library.schemaVersion() > 0);
    // Nothing went into the default library's place.
    QVERIFY(!QFile::exists(m_home->filePath(u"data/QuoteDesk/QuoteDesk/quotedesk.qdlib"_s)));
}

void TestAppCommandLine::relativeFileIsOpenedFromTheWorkingFolder()
{
    QVERIFY(QDir(m_home->path()).mkpath(u"work"_s));
    const Run result = run({ u"posts.qdlib"_s, u"--quit-after-start"_s }, true, m_home->filePath(u"work"_s));
    QCOMPARE(result.exitCode, 0);
    const QString expected = m_home->filePath(u"work/posts.qdlib"_s);
    QVERIFY2(result.out.contains(u"started on "_s + expected), qPrintable(result.out + result.err));
    QVERIFY(QFile::exists(expected));
}

void TestAppCommandLine::twoFilesAreRefused()
{
    const Run result =
        run({ m_home->filePath(u"a.qdlib"_s), m_home->filePath(u"b.qdlib"_s), u"--quit-after-start"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"name one library file, not 2"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_home->filePath(u"a.qdlib"_s)));
    QVERIFY(!QFile::exists(m_home->filePath(u"b.qdlib"_s)));
}

void TestAppCommandLine::fileAndLibraryOptionAreRefused()
{
    const Run result = run({ u"--library"_s, m_home->filePath(u"a.qdlib"_s), m_home->filePath(u"b.qdlib"_s),
                             u"--quit-after-start"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"either with --library or as FILE"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_home->filePath(u"a.qdlib"_s)));
}

void TestAppCommandLine::fileThatIsNotALibraryIsReportedAndLeftAlone()
{
    const QString path = m_home->filePath(u"notes.qdlib"_s);
    const QByteArray text = "These are notes, not a library.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const Run result = run({ path, u"--quit-after-start"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"Could not open the library"_s) && result.err.contains(path),
             qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
