// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pieces of the library export format shared by the exporter and the importer
// (see libraryexchange.h for the format itself).

#include "model/records.h"

#include <QJsonObject>
#include <QLatin1StringView>

#include <array>
#include <functional>
#include <tuple>

namespace QuoteDesk::ExchangeFormat {

/// The value of the "format" key that marks a QuoteDesk library export.
inline constexpr QLatin1StringView FormatName("quotedesk-library");
/// The newest export format version this QuoteDesk writes and reads.
inline constexpr int FormatVersion = 1;

inline constexpr QLatin1StringView FormatKey("format");
inline constexpr QLatin1StringView VersionKey("version");
inline constexpr QLatin1StringView ExportedAtKey("exported_at");
inline constexpr QLatin1StringView RevisionsKey("revisions");
inline constexpr QLatin1StringView IdKey("id");
inline constexpr QLatin1StringView UuidKey("uuid");
/// Publications and revisions name their record by type and uuid instead of a local id.
inline constexpr QLatin1StringView RecordTypeKey("record_type");
inline constexpr QLatin1StringView RecordIdKey("record_id");
inline constexpr QLatin1StringView RecordUuidKey("record_uuid");
inline constexpr QLatin1StringView CreatedAtKey("created_at");
inline constexpr QLatin1StringView SnapshotKey("snapshot");

/// Names a record type at compile time, for the section loops below.
template<class T>
struct TypeTag
{
    using Type = T;
};

/// Calls @p f with a TypeTag of every record type, in the order of the sections in a file:
/// what is referred to comes before what refers to it. Stops at the first false.
template<class F>
bool forEachSection(F &&f)
{
    return f(TypeTag<Asset> {}) && f(TypeTag<Category> {}) && f(TypeTag<Tag> {}) && f(TypeTag<Speaker> {})
        && f(TypeTag<Essay> {}) && f(TypeTag<Quote> {}) && f(TypeTag<Site> {}) && f(TypeTag<Publication> {});
}

/// Calls @p f with the TypeTag of @p type.
template<class F>
bool withType(RecordType type, F &&f)
{
    switch (type) {
    case RecordType::Speaker:
        return f(TypeTag<Speaker> {});
    case RecordType::Essay:
        return f(TypeTag<Essay> {});
    case RecordType::Quote:
        return f(TypeTag<Quote> {});
    case RecordType::Asset:
        return f(TypeTag<Asset> {});
    case RecordType::Category:
        return f(TypeTag<Category> {});
    case RecordType::Tag:
        return f(TypeTag<Tag> {});
    case RecordType::Site:
        return f(TypeTag<Site> {});
    case RecordType::Publication:
        break;
    }
    return f(TypeTag<Publication> {});
}

/// True for the types whose saves are kept as revisions.
constexpr bool keepsRevisions(RecordType type)
{
    return type == RecordType::Quote || type == RecordType::Speaker || type == RecordType::Essay;
}

/// One value per record type, indexed by the type.
template<class V>
class PerType
{
public:
    V &operator[](RecordType type) { return m_values[std::size_t(type)]; }
    const V &operator[](RecordType type) const { return m_values[std::size_t(type)]; }

private:
    std::array<V, std::size_t(RecordType::Publication) + 1> m_values {};
};

/// A list of records of every type.
class Bundle
{
public:
    template<class T>
    QList<T> &records()
    {
        return std::get<QList<T>>(m_lists);
    }
    template<class T>
    const QList<T> &records() const
    {
        return std::get<QList<T>>(m_lists);
    }

private:
    std::tuple<QList<Asset>, QList<Category>, QList<Tag>, QList<Speaker>, QList<Essay>, QList<Quote>,
               QList<Site>, QList<Publication>>
        m_lists;
};

/// One reference or link list of a record, as the walker below reports it.
struct ReferenceField
{
    QLatin1StringView key;
    RecordType target;
    bool isList = false; ///< a links() list rather than a single reference
    QList<qint64> ids; ///< the ids set in the record (empty for an unset reference)
};

/// Visits a record and reports each of its references and link lists to a callback.
class ReferenceWalker
{
public:
    explicit ReferenceWalker(std::function<void(const ReferenceField &)> onField)
        : m_onField(std::move(onField))
    {
    }
    template<class U>
    void field(QLatin1StringView, U &)
    {
    }
    void choice(QLatin1StringView, QString &, const QStringList &) { }
    void reference(QLatin1StringView key, std::optional<qint64> &id, RecordType target)
    {
        m_onField({ key, target, false, id ? QList<qint64> { *id } : QList<qint64> {} });
    }
    void links(QLatin1StringView key, QList<qint64> &ids, RecordType target)
    {
        m_onField({ key, target, true, ids });
    }

private:
    std::function<void(const ReferenceField &)> m_onField;
};

/// The references and link lists of @p record.
template<class T>
QList<ReferenceField> referencesOf(T record)
{
    QList<ReferenceField> fields;
    ReferenceWalker walker([&fields](const ReferenceField &f) { fields.append(f); });
    record.visit(walker);
    return fields;
}

} // namespace QuoteDesk::ExchangeFormat

namespace QuoteDesk::ExchangeFormat {

/// Where a record is in the file, for messages: "record 3 of “quotes” (“Label”, uuid …)".
QString locate(const QString &section, int position, const QString &label, const QString &uuid);
/// The message of an import refused because of the record at @p where: says that nothing was
/// imported, the @p problem (a fragment or a sentence) and what to do.
QString importFailure(const QString &where, const QString &problem);

} // namespace QuoteDesk::ExchangeFormat
