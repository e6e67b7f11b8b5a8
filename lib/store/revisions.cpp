// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisions.h"

#include "store/library.h"
#include "store/sqlcodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::RevisionStore)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Calls @p f with an empty record of @p type; only for the types that keep revisions.
template<class F>
auto withRecordType(RecordType type, F &&f)
{
    switch (type) {
    case RecordType::Speaker:
        return f(Speaker {});
    case RecordType::Essay:
        return f(Essay {});
    default:
        break;
    }
    return f(Quote {});
}

QString labelOf(RecordType type, const QJsonObject &snapshot)
{
    return withRecordType(type, [&snapshot](auto record) {
        RecordJson::fromJson(snapshot, record, nullptr);
        return record.label();
    });
}

// Drops links to records that were deleted for good after the revision was taken: saving
// them would break the library's foreign keys.
class DanglingLinks
{
public:
    explicit DanglingLinks(const Library &library)
        : m_library(library)
    {
    }
    QStringList notes;

    template<class Value>
    void field(QLatin1StringView, Value &)
    {
    }
    void choice(QLatin1StringView, QString &, const QStringList &) { }
    void reference(QLatin1StringView key, std::optional<qint64> &id, RecordType target)
    {
        if (id && isGone(key, target, *id))
            id.reset();
    }
    void links(QLatin1StringView key, QList<qint64> &ids, RecordType target)
    {
        ids.removeIf([&](qint64 id) { return isGone(key, target, id); });
    }

private:
    bool isGone(QLatin1StringView key, RecordType target, qint64 id)
    {
        if (!m_library.uuidForId(target, id).isEmpty())
            return false;
        notes.append(
            Tr::tr("The revision linked “%1” to %2 #%3, which no longer exists; that link was left out.")
                .arg(key, recordTypeDisplayName(target))
                .arg(id));
        return true;
    }
    const Library &m_library;
};

template<class T>
bool restoreRecord(Library &library, qint64 recordId, const QJsonObject &snapshot, qint64 revisionId,
                   QString *error, QStringList *notes)
{
    QString problem;
    const std::optional<T> current = library.get<T>(recordId, &problem);
    if (!current) {
        setError(error,
                 Tr::tr("Revision %1 cannot be restored: its %2 (id %3) no longer exists in this library.")
                     .arg(revisionId)
                     .arg(recordTypeDisplayName(T::Type))
                     .arg(recordId));
        return false;
    }
    T restored = *current;
    if (!RecordJson::fromJson(snapshot, restored, &problem)) {
        setError(
            error,
            Tr::tr("Revision %1 cannot be restored because it is damaged: %2.").arg(revisionId).arg(problem));
        return false;
    }
    restored.id = current->id;
    restored.uuid = current->uuid;
    restored.createdAt = current->createdAt;
    restored.updatedAt = current->updatedAt;
    restored.deletedAt = current->deletedAt;
    DanglingLinks dangling(library);
    restored.visit(dangling);
    if (!library.save(restored, &problem)) {
        setError(error, Tr::tr("Revision %1 cannot be restored: %2").arg(revisionId).arg(problem));
        return false;
    }
    if (notes)
        *notes = dangling.notes;
    return true;
}

} // namespace

struct RevisionStore::Row
{
    RevisionInfo info;
    QJsonObject snapshot;
};

RevisionStore::RevisionStore(Library &library)
    : m_library(library)
{
}

bool RevisionStore::keepsRevisions(RecordType type)
{
    return type == RecordType::Quote || type == RecordType::Speaker || type == RecordType::Essay;
}

QList<RevisionInfo> RevisionStore::list(RecordType type, qint64 recordId, QString *error) const
{
    QList<RevisionInfo> revisions;
    const std::optional<QList<RevisionRow>> rows = m_library.store().revisions(type, recordId, error);
    for (const RevisionRow &row : rows.value_or(QList<RevisionRow> {})) {
        RevisionInfo info { row.id, type, recordId, SqlCodec::timestampFromText(row.createdAt), {} };
        if (keepsRevisions(type))
            info.label = labelOf(type, QJsonDocument::fromJson(row.snapshot).object());
        revisions.append(std::move(info));
    }
    return revisions;
}

