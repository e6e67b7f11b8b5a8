// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the quotedesk app on the library benchmark's library (100,000 quotes, 10,000 speakers,
// 10,000 essays, 20,000 assets) several times and prints the median time from process start
// to the first painted main window (budget 0.15 s), the processor time the app used until
// then, and the app's resident memory then and at its peak.
// The app runs on the offscreen platform, with its own empty settings.
// Usage: bench_startup [runs] [library]
//   Without a library it uses the one bench_library keeps beside itself, after
//   `bench_library --prepare` made sure the file holds those records (generating it when it
//   does not), so the app starts on the library that bench_library measures.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 7;
    const QString generator = QStringLiteral(QUOTEDESK_BENCH_LIBRARY);
    const QString library =
        args.size() > 2 ? args.at(2) : QFileInfo(generator).absolutePath() + u"/bench-library.qdlib"_s;
    // A library named on the command line is never written over.
    if (args.size() <= 2) {
        if (!QFileInfo::exists(library))
            std::printf("generating %s …\n", qPrintable(library));
        if (QProcess::execute(generator, { u"--prepare"_s, library }) != 0) {
            std::fprintf(stderr, "bench_startup: could not prepare the library %s\n", qPrintable(library));
            return 1;
        }
    } else if (!QFileInfo::exists(library)) {
        std::fprintf(stderr, "bench_startup: there is no library %s\n", qPrintable(library));
        return 1;
    }

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QUOTEDESK_STARTUP_PROBE"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));

    const QRegularExpression rss(uR"(VmRSS: (\d+) kB)"_s);
    const QRegularExpression hwm(uR"(VmHWM: (\d+) kB)"_s);
    const QRegularExpression cpu(uR"(CpuTime: (\d+) ms)"_s);
    QList<double> seconds, rssMb, peakMb, cpuSeconds;
    // The first start warms the page cache as a user's second start would find it.
    for (int run = 0; run <= runs; ++run) {
        QProcess quotedesk;
        quotedesk.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        quotedesk.start(QStringLiteral(QUOTEDESK_APP), { u"--library"_s, library });
        QByteArray out;
        while (!out.contains("first-paint") && quotedesk.waitForReadyRead(60000))
            out += quotedesk.readAllStandardOutput();
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        quotedesk.waitForFinished(30000);
        if (!out.contains("first-paint")) {
            std::fprintf(stderr, "bench_startup: the app did not report its first paint: %s\n",
                         quotedesk.readAllStandardError().constData());
            return 1;
        }
        if (run == 0)
            continue;
        const QString line = QString::fromUtf8(out);
        seconds << elapsed;
        rssMb << rss.match(line).captured(1).toDouble() / 1024;
        peakMb << hwm.match(line).captured(1).toDouble() / 1024;
        cpuSeconds << cpu.match(line).captured(1).toDouble() / 1000;
    }
    std::printf("start-up benchmark: %s (%.0f MB%s), %d starts after one warm-up\n",
                qPrintable(QFileInfo(library).fileName()), double(QFileInfo(library).size()) / 1e6,
                args.size() <= 2 ? ": 100,000 quotes, 10,000 speakers, 10,000 essays, 20,000 assets" : "",
                runs);
    std::printf("  first painted window  %.3f s median, %.3f s best   (budget <= 0.15 s)\n", median(seconds),
                *std::min_element(seconds.cbegin(), seconds.cend()));
    std::printf("  processor time then   %.3f s median (user and system; the clock's figure grows with the "
                "machine's load, this one less)\n",
                median(cpuSeconds));
    std::printf("  resident memory       %.0f MB then, %.0f MB peak   (budget <= 150 MB)\n", median(rssMb),
                median(peakMb));
    return 0;
}
