// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A record as a JSON object, one key per field (see records.h). Used by revision snapshots
// and by the library export, which maps references to stable uuids through the hooks below.

#include "records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace QuoteDesk::RecordJson {

/// Turns a reference (type, local id) into its JSON form; the default writes the id.
using ReferenceOut = std::function<QJsonValue(RecordType, qint64)>;
/// Turns a JSON reference back into a local id; returns false with @p error when unknown.
using ReferenceIn = std::function<bool(RecordType, const QJsonValue &, qint64 *id, QString *error)>;

class Writer
{
public:
    explicit Writer(ReferenceOut refs = {})
        : m_refs(std::move(refs))
    {
    }
    QJsonObject object;

    void field(QLatin1StringView key, QString &value) { object.insert(key, value); }
    void field(QLatin1StringView key, qint64 &value) { object.insert(key, value); }
    void field(QLatin1StringView key, int &value) { object.insert(key, value); }
    void field(QLatin1StringView key, bool &value) { object.insert(key, value); }
    void field(QLatin1StringView key, QDate &value);
    void field(QLatin1StringView key, QDateTime &value);
    void field(QLatin1StringView key, QStringList &value)
    {
        object.insert(key, QJsonArray::fromStringList(value));
    }
    void choice(QLatin1StringView key, QString &value, const QStringList &) { object.insert(key, value); }
    void reference(QLatin1StringView key, std::optional<qint64> &value, RecordType target);
    void links(QLatin1StringView key, QList<qint64> &ids, RecordType target);

private:
    QJsonValue ref(RecordType target, qint64 id) const;
    ReferenceOut m_refs;
};

/// Reads fields from a JSON object. Keys that are absent keep the record's value; a value
/// of the wrong type stops the read with a message in `error` naming the key.
class Reader
{
public:
    explicit Reader(QJsonObject object, ReferenceIn refs = {})
        : m_object(std::move(object))
        , m_refs(std::move(refs))
    {
    }
    QString error;
    bool ok() const { return error.isEmpty(); }

    void field(QLatin1StringView key, QString &value);
    void field(QLatin1StringView key, qint64 &value);
    void field(QLatin1StringView key, int &value);
    void field(QLatin1StringView key, bool &value);
    void field(QLatin1StringView key, QDate &value);
    void field(QLatin1StringView key, QDateTime &value);
    void field(QLatin1StringView key, QStringList &value);
    void choice(QLatin1StringView key, QString &value, const QStringList &allowed);
    void reference(QLatin1StringView key, std::optional<qint64> &value, RecordType target);
    void links(QLatin1StringView key, QList<qint64> &ids, RecordType target);

private:
    bool take(QLatin1StringView key, QJsonValue *value);
    void wrongType(QLatin1StringView key, const char *expected);
    bool resolve(RecordType target, const QJsonValue &value, qint64 *id, QLatin1StringView key);
    QJsonObject m_object;
    ReferenceIn m_refs;
};

template<class T>
QJsonObject toJson(T record, ReferenceOut refs = {})
{
    Writer writer(std::move(refs));
    record.visit(writer);
    return writer.object;
}

/// Reads @p object over @p record; false with a message in @p error on a malformed field.
template<class T>
bool fromJson(const QJsonObject &object, T &record, QString *error, ReferenceIn refs = {})
{
    Reader reader(object, std::move(refs));
    record.visit(reader);
    if (!reader.ok() && error)
        *error = reader.error;
    return reader.ok();
}

} // namespace QuoteDesk::RecordJson
