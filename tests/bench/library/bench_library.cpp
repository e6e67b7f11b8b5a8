// SPDX-License-Identifier: GPL-3.0-or-later
// The library at scale (DESIGN.md §6): 100,000 quotes, 10,000 speakers, 10,000 essays and
// 20,000 asset records. Prints the time to generate the file and its size, then medians of
// the time to open it, of full-text search over 200+ varied queries (budget 10 ms median and
// 10 ms p95), of the first page of the quote list as the window reads it (budget 10 ms), of
// counting the quotes (budget 5 ms), of Library::list, and resident memory after opening
// (budget 150 MB) and at its peak. Figures, not assertions.
//
// Usage: bench_library [FILE]
//   FILE defaults to bench-library.qdlib beside the executable; it is generated once (in a
//   child process, so that generating does not count towards memory) and reused while it
//   holds the expected numbers of records.
//        bench_library --prepare FILE   only generates FILE unless it holds them already
#include "document/recordlistmodel.h"
#include "store/library.h"
#include "store/search.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

constexpr int QuoteCount = 100000;
constexpr int SpeakerCount = 10000;
constexpr int EssayCount = 10000;
constexpr int AssetCount = 20000;

const QStringList &vocabulary()
{
    static const QStringList words = [] {
        const QString text = u"inference demand accelerated computing market growth export rules margin "
                             "revenue quarter guidance datacenter platform software customers partners "
                             "strategy supply chain capacity factory wafer memory bandwidth network "
                             "cloud model training agents robotics automotive healthcare energy grid "
                             "sovereign policy tariff regulation investment capital return dividend "
                             "buyback acquisition merger integration synergy workforce talent culture "
                             "leadership vision mission product roadmap launch pricing subscription "
                             "retention churn adoption enterprise consumer developer ecosystem standard "
                             "open source license patent research laboratory university breakthrough "
                             "efficiency latency throughput reliability security privacy compliance audit "
                             "risk resilience inflation interest rate currency commodity oil gas steel "
                             "semiconductor battery charging vehicle logistics retail banking insurance "
                             "payments crypto ledger identity fraud telecom spectrum satellite launchpad "
                             "pharmaceutical trial vaccine diagnosis genome protein climate carbon "
                             "emissions renewable solar wind nuclear hydrogen storage transition "
                             "manufacturing automation sensor camera display chip foundry packaging "
                             "yield node transistor architecture compiler kernel operating system "
                             "browser search advertising media streaming gaming studio content creator"_s;
        return text.split(u' ', Qt::SkipEmptyParts);
    }();
    return words;
}

const QStringList firstNames = { u"Jensen"_s, u"Lisa"_s,     u"Satya"_s,  u"Sundar"_s, u"Mary"_s,
                                 u"Tim"_s,    u"Andy"_s,     u"Ginni"_s,  u"Safra"_s,  u"Arvind"_s,
                                 u"Pat"_s,    u"Indra"_s,    u"Gwynne"_s, u"Reed"_s,   u"Susan"_s,
                                 u"Marc"_s,   u"Shantanu"_s, u"Ana"_s,    u"Oliver"_s, u"Claudia"_s };
const QStringList lastNames = { u"Huang"_s,     u"Su"_s,      u"Nadella"_s,  u"Pichai"_s,   u"Barra"_s,
                                u"Cook"_s,      u"Jassy"_s,   u"Rometty"_s,  u"Catz"_s,     u"Krishna"_s,
                                u"Gelsinger"_s, u"Nooyi"_s,   u"Shotwell"_s, u"Hastings"_s, u"Wojcicki"_s,
                                u"Benioff"_s,   u"Narayen"_s, u"Botin"_s,    u"Blume"_s,    u"Zeiler"_s };

