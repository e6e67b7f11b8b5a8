// SPDX-License-Identifier: GPL-3.0-or-later
// The publish command: the app's publish pipeline, one post after the other.
#include "command.h"
#include "sitecontext.h"

#include "publish/publicationstore.h"
#include "publish/publishinputs.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

QCommandLineOption siteOption()
{
    return QCommandLineOption(u"site"_s, Tr::tr("The site to publish to, by its name (see site list)."),
                              Tr::tr("NAME"));
}

QCommandLineOption typeOption()
{
    return QCommandLineOption(u"type"_s, Tr::tr("What the ids are: quote (the default) or essay."),
                              Tr::tr("TYPE"), u"quote"_s);
}

QCommandLineOption statusOption()
{
    return QCommandLineOption(u"status"_s,
                              Tr::tr("draft (the default), publish, or future (scheduled: needs --date)."),
                              Tr::tr("STATUS"), u"draft"_s);
}

QCommandLineOption dateOption()
{
    return QCommandLineOption(u"date"_s,
                              Tr::tr("The post's date as ISO 8601, e.g. 2026-06-01T09:00:00Z (local time "
                                     "without an offset)."),
                              Tr::tr("DATE"));
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(
        u"force"_s,
        Tr::tr("Overwrite a post that was edited on the site since it was last published "
               "from here."));
}

struct Request
{
    qint64 siteId = 0;
    RecordType type = RecordType::Quote;
    PublishOptions options;
};

// Reads the options; prints what is wrong and returns nothing, with the exit code, when they
// do not fit.
std::optional<Request> readOptions(CommandContext &context, int *exitCode)
{
    *exitCode = UsageError;
    const QCommandLineParser &parser = context.parser;
    Request request;
    const QString siteName = parser.value(siteOption().names().constFirst());
    if (siteName.isEmpty()) {
        context.out.error(
            Tr::tr("Name the site to publish to with --site NAME (see “quotedesk-cli site list”)."));
        return std::nullopt;
    }
    // search has a --type too, without a default: the parser may know that one.
    QString typeName = parser.value(typeOption().names().constFirst());
    if (typeName.isEmpty())
        typeName = u"quote"_s;
    const std::optional<RecordType> type = recordTypeFromName(typeName);
    if (!type || (*type != RecordType::Quote && *type != RecordType::Essay)) {
        context.out.error(Tr::tr("--type must be quote or essay, not “%1”.").arg(typeName));
        return std::nullopt;
    }
    request.type = *type;
    const QString statusName = parser.value(statusOption().names().constFirst());
    const std::optional<PostStatus> status = postStatusFromString(statusName);
    if (!status) {
        context.out.error(Tr::tr("--status must be draft, publish or future, not “%1”.").arg(statusName));
        return std::nullopt;
    }
    request.options.status = *status;
    if (parser.isSet(dateOption().names().constFirst())) {
        const QString text = parser.value(dateOption().names().constFirst());
        request.options.date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!request.options.date.isValid()) {
            context.out.error(
                Tr::tr("“%1” is not an ISO 8601 date and time: write it like 2026-06-01T09:00:00Z.")
                    .arg(text));
            return std::nullopt;
        }
    } else if (*status == PostStatus::Future) {
        context.out.error(Tr::tr("--status future needs --date with the time to publish at."));
        return std::nullopt;
    }
    request.options.overwrite = parser.isSet(forceOption().names().constFirst());
    const std::optional<Site> site = siteArgument(context, siteName);
    if (!site) {
        *exitCode = Failure;
        return std::nullopt;
    }
    request.siteId = site->id;
    return request;
}

// Publishes one post and waits for the pipeline to finish.
PublishResult publishOne(PublishController *controller, const PublishInput &input, const Request &request)
{
    QEventLoop loop;
    PublishResult result;
    const QMetaObject::Connection connection =
        QObject::connect(controller, &PublishController::finished, &loop, [&](const PublishResult &finished) {
            result = finished;
            loop.quit();
        });
    controller->publish(input, request.siteId, request.options);
    loop.exec();
    QObject::disconnect(connection);
    return result;
}

} // namespace

QList<QCommandLineOption> publishOptions()
{
    return { siteOption(), typeOption(), statusOption(), dateOption(), forceOption(), passwordFileOption() };
}

int runPublish(CommandContext &context)
{
    QList<qint64> ids;
    for (const QString &argument : std::as_const(context.arguments)) {
        bool isNumber = false;
        const qint64 id = argument.toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            context.out.error(
                Tr::tr("“%1” is not a record id: give the number shown in the ID column of “list”.")
                    .arg(argument));
            return UsageError;
        }
        ids.append(id);
    }
    int exitCode = Success;
    const std::optional<Request> request = readOptions(context, &exitCode);
    if (!request)
        return exitCode;
    SiteConnection connection(context);
    if (!connection.checkPassword())
        return Failure;

    const QString typeName = recordTypeName(request->type);
    int failures = 0;
    QJsonArray posts;
    for (const qint64 id : std::as_const(ids)) {
        QString error;
        const std::optional<PublishInput> input =
            PublishInputs::load(context.library, request->type, id, &error);
        if (!input) {
            context.out.error(error);
            ++failures;
            continue;
        }
        const std::optional<Publication> before =
            PublicationStore::find(context.library, typeName, id, request->siteId);
        const PublishResult result = publishOne(connection.controller(), *input, *request);
        if (result.error.kind == WpError::Kind::Conflict) {
            context.out.error(
                Tr::tr("%1 %2 was edited on the site since it was last published from here, so nothing "
                       "was written. Re-run with --force to overwrite the site's version, or resolve "
                       "the conflict in the QuoteDesk app.")
                    .arg(typeName)
                    .arg(id));
            ++failures;
            continue;
        }
        if (!result.ok()) {
            context.out.error(
                Tr::tr("%1 %2 was not published: %3").arg(typeName).arg(id).arg(result.error.message));
            ++failures;
            if (result.error.kind == WpError::Kind::BadCredentials
                || result.error.kind == WpError::Kind::Unreachable)
                break; // the next posts would fail the same way
            continue;
        }
        for (const QString &warning : result.warnings)
            context.out.notice(Tr::tr("%1 %2: %3").arg(typeName).arg(id).arg(warning));
        const bool updated = before && before->remoteId == result.remoteId;
        if (context.json) {
            posts.append(QJsonObject { { u"type"_s, typeName },
                                       { u"id"_s, id },
                                       { u"action"_s, updated ? u"updated"_s : u"created"_s },
                                       { u"remote_id"_s, result.remoteId },
                                       { u"status"_s, result.status },
                                       { u"link"_s, result.link },
                                       { u"media_uploaded"_s, result.mediaUploaded } });
        } else {
            context.out.line((updated ? Tr::tr("updated %1 %2: post %3 (%4) %5")
                                      : Tr::tr("created %1 %2: post %3 (%4) %5"))
                                 .arg(typeName)
                                 .arg(id)
                                 .arg(result.remoteId)
                                 .arg(result.status, result.link));
        }
    }
    if (context.json)
        context.out.json(posts);
    return failures > 0 ? Failure : Success;
}

} // namespace QuoteDesk::Cli
