// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "store/jsoninput.h"
#include "store/sqlcodec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

using namespace ExchangeFormat;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::LibraryImporter)
};

} // namespace

LibraryImporter::LibraryImporter(Library &library)
    : m_library(library)
    , m_revisionImporter(library)
{
}

bool LibraryImporter::check(const QByteArray &json, QString *error)
{
    QJsonObject root;
    if (!parse(json, &root, error) || !loadLibraryUuids(error))
        return false;
    const bool collected = forEachSection([&](auto tag) {
        const RecordType type = decltype(tag)::Type::Type;
        return collectSection(type, root.value(recordTypePluralName(type)), error);
    });
    const auto known = [this](RecordType type, const QString &uuid) {
        return m_ids[type].contains(uuid) || m_inFile[type].contains(uuid);
    };
    return collected && m_revisionImporter.collect(root.value(RevisionsKey), known, error)
        && forEachSection([&](auto tag) { return checkSection<typename decltype(tag)::Type>(error); })
        && applyRevisions(error);
}

bool LibraryImporter::parse(const QByteArray &json, QJsonObject *root, QString *error)
{
    const std::optional<QJsonObject> object = JsonInput::parseObject(json, error);
    if (!object)
        return false;
    *root = *object;
    const QJsonValue format = root->value(FormatKey);
    if (format.toString() != FormatName) {
        if (error)
            *error = format.isUndefined()
                ? Tr::tr(
                    "The file is not a QuoteDesk library export: it has no “format” marker. Choose a file "
                    "made by Export.")
                : Tr::tr(
                      "The file is not a QuoteDesk library export: its “format” is “%1”, not “%2”. Choose a "
                      "file made by Export.")
                      .arg(format.toVariant().toString().left(60), FormatName);
        return false;
    }
    const QJsonValue version = root->value(VersionKey);
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 1) {
        if (error)
            *error =
                Tr::tr("The file has no valid format “version” (a whole number from 1). Export it again.");
        return false;
    }
    if (version.toInteger() > FormatVersion) {
        if (error)
            *error =
                Tr::tr("The file was written by a newer QuoteDesk (export format version %1; this QuoteDesk "
                       "reads up to version %2). Update QuoteDesk to import it.")
                    .arg(QString::number(version.toInteger()), QString::number(FormatVersion));
        return false;
    }
    return true;
}

bool LibraryImporter::loadLibraryUuids(QString *error)
{
    return forEachSection([&](auto tag) {
        const RecordType type = decltype(tag)::Type::Type;
        const std::optional<QHash<QString, qint64>> ids = m_library.store().idsByUuid(type, error);
        if (!ids)
            return false;
        m_ids[type].insert(*ids);
        return true;
    });
}

bool LibraryImporter::collectSection(RecordType type, const QJsonValue &value, QString *error)
{
    const QString section = recordTypePluralName(type);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        if (error)
            *error =
                Tr::tr("Nothing was imported: the section “%1” must be a list of records. Correct the file "
                       "and import it again.")
                    .arg(section);
        return false;
    }
    const QJsonArray records = value.toArray();
    QHash<QString, int> positions;
    for (int i = 0; i < records.size(); ++i) {
        const int position = i + 1;
        const QJsonValue item = records.at(i);
        const QString uuid = item.toObject().value(UuidKey).toString();
        QString problem;
        if (!item.isObject())
            problem = Tr::tr("it is not a record (a JSON object)");
        else if (uuid.trimmed().isEmpty())
            problem =
                Tr::tr("the field “uuid” is required, so that a later import updates the record instead "
                       "of adding a copy");
        else if (positions.contains(uuid))
            problem =
                Tr::tr("its uuid is also that of record %1 in this section; each record may appear once")
                    .arg(positions.value(uuid));
        if (!problem.isEmpty()) {
            if (error)
                *error = importFailure(locate(section, position, {}, uuid), problem);
            return false;
        }
        positions.insert(uuid, position);
        Pending pending;
        pending.object = item.toObject();
        pending.object.remove(IdKey); // a local id of another library means nothing here
        pending.position = position;
        pending.uuid = uuid;
        pending.existingId = m_ids[type].value(uuid);
        m_pending[type].append(std::move(pending));
        m_inFile[type].insert(uuid);
    }
    if (!records.isEmpty())
        m_summary.records.insert(type, {});
    return true;
}