class Words
{
public:
    explicit Words(unsigned seed)
        : m_random(seed)
    {
    }
    QString sentence(int count)
    {
        const QStringList &words = vocabulary();
        std::uniform_int_distribution<qsizetype> pick(0, words.size() - 1);
        QString s;
        for (int i = 0; i < count; ++i) {
            if (i)
                s += u' ';
            s += words.at(pick(m_random));
        }
        return s;
    }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    std::mt19937 &random() { return m_random; }

private:
    std::mt19937 m_random;
};

QString speakerName(int i)
{
    return firstNames.at(i % firstNames.size()) + u' '
        + lastNames.at((i / firstNames.size()) % lastNames.size())
        + (i >= firstNames.size() * lastNames.size() ? u' ' + QString::number(i) : QString());
}

template<class T>
bool saveAll(Library &library, T &record, QString *error)
{
    return library.save(record, error, SaveOptions { false, false });
}

// Writes the library in one transaction through Library::save without revisions.
bool generate(const QString &path, QString *error)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    Library library;
    if (!library.open(path, error))
        return false;
    Words words(20260501);
    return library.transact(
        [&](QString *err) {
            QList<qint64> categories;
            for (int i = 0; i < 20; ++i) {
                Category c;
                c.name = u"Category "_s + QString::number(i);
                if (!saveAll(library, c, err))
                    return false;
                categories.append(c.id);
            }
            QList<qint64> tags;
            for (int i = 0; i < 200; ++i) {
                Tag t;
                t.name = words.sentence(1) + u' ' + QString::number(i);
                if (!saveAll(library, t, err))
                    return false;
                tags.append(t.id);
            }
            QList<qint64> assets;
            for (int i = 0; i < AssetCount; ++i) {
                Asset a;
                a.sha256 = QString::number(i, 16).rightJustified(64, u'0');
                const bool brochure = i % 4 == 0;
                a.originalName = words.sentence(2).replace(u' ', u'-') + (brochure ? u".pdf"_s : u".png"_s);
                a.mimeType = brochure ? u"application/pdf"_s : u"image/png"_s;
                a.kind = brochure ? AssetKind::Brochure : AssetKind::Image;
                a.size = 10000 + words.below(5000000);
                a.title = words.sentence(4);
                a.description = words.sentence(20);
                a.altText = words.sentence(8);
                a.width = brochure ? 0 : 1200;
                a.height = brochure ? 0 : 800;
                a.pageCount = brochure ? 1 + words.below(40) : 0;
                if (!saveAll(library, a, err))
                    return false;
                assets.append(a.id);
            }
            QList<qint64> speakers;
            for (int i = 0; i < SpeakerCount; ++i) {
                Speaker s;
                s.name = speakerName(i);
                s.role = u"Chief "_s + words.sentence(1) + u" officer"_s;
                s.organisation = words.sentence(2);
                s.headline = words.sentence(5);
                s.biography =
                    u"## Career\n\n"_s + words.sentence(60) + u"\n\n## Views\n\n"_s + words.sentence(40);
                if (i % 3 == 0)
                    s.portraitAssetId = assets.at(words.below(AssetCount));
                if (!saveAll(library, s, err))
                    return false;
                speakers.append(s.id);
            }
            QList<qint64> essays;
            for (int i = 0; i < EssayCount; ++i) {
                Essay e;
                e.title = u"Context: "_s + words.sentence(4);
                e.kind = i % 10 == 0 ? EssayKind::Infographic : EssayKind::Context;
                e.body = words.sentence(80) + u"\n\n"_s + words.sentence(80);
                e.sources = u"- "_s + words.sentence(5);
                e.categoryIds = { categories.at(words.below(20)) };
                if (!saveAll(library, e, err))
                    return false;
                essays.append(e.id);
            }
            for (int i = 0; i < QuoteCount; ++i) {
                Quote q;
                q.text = words.sentence(25 + words.below(30));
                const int speaker = words.below(SpeakerCount);
                q.speakerId = speakers.at(speaker);
                q.speakerRole = u"CEO"_s;
                q.saidOn = QDate(2015, 1, 1).addDays(words.below(3650));
                q.whereLabel = u"interview on "_s + words.sentence(2);
                q.essayId = essays.at(words.below(EssayCount));
                q.commentary = u"## Takeaways\n\n- "_s + words.sentence(15) + u"\n- "_s + words.sentence(15)
                    + u"\n\n"_s + words.sentence(40);
                q.title = u"Quote: "_s + speakerName(speaker) + u", CEO"_s;
                q.status = static_cast<WorkflowStatus>(words.below(5));
                q.categoryIds = { categories.at(words.below(20)) };
                q.tagIds = { tags.at(words.below(200)), tags.at(words.below(200)) };
                if (i % 5 == 0)
                    q.featuredAssetId = assets.at(words.below(AssetCount));
                if (!saveAll(library, q, err))
                    return false;
            }
            return true;
        },
        error);
}

