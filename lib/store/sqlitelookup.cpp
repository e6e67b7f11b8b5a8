// SPDX-License-Identifier: GPL-3.0-or-later
// Library members that look records up: by uuid, by title or name, whether they exist, and
// how many there are.
#include "store/sqlitestore.h"

#include "store/sqlitesql.h"
#include "store/sqlutil.h"

#include <array>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

using LibrarySql::labelExpression;
using LibrarySql::trashCondition;

namespace {

// The ids as an SQL list; they are numbers, so nothing a user typed reaches the SQL.
QString idList(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return list.join(u',');
}

// `text` as a LIKE pattern matching it anywhere, with `\` escaping LIKE's wildcards.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

std::optional<qint64> SqliteStore::idForUuid(RecordType type, const QString &uuid) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM %1 WHERE uuid = ?"_s.arg(recordTypePluralName(type)));
    query.addBindValue(uuid);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QString SqliteStore::uuidForId(RecordType type, qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT uuid FROM %1 WHERE id = ?"_s.arg(recordTypePluralName(type)));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

qint64 SqliteStore::count(RecordType type, TrashFilter trash) const
{
    // Triggers keep the counts (schema version 6): one row instead of a scan of the table,
    // which takes tens of milliseconds for 100,000 quotes. A library held at an older version
    // (OpenOptions::schemaVersion) has no counts and is counted row by row.
    const QString table = recordTypePluralName(type);
    const QString kept = trash == TrashFilter::Live ? u"live"_s
        : trash == TrashFilter::Trashed             ? u"trashed"_s
                                                    : u"live + trashed"_s;
    QSqlQuery query(database());
    if (query.exec(u"SELECT %1 FROM record_counts WHERE record_table = '%2'"_s.arg(kept, table))
        && query.next())
        return query.value(0).toLongLong();
    if (query.exec(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, trashCondition(trash))) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

QString SqliteStore::labelOf(RecordType type, qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(labelExpression(type), recordTypePluralName(type)));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QHash<qint64, QString> SqliteStore::labelsOf(RecordType type, const QList<qint64> &ids) const
{
    QHash<qint64, QString> labels;
    if (ids.isEmpty())
        return labels;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, %1 FROM %2 WHERE id IN (%3)"_s.arg(
            labelExpression(type), recordTypePluralName(type), idList(ids)))) {
        return labels;
    }
    while (query.next())
        labels.insert(query.value(0).toLongLong(), query.value(1).toString());
    return labels;
}

QList<RecordRef> SqliteStore::listLabels(RecordType type, QString *error) const
{
    QList<RecordRef> refs;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   u"SELECT id, %1 AS label FROM %2 WHERE %3 ORDER BY label COLLATE NOCASE, id"_s.arg(
                       labelExpression(type), recordTypePluralName(type), trashCondition(TrashFilter::Live)),
                   error))
        return refs;
    while (query.next())
        refs.append(RecordRef { type, query.value(0).toLongLong(), query.value(1).toString() });
    return refs;
}

QList<RecordRef> SqliteStore::findByLabel(const QString &text, int limit, QString *error) const
{
    QList<RecordRef> refs;
    static constexpr std::array types { RecordType::Quote, RecordType::Speaker, RecordType::Essay,
                                        RecordType::Category, RecordType::Tag };
    QStringList parts;
    for (const RecordType type : types) {
        parts.append(u"SELECT %1, id, %2 AS label FROM %3 WHERE %4 AND %2 LIKE :pattern ESCAPE '\\'"_s.arg(
            QString::number(int(type)), labelExpression(type), recordTypePluralName(type),
            trashCondition(TrashFilter::Live)));
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!Sql::prepare(query, parts.join(u" UNION ALL "_s) + u" ORDER BY label COLLATE NOCASE LIMIT :limit"_s,
                      error))
        return refs;
    query.bindValue(u":pattern"_s, containsPattern(text));
    query.bindValue(u":limit"_s, limit);
    if (!Sql::exec(query, error))
        return refs;
    while (query.next()) {
        refs.append(RecordRef { RecordType(query.value(0).toInt()), query.value(1).toLongLong(),
                                query.value(2).toString() });
    }
    return refs;
}

std::optional<QSet<qint64>> SqliteStore::existingIds(RecordType type, const QList<qint64> &ids,
                                                     QString *error) const
{
    QSet<qint64> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   u"SELECT id FROM %1 WHERE id IN (%2)"_s.arg(recordTypePluralName(type), idList(ids)),
                   error))
        return std::nullopt;
    while (query.next())
        found.insert(query.value(0).toLongLong());
    return found;
}

} // namespace QuoteDesk
