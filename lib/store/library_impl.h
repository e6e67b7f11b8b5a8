// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template members of Library; included by library.h only.

#include "model/recordjson.h"

#include <QJsonDocument>
#include <QMap>

namespace QuoteDesk {

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
    std::optional<AnyRecord> record = m_store->get(T::Type, id, error);
    if (!record)
        return std::nullopt;
    return std::get<T>(std::move(*record));
}

template<class T>
QList<T> Library::list(const ListOptions &options, QString *error) const
{
    QList<AnyRecord> all = m_store->list(T::Type, options, error);
    QList<T> records;
    records.reserve(all.size());
    for (AnyRecord &record : all)
        records.append(std::get<T>(std::move(record)));
    return records;
}

template<class T>
bool Library::save(T &record, QString *error, const SaveOptions &options)
{
    if (!checkWritable(error) || !validate(record, error))
        return false;
    AnyRecord any = record;
    if (!m_store->save(any, options, error))
        return false;
    record = std::get<T>(std::move(any));
    changed(T::Type, { record.id });
    return true;
}

} // namespace QuoteDesk