bool hasExpectedCounts(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    Library library;
    QString error;
    if (!library.open(path, &error))
        return false;
    return library.count(RecordType::Quote) == QuoteCount
        && library.count(RecordType::Speaker) == SpeakerCount
        && library.count(RecordType::Essay) == EssayCount && library.count(RecordType::Asset) == AssetCount;
}

// Varied queries as people type them: single words, two and three words, prefixes while
// typing, speaker names, words that occur nowhere, and text with operators and quotes.
QStringList queries()
{
    Words words(7);
    const QStringList &vocab = vocabulary();
    QStringList list;
    for (int i = 0; i < 60; ++i)
        list.append(vocab.at(words.below(vocab.size())));
    for (int i = 0; i < 50; ++i)
        list.append(words.sentence(2));
    for (int i = 0; i < 20; ++i)
        list.append(words.sentence(3));
    for (int i = 0; i < 40; ++i) {
        const QString word = vocab.at(words.below(vocab.size()));
        list.append(word.left(2 + i % 4));
    }
    for (int i = 0; i < 20; ++i)
        list.append(speakerName(words.below(SpeakerCount)));
    for (int i = 0; i < 10; ++i)
        list.append(u"zyxqv"_s + QString::number(i));
    list += { u"\"unbalanced market"_s,
              u"AND"_s,
              u"*"_s,
              u"- revenue"_s,
              u"market OR"_s,
              u"'; DROP TABLE quotes; --"_s,
              u"NEAR(cloud chip)"_s,
              u"revenue*"_s,
              u"c"_s,
              u"Huang inference demand"_s };
    return list;
}