std::optional<RevisionStore::Row> RevisionStore::row(qint64 revisionId, QString *error) const
{
    std::optional<RevisionRow> stored;
    if (!m_library.store().revision(revisionId, &stored, error))
        return std::nullopt;
    if (!stored) {
        setError(
            error,
            Tr::tr("There is no revision %1 in this library. List the record’s revisions to see the ones "
                   "that are kept.")
                .arg(revisionId));
        return std::nullopt;
    }
    const auto type = recordTypeFromName(stored->recordType);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored->snapshot, &parseError);
    if (!type || !keepsRevisions(*type) || !document.isObject()) {
        setError(error, Tr::tr("Revision %1 is damaged and cannot be read.").arg(revisionId));
        return std::nullopt;
    }
    Row row;
    row.info = { revisionId, *type, stored->recordId, SqlCodec::timestampFromText(stored->createdAt), {} };
    row.snapshot = document.object();
    row.info.label = labelOf(*type, row.snapshot);
    return row;
}

std::optional<RevisionInfo> RevisionStore::info(qint64 revisionId, QString *error) const
{
    const auto found = row(revisionId, error);
    return found ? std::optional(found->info) : std::nullopt;
}

std::optional<QJsonObject> RevisionStore::snapshot(qint64 revisionId, QString *error) const
{
    const auto found = row(revisionId, error);
    return found ? std::optional(found->snapshot) : std::nullopt;
}

std::optional<QJsonObject> RevisionStore::currentJson(RecordType type, qint64 recordId, QString *error) const
{
    return withRecordType(type, [&](auto prototype) -> std::optional<QJsonObject> {
        using T = decltype(prototype);
        const std::optional<T> record = m_library.get<T>(recordId);
        if (!record) {
            setError(error,
                     Tr::tr("The %1 with id %2 no longer exists in this library, so there is nothing to "
                            "compare its revisions with.")
                         .arg(recordTypeDisplayName(type))
                         .arg(recordId));
            return std::nullopt;
        }
        return RecordJson::toJson(*record);
    });
}

QList<FieldChange> RevisionStore::compare(RecordType type, const QJsonObject &older,
                                          const QJsonObject &newer) const
{
    return RecordDiff::compare(
        type, older, newer, [this](RecordType target, qint64 id) { return m_library.labelOf(target, id); });
}

std::optional<QList<FieldChange>> RevisionStore::diffWithCurrent(qint64 revisionId, QString *error) const
{
    const auto revision = row(revisionId, error);
    if (!revision)
        return std::nullopt;
    const auto current = currentJson(revision->info.recordType, revision->info.recordId, error);
    if (!current)
        return std::nullopt;
    return compare(revision->info.recordType, revision->snapshot, *current);
}

std::optional<QList<FieldChange>> RevisionStore::diffWithPrevious(qint64 revisionId, QString *error) const
{
    const auto revision = row(revisionId, error);
    if (!revision)
        return std::nullopt;
    const RevisionInfo &info = revision->info;
    const std::optional<qint64> previous = m_library.store().previousRevision(revisionId, error);
    if (!previous)
        return std::nullopt;
    if (*previous != 0)
        return diff(*previous, revisionId, error);
    const QJsonObject empty =
        withRecordType(info.recordType, [](auto record) { return RecordJson::toJson(record); });
    return compare(info.recordType, empty, revision->snapshot);
}

std::optional<QList<FieldChange>> RevisionStore::diff(qint64 olderRevisionId, qint64 newerRevisionId,
                                                      QString *error) const
{
    const auto older = row(olderRevisionId, error);
    const auto newer = older ? row(newerRevisionId, error) : std::nullopt;
    if (!older || !newer)
        return std::nullopt;
    if (older->info.recordType != newer->info.recordType || older->info.recordId != newer->info.recordId) {
        setError(error,
                 Tr::tr("Revisions %1 and %2 belong to different records and cannot be compared.")
                     .arg(olderRevisionId)
                     .arg(newerRevisionId));
        return std::nullopt;
    }
    return compare(older->info.recordType, older->snapshot, newer->snapshot);
}

bool RevisionStore::restore(qint64 revisionId, QString *error, QStringList *notes, qint64 *restoredRevisionId)
{
    const auto revision = row(revisionId, error);
    if (!revision)
        return false;
    const RevisionInfo &info = revision->info;
    const bool ok = withRecordType(info.recordType, [&](auto prototype) {
        return restoreRecord<decltype(prototype)>(m_library, info.recordId, revision->snapshot, revisionId,
                                                  error, notes);
    });
    if (ok && restoredRevisionId) {
        const QList<RevisionInfo> revisions = list(info.recordType, info.recordId);
        *restoredRevisionId = revisions.isEmpty() ? 0 : revisions.first().id;
    }
    return ok;
}

} // namespace QuoteDesk
