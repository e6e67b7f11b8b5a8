// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore members for rows that are not records: revisions, what each site already has,
// the files of assets.
#include "store/sqlitestore.h"

#include "store/sqlitesql.h"
#include "store/sqlutil.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

// Runs @p sql with @p values bound in order and hands each row to @p row.
template<class F>
bool eachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error, F &&row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!Sql::prepare(query, sql, error))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Sql::exec(query, error))
        return false;
    while (query.next())
        row(query);
    return true;
}

} // namespace

std::optional<QList<RevisionRow>> SqliteStore::revisionRows(const QString &where, const QVariantList &values,
                                                            QString *error) const
{
    QList<RevisionRow> rows;
    const bool ok = eachRow(
        database(), u"SELECT id, record_type, record_id, created_at, snapshot FROM revisions "_s + where,
        values, error, [&rows](const QSqlQuery &query) {
            rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                          query.value(3).toString(), query.value(4).toString().toUtf8() });
        });
    return ok ? std::optional(rows) : std::nullopt;
}

std::optional<QList<RevisionRow>> SqliteStore::revisions(RecordType type, qint64 recordId,
                                                         QString *error) const
{
    return revisionRows(u"WHERE record_type = ? AND record_id = ? ORDER BY id DESC"_s,
                        { recordTypeName(type), recordId }, error);
}

std::optional<QList<RevisionRow>> SqliteStore::allRevisions(QString *error) const
{
    return revisionRows(u"ORDER BY id"_s, {}, error);
}

bool SqliteStore::revision(qint64 id, std::optional<RevisionRow> *row, QString *error) const
{
    const std::optional<QList<RevisionRow>> rows = revisionRows(u"WHERE id = ?"_s, { id }, error);
    if (!rows)
        return false;
    *row = rows->isEmpty() ? std::nullopt : std::optional(rows->constFirst());
    return true;
}

std::optional<qint64> SqliteStore::previousRevision(qint64 id, QString *error) const
{
    qint64 previous = 0;
    const bool ok =
        eachRow(database(),
                u"SELECT max(p.id) FROM revisions r JOIN revisions p ON p.record_type = r.record_type "
                "AND p.record_id = r.record_id AND p.id < r.id WHERE r.id = ?"_s,
                { id }, error, [&previous](const QSqlQuery &query) {
                    previous = query.value(0).toLongLong(); // NULL: 0
                });
    return ok ? std::optional(previous) : std::nullopt;
}

std::optional<bool> SqliteStore::hasRevision(RecordType type, qint64 recordId, const QString &createdAt,
                                             const QByteArray &snapshot, QString *error) const
{
    bool found = false;
    const QVariant time = createdAt.isEmpty() ? QVariant() : QVariant(createdAt);
    const bool ok =
        eachRow(database(),
                u"SELECT 1 FROM revisions WHERE record_type = ? AND record_id = ? AND snapshot = ? "
                "AND (? IS NULL OR created_at = ?) LIMIT 1"_s,
                { recordTypeName(type), recordId, QString::fromUtf8(snapshot), time, time }, error,
                [&found](const QSqlQuery &) { found = true; });
    return ok ? std::optional(found) : std::nullopt;
}

std::optional<QHash<QString, qint64>> SqliteStore::idsByUuid(RecordType type, QString *error) const
{
    QHash<QString, qint64> ids;
    const bool ok = eachRow(database(), u"SELECT uuid, id FROM %1"_s.arg(recordTypePluralName(type)), {},
                            error, [&ids](const QSqlQuery &query) {
                                ids.insert(query.value(0).toString(), query.value(1).toLongLong());
                            });
    return ok ? std::optional(ids) : std::nullopt;
}

std::optional<QList<qint64>> SqliteStore::publicationIds(const QString &recordType, qint64 recordId,
                                                         qint64 siteId, TrashFilter trash,
                                                         QString *error) const
{
    QList<qint64> ids;
    QString sql = u"SELECT id FROM publications WHERE record_type = ? AND record_id = ? AND "_s
        + LibrarySql::trashCondition(trash);
    QVariantList values { recordType, recordId };
    if (siteId != 0) {
        sql += u" AND site_id = ?"_s;
        values << siteId;
    }
    const bool ok = eachRow(database(), sql + u" ORDER BY id"_s, values, error,
                            [&ids](const QSqlQuery &query) { ids << query.value(0).toLongLong(); });
    return ok ? std::optional(ids) : std::nullopt;
}

QList<qint64> SqliteStore::remoteIds(qint64 siteId, QString *error) const
{
    QList<qint64> ids;
    eachRow(database(),
            u"SELECT remote_id FROM publications WHERE site_id = ? AND remote_id <> 0 "
            "AND deleted_at IS NULL ORDER BY remote_id"_s,
            { siteId }, error, [&ids](const QSqlQuery &query) { ids << query.value(0).toLongLong(); });
    return ids;
}

QHash<QString, RemoteMedia> SqliteStore::remoteMedia(qint64 siteId, const QStringList &sha256s,
                                                     QString *error) const
{
    QHash<QString, RemoteMedia> known;
    QSqlQuery query(database());
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

bool SqliteStore::rememberMedia(qint64 siteId, const QString &sha256, const RemoteMedia &media,
                                QString *error)
{
    return transact(
        [&](QString *e) {
            QSqlQuery query(database());
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

bool SqliteStore::forgetMedia(qint64 siteId, const QString &sha256, QString *error)
{
    return transact(
        [&](QString *e) {
            QSqlQuery query(database());
            if (!Sql::prepare(query, u"DELETE FROM remote_media WHERE site_id = ? AND sha256 = ?"_s, e))
                return false;
            query.addBindValue(siteId);
            query.addBindValue(sha256);
            return Sql::exec(query, e);
        },
        error);
}

std::optional<QSet<qint64>> SqliteStore::assetSizes(QString *error) const
{
    QSet<qint64> sizes;
    const bool ok = eachRow(database(), u"SELECT DISTINCT size FROM assets"_s, {}, error,
                            [&sizes](const QSqlQuery &query) { sizes.insert(query.value(0).toLongLong()); });
    return ok ? std::optional(sizes) : std::nullopt;
}

std::optional<QSet<QString>> SqliteStore::assetHashes(QString *error) const
{
    QSet<QString> hashes;
    const bool ok = eachRow(database(), u"SELECT DISTINCT sha256 FROM assets"_s, {}, error,
                            [&hashes](const QSqlQuery &query) { hashes.insert(query.value(0).toString()); });
    return ok ? std::optional(hashes) : std::nullopt;
}

std::optional<qint64> SqliteStore::assetForHash(const QString &sha256, QString *error) const
{
    qint64 id = 0;
    const bool ok = eachRow(
        database(), u"SELECT id FROM assets WHERE sha256 = ? ORDER BY deleted_at IS NOT NULL, id LIMIT 1"_s,
        { sha256 }, error, [&id](const QSqlQuery &query) { id = query.value(0).toLongLong(); });
    return ok ? std::optional(id) : std::nullopt;
}

} // namespace QuoteDesk
