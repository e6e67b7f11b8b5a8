// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Visitors that move a record's fields (see records.h) between the value type and SQL.

#include "model/records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace QuoteDesk::SqlCodec {

/// Text form of a timestamp in the library: UTC, ISO 8601 with milliseconds.
QString timestampToText(const QDateTime &time);
QDateTime timestampFromText(const QString &text);

/// One column of a record table, or one link table of a record.
struct LinkSpec
{
    QString field; ///< "categories"
    RecordType target;
};
struct ReferenceSpec
{
    QString column; ///< "speaker_id"
    RecordType target;
};

/// Lists the scalar columns (in visit order, "id" first), the reference columns and the
/// link tables of a record type.
class Describer
{
public:
    QStringList columns;
    QList<ReferenceSpec> references;
    QList<LinkSpec> linkSpecs;

    template<class T>
    void field(QLatin1StringView key, T &)
    {
        columns.append(QString(key));
    }
    void choice(QLatin1StringView key, QString &, const QStringList &) { columns.append(QString(key)); }
    template<class T>
    void reference(QLatin1StringView key, T &, RecordType target)
    {
        columns.append(QString(key));
        references.append({ QString(key), target });
    }
    template<class T>
    void links(QLatin1StringView key, T &, RecordType target)
    {
        linkSpecs.append({ QString(key), target });
    }
};

/// Binds every scalar field to the placeholder `:column` of a prepared query.
class Binder
{
public:
    explicit Binder(QSqlQuery &query)
        : m_query(query)
    {
    }

    void field(QLatin1StringView key, QString &value)
    {
        bind(key, value.isNull() ? QStringLiteral("") : value);
    }
    void field(QLatin1StringView key, qint64 &value) { bind(key, value); }
    void field(QLatin1StringView key, int &value) { bind(key, value); }
    void field(QLatin1StringView key, bool &value) { bind(key, value ? 1 : 0); }
    void field(QLatin1StringView key, QDate &value)
    {
        bind(key, value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant());
    }
    void field(QLatin1StringView key, QDateTime &value)
    {
        bind(key, value.isValid() ? QVariant(timestampToText(value)) : QVariant());
    }
    void field(QLatin1StringView key, QStringList &value)
    {
        bind(key,
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(value)).toJson(QJsonDocument::Compact)));
    }
    void choice(QLatin1StringView key, QString &value, const QStringList &) { bind(key, value); }
    void reference(QLatin1StringView key, std::optional<qint64> &value, RecordType)
    {
        bind(key, value ? QVariant(*value) : QVariant());
    }
    template<class T>
    void links(QLatin1StringView, T &, RecordType)
    {
    }

private:
    void bind(QLatin1StringView key, const QVariant &value) { m_query.bindValue(u':' + QString(key), value); }
    QSqlQuery &m_query;
};

/// Reads every scalar field from the current row of a query that selected the columns by name.
class Reader
{
public:
    explicit Reader(const QSqlQuery &query)
        : m_record(query.record())
        , m_query(query)
    {
    }

    void field(QLatin1StringView key, QString &value) { value = get(key).toString(); }
    void field(QLatin1StringView key, qint64 &value) { value = get(key).toLongLong(); }
    void field(QLatin1StringView key, int &value) { value = get(key).toInt(); }
    void field(QLatin1StringView key, bool &value) { value = get(key).toInt() != 0; }
    void field(QLatin1StringView key, QDate &value)
    {
        const QVariant v = get(key);
        value = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    }
    void field(QLatin1StringView key, QDateTime &value)
    {
        const QVariant v = get(key);
        value = v.isNull() ? QDateTime() : timestampFromText(v.toString());
    }
    void field(QLatin1StringView key, QStringList &value)
    {
        value.clear();
        const QJsonArray array = QJsonDocument::fromJson(get(key).toString().toUtf8()).array();
        for (const auto &item : array)
            value.append(item.toString());
    }
    void choice(QLatin1StringView key, QString &value, const QStringList &) { value = get(key).toString(); }
    void reference(QLatin1StringView key, std::optional<qint64> &value, RecordType)
    {
        const QVariant v = get(key);
        value = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    template<class T>
    void links(QLatin1StringView, T &, RecordType)
    {
    }

private:
    QVariant get(QLatin1StringView key) const { return m_query.value(m_record.indexOf(QString(key))); }
    QSqlRecord m_record;
    const QSqlQuery &m_query;
};

/// Gives access to the link lists of a record by field name.
class LinkAccess
{
public:
    explicit LinkAccess(QString field)
        : m_field(std::move(field))
    {
    }
    QList<qint64> *found = nullptr;

    template<class T>
    void field(QLatin1StringView, T &)
    {
    }
    void choice(QLatin1StringView, QString &, const QStringList &) { }
    template<class T>
    void reference(QLatin1StringView, T &, RecordType)
    {
    }
    void links(QLatin1StringView key, QList<qint64> &ids, RecordType)
    {
        if (key == m_field)
            found = &ids;
    }

private:
    QString m_field;
};

} // namespace QuoteDesk::SqlCodec
