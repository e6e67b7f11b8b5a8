// SPDX-License-Identifier: GPL-3.0-or-later
// Publishes N posts (default 100) as drafts with a category and a tag to a loopback WordPress,
// then has curl send the same requests (the slug look-up and the create) for N other posts,
// and prints for both: posts per second and client CPU per post, and QuoteDesk's overhead.
// Usage: bench_publish [count] [env-file]
//   Without env-file it starts tests/integration/wordpress/wp-site.sh in a temporary folder
//   and stops it afterwards; with one (KEY=VALUE lines from `wp-site.sh start`) it uses that site.
#include "publish/publishjob.h"
#include "publish/sites.h"
#include "publish/sitesession.h"
#include "publish/wppayload.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace QuoteDesk;

namespace {

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QHash<QString, QString> readEnv(const QByteArray &text)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return values;
}

PublishInput postInput(const QString &run, int n)
{
    PublishInput input;
    input.recordType = u"quote"_s;
    input.recordId = n;
    input.title = u"Benchmark quote %1"_s.arg(n);
    input.slug = u"bench-%1-%2"_s.arg(run).arg(n);
    input.excerpt = u"A short excerpt."_s;
    input.content = PublishInput::fromTemplate(
        u"<!-- wp:paragraph -->\n<p>Countries now treat AI as infrastructure, number %1.</p>\n<!-- /wp:paragraph -->"_s
            .arg(n));
    input.categories = { u"Benchmark"_s };
    input.tags = { u"Speed"_s };
    return input;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100;
    QTemporaryDir state;
    QByteArray envText;
    const bool ownSite = args.size() <= 2;
    const QString script = QStringLiteral(QUOTEDESK_WP_SITE_SCRIPT);
    if (ownSite) {
        QProcess start;
        start.start(u"bash"_s, { script, u"start"_s, state.path() });
        if (!start.waitForFinished(300000) || start.exitCode() != 0) {
            std::fprintf(stderr, "bench_publish: cannot start WordPress: %s\n",
                         start.readAllStandardError().constData());
            return 1;
        }
        envText = start.readAllStandardOutput();
    } else {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        envText = file.readAll();
    }
    const auto env = readEnv(envText);
    const QString url = env.value(u"WP_URL"_s) + u'/';
    const QString user = env.value(u"WP_ADMIN_USER"_s);
    const QString password = env.value(u"WP_ADMIN_APP_PASSWORD"_s);
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);

    QTemporaryDir dir;
    Library library;
    QString error;
    if (!library.open(dir.filePath(u"bench.qdlib"_s), &error))
        return 1;
    Site site;
    site.name = u"Bench"_s;
    site.baseUrl = url;
    site.userName = user;
    if (!Sites::add(library, site, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SiteSession session(site, password);

    // Warm-up: discovery, users/me and the two terms, paid once per session.
    auto publishOne = [&](const PublishInput &input) {
        PublishJob job(&library, &session, input, PublishOptions {});
        std::optional<PublishResult> result;
        QEventLoop loop;
        QObject::connect(&job, &PublishJob::finished, &loop, [&](const PublishResult &r) {
            result = r;
            loop.quit();
        });
        job.start();
        if (!result)
            loop.exec();
        if (!result->ok())
            std::fprintf(stderr, "bench_publish: %s\n", qPrintable(result->error.message));
        return result->ok();
    };
    if (!publishOne(postInput(run + u"w"_s, 0))) {
        std::fprintf(stderr, "bench_publish: warm-up publish failed\n");
        return 1;
    }

    // The same two requests per post with curl (the slug look-up and the create, with the
    // same term ids), one curl process per post, bodies prepared beforehand. QuoteDesk and
    // curl take turns post by post, so both see the same site and the same machine load.
    const QString base = url + u"wp-json/wp/v2/"_s;
    const QString credentials = user + u':' + password;
    const qint64 categoryId = session.termId(u"categories"_s, u"Benchmark"_s).value_or(0);
    const qint64 tagId = session.termId(u"tags"_s, u"Speed"_s).value_or(0);
    QStringList bodies;
    for (int i = 1; i <= count; ++i) {
        const PublishInput input = postInput(run + u"c"_s, i);
        const QJsonObject body =
            WpPayload::post(input, input.content({}), PublishOptions {}, { categoryId }, { tagId }, 0);
        const QString path = dir.filePath(u"body-%1.json"_s.arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(body).toJson(QJsonDocument::Compact));
        bodies << path;
    }
    // The password reaches curl through a config file readable by this user only, given to
    // each of its requests: not through its arguments, and not on standard input, which curl
    // reads once, so a second request would go unauthenticated.
    const QString curlConfig = dir.filePath(u"curl-auth.conf"_s);
    {
        QFile f(curlConfig);
        if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return 1;
        f.write((u"user = \""_s + credentials + u"\"\n"_s).toUtf8());
    }
    // Returns whether both requests succeeded (the look-up 200, the create 201).
    auto curlOne = [&](int i) {
        const QString slug = u"bench-%1c-%2"_s.arg(run).arg(i);
        const QString status = u"%{http_code}\n"_s;
        QProcess curl;
        curl.start(
            u"curl"_s,
            { u"-s"_s,
              u"-o"_s,
              u"/dev/null"_s,
              u"-w"_s,
              status,
              u"-K"_s,
              curlConfig,
              base + u"posts?slug="_s + slug
                  + u"&status=any&context=edit&_fields=id,modified_gmt,title,status"_s,
              u"--next"_s,
              u"-s"_s,
              u"-o"_s,
              u"/dev/null"_s,
              u"-w"_s,
              status,
              u"-K"_s,
              curlConfig,
              u"-H"_s,
              u"Content-Type: application/json"_s,
              u"--data-binary"_s,
              u"@"_s + bodies.at(i - 1),
              base + u"posts?_fields=id,link,modified_gmt,status,slug,categories,tags,featured_media"_s });
        curl.waitForFinished(60000);
        return curl.readAllStandardOutput() == "200\n201\n";
    };

    int failures = 0;
    int curlFailures = 0;
    double quoteDeskSeconds = 0, quoteDeskCpu = 0, curlSeconds = 0, curlCpu = 0;
    QElapsedTimer timer;
    for (int i = 1; i <= count; ++i) {
        double cpu = cpuSeconds(RUSAGE_SELF);
        timer.start();
        failures += publishOne(postInput(run, i)) ? 0 : 1;
        quoteDeskSeconds += double(timer.nsecsElapsed()) / 1e9;
        quoteDeskCpu += cpuSeconds(RUSAGE_SELF) - cpu;

        cpu = cpuSeconds(RUSAGE_CHILDREN);
        timer.start();
        curlFailures += curlOne(i) ? 0 : 1;
        curlSeconds += double(timer.nsecsElapsed()) / 1e9;
        curlCpu += cpuSeconds(RUSAGE_CHILDREN) - cpu;
    }

    std::printf("posts: %d (failures: QuoteDesk %d, curl %d)\n", count, failures, curlFailures);
    std::printf("QuoteDesk: %.2f s, %.1f posts/s, client CPU %.2f ms/post\n", quoteDeskSeconds,
                count / quoteDeskSeconds, 1000 * quoteDeskCpu / count);
    std::printf("curl:      %.2f s, %.1f posts/s, client CPU %.2f ms/post (process start included)\n",
                curlSeconds, count / curlSeconds, 1000 * curlCpu / count);
    std::printf("overhead:  %+.1f %% of the wall time (budget <= 10 %%)\n",
                100 * (quoteDeskSeconds - curlSeconds) / curlSeconds);

    if (ownSite) {
        QProcess stop;
        stop.start(u"bash"_s, { script, u"stop"_s, state.path() });
        stop.waitForFinished(60000);
    }
    return failures == 0 && curlFailures == 0 ? 0 : 1;
}