template<class T>
bool LibraryImporter::read(QJsonObject object, T &record, QString *problem)
{
    if constexpr (std::is_same_v<T, Publication>) {
        if (!resolvePublicationRecord(object, problem))
            return false;
    }
    return RecordJson::fromJson(object, record, problem,
                                [this](RecordType target, const QJsonValue &value, qint64 *id, QString *p) {
                                    return resolve(target, value, id, p);
                                });
}

bool LibraryImporter::resolve(RecordType target, const QJsonValue &value, qint64 *id, QString *problem)
{
    const QString uuid = value.toString();
    if (!value.isString() || uuid.isEmpty()) {
        *problem = Tr::tr("it must name a %1 by its uuid (a string)").arg(recordTypeDisplayName(target));
        return false;
    }
    const auto it = m_ids[target].constFind(uuid);
    if (it != m_ids[target].constEnd()) {
        *id = *it;
        return true;
    }
    if (m_checking && m_inFile[target].contains(uuid)) {
        *id = -1; // inserted later; while checking only its existence matters
        return true;
    }
    *problem = Tr::tr("it refers to the %1 with uuid %2, which is neither in the file nor in this library")
                   .arg(recordTypeDisplayName(target), uuid.left(60));
    return false;
}

bool LibraryImporter::resolvePublicationRecord(QJsonObject &object, QString *problem)
{
    const auto type = recordTypeFromName(object.value(RecordTypeKey).toString());
    if (!type) {
        *problem =
            Tr::tr("the field “%1” must name a record type such as “quote” or “essay”").arg(RecordTypeKey);
        return false;
    }
    qint64 id = 0;
    if (!resolve(*type, object.value(RecordUuidKey), &id, problem)) {
        *problem = Tr::tr("the field “%1”: %2").arg(RecordUuidKey, *problem);
        return false;
    }
    object.insert(RecordTypeKey, recordTypeName(*type));
    object.insert(RecordIdKey, id);
    return true;
}

// The library keeps one publication per record and site; a clash is reported here, with
// the record it is about, rather than as a constraint failure while writing.
bool LibraryImporter::checkPublicationIsUnique(const Publication &record, const Pending &pending,
                                               QString *problem)
{
    if (!record.siteId)
        return true;
    const QString key = record.recordType + u'/' + pending.object.value(RecordUuidKey).toString() + u'/'
        + pending.object.value("site_id"_L1).toString();
    if (m_publicationKeys.contains(key)) {
        *problem =
            Tr::tr("another publication in the file is for the same %1 and site; keep only one of them")
                .arg(
                    recordTypeDisplayName(recordTypeFromName(record.recordType).value_or(RecordType::Quote)));
        return false;
    }
    m_publicationKeys.insert(key);
    if (record.recordId <= 0 || *record.siteId <= 0)
        return true; // the record or the site is new, so the library has no publication of it
    const std::optional<QList<qint64>> ids = m_library.store().publicationIds(
        record.recordType, record.recordId, *record.siteId, TrashFilter::All, problem);
    if (!ids)
        return false;
    for (const qint64 id : *ids) {
        const std::optional<Publication> other = m_library.get<Publication>(id, problem);
        if (!other)
            return false;
        if (other->uuid == record.uuid)
            continue;
        *problem =
            Tr::tr("this library already has a publication of that record on that site (uuid %1); remove "
                   "one of the two, then import again")
                .arg(other->uuid);
        return false;
    }
    return true;
}

template<class T>
bool LibraryImporter::checkSection(QString *error)
{
    const QString section = recordTypePluralName(T::Type);
    ImportCounts &counts = m_summary.records[T::Type];
    for (Pending &pending : m_pending[T::Type]) {
        T existing;
        if (pending.existingId) {
            std::optional<T> stored = m_library.get<T>(pending.existingId, error);
            if (!stored)
                return false;
            existing = std::move(*stored);
        }
        // Keys the file leaves out keep the library's values.
        T record = existing;
        QString problem;
        bool ok = read(pending.object, record, &problem) && validate(record, &problem);
        if constexpr (std::is_same_v<T, Publication>)
            ok = ok && checkPublicationIsUnique(record, pending, &problem);
        pending.label = record.label();
        if (!ok) {
            if (error)
                *error =
                    importFailure(locate(section, pending.position, pending.label, pending.uuid), problem);
            return false;
        }
        if (!pending.existingId)
            pending.outcome = Outcome::Create;
        else if (RecordJson::toJson(record) == RecordJson::toJson(existing))
            pending.outcome = Outcome::Unchanged;
        else
            pending.outcome = Outcome::Update;
        ++(pending.outcome == Outcome::Create       ? counts.created
               : pending.outcome == Outcome::Update ? counts.updated
                                                    : counts.unchanged);
    }
    return true;
}

