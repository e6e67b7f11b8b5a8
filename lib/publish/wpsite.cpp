// SPDX-License-Identifier: GPL-3.0-or-later
#include "wpsite.h"

#include "wpurl.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace QuoteDesk::WpSite {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::WpSite)
};

bool isRestIndex(const QJsonObject &index)
{
    return index.value("namespaces"_L1).toArray().contains(u"wp/v2"_s);
}

bool stopsDiscovery(const WpError &error)
{
    switch (error.kind) {
    case WpError::Kind::Unreachable:
    case WpError::Kind::Tls:
    case WpError::Kind::Timeout:
    case WpError::Kind::Cancelled:
    case WpError::Kind::Invalid:
        return true;
    default:
        return false;
    }
}

// Tries the guessed bases one after the other.
void tryGuesses(WpClient *client, QList<QUrl> guesses, QObject *context,
                std::function<void(const QUrl &, const WpError &)> done)
{
    if (guesses.isEmpty()) {
        done({},
             makeError(WpError::Kind::NotFound,
                       Tr::tr("No WordPress REST API answered at this address. Check that it is the "
                              "site's home address and that no plugin switches the REST API off.")));
        return;
    }
    const QUrl base = guesses.takeFirst();
    client->send(WpRequest::page(base), context, [=](const WpResult &result) {
        if (stopsDiscovery(result.error)) {
            done({}, result.error);
            return;
        }
        QJsonValue index;
        WpError ignored;
        if (result.ok() && parseJsonBody(result.body, base.host(), &index, &ignored)
            && isRestIndex(index.toObject())) {
            done(base, {});
            return;
        }
        tryGuesses(client, guesses, context, done);
    });
}

} // namespace

bool parseUser(const QJsonObject &object, User *user, QString *error)
{
    if (!object.value("id"_L1).isDouble()) {
        *error = Tr::tr("The site's answer about the user has no user id.");
        return false;
    }
    user->id = object.value("id"_L1).toInteger();
    user->name = object.value("name"_L1).toString();
    user->slug = object.value("slug"_L1).toString();
    user->roles.clear();
    const QJsonArray roles = object.value("roles"_L1).toArray();
    for (const QJsonValue &role : roles)
        user->roles << role.toString();
    const QJsonObject caps = object.value("capabilities"_L1).toObject();
    user->canPublish = caps.value("publish_posts"_L1).toBool();
    user->canUpload = caps.value("upload_files"_L1).toBool();
    user->canCreateTerms = caps.value("manage_categories"_L1).toBool();
    user->hasUnfilteredHtml = caps.value("unfiltered_html"_L1).toBool();
    return true;
}

void discover(WpClient *client, const QUrl &siteUrl, QObject *context,
              std::function<void(const QUrl &, const WpError &)> done)
{
    client->send(WpRequest::page(siteUrl), context, [=](const WpResult &result) {
        if (stopsDiscovery(result.error)) {
            done({}, result.error);
            return;
        }
        const QUrl announced = WpUrl::restBaseFromLinkHeader(result.header("Link"), result.url);
        if (announced.isValid() && !announced.isEmpty()) {
            if (!WpUrl::isSecureEnough(announced)) {
                done({},
                     makeError(WpError::Kind::Invalid,
                               Tr::tr("The site announces its REST API at %1, over plain http. Set the "
                                      "site's address to https in WordPress (Settings → General).")
                                   .arg(announced.toString())));
                return;
            }
            done(announced, {});
            return;
        }
        tryGuesses(client, WpUrl::restBaseGuesses(siteUrl), context, done);
    });
}

void whoAmI(WpClient *client, QObject *context, std::function<void(const User &, const WpError &)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    client->send(WpRequest::get(u"wp/v2/users/me"_s, query), context, [=](const WpResult &result) {
        User user;
        if (!result.ok()) {
            done(user, result.error);
            return;
        }
        QString why;
        if (!parseUser(result.object(), &user, &why)) {
            done(user, makeError(WpError::Kind::BadResponse, why));
            return;
        }
        done(user, {});
    });
}

} // namespace QuoteDesk::WpSite
