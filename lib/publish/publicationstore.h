// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"
#include "publishinput.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace QuoteDesk {
class Library;
}

// What a library remembers about its sites: the publication of each record on each site,
// and the files each site already has (content hash → media id).
namespace QuoteDesk::PublicationStore {

/// The publication of one record on one site, if there is one.
std::optional<Publication> find(const Library &library, const QString &recordType, qint64 recordId,
                                qint64 siteId, QString *error = nullptr);
/// Every publication of one record, one per site.
QList<Publication> forRecord(const Library &library, const QString &recordType, qint64 recordId,
                             QString *error = nullptr);
/// The post ids on the site @p siteId of the records published there, ascending.
QList<qint64> remoteIds(const Library &library, qint64 siteId, QString *error = nullptr);

/// Files the site @p siteId has, for the given hashes (hash → remote media).
QHash<QString, RemoteMedia> remoteMedia(const Library &library, qint64 siteId, const QStringList &sha256s,
                                        QString *error = nullptr);
/// Remembers that the site has the file with @p sha256 as @p media (replacing what was known).
bool rememberMedia(Library &library, qint64 siteId, const QString &sha256, const RemoteMedia &media,
                   QString *error);
/// Forgets a file the site no longer has.
bool forgetMedia(Library &library, qint64 siteId, const QString &sha256, QString *error);

} // namespace QuoteDesk::PublicationStore
