// SPDX-License-Identifier: GPL-3.0-or-later
// The QuoteDesk desktop app: opens a library and shows the main window.

#include "assets/assetstore.h"
#include "document/recordlistmodel.h"
#include "mainwindow.h"
#include "previewpane.h"
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

// Reports the first paint of the object it filters on standard output, with the resident
// memory of the process then (VmRSS) and at its peak (VmHWM), and quits the app.
class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After this paint has been done, not before it.
            QTimer::singleShot(0, this, [] {
                QFile status(u"/proc/self/status"_s);
                QByteArray memory;
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                            memory += ' ' + line.simplified();
                    }
                }
                std::printf("first-paint%s\n", memory.constData());
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"QuoteDesk"_s);
    QApplication::setApplicationName(u"QuoteDesk"_s);
    QApplication::setApplicationDisplayName(u"QuoteDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(QUOTEDESK_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Edit quote posts, speakers and essays in a QuoteDesk library."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        u"library"_s, Main::tr("Open the library FILE (created when missing)."), Main::tr("FILE"));
    const QCommandLineOption demoOption(
        u"demo"_s, Main::tr("Open the demo library, filling it with sample posts first."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, Main::tr("Open the first quote, save a picture of the window to FILE and quit."),
        Main::tr("FILE"));
    parser.addOptions({ libraryOption, demoOption, screenshotOption });
    parser.process(app);

    Settings settings;
    applyTheme(settings.theme());

    QString path = parser.value(libraryOption);
    if (path.isEmpty() && parser.isSet(demoOption))
        path = demoPath();
    if (path.isEmpty())
        path = settings.libraryPath();
    if (path.isEmpty())
        path = Library::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());

    Library library;
    QString error;
    if (!library.open(path, &error)) {
        QMessageBox::critical(
            nullptr, Main::tr("QuoteDesk"),
            Main::tr("Could not open the library “%1”: %2\n\nChoose another file with --library.")
                .arg(path, error));
        return 1;
    }
    if (parser.isSet(demoOption) && !library.isReadOnly()
        && library.count(RecordType::Quote, TrashFilter::All) == 0
        && library.count(RecordType::Speaker, TrashFilter::All) == 0) {
        if (!DemoLibrary::populate(library, &error))
            QMessageBox::warning(nullptr, Main::tr("QuoteDesk"),
                                 Main::tr("Could not fill the demo library: %1").arg(error));
    }

    MainWindow window(library, settings);
    // For tests/bench/startup: on the window's first paint, print the memory in use and quit.
    if (qEnvironmentVariableIsSet("QUOTEDESK_STARTUP_PROBE"))
        window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    if (!parser.isSet(screenshotOption))
        window.offerJournalDrafts();

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
