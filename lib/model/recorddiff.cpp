// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddiff.h"

#include "records.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

// What compare() needs to know of a field to show its value.
struct FieldShape
{
    enum class Kind { Text, Number, Flag, Date, TextList, Choice, Reference, Links };
    QString key;
    Kind kind = Kind::Text;
    RecordType target = RecordType::Quote; // Reference and Links only
};

class Describer
{
public:
    QList<FieldShape> fields;

    void field(QLatin1StringView key, QString &) { add(key, FieldShape::Kind::Text); }
    void field(QLatin1StringView key, qint64 &) { add(key, FieldShape::Kind::Number); }
    void field(QLatin1StringView key, int &) { add(key, FieldShape::Kind::Number); }
    void field(QLatin1StringView key, bool &) { add(key, FieldShape::Kind::Flag); }
    void field(QLatin1StringView key, QDate &) { add(key, FieldShape::Kind::Date); }
    void field(QLatin1StringView key, QDateTime &) { add(key, FieldShape::Kind::Date); }
    void field(QLatin1StringView key, QStringList &) { add(key, FieldShape::Kind::TextList); }
    void choice(QLatin1StringView key, QString &, const QStringList &) { add(key, FieldShape::Kind::Choice); }
    void reference(QLatin1StringView key, std::optional<qint64> &, RecordType target)
    {
        add(key, FieldShape::Kind::Reference, target);
    }
    void links(QLatin1StringView key, QList<qint64> &, RecordType target)
    {
        add(key, FieldShape::Kind::Links, target);
    }

private:
    void add(QLatin1StringView key, FieldShape::Kind kind, RecordType target = RecordType::Quote)
    {
        fields.append({ QString(key), kind, target });
    }
};

template<class T>
QList<FieldShape> shapeOf()
{
    Describer describer;
    T prototype;
    prototype.visit(describer);
    return describer.fields;
}

QList<FieldShape> shapeOf(RecordType type)
{
    switch (type) {
    case RecordType::Speaker:
        return shapeOf<Speaker>();
    case RecordType::Essay:
        return shapeOf<Essay>();
    case RecordType::Quote:
        return shapeOf<Quote>();
    case RecordType::Asset:
        return shapeOf<Asset>();
    case RecordType::Category:
        return shapeOf<Category>();
    case RecordType::Tag:
        return shapeOf<Tag>();
    case RecordType::Site:
        return shapeOf<Site>();
    case RecordType::Publication:
        break;
    }
    return shapeOf<Publication>();
}

bool isBookkeeping(const QString &key)
{
    static const QStringList keys { u"id"_s, u"uuid"_s, u"created_at"_s, u"updated_at"_s, u"deleted_at"_s };
    return keys.contains(key);
}

QString choiceLabel(const QString &name)
{
    // The enumerations share no names but "infographic", which reads the same in both.
    if (const auto status = workflowStatusFromString(name))
        return displayName(*status);
    if (const auto kind = essayKindFromString(name))
        return displayName(*kind);
    if (const auto kind = assetKindFromString(name))
        return displayName(*kind);
    return name;
}

QString referenceLabel(const QJsonValue &value, RecordType target, const RecordDiff::LabelLookup &labels)
{
    if (!value.isDouble())
        return value.toString();
    const qint64 id = value.toInteger();
    const QString label = labels ? labels(target, id) : QString();
    return label.isEmpty() ? u"#"_s + QString::number(id) : label;
}

QString displayValue(const FieldShape &shape, const QJsonValue &value, const RecordDiff::LabelLookup &labels)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (shape.kind) {
    case FieldShape::Kind::Text:
    case FieldShape::Kind::Date:
        return value.toString();
    case FieldShape::Kind::Number:
        return QString::number(value.toInteger());
    case FieldShape::Kind::Flag:
        return value.toBool() ? QCoreApplication::translate("QuoteDesk::RecordDiff", "yes")
                              : QCoreApplication::translate("QuoteDesk::RecordDiff", "no");
    case FieldShape::Kind::Choice:
        return choiceLabel(value.toString());
    case FieldShape::Kind::Reference:
        return referenceLabel(value, shape.target, labels);
    case FieldShape::Kind::TextList:
    case FieldShape::Kind::Links: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(shape.kind == FieldShape::Kind::Links ? referenceLabel(item, shape.target, labels)
                                                               : item.toString());
        return items.join(u'\n');
    }
    }
    return {};
}

} // namespace

bool RecordDiff::isLongTextField(QStringView key)
{
    // The Markdown fields of records.h and the quotation itself.
    static const QStringList keys { u"biography"_s, u"body"_s, u"sources"_s, u"commentary"_s, u"text"_s };
    return keys.contains(key);
}

QList<FieldChange> RecordDiff::compare(RecordType type, const QJsonObject &older, const QJsonObject &newer,
                                       const LabelLookup &labels)
{
    // Anything longer than a line of a list is easier to read as a text diff.
    constexpr qsizetype ShortValue = 80;
    QList<FieldChange> changes;
    for (const FieldShape &shape : shapeOf(type)) {
        if (isBookkeeping(shape.key) || !older.contains(shape.key) || !newer.contains(shape.key))
            continue;
        const QJsonValue before = older.value(shape.key);
        const QJsonValue after = newer.value(shape.key);
        if (before == after)
            continue;
        FieldChange change;
        change.key = shape.key;
        change.oldValue = displayValue(shape, before, labels);
        change.newValue = displayValue(shape, after, labels);
        const auto isLong = [](const QString &value) {
            return value.size() > ShortValue || value.contains(u'\n');
        };
        change.isText = isLongTextField(shape.key) || isLong(change.oldValue) || isLong(change.newValue);
        change.diff = TextDiff(change.oldValue, change.newValue);
        changes.append(std::move(change));
    }
    return changes;
}

} // namespace QuoteDesk
