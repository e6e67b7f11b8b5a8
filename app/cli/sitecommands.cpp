// SPDX-License-Identifier: GPL-3.0-or-later
// The site commands: add, list, remove and test the WordPress sites of a library.
#include "command.h"
#include "sitecontext.h"

#include "publish/credentialstore.h"
#include "publish/publishcontroller.h"
#include "publish/sites.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

QCommandLineOption urlOption()
{
    return QCommandLineOption(u"url"_s,
                              Tr::tr("The site's address, e.g. https://example.com/ (http only for this "
                                     "computer)."),
                              Tr::tr("URL"));
}

QCommandLineOption userOption()
{
    return QCommandLineOption(
        u"user"_s, Tr::tr("The WordPress user name the Application Password belongs to."), Tr::tr("USER"));
}

} // namespace

QCommandLineOption passwordFileOption()
{
    return QCommandLineOption(u"password-file"_s,
                              Tr::tr("Read the site's Application Password from the first line of FILE. "
                                     "Without it, the environment variable %1 holds it. It is never taken "
                                     "from the command line.")
                                  .arg(QLatin1StringView(EnvironmentCredentialStore::VariableName)),
                              Tr::tr("FILE"));
}

std::optional<Site> siteArgument(CommandContext &context, const QString &name)
{
    const std::optional<Site> site = Sites::findByName(context.library, name);
    if (!site) {
        context.out.error(
            Tr::tr("There is no site called “%1”. Run “quotedesk-cli site list” for the sites, or "
                   "add it with “quotedesk-cli site add”.")
                .arg(name));
    }
    return site;
}

QList<QCommandLineOption> siteAddOptions()
{
    return { urlOption(), userOption() };
}

QList<QCommandLineOption> siteTestOptions()
{
    return { passwordFileOption() };
}

int runSiteAdd(CommandContext &context)
{
    const QString url = context.parser.value(urlOption().names().constFirst());
    const QString user = context.parser.value(userOption().names().constFirst());
    if (url.isEmpty() || user.isEmpty()) {
        context.out.error(
            Tr::tr("“site add” needs --url URL and --user USER. Usage: quotedesk-cli site add NAME "
                   "--url URL --user USER"));
        return UsageError;
    }
    Site site;
    site.name = context.arguments.at(0);
    site.baseUrl = url;
    site.userName = user;
    QString error;
    if (!Sites::add(context.library, site, &error)) {
        context.out.error(error);
        return Failure;
    }
    if (context.json) {
        context.out.json(QJsonObject { { u"id"_s, site.id },
                                       { u"name"_s, site.name },
                                       { u"url"_s, site.baseUrl },
                                       { u"user"_s, site.userName } });
    } else {
        context.out.line(
            Tr::tr("Added the site “%1” (%2, user %3). Check it with “quotedesk-cli site test %1”, "
                   "giving the Application Password in %4 or with --password-file.")
                .arg(site.name, site.baseUrl, site.userName,
                     QLatin1StringView(EnvironmentCredentialStore::VariableName)));
    }
    return Success;
}

int runSiteList(CommandContext &context)
{
    QString error;
    const QList<Site> sites = context.library.list<Site>({}, &error);
    if (!error.isEmpty()) {
        context.out.error(error);
        return Failure;
    }
    if (context.json) {
        QJsonArray array;
        for (const Site &site : sites) {
            array.append(QJsonObject { { u"id"_s, site.id },
                                       { u"name"_s, site.name },
                                       { u"url"_s, site.baseUrl },
                                       { u"user"_s, site.userName } });
        }
        context.out.json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const Site &site : sites)
        rows.append({ QString::number(site.id), site.name, site.baseUrl, site.userName });
    context.out.table({ Tr::tr("ID", "column heading"), Tr::tr("NAME", "column heading"),
                        Tr::tr("URL", "column heading"), Tr::tr("USER", "column heading") },
                      rows, 80);
    return Success;
}

int runSiteRemove(CommandContext &context)
{
    const QString name = context.arguments.at(0);
    QString error;
    QString credentialKey;
    if (!siteArgument(context, name))
        return Failure;
    if (!Sites::remove(context.library, name, &credentialKey, &error)) {
        context.out.error(error);
        return Failure;
    }
    // The tool keeps no password, so there is none to delete with the site.
    if (context.json)
        context.out.json(QJsonObject { { u"removed"_s, name } });
    else
        context.out.line(Tr::tr("Removed the site “%1”.").arg(name));
    return Success;
}

int runSiteTest(CommandContext &context)
{
    const std::optional<Site> site = siteArgument(context, context.arguments.at(0));
    if (!site)
        return Failure;
    SiteConnection connection(context);
    if (!connection.checkPassword())
        return Failure;
    QEventLoop loop;
    WpSite::User user;
    WpError error;
    QObject::connect(connection.controller(), &PublishController::connectionTested, &loop,
                     [&](qint64, const WpSite::User &tested, const WpError &why) {
                         user = tested;
                         error = why;
                         loop.quit();
                     });
    connection.controller()->testConnection(site->id);
    loop.exec();
    if (error.isError()) {
        context.out.error(Tr::tr("Cannot connect to “%1”: %2").arg(site->name, error.message));
        return Failure;
    }
    if (context.json) {
        context.out.json(QJsonObject { { u"site"_s, site->name },
                                       { u"user"_s, user.name },
                                       { u"roles"_s, QJsonArray::fromStringList(user.roles) },
                                       { u"can_publish"_s, user.canPublish },
                                       { u"can_upload"_s, user.canUpload } });
        return Success;
    }
    context.out.line(
        Tr::tr("Connected to “%1” as %2 (%3).").arg(site->name, user.name, user.roles.join(u", "_s)));
    context.out.line(user.canPublish ? Tr::tr("This user may publish posts.")
                                     : Tr::tr("This user may not publish posts: ask the site's administrator "
                                              "for the Author or Editor role."));
    return Success;
}

} // namespace QuoteDesk::Cli
