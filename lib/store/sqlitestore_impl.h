// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template members of SqliteStore; included by its source files only.

#include "store/library.h" // snapshotOf()
#include "store/sqlitestore.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QUuid>

namespace QuoteDesk {

template<class T>
const SqliteStore::TableSpec &SqliteStore::spec()
{
    static const TableSpec s = [] {
        SqlCodec::Describer describer;
        T prototype;
        prototype.visit(describer);
        return describe(T::Type, std::move(describer));
    }();
    return s;
}

template<class T>
std::optional<T> SqliteStore::getRecord(qint64 id, QString *error) const
{
    const TableSpec &s = spec<T>();
    QSqlQuery query(database());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT ") + s.selectColumns + QStringLiteral(" FROM ") + s.table
                          + QStringLiteral(" WHERE id = ?"),
                      error))
        return std::nullopt;
    query.addBindValue(id);
    if (!Sql::exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("QuoteDesk::Library",
                                                 "There is no %1 with id %2 in this library.")
                         .arg(recordTypeDisplayName(T::Type))
                         .arg(id);
        return std::nullopt;
    }
    T record;
    SqlCodec::Reader reader(query);
    record.visit(reader);
    for (const SqlCodec::LinkSpec &link : s.links) {
        SqlCodec::LinkAccess access(link.field);
        record.visit(access);
        if (access.found)
            *access.found = readLinks(s, link.field, id);
    }
    return record;
}

template<class T>
QList<T> SqliteStore::listRecords(const ListOptions &options, QString *error) const
{
    const TableSpec &s = spec<T>();
    QList<T> records;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString sql = listSql(s, options, error);
    if (sql.isEmpty() || !Sql::exec(query, sql, error))
        return records;
    while (query.next()) {
        T record;
        SqlCodec::Reader reader(query);
        record.visit(reader);
        records.append(std::move(record));
    }
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const T &record : std::as_const(records))
        ids.append(record.id);
    for (const SqlCodec::LinkSpec &link : s.links) {
        const QHash<qint64, QList<qint64>> all = readAllLinks(s, link.field, ids);
        for (T &record : records) {
            SqlCodec::LinkAccess access(link.field);
            record.visit(access);
            if (access.found)
                *access.found = all.value(record.id);
        }
    }
    return records;
}

template<class T>
bool SqliteStore::saveRecord(T &record, const SaveOptions &options, QString *error)
{
    const TableSpec &s = spec<T>();
    T copy = record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (copy.uuid.isEmpty())
        copy.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!copy.createdAt.isValid() || (copy.isNew() && !options.keepTimestamps))
        copy.createdAt = now;
    if (!copy.updatedAt.isValid() || !options.keepTimestamps)
        copy.updatedAt = now;

    const bool ok = transact(
        [&](QString *e) {
            const auto bind = [&copy](QSqlQuery &query) {
                SqlCodec::Binder binder(query);
                copy.visit(binder);
            };
            if (copy.isNew()) {
                if (!insertRow(s, bind, &copy.id, e))
                    return false;
            } else if (!updateRow(s, bind, copy.id, e)) {
                return false;
            }
            for (const SqlCodec::LinkSpec &link : s.links) {
                SqlCodec::LinkAccess access(link.field);
                copy.visit(access);
                if (access.found && !writeLinks(s, link.field, copy.id, *access.found, e))
                    return false;
            }
            constexpr bool keepsRevisions = T::Type == RecordType::Quote || T::Type == RecordType::Speaker
                || T::Type == RecordType::Essay;
            if (keepsRevisions && options.recordRevision)
                return recordRevision(T::Type, copy.id, snapshotOf(copy), e);
            return true;
        },
        error);
    if (ok)
        record = copy;
    return ok;
}

} // namespace QuoteDesk
