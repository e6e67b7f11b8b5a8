// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryexchange.h"

#include "store/exchangeformat.h"
#include "store/libraryimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

using namespace ExchangeFormat;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::LibraryExchange)
};

using UuidMap = PerType<QHash<qint64, QString>>;

// A record as the file holds it: references by uuid, no local id. A reference whose target
// is gone (possible only in an old revision) is written as null and dropped from lists, so
// the file still imports.
template<class T>
QJsonObject recordToJson(const T &record, const UuidMap &uuids)
{
    QJsonObject object = RecordJson::toJson(record, [&uuids](RecordType type, qint64 id) {
        const QString uuid = uuids[type].value(id);
        return uuid.isEmpty() ? QJsonValue() : QJsonValue(uuid);
    });
    object.remove(IdKey);
    for (const ReferenceField &field : referencesOf(record)) {
        if (!field.isList)
            continue;
        QJsonArray kept;
        const QJsonArray all = object.value(field.key).toArray();
        for (const QJsonValue &value : all) {
            if (!value.isNull())
                kept.append(value);
        }
        object.insert(field.key, kept);
    }
    if constexpr (std::is_same_v<T, Publication>) {
        const auto type = recordTypeFromName(record.recordType);
        const QString uuid = type ? uuids[*type].value(record.recordId) : QString();
        object.remove(RecordIdKey);
        object.insert(RecordUuidKey, uuid.isEmpty() ? QJsonValue() : QJsonValue(uuid));
    }
    return object;
}

UuidMap uuidsOf(const Bundle &bundle)
{
    UuidMap uuids;
    forEachSection([&](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const T &record : bundle.records<T>())
            uuids[T::Type].insert(record.id, record.uuid);
        return true;
    });
    return uuids;
}

// Revisions in the order they were taken; their snapshots hold local ids, rewritten here
// as uuids like any record.
std::optional<QJsonArray> revisionsToJson(const Library &library, const UuidMap &uuids, QString *error)
{
    const std::optional<QList<RevisionRow>> rows = library.store().allRevisions(error);
    if (!rows)
        return std::nullopt;
    QJsonArray revisions;
    for (const RevisionRow &row : *rows) {
        const QString &typeName = row.recordType;
        const auto type = recordTypeFromName(typeName);
        const QString recordUuid = type ? uuids[*type].value(row.recordId) : QString();
        if (recordUuid.isEmpty())
            continue; // the record itself is gone, so the revision cannot be imported anywhere
        QJsonParseError parseError;
        const QJsonDocument stored = QJsonDocument::fromJson(row.snapshot, &parseError);
        QString problem = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        QJsonObject snapshot;
        if (problem.isEmpty()) {
            withType(*type, [&](auto tag) {
                typename decltype(tag)::Type record;
                if (RecordJson::fromJson(stored.object(), record, &problem))
                    snapshot = recordToJson(record, uuids);
                return true;
            });
        }
        if (!problem.isEmpty()) {
            if (error)
                *error =
                    Tr::tr("A revision of the %1 %2 taken at %3 is damaged (%4), so the library cannot be "
                           "exported whole. Export the records you need instead.")
                        .arg(recordTypeDisplayName(*type), recordUuid, row.createdAt, problem);
            return std::nullopt;
        }
        revisions.append(QJsonObject { { RecordTypeKey, typeName },
                                       { RecordUuidKey, recordUuid },
                                       { CreatedAtKey, row.createdAt },
                                       { SnapshotKey, snapshot } });
    }
    return revisions;
}

