// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk::RecordJson {

void Writer::field(QLatin1StringView key, QDate &value)
{
    object.insert(key, value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue());
}

void Writer::field(QLatin1StringView key, QDateTime &value)
{
    object.insert(key,
                  value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue());
}

void Writer::reference(QLatin1StringView key, std::optional<qint64> &value, RecordType target)
{
    object.insert(key, value ? ref(target, *value) : QJsonValue());
}

void Writer::links(QLatin1StringView key, QList<qint64> &ids, RecordType target)
{
    QJsonArray array;
    for (const qint64 id : std::as_const(ids))
        array.append(ref(target, id));
    object.insert(key, array);
}

QJsonValue Writer::ref(RecordType target, qint64 id) const
{
    return m_refs ? m_refs(target, id) : QJsonValue(id);
}

bool Reader::take(QLatin1StringView key, QJsonValue *value)
{
    if (!error.isEmpty())
        return false;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        return false;
    *value = *it;
    return true;
}

void Reader::wrongType(QLatin1StringView key, const char *expected)
{
    error = QCoreApplication::translate("QuoteDesk::RecordJson", "the field “%1” must be %2")
                .arg(key, QCoreApplication::translate("QuoteDesk::RecordJson", expected));
}

void Reader::field(QLatin1StringView key, QString &value)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (v.isString())
        value = v.toString();
    else if (v.isNull())
        value.clear();
    else
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a string"));
}

void Reader::field(QLatin1StringView key, qint64 &value)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        value = v.toInteger();
    else
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a whole number"));
}

void Reader::field(QLatin1StringView key, int &value)
{
    qint64 wide = value;
    field(key, wide);
    if (ok() && (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()))
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a whole number"));
    else
        value = int(wide);
}

void Reader::field(QLatin1StringView key, bool &value)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (v.isBool())
        value = v.toBool();
    else
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "true or false"));
}

void Reader::field(QLatin1StringView key, QDate &value)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (v.isNull()) {
        value = QDate();
        return;
    }
    value = QDate::fromString(v.toString(), Qt::ISODate);
    if (!value.isValid())
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a date like 2025-05-28"));
}

void Reader::field(QLatin1StringView key, QDateTime &value)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (v.isNull()) {
        value = QDateTime();
        return;
    }
    value = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!value.isValid())
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a time like 2025-05-28T10:00:00Z"));
}

void Reader::field(QLatin1StringView key, QStringList &value)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (!v.isArray()) {
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a list of strings"));
        return;
    }
    value.clear();
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a list of strings"));
            return;
        }
        value.append(item.toString());
    }
}

void Reader::choice(QLatin1StringView key, QString &value, const QStringList &allowed)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (!v.isString() || !allowed.contains(v.toString())) {
        error = QCoreApplication::translate("QuoteDesk::RecordJson", "the field “%1” must be one of: %2")
                    .arg(key, allowed.join(u", "_s));
        return;
    }
    value = v.toString();
}

bool Reader::resolve(RecordType target, const QJsonValue &value, qint64 *id, QLatin1StringView key)
{
    if (m_refs) {
        QString problem;
        if (m_refs(target, value, id, &problem))
            return true;
        error = QCoreApplication::translate("QuoteDesk::RecordJson", "the field “%1”: %2").arg(key, problem);
        return false;
    }
    if (value.isDouble()) {
        *id = value.toInteger();
        return true;
    }
    wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a record id"));
    return false;
}

void Reader::reference(QLatin1StringView key, std::optional<qint64> &value, RecordType target)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (v.isNull()) {
        value.reset();
        return;
    }
    qint64 id = 0;
    if (resolve(target, v, &id, key))
        value = id;
}

void Reader::links(QLatin1StringView key, QList<qint64> &ids, RecordType target)
{
    QJsonValue v;
    if (!take(key, &v))
        return;
    if (!v.isArray()) {
        wrongType(key, QT_TRANSLATE_NOOP("QuoteDesk::RecordJson", "a list of records"));
        return;
    }
    ids.clear();
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        qint64 id = 0;
        if (!resolve(target, item, &id, key))
            return;
        ids.append(id);
    }
}

} // namespace QuoteDesk::RecordJson
