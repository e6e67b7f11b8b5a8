// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishinput.h"

#include <QJsonArray>
#include <QJsonObject>

// Pure functions that turn a PublishInput into what is sent, and check what comes back.
namespace QuoteDesk::WpPayload {

/// "2025-03-01T09:30:00": UTC without offset, as WordPress wants date_gmt.
QString dateGmt(const QDateTime &time);
/// Reads a WordPress *_gmt value (no offset, no Z) as UTC; invalid for anything else.
QDateTime parseDateGmt(const QString &text);

/// The slug a file gets on the site: its name's stem and the start of its hash
/// ("brochure-q1-3f9a0c1b2d4e"). Found again by it after a lost reply.
QString mediaSlug(const PublishMedia &media);

/// Checks before anything is sent: a title, a slug of letters, digits and dashes, readable
/// files, an image as featured media, a future date at least a minute after @p now.
bool validate(const PublishInput &input, const PublishOptions &options, const QDateTime &now, QString *error);

/// The JSON body that creates or updates the post.
QJsonObject post(const PublishInput &input, const QString &content, const PublishOptions &options,
                 const QList<qint64> &categoryIds, const QList<qint64> &tagIds, qint64 featuredMediaId);

/// SHA-256 (hex) of everything the post sends that comes from the library: title, slug,
/// excerpt, content (with each file standing for its hash, so the value does not depend on the
/// site), categories, tags, featured file and the files' names, titles and alt texts. Not the
/// status or date, which are choices of one publish. A change of any record the post embeds
/// (speaker, essay, asset) changes it.
QString contentHash(const PublishInput &input);

/// What the site quietly did not do (WORDPRESS.md: unknown term ids dropped, a non-image
/// featured media cleared, another status): translated descriptions, empty when all is well.
QStringList checkReturnedPost(const QJsonObject &sent, const QJsonObject &returned);

/// The term called @p name (case-insensitive, HTML entities decoded) in a terms listing.
std::optional<qint64> findTerm(const QJsonArray &terms, const QString &name);

/// What to search a term listing for so that @p name is found although WordPress stores
/// names HTML-escaped ("A &amp; B"): its longest word. findTerm() then picks the exact name.
QString termSearchText(const QString &name);

} // namespace QuoteDesk::WpPayload
