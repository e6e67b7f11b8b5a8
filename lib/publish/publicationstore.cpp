// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationstore.h"

#include "store/library.h"

namespace QuoteDesk::PublicationStore {

std::optional<Publication> find(const Library &library, const QString &recordType, qint64 recordId,
                                qint64 siteId, QString *error)
{
    const std::optional<QList<qint64>> ids =
        library.store().publicationIds(recordType, recordId, siteId, TrashFilter::Live, error);
    if (!ids || ids->isEmpty())
        return std::nullopt;
    return library.get<Publication>(ids->constFirst(), error);
}

QList<Publication> forRecord(const Library &library, const QString &recordType, qint64 recordId,
                             QString *error)
{
    QList<Publication> result;
    const std::optional<QList<qint64>> ids =
        library.store().publicationIds(recordType, recordId, 0, TrashFilter::Live, error);
    for (qint64 id : ids.value_or(QList<qint64> {})) {
        if (auto p = library.get<Publication>(id, error))
            result << *p;
    }
    return result;
}

QList<qint64> remoteIds(const Library &library, qint64 siteId, QString *error)
{
    return library.store().remoteIds(siteId, error);
}

QHash<QString, RemoteMedia> remoteMedia(const Library &library, qint64 siteId, const QStringList &sha256s,
                                        QString *error)
{
    return library.store().remoteMedia(siteId, sha256s, error);
}

bool rememberMedia(Library &library, qint64 siteId, const QString &sha256, const RemoteMedia &media,
                   QString *error)
{
    return library.store().rememberMedia(siteId, sha256, media, error);
}

bool forgetMedia(Library &library, qint64 siteId, const QString &sha256, QString *error)
{
    return library.store().forgetMedia(siteId, sha256, error);
}

} // namespace QuoteDesk::PublicationStore
