// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationstore.h"

#include "store/library.h"
#include "store/sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace QuoteDesk::PublicationStore {
namespace {

QList<qint64> publicationIds(const Library &library, const QString &sql, const QVariantList &values,
                             QString *error)
{
    QList<qint64> ids;
    QSqlQuery query(library.database());
    if (!Sql::prepare(query, sql, error))
        return ids;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Sql::exec(query, error))
        return ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace

std::optional<Publication> find(const Library &library, const QString &recordType, qint64 recordId,
                                qint64 siteId, QString *error)
{
    const QList<qint64> ids =
        publicationIds(library,
                       u"SELECT id FROM publications WHERE record_type = ? AND record_id = ? AND site_id = ? "
                       "AND deleted_at IS NULL"_s,
                       { recordType, recordId, siteId }, error);
    if (ids.isEmpty())
        return std::nullopt;
    return library.get<Publication>(ids.constFirst(), error);
}

QList<Publication> forRecord(const Library &library, const QString &recordType, qint64 recordId,
                             QString *error)
{
    QList<Publication> result;
    const QList<qint64> ids = publicationIds(
        library,
        u"SELECT id FROM publications WHERE record_type = ? AND record_id = ? AND deleted_at IS NULL ORDER BY id"_s,
        { recordType, recordId }, error);
    for (qint64 id : ids) {
        if (auto p = library.get<Publication>(id, error))
            result << *p;
    }
    return result;
}

QList<qint64> remoteIds(const Library &library, qint64 siteId, QString *error)
{
    return publicationIds(library,
                          u"SELECT remote_id FROM publications WHERE site_id = ? AND remote_id <> 0 "
                          "AND deleted_at IS NULL ORDER BY remote_id"_s,
                          { siteId }, error);
}

QHash<QString, RemoteMedia> remoteMedia(const Library &library, qint64 siteId, const QStringList &sha256s,
                                        QString *error)
{
    QHash<QString, RemoteMedia> known;
    QSqlQuery query(library.database());
    if (!Sql::prepare(query,
                      u"SELECT remote_id, source_url FROM remote_media WHERE site_id = ? AND sha256 = ?"_s,
                      error))
        return known;
    for (const QString &sha : sha256s) {
        query.addBindValue(siteId);
        query.addBindValue(sha);
        if (!Sql::exec(query, error))
            return known;
        if (query.next())
            known.insert(sha, RemoteMedia { query.value(0).toLongLong(), query.value(1).toString() });
    }
    return known;
}

bool rememberMedia(Library &library, qint64 siteId, const QString &sha256, const RemoteMedia &media,
                   QString *error)
{
    return library.transact(
        [&](QString *e) {
            QSqlQuery query(library.database());
            if (!Sql::prepare(query,
                              u"INSERT OR REPLACE INTO remote_media (site_id, sha256, remote_id, source_url, "
                              "created_at) VALUES (?, ?, ?, ?, ?)"_s,
                              e))
                return false;
            query.addBindValue(siteId);
            query.addBindValue(sha256);
            query.addBindValue(media.id);
            query.addBindValue(media.url);
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            return Sql::exec(query, e);
        },
        error);
}

bool forgetMedia(Library &library, qint64 siteId, const QString &sha256, QString *error)
{
    return library.transact(
        [&](QString *e) {
            QSqlQuery query(library.database());
            if (!Sql::prepare(query, u"DELETE FROM remote_media WHERE site_id = ? AND sha256 = ?"_s, e))
                return false;
            query.addBindValue(siteId);
            query.addBindValue(sha256);
            return Sql::exec(query, e);
        },
        error);
}

} // namespace QuoteDesk::PublicationStore