qint64 kbFromStatus(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentile(QList<qint64> nanos, double p)
{
    std::sort(nanos.begin(), nanos.end());
    const qsizetype index = std::min<qsizetype>(nanos.size() - 1, qsizetype(p * double(nanos.size())));
    return double(nanos.at(index)) / 1e6;
}

QList<qint64> timeRuns(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed());
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();

    // --generate FILE writes the library; --prepare FILE does only when FILE does not hold
    // the expected records (bench_startup starts the app on the same library).
    if (args.size() == 3 && (args.at(1) == u"--generate" || args.at(1) == u"--prepare")) {
        if (args.at(1) == u"--prepare" && hasExpectedCounts(args.at(2)))
            return 0;
        QString error;
        if (!generate(args.at(2), &error)) {
            std::fprintf(stderr, "bench_library: could not generate %s: %s\n", qPrintable(args.at(2)),
                         qPrintable(error));
            return 1;
        }
        return 0;
    }

    const QString path = args.size() > 1 ? args.at(1) : app.applicationDirPath() + u"/bench-library.qdlib"_s;
    std::printf("library benchmark: %d quotes, %d speakers, %d essays, %d assets\n", QuoteCount, SpeakerCount,
                EssayCount, AssetCount);
    if (hasExpectedCounts(path)) {
        std::printf("  library file          reused %s\n", qPrintable(QDir::toNativeSeparators(path)));
    } else {
        QElapsedTimer timer;
        timer.start();
        const int code = QProcess::execute(app.applicationFilePath(), { u"--generate"_s, path });
        if (code != 0) {
            std::fprintf(stderr, "bench_library: generating the library failed (exit code %d)\n", code);
            return 1;
        }
        std::printf("  generate              %.1f s (one transaction, no revisions)\n",
                    double(timer.elapsed()) / 1000.0);
    }
    std::printf("  file size             %.1f MB\n", double(QFileInfo(path).size()) / 1e6);

    const QList<qint64> opens = timeRuns(5, [&] {
        Library library;
        QString error;
        if (!library.open(path, &error))
            std::fprintf(stderr, "bench_library: %s\n", qPrintable(error));
    });
    std::printf("  open                  %.1f ms median of %lld\n", percentile(opens, 0.5),
                static_cast<long long>(opens.size()));

    Library library;
    QString error;
    if (!library.open(path, &error)) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 rssAfterOpen = kbFromStatus("VmRSS");
    std::printf("  resident after open   %.1f MB (budget 150 MB)\n", double(rssAfterOpen) / 1024.0);

    const QStringList texts = queries();
    qint64 hits = 0;
    // One pass to warm the page cache as a running app would have it, then the timed pass.
    for (const QString &text : texts)
        search(library, SearchQuery { text, {}, 50, true, false });
    QList<qint64> searchTimes;
    for (const QString &text : texts) {
        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> found = search(library, SearchQuery { text, {}, 50, true, false }, &error);
        searchTimes.append(timer.nsecsElapsed());
        hits += found.size();
    }
    std::printf("  search                %.2f ms median, %.2f ms p95, %.2f ms max over %lld queries "
                "(budget 10 ms median, 10 ms p95; %lld hits)\n",
                percentile(searchTimes, 0.5), percentile(searchTimes, 0.95), percentile(searchTimes, 1.0),
                static_cast<long long>(searchTimes.size()), static_cast<long long>(hits));
    // The slowest queries name what the p95 is made of.
    QList<qsizetype> slowest(texts.size());
    std::iota(slowest.begin(), slowest.end(), 0);
    std::sort(slowest.begin(), slowest.end(),
              [&](qsizetype a, qsizetype b) { return searchTimes.at(a) > searchTimes.at(b); });
    QStringList slow;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
        slow << u"“%1” %2 ms"_s.arg(texts.at(slowest.at(i)))
                    .arg(double(searchTimes.at(slowest.at(i))) / 1e6, 0, 'f', 1);
    std::printf("  slowest searches      %s\n", qPrintable(slow.join(u", "_s)));

    // The list the window opens on: the quotes by title, counted, and their first page
    // (RecordListModel::reload(), as on every change of the library).
    RecordListModel model(library);
    const QList<qint64> listPages = timeRuns(11, [&] { model.reload(); });
    std::printf("  first page of quotes  %.2f ms median (the window's list: count and %d rows by title; "
                "budget 10 ms)\n",
                percentile(listPages, 0.5), RecordListModel::PageSize);
    const QList<qint64> counts = timeRuns(11, [&] { library.count(RecordType::Quote); });
    std::printf("  count of quotes       %.3f ms median (budget 5 ms)\n", percentile(counts, 0.5));
    const QList<qint64> pages = timeRuns(11, [&] {
        ListOptions options;
        options.orderBy = u"title"_s;
        options.limit = 100;
        library.list<Quote>(options);
    });
    std::printf("  Library::list         %.1f ms median (100 whole quotes by title, case-sensitive)\n",
                percentile(pages, 0.5));

    std::printf("  resident at the end   %.1f MB, peak %.1f MB (budget 150 MB)\n",
                double(kbFromStatus("VmRSS")) / 1024.0, double(kbFromStatus("VmHWM")) / 1024.0);
    return 0;
}
