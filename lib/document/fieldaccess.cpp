// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldaccess.h"

namespace QuoteDesk::FieldAccess {

namespace {

// Reads one field by key while visiting a record.
struct Getter
{
    QString key;
    QVariant value;

    template<class T>
    void field(QLatin1StringView k, T &v)
    {
        if (k == key)
            value = QVariant::fromValue(v);
    }
    void choice(QLatin1StringView k, QString &v, const QStringList &)
    {
        if (k == key)
            value = v;
    }
    void reference(QLatin1StringView k, std::optional<qint64> &id, RecordType)
    {
        if (k == key)
            value = id ? QVariant::fromValue(*id) : QVariant();
    }
    void links(QLatin1StringView k, QList<qint64> &ids, RecordType)
    {
        if (k == key)
            value = QVariant::fromValue(ids);
    }
};

// Writes one field by key while visiting a record.
struct Setter
{
    QString key;
    QVariant value;
    bool done = false;

    template<class T>
    void field(QLatin1StringView k, T &v)
    {
        if (k != key || !value.canConvert<T>())
            return;
        v = value.value<T>();
        done = true;
    }
    void choice(QLatin1StringView k, QString &v, const QStringList &allowed)
    {
        if (k != key || !allowed.contains(value.toString()))
            return;
        v = value.toString();
        done = true;
    }
    void reference(QLatin1StringView k, std::optional<qint64> &id, RecordType)
    {
        if (k != key)
            return;
        if (value.isNull() || value.toLongLong() <= 0)
            id.reset();
        else
            id = value.toLongLong();
        done = true;
    }
    void links(QLatin1StringView k, QList<qint64> &ids, RecordType)
    {
        if (k != key || !value.canConvert<QList<qint64>>())
            return;
        ids = value.value<QList<qint64>>();
        done = true;
    }
};

} // namespace

RecordType typeOf(const EditableRecord &record)
{
    return std::visit([](const auto &r) { return std::decay_t<decltype(r)>::Type; }, record);
}

qint64 idOf(const EditableRecord &record)
{
    return std::visit([](const auto &r) { return r.id; }, record);
}

QString labelOf(const EditableRecord &record)
{
    return std::visit([](const auto &r) { return r.label(); }, record);
}

QVariant get(const EditableRecord &record, const QString &key)
{
    Getter getter { key, {} };
    EditableRecord copy = record;
    std::visit([&](auto &r) { r.visit(getter); }, copy);
    return getter.value;
}

bool set(EditableRecord &record, const QString &key, const QVariant &value)
{
    Setter setter { key, value };
    std::visit([&](auto &r) { r.visit(setter); }, record);
    return setter.done;
}

} // namespace QuoteDesk::FieldAccess
