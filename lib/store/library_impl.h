// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template members of Library; included by library.h only.

#include "model/recordjson.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QUuid>

namespace QuoteDesk {

template<class T>
const Library::TableSpec &Library::spec()
{
    static const TableSpec s = [] {
        SqlCodec::Describer describer;
        T prototype;
        prototype.visit(describer);
        return describe(T::Type, std::move(describer));
    }();
    return s;
}

namespace detail {

// Collects the ids a record refers to, by the type of record they name.
struct ReferenceCollector
{
    QMap<RecordType, QList<qint64>> ids;

    template<class V>
    void field(QLatin1StringView, V &)
    {
    }
    void choice(QLatin1StringView, QString &, const QStringList &) { }
    void reference(QLatin1StringView, std::optional<qint64> &value, RecordType target)
    {
        if (value)
            ids[target].append(*value);
    }
    void links(QLatin1StringView, QList<qint64> &values, RecordType target) { ids[target].append(values); }
};

// Drops the references and links to ids that are not in `existing`.
struct ReferencePruner
{
    const QMap<RecordType, QSet<qint64>> &existing;

    template<class V>
    void field(QLatin1StringView, V &)
    {
    }
    void choice(QLatin1StringView, QString &, const QStringList &) { }
    void reference(QLatin1StringView, std::optional<qint64> &value, RecordType target)
    {
        if (value && !existing.value(target).contains(*value))
            value.reset();
    }
    void links(QLatin1StringView, QList<qint64> &values, RecordType target)
    {
        const QSet<qint64> known = existing.value(target);
        values.removeIf([&](qint64 id) { return !known.contains(id); });
    }
};

} // namespace detail

template<class T>
bool Library::dropMissingReferences(T &record, QString *error) const
{
    detail::ReferenceCollector collector;
    record.visit(collector);
    QMap<RecordType, QSet<qint64>> existing;
    for (auto it = collector.ids.cbegin(); it != collector.ids.cend(); ++it) {
        std::optional<QSet<qint64>> found = existingIds(it.key(), it.value(), error);
        if (!found)
            return false;
        existing.insert(it.key(), std::move(*found));
    }
    detail::ReferencePruner pruner { existing };
    record.visit(pruner);
    return true;
}

template<class T>
QByteArray snapshotOf(const T &record)
{
    return QJsonDocument(RecordJson::toJson(record)).toJson(QJsonDocument::Compact);
}

template<class T>
std::optional<T> Library::get(qint64 id, QString *error) const
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
QList<T> Library::list(const ListOptions &options, QString *error) const
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
bool Library::save(T &record, QString *error, const SaveOptions &options)
{
    if (!checkWritable(error) || !validate(record, error))
        return false;
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
