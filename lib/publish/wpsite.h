// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wpclient.h"

#include <QStringList>

#include <functional>

// Finding a site's REST API and asking who the user is ("Test connection").
namespace QuoteDesk::WpSite {

/// The user an Application Password belongs to, from users/me?context=edit.
struct User
{
    qint64 id = 0;
    QString name; ///< display name
    QString slug;
    QStringList roles;
    bool canPublish = false; ///< capability publish_posts
    bool canUpload = false; ///< capability upload_files
    bool canCreateTerms = false; ///< capability manage_categories (authors may still add tags)
    bool hasUnfilteredHtml = false; ///< false for authors: the site filters their HTML
};

/// Reads a users/me answer; false with @p error when it is not a user object.
bool parseUser(const QJsonObject &object, User *user, QString *error);

/// Finds the REST base of the site at @p siteUrl: the Link header of its home page
/// (rel="https://api.w.org/"), else /wp-json/, else ?rest_route=. Calls @p done with the base,
/// or with an error (unreachable, TLS, not WordPress). Uses @p client's credentials.
void discover(WpClient *client, const QUrl &siteUrl, QObject *context,
              std::function<void(const QUrl &restBase, const WpError &error)> done);

/// Asks the site who the client's credentials belong to and what they may do.
void whoAmI(WpClient *client, QObject *context,
            std::function<void(const User &user, const WpError &error)> done);

} // namespace QuoteDesk::WpSite

Q_DECLARE_METATYPE(QuoteDesk::WpSite::User)