bool LibraryImporter::apply(QString *error)
{
    m_checking = false;
    return m_library.transact(
        [this](QString *e) {
            return forEachSection([&](auto tag) { return applySection<typename decltype(tag)::Type>(e); })
                && applyRevisions(e) && addRevisionsForChanges(e);
        },
        error);
}

template<class T>
bool LibraryImporter::applySection(QString *error)
{
    // A record may refer to one of its own type that comes later in the file (a category and
    // its parent): it is saved first without that reference and again once all exist.
    QList<const Pending *> deferred;
    for (const Pending &pending : std::as_const(m_pending[T::Type])) {
        if (pending.outcome == Outcome::Unchanged)
            continue;
        QJsonObject object = pending.object;
        if (deferSelfReferences<T>(object))
            deferred.append(&pending);
        if (!saveRecord<T>(pending, object, error))
            return false;
    }
    for (const Pending *pending : std::as_const(deferred)) {
        if (!saveRecord<T>(*pending, pending->object, error))
            return false;
    }
    return true;
}

template<class T>
bool LibraryImporter::deferSelfReferences(QJsonObject &object) const
{
    const QHash<QString, qint64> &known = m_ids[T::Type];
    const auto unknown = [&known](const QJsonValue &value) {
        return value.isString() && !known.contains(value.toString());
    };
    bool deferred = false;
    for (const ReferenceField &field : referencesOf(T {})) {
        if (field.target != T::Type)
            continue;
        const QJsonValue value = object.value(field.key);
        if (!field.isList && unknown(value)) {
            object.insert(field.key, QJsonValue());
            deferred = true;
        } else if (field.isList) {
            QJsonArray kept;
            const QJsonArray all = value.toArray();
            for (const QJsonValue &item : all) {
                if (!unknown(item))
                    kept.append(item);
            }
            deferred = deferred || kept.size() != all.size();
            object.insert(field.key, kept);
        }
    }
    return deferred;
}

template<class T>
bool LibraryImporter::saveRecord(const Pending &pending, const QJsonObject &object, QString *error)
{
    const QString where =
        locate(recordTypePluralName(T::Type), pending.position, pending.label, pending.uuid);
    T record;
    if (const qint64 id = m_ids[T::Type].value(pending.uuid)) {
        std::optional<T> stored = m_library.get<T>(id, error);
        if (!stored)
            return false;
        record = std::move(*stored);
    }
    QString problem;
    if (!read(object, record, &problem)) {
        if (error)
            *error = importFailure(where, problem);
        return false;
    }
    SaveOptions options;
    options.keepTimestamps = true;
    options.recordRevision = false; // the file's revisions follow; see addRevisionsForChanges()
    if (!m_library.save(record, &problem, options)) {
        if (error)
            *error = Tr::tr("Nothing was imported: saving %1 failed: %2").arg(where, problem);
        return false;
    }
    m_ids[T::Type].insert(pending.uuid, record.id);
    return true;
}

bool LibraryImporter::applyRevisions(QString *error)
{
    const auto idOf = [this](RecordType type, const QString &uuid) {
        return m_ids[type].value(uuid);
    };
    const auto refs = [this](RecordType target, const QJsonValue &value, qint64 *id, QString *problem) {
        return resolve(target, value, id, problem);
    };
    return m_revisionImporter.apply(!m_checking, idOf, refs, m_summary, error);
}

// An import that changes a record is a save like any other, so it leaves a revision of the
// new state, unless the file brought that state's revisions along with a new record.
bool LibraryImporter::addRevisionsForChanges(QString *error)
{
    const QString now = SqlCodec::timestampToText(QDateTime::currentDateTimeUtc());
    return forEachSection([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (!keepsRevisions(T::Type))
            return true;
        for (const Pending &pending : std::as_const(m_pending[T::Type])) {
            if (pending.outcome == Outcome::Unchanged
                || (pending.outcome == Outcome::Create
                    && m_revisionImporter.hasRevisionsOf(T::Type, pending.uuid)))
                continue;
            const qint64 id = m_ids[T::Type].value(pending.uuid);
            const std::optional<T> record = m_library.get<T>(id, error);
            if (!record)
                return false;
            const QByteArray snapshot = snapshotOf(*record);
            bool found = false;
            if (!m_revisionImporter.contains(T::Type, id, {}, snapshot, &found, error))
                return false;
            if (!found && !m_library.addRevision(T::Type, id, now, snapshot, error))
                return false;
        }
        return true;
    });
}

} // namespace QuoteDesk
