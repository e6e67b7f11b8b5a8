// SPDX-License-Identifier: GPL-3.0-or-later
// Generates about 1 GB of mixed media (PDFs, PNGs, JPEGs, SVGs), then prints:
//   - `openssl dgst -sha256` over the files (the reference, files already in the page cache),
//   - SHA-256 through the library's Sha256 (libcrypto) over the same files (budget ≥ 80 %),
//   - the whole import on its worker thread (hash while copying, structural check, record),
//     once without and once with each file flushed to the disk,
//   - the longest stall of this thread's event loop during the import (budget ≤ 50 ms),
//   - thumbnails per second from the ThumbnailCache thread pool.
// Usage: bench_assets [megabytes]   (default 1024)
#include "assets/assetimporter.h"
#include "assets/assetimportjob.h"
#include "assets/sha256.h"
#include "assets/thumbnailcache.h"
#include "store/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

QImage noise(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator generator(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | (generator.generate() & 0x00ffffffu);
    }
    return image;
}

qint64 writePdf(const QString &path, quint32 seed)
{
    QPdfWriter writer(path);
    writer.setTitle(u"Benchmark brochure %1"_s.arg(seed));
    writer.setResolution(150);
    QPainter painter(&writer);
    painter.drawImage(QRect(0, 0, 1200, 1600), noise(1600, 1600, seed));
    painter.end();
    return QFileInfo(path).size();
}

qint64 writeImage(const QString &path, const char *format, int width, int height, quint32 seed)
{
    noise(width, height, seed).save(path, format, 95);
    return QFileInfo(path).size();
}

// Mixed files until @p bytes: by size about half PDFs, a third PNGs, the rest JPEGs,
// with a few hundred small SVGs among them.
QStringList generate(const QString &folder, qint64 bytes)
{
    QStringList files;
    qint64 total = 0;
    for (quint32 i = 0; total < bytes; ++i) {
        const QString base = folder + u"/file %1"_s.arg(i);
        switch (i % 6) {
        case 0:
        case 1:
        case 2:
            files.append(base + u".pdf"_s);
            total += writePdf(files.last(), i);
            break;
        case 3:
        case 4:
            files.append(base + u".png"_s);
            total += writeImage(files.last(), "PNG", 1800, 1200, i);
            break;
        default:
            files.append(base + u".jpg"_s);
            total += writeImage(files.last(), "JPEG", 3000, 2000, i);
            break;
        }
        for (int s = 0; s < 20; ++s) {
            files.append(base + u" drawing %1.svg"_s.arg(s));
            QFile svg(files.last());
            svg.open(QIODevice::WriteOnly);
            total += svg.write(
                u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><circle r=\"%1\" "
                u"cx=\"20\" cy=\"20\" fill=\"#%2\"/></svg>"_s.arg(1 + s)
                    .arg(i * 20 + quint32(s), 6, 16, QChar(u'0'))
                    .toUtf8());
        }
    }
    return files;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Processor seconds (user + system) used so far by this process or by its finished children:
// unlike the clock, not inflated when other programs share the processors.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs the event loop of this thread until @p done, returning the longest gap between
// ticks of a 1 ms timer: how long the window would have been frozen.
template<class Signal, class Object>
qint64 longestStall(Object *object, Signal signal)
{
    QEventLoop loop;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longest = qMax(longest, sinceTick.elapsed());
        sinceTick.restart();
    });
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    sinceTick.start();
    ticker.start();
    loop.exec();
    return longest;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    QTemporaryDir dir;
    const QString sources = dir.filePath(u"sources"_s);
    QDir().mkpath(sources);

    QElapsedTimer timer;
    timer.start();
    const QStringList files = generate(sources, megabytes * 1024 * 1024);
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    const double mb = double(bytes) / (1024 * 1024);
    std::printf("generated %lld files, %.0f MB, in %.1f s\n", qlonglong(files.size()), mb, seconds(timer));

    // Warm the page cache so every contender reads from memory.
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.start(u"openssl"_s, QStringList { u"dgst"_s, u"-sha256"_s } + files);
    openssl.waitForFinished(-1);
    const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    openssl.start(u"openssl"_s, QStringList { u"dgst"_s, u"-sha256"_s } + files);
    openssl.waitForFinished(-1);
    const double opensslSeconds = seconds(timer);
    const double opensslCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;
    std::printf("openssl dgst -sha256      %7.2f s  %7.0f MB/s  (%.2f s of processor time)\n", opensslSeconds,
                mb / opensslSeconds, opensslCpu);

    timer.restart();
    for (const QString &file : files)
        Sha256::ofFile(file, nullptr);
    const double hashSeconds = seconds(timer);
    std::printf("Sha256 (libcrypto)        %7.2f s  %7.0f MB/s  %5.1f %% of openssl (budget >= 80 %%)\n",
                hashSeconds, mb / hashSeconds, 100.0 * opensslSeconds / hashSeconds);

    Library library;
    QString error;
    // Each import into a library of its own, so the second one copies everything again.
    const auto runImport = [&](const QString &name, const ImportOptions &options) {
        Library target;
        QString openError;
        if (!target.open(dir.filePath(name), &openError)) {
            std::fprintf(stderr, "%s\n", qPrintable(openError));
            return false;
        }
        AssetImportJob job(target.path(), options);
        ImportSummary summary;
        QObject::connect(&job, &AssetImportJob::finished, &job, [&](const ImportSummary &s) { summary = s; });
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        timer.restart();
        job.start({ sources });
        const qint64 stall = longestStall(&job, &AssetImportJob::finished);
        const double importSeconds = seconds(timer);
        // Includes this thread's 1 ms ticks, so it slightly overstates the import's share.
        const double importCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        std::printf(
            "import (hash while copying, structural check, record; %s)\n"
            "                          %7.2f s  %7.0f MB/s  %5.1f %% of openssl (budget >= 80 %%); %s\n",
            options.syncFiles ? "each file flushed to the disk" : "not flushed", importSeconds,
            mb / importSeconds, 100.0 * opensslSeconds / importSeconds, qPrintable(summary.text()));
        std::printf("                          %7.2f s of processor time: %5.1f %% of openssl's\n", importCpu,
                    100.0 * opensslCpu / importCpu);
        std::printf("longest event-loop stall during the import: %lld ms (budget <= 50 ms)\n",
                    qlonglong(stall));
        return true;
    };
    ImportOptions synced;
    synced.syncFiles = true;
    if (!runImport(u"synced.qdlib"_s, synced) || !runImport(u"bench.qdlib"_s, ImportOptions()))
        return 1;
    if (!library.open(dir.filePath(u"bench.qdlib"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    ThumbnailCache cache(library.path());
    const QList<Asset> assets = library.list<Asset>();
    int waiting = int(assets.size());
    QObject::connect(&cache, &ThumbnailCache::thumbnailReady, &cache, [&] { --waiting; });
    QObject::connect(&cache, &ThumbnailCache::thumbnailFailed, &cache, [&] { --waiting; });
    timer.restart();
    for (const Asset &asset : assets)
        cache.thumbnail(asset.sha256, asset.mimeType, 128);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (waiting <= 0)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    const double thumbSeconds = seconds(timer);
    std::printf("thumbnails (128 px, %lld assets): %.2f s, %.0f per second\n", qlonglong(assets.size()),
                thumbSeconds, double(assets.size()) / thumbSeconds);
    return 0;
}
