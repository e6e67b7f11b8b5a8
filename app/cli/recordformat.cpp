// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordformat.h"

#include "model/recordjson.h"

#include <QHash>
#include <QLocale>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

constexpr RecordType s_browsable[] = { RecordType::Quote, RecordType::Speaker,  RecordType::Essay,
                                       RecordType::Asset, RecordType::Category, RecordType::Tag };

// Calls f(std::type_identity<T>{}) with the record struct of a browsable type.
template<class F>
bool withType(RecordType type, F &&f)
{
    switch (type) {
    case RecordType::Quote:
        return f(std::type_identity<Quote> {});
    case RecordType::Speaker:
        return f(std::type_identity<Speaker> {});
    case RecordType::Essay:
        return f(std::type_identity<Essay> {});
    case RecordType::Asset:
        return f(std::type_identity<Asset> {});
    case RecordType::Category:
        return f(std::type_identity<Category> {});
    case RecordType::Tag:
        return f(std::type_identity<Tag> {});
    case RecordType::Site:
    case RecordType::Publication:
        break;
    }
    return false;
}

// Names of the records a listing refers to, read once per listing instead of once per row.
class Names final
{
public:
    explicit Names(const Library &library)
        : m_library(library)
    {
    }

    template<class T>
    QString of(const std::optional<qint64> &id)
    {
        if (!id)
            return {};
        QHash<qint64, QString> &names = m_names[T::Type];
        if (names.isEmpty()) {
            ListOptions options;
            options.trash = TrashFilter::All;
            const QList<T> records = m_library.list<T>(options);
            for (const T &record : records)
                names.insert(record.id, record.label());
        }
        return names.value(*id);
    }

private:
    const Library &m_library;
    QHash<RecordType, QHash<qint64, QString>> m_names;
};

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QStringList headersOf(std::type_identity<Quote>)
{
    return { Tr::tr("ID", "column heading"), Tr::tr("STATUS", "column heading"),
             Tr::tr("SAID ON", "column heading"), Tr::tr("SPEAKER", "column heading"),
             Tr::tr("TITLE", "column heading") };
}
QStringList rowOf(const Quote &r, Names &names)
{
    return { QString::number(r.id), displayName(r.status), date(r.saidOn), names.of<Speaker>(r.speakerId),
             r.label() };
}

QStringList headersOf(std::type_identity<Speaker>)
{
    return { Tr::tr("ID", "column heading"), Tr::tr("NAME", "column heading"),
             Tr::tr("ROLE", "column heading"), Tr::tr("ORGANISATION", "column heading") };
}
QStringList rowOf(const Speaker &r, Names &)
{
    return { QString::number(r.id), r.name, r.role, r.organisation };
}

QStringList headersOf(std::type_identity<Essay>)
{
    return { Tr::tr("ID", "column heading"), Tr::tr("STATUS", "column heading"),
             Tr::tr("KIND", "column heading"), Tr::tr("TITLE", "column heading") };
}
QStringList rowOf(const Essay &r, Names &)
{
    return { QString::number(r.id), displayName(r.status), displayName(r.kind), r.title };
}

QStringList headersOf(std::type_identity<Asset>)
{
    return { Tr::tr("ID", "column heading"), Tr::tr("KIND", "column heading"),
             Tr::tr("TYPE", "column heading"), Tr::tr("SIZE", "column heading"),
             Tr::tr("TITLE", "column heading") };
}
QStringList rowOf(const Asset &r, Names &)
{
    return { QString::number(r.id), displayName(r.kind), r.mimeType, QLocale().formattedDataSize(r.size),
             r.label() };
}

QStringList headersOf(std::type_identity<Category>)
{
    return { Tr::tr("ID", "column heading"), Tr::tr("NAME", "column heading"),
             Tr::tr("SLUG", "column heading"), Tr::tr("PARENT", "column heading") };
}
QStringList rowOf(const Category &r, Names &names)
{
    return { QString::number(r.id), r.name, r.slug, names.of<Category>(r.parentId) };
}

QStringList headersOf(std::type_identity<Tag>)
{
    return { Tr::tr("ID", "column heading"), Tr::tr("NAME", "column heading"),
             Tr::tr("SLUG", "column heading") };
}
QStringList rowOf(const Tag &r, Names &)
{
    return { QString::number(r.id), r.name, r.slug };
}

// Collects every field of a record as text, in the order of the record's visit().
class FieldCollector final
{
public:
    explicit FieldCollector(const Library &library)
        : m_library(library)
    {
    }
    QList<Field> fields;

    void field(QLatin1StringView key, QString &value) { add(key, value); }
    void field(QLatin1StringView key, qint64 &value) { add(key, QString::number(value)); }
    void field(QLatin1StringView key, int &value) { add(key, QString::number(value)); }
    // Like the keys, the values are the record's own, in every language.
    void field(QLatin1StringView key, bool &value) { add(key, value ? u"yes"_s : u"no"_s); }
    void field(QLatin1StringView key, QDate &value) { add(key, date(value)); }
    void field(QLatin1StringView key, QDateTime &value)
    {
        add(key, value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString());
    }
    void field(QLatin1StringView key, QStringList &value) { add(key, value.join(u'\n')); }
    void choice(QLatin1StringView key, QString &value, const QStringList &) { add(key, value); }
    void reference(QLatin1StringView key, std::optional<qint64> &id, RecordType target)
    {
        add(key, id ? labelled(target, *id) : QString());
    }
    void links(QLatin1StringView key, QList<qint64> &ids, RecordType target)
    {
        QStringList items;
        for (const qint64 id : std::as_const(ids))
            items.append(labelled(target, id));
        add(key, items.join(u", "_s));
    }

private:
    void add(QLatin1StringView key, const QString &value)
    {
        fields.append({ QString(key), value.trimmed() });
    }
    QString labelled(RecordType type, qint64 id) const
    {
        return u"%1 (%2)"_s.arg(id).arg(m_library.labelOf(type, id));
    }
    const Library &m_library;
};

} // namespace

QStringList browsableTypeNames()
{
    QStringList names;
    for (const RecordType type : s_browsable)
        names.append(recordTypePluralName(type));
    return names;
}

std::optional<RecordType> browsableType(const QString &name, QString *error)
{
    const std::optional<RecordType> type = recordTypeFromName(name);
    if (type && std::find(std::begin(s_browsable), std::end(s_browsable), *type) != std::end(s_browsable))
        return type;
    *error = Tr::tr("Unknown record type “%1”: use one of %2.").arg(name, browsableTypeNames().join(u", "_s));
    return std::nullopt;
}

bool listRecords(const Library &library, RecordType type, Listing *listing, QString *error)
{
    return withType(type, [&]<class T>(std::type_identity<T> tag) {
        QString problem;
        const QList<T> records = library.list<T>({}, &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        Names names(library);
        listing->headers = headersOf(tag);
        for (const T &record : records) {
            listing->rows.append(rowOf(record, names));
            listing->json.append(RecordJson::toJson(record));
        }
        return true;
    });
}

bool viewRecord(const Library &library, RecordType type, qint64 id, RecordView *view, QString *error)
{
    return withType(type, [&]<class T>(std::type_identity<T>) {
        std::optional<T> record = library.get<T>(id, error);
        if (!record)
            return false;
        FieldCollector collector(library);
        record->visit(collector);
        view->fields = std::move(collector.fields);
        view->json = RecordJson::toJson(*record);
        return true;
    });
}

} // namespace QuoteDesk::Cli
