// SPDX-License-Identifier: GPL-3.0-or-later
// The QuoteDesk desktop app: opens a library and shows the main window.

#include "assets/assetstore.h"
#include "document/recordlistmodel.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "quotedesk_version.h"
#include "settings.h"
#include "store/demolibrary.h"
#include "store/library.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

// The context of this file's messages in the translations.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Main)
};

QString demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.qdlib"_s;
}

} // namespace

namespace {

// Quits the app on the first paint of the object it filters, once that paint is done: the
// start-up check of --quit-after-start. With @p reportMemory it first prints the resident
// memory of the process then (VmRSS) and at its peak (VmHWM), and the processor time it has
// used, for tests/bench/startup.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(bool reportMemory, QObject *parent)
        : QObject(parent)
        , m_reportMemory(reportMemory)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After this paint has been done, not before it.
            QTimer::singleShot(0, this, [this] {
                if (m_reportMemory)
                    reportMemory();
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void reportMemory()
    {
        QFile status(u"/proc/self/status"_s);
        QByteArray memory;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                    memory += ' ' + line.simplified();
            }
        }
        // Processor time too: on a loaded machine it says more than the time by the clock.
        rusage usage {};
        if (::getrusage(RUSAGE_SELF, &usage) == 0) {
            const auto ms = [](const timeval &t) {
                return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000;
            };
            memory += " CpuTime: " + QByteArray::number(ms(usage.ru_utime) + ms(usage.ru_stime)) + " ms";
        }
        std::printf("first-paint%s\n", memory.constData());
        std::fflush(stdout);
    }

    bool m_reportMemory = false;
    bool m_painted = false;
};

struct Options
{
    QCommandLineOption library { u"library"_s, Main::tr("Open the library FILE (created when missing)."),
                                 Main::tr("FILE") };
    QCommandLineOption demo { u"demo"_s,
                              Main::tr("Open the demo library, filling it with sample posts first.") };
    QCommandLineOption screenshot {
        u"screenshot"_s, Main::tr("Open the first quote, save a picture of the window to FILE and quit."),
        Main::tr("FILE")
    };
    QCommandLineOption quitAfterStart {
        u"quit-after-start"_s,
        Main::tr("Quit as soon as the window has been shown, with status 0 (a check that the app starts).")
    };
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        Main::tr("Edit quote posts, speakers and essays in a QuoteDesk library, preview them as the "
                 "site shows them and publish them to WordPress."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.library, options.demo, options.screenshot, options.quitAfterStart });
    parser.addPositionalArgument(u"file"_s, Main::tr("The library to open, a .qdlib file (as --library)."),
                                 Main::tr("[FILE]"));
}

void setNames()
{
    QCoreApplication::setOrganizationName(u"QuoteDesk"_s);
    QCoreApplication::setApplicationName(u"QuoteDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTEDESK_VERSION));
}

// --help and --version print and exit without a display: man pages are made from them at
// build time, and they must work over ssh.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

int printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setNames();
    installTranslations(app);
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app); // prints and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv))
        return printHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(u"QuoteDesk"_s);
    installTranslations(app);

    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Main::tr("quotedesk: name one library file, not %1; see --help.")
                                    .arg(parser.positionalArguments().size())));
        return 2;
    }
    if (parser.isSet(options.library) && !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Main::tr("quotedesk: name the library either with --library or as FILE, "
                                         "not both; see --help.")));
        return 2;
    }
    const auto &libraryOption = options.library;
    const auto &demoOption = options.demo;
    const auto &screenshotOption = options.screenshot;

    Settings settings;
    applyTheme(settings.theme());

    QString path = parser.value(libraryOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (path.isEmpty() && parser.isSet(demoOption))
        path = demoPath();
    if (path.isEmpty())
        path = settings.libraryPath();
    if (path.isEmpty())
        path = Library::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());

    // A start that must not wait for anyone (--quit-after-start, the start-up probe) reports on
    // standard error instead of in message boxes.
    const bool probe = qEnvironmentVariableIsSet("QUOTEDESK_STARTUP_PROBE");
    const bool quitAfterStart = probe || parser.isSet(options.quitAfterStart);

    Library library;
    QString error;
    if (!library.open(path, &error)) {
        const QString message =
            Main::tr("Could not open the library “%1”: %2\n\nChoose another file with --library.")
                .arg(QDir::toNativeSeparators(path), error);
        std::fprintf(stderr, "quotedesk: %s\n", qPrintable(message));
        if (!quitAfterStart)
            QMessageBox::critical(nullptr, Main::tr("QuoteDesk"), message);
        return 1;
    }
    if (parser.isSet(demoOption) && !library.isReadOnly()
        && library.count(RecordType::Quote, TrashFilter::All) == 0
        && library.count(RecordType::Speaker, TrashFilter::All) == 0) {
        if (!DemoLibrary::populate(library, &error)) {
            const QString message = Main::tr("Could not fill the demo library: %1").arg(error);
            std::fprintf(stderr, "quotedesk: %s\n", qPrintable(message));
            if (!quitAfterStart)
                QMessageBox::warning(nullptr, Main::tr("QuoteDesk"), message);
        }
    }

    MainWindow window(library, settings);
    // For tests/bench/startup: on the window's first paint, print the memory in use and quit.
    if (quitAfterStart)
        window.installEventFilter(new FirstPaintProbe(probe, &window));
    if (parser.isSet(options.quitAfterStart)) {
        std::printf("quotedesk: started on %s\n", qPrintable(QDir::toNativeSeparators(library.path())));
        std::fflush(stdout);
    }
    const bool interactive = !parser.isSet(screenshotOption) && !quitAfterStart;
    if (interactive)
        window.restoreLayout();
    window.show();
    if (interactive) {
        window.restoreOpenTabs();
        window.offerJournalDrafts();
    }

    // What a killed import left in the media library goes once the window is up, so the
    // scan of the asset folder adds nothing to the start.
    if (!library.isReadOnly()) {
        QTimer::singleShot(std::chrono::seconds(3), &window, [&library] {
            QString cleanupError;
            const auto report = AssetStore(library.path()).cleanupOrphans(library, &cleanupError);
            if (!cleanupError.isEmpty() || !report.failed.isEmpty())
                qWarning("Media library clean-up: %s %s", qPrintable(cleanupError),
                         qPrintable(report.failed.join(u", "_s)));
        });
    }

    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        if (window.listModel()->rowCount() > 0)
            window.openRecord(RecordType::Quote, window.listModel()->idAt(0));
        QTimer::singleShot(500, &window, [&window, target] {
            window.previewPane()->refreshNow();
            const bool ok = window.grab().save(target);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