QByteArray document(const Bundle &bundle, const std::optional<QJsonArray> &revisions)
{
    const UuidMap uuids = uuidsOf(bundle);
    QJsonObject root { { FormatKey, FormatName },
                       { VersionKey, FormatVersion },
                       { ExportedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    forEachSection([&](auto tag) {
        using T = typename decltype(tag)::Type;
        QJsonArray section;
        for (const T &record : bundle.records<T>())
            section.append(recordToJson(record, uuids));
        root.insert(recordTypePluralName(T::Type), section);
        return true;
    });
    if (revisions)
        root.insert(RevisionsKey, *revisions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Loads one record into the bundle and queues what it refers to.
template<class T>
bool collect(const Library &library, qint64 id, Bundle &bundle, QList<RecordRef> &queue, QString *error)
{
    std::optional<T> record = library.get<T>(id, error);
    if (!record)
        return false;
    for (const ReferenceField &field : referencesOf(*record)) {
        for (const qint64 target : field.ids)
            queue.append({ field.target, target, {} });
    }
    if constexpr (std::is_same_v<T, Publication>) {
        if (const auto type = recordTypeFromName(record->recordType))
            queue.append({ *type, record->recordId, {} });
    }
    bundle.records<T>().append(std::move(*record));
    return true;
}

} // namespace

QString LibraryImportSummary::describe() const
{
    QStringList lines;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        lines.append(Tr::tr("%1: %2 new, %3 updated, %4 unchanged")
                         .arg(recordTypePluralName(it.key()))
                         .arg(it->created)
                         .arg(it->updated)
                         .arg(it->unchanged));
    }
    lines.append(Tr::tr("revisions: %1 new, %2 already present").arg(revisionsAdded).arg(revisionsPresent));
    if (dryRun)
        lines.append(Tr::tr("Nothing was written (dry run)."));
    return lines.join(u'\n');
}

namespace LibraryExchange {

std::optional<QByteArray> exportLibrary(const Library &library, QString *error)
{
    Bundle bundle;
    ListOptions options;
    options.trash = TrashFilter::All;
    const bool ok = forEachSection([&](auto tag) {
        using T = typename decltype(tag)::Type;
        QString problem;
        bundle.records<T>() = library.list<T>(options, &problem);
        if (problem.isEmpty())
            return true;
        if (error)
            *error = Tr::tr("The library cannot be read for the export: %1").arg(problem);
        return false;
    });
    if (!ok)
        return std::nullopt;
    const std::optional<QJsonArray> revisions = revisionsToJson(library, uuidsOf(bundle), error);
    if (!revisions)
        return std::nullopt;
    return document(bundle, revisions);
}

std::optional<QByteArray> exportRecords(const Library &library, const QList<RecordRef> &records,
                                        QString *error)
{
    Bundle bundle;
    QSet<std::pair<int, qint64>> seen; // QSet needs qHash, which Qt 6.4 lacks for enums
    QList<RecordRef> queue = records;
    while (!queue.isEmpty()) {
        const RecordRef ref = queue.takeLast();
        if (seen.contains({ int(ref.type), ref.id }))
            continue;
        seen.insert({ int(ref.type), ref.id });
        const bool ok = withType(ref.type, [&](auto tag) {
            return collect<typename decltype(tag)::Type>(library, ref.id, bundle, queue, error);
        });
        if (!ok)
            return std::nullopt;
    }
    forEachSection([&](auto tag) {
        using T = typename decltype(tag)::Type;
        auto &list = bundle.records<T>();
        std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
        return true;
    });
    return document(bundle, std::nullopt);
}

bool writeFile(const QString &path, const QByteArray &document, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write the export to “%1”: %2. Choose a folder you may write to.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<LibraryImportSummary> importJson(Library &library, const QByteArray &json, QString *error,
                                               const LibraryImportOptions &options)
{
    LibraryImporter importer(library);
    if (!importer.check(json, error))
        return std::nullopt;
    if (!options.dryRun && !importer.apply(error))
        return std::nullopt;
    LibraryImportSummary summary = importer.summary();
    summary.dryRun = options.dryRun;
    return summary;
}

std::optional<LibraryImportSummary> importFile(Library &library, const QString &path, QString *error,
                                               const LibraryImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read “%1”: %2. Check the file name and that you may read it.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return importJson(library, file.readAll(), error, options);
}

} // namespace LibraryExchange

} // namespace QuoteDesk
