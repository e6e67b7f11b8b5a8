// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"
#include "store/search.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace QuoteDesk {

/// Which records a listing returns.
enum class TrashFilter { Live, Trashed, All };

struct ListOptions
{
    TrashFilter trash = TrashFilter::Live;
    QString orderBy; ///< a column of the record ("title"); empty: by id
    bool descending = false;
    int limit = -1;
    int offset = 0;
};

struct SaveOptions
{
    bool keepTimestamps = false; ///< keep created_at/updated_at as given (import)
    bool recordRevision = true; ///< snapshot quotes, speakers and essays into revisions
};

struct StoreOpenOptions
{
    bool readOnly = false; ///< never write, even when the store could be written
    bool create = true; ///< create the store when it does not exist
    int schemaVersion = -1; ///< for tests: stop migrating at this version
};

/// A record of any type, as it crosses the Store interface.
using AnyRecord = std::variant<Speaker, Essay, Quote, Asset, Category, Tag, Site, Publication>;

/// Calls @p f with an empty record of @p type and returns what it returns.
template<class F>
auto withEmptyRecord(RecordType type, F &&f)
{
    switch (type) {
    case RecordType::Speaker:
        return f(Speaker {});
    case RecordType::Essay:
        return f(Essay {});
    case RecordType::Quote:
        return f(Quote {});
    case RecordType::Asset:
        return f(Asset {});
    case RecordType::Category:
        return f(Category {});
    case RecordType::Tag:
        return f(Tag {});
    case RecordType::Site:
        return f(Site {});
    case RecordType::Publication:
        break;
    }
    return f(Publication {});
}

/// One kept revision, as stored.
struct RevisionRow
{
    qint64 id = 0;
    QString recordType; ///< the name of the record's type, as stored (see recordTypeFromName())
    qint64 recordId = 0;
    QString createdAt; ///< UTC text as stored
    QByteArray snapshot; ///< the record as JSON (see snapshotOf())
};

/// The rows of a list of records: which records, filtered how, sorted by what. Used for the
/// record list, which reads it one page at a time.
struct RecordPageQuery
{
    /// What a column of the list shows.
    enum class Column { Title, Speaker, Status, Kind, Name, Role, Organisation, Slug, SaidOn, Updated, Sync };

    RecordType type = RecordType::Quote;
    QList<Column> columns; ///< in the order of the row's values (after the id); Updated as a UTC QDateTime
    std::optional<WorkflowStatus> status;
    std::optional<qint64> categoryId;
    std::optional<qint64> speakerId;
    bool needsUpdate = false; ///< published and changed here since, or failed to publish
    qint64 syncSiteId = 0; ///< the site whose publication the Sync column names
    int sortColumn = 0; ///< index into columns
    bool descending = false;
};

/// What a kind of storage does for a Library: the one interface between QuoteDesk and where
/// its records are kept. The SQLite file (SqliteStore) is the one kind today; the rest of
/// QuoteDesk reaches a store only through Library, so another kind needs no change there.
///
/// Every call that can fail returns false or nothing and puts a message a person can act on
/// in its @p error argument (which may be null). A store belongs to the thread that opened it.
class Store
{
public:
    virtual ~Store();

    virtual bool open(const QString &location, const StoreOpenOptions &options, QString *error) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual bool isReadOnly() const = 0;
    /// Why the store is read-only, translated; empty when it is writable.
    virtual QString readOnlyReason() const = 0;
    /// Where the store is: the absolute path of a file, or a URL.
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;
    /// The engine and its version, e.g. "SQLite 3.40.1"; empty when closed.
    virtual QString engineVersion() const = 0;

    /// Runs @p work inside one write transaction (nested calls join the outer one). Commits
    /// when @p work returns true, rolls back otherwise.
    virtual bool transact(const std::function<bool(QString *)> &work, QString *error) = 0;

    // Records and their links
    virtual std::optional<AnyRecord> get(RecordType type, qint64 id, QString *error) const = 0;
    virtual QList<AnyRecord> list(RecordType type, const ListOptions &options, QString *error) const = 0;
    /// Inserts (id 0) or updates @p record, already validated, with its links; keeps a revision
    /// of quotes, speakers and essays unless told not to. @p record gets its id, uuid and times.
    virtual bool save(AnyRecord &record, const SaveOptions &options, QString *error) = 0;
    virtual std::optional<qint64> idForUuid(RecordType type, const QString &uuid) const = 0;
    virtual QString uuidForId(RecordType type, qint64 id) const = 0;
    /// uuid → id of every record of @p type, in the trash or not.
    virtual std::optional<QHash<QString, qint64>> idsByUuid(RecordType type, QString *error) const = 0;
    virtual qint64 count(RecordType type, TrashFilter trash) const = 0;
    virtual QString labelOf(RecordType type, qint64 id) const = 0;
    virtual QHash<qint64, QString> labelsOf(RecordType type, const QList<qint64> &ids) const = 0;
    virtual QList<RecordRef> listLabels(RecordType type, QString *error) const = 0;
    virtual QList<RecordRef> findByLabel(const QString &text, int limit, QString *error) const = 0;
    virtual std::optional<QSet<qint64>> existingIds(RecordType type, const QList<qint64> &ids,
                                                    QString *error) const = 0;
    virtual QList<RecordRef> usedBy(RecordType type, qint64 id, TrashFilter trash, QString *error) const = 0;

    // The record list, a page at a time: id first, then one value per column
    virtual bool readPage(const RecordPageQuery &query, int offset, int limit, QList<QVariantList> *rows,
                          QString *error) const = 0;
    virtual std::optional<int> countPage(const RecordPageQuery &query, QString *error) const = 0;

    // The trash
    virtual bool trash(RecordType type, qint64 id, QString *error, QList<RecordRef> *users) = 0;
    virtual bool replaceAndTrash(RecordType type, qint64 id, qint64 replacementId, QString *error) = 0;
    virtual bool restore(RecordType type, qint64 id, QString *error) = 0;
    virtual bool purge(RecordType type, qint64 id, QString *error, QList<RecordRef> *users) = 0;
    virtual bool emptyTrash(QString *error) = 0;
    virtual QList<RecordRef> trashed(QString *error) const = 0;

    // Revisions
    virtual bool addRevision(RecordType type, qint64 id, const QString &createdAt, const QByteArray &snapshot,
                             QString *error) = 0;
    virtual int revisionLimit() const = 0;
    virtual void setRevisionLimit(int limit) = 0;
    /// The revisions of one record, newest first.
    virtual std::optional<QList<RevisionRow>> revisions(RecordType type, qint64 recordId,
                                                        QString *error) const = 0;
    /// Every revision, oldest first.
    virtual std::optional<QList<RevisionRow>> allRevisions(QString *error) const = 0;
    /// The revision @p id in @p row (nothing there when there is no such revision).
    virtual bool revision(qint64 id, std::optional<RevisionRow> *row, QString *error) const = 0;
    /// The id of the revision of the same record kept just before @p id; 0 when none is.
    virtual std::optional<qint64> previousRevision(qint64 id, QString *error) const = 0;
    /// Whether a revision of the record with this snapshot (and, when given, time) is kept.
    virtual std::optional<bool> hasRevision(RecordType type, qint64 recordId, const QString &createdAt,
                                            const QByteArray &snapshot, QString *error) const = 0;

    // Full-text search
    virtual QList<SearchHit> search(const SearchQuery &query, QString *error) const = 0;

    // Publications and what each site already has
    /// Ids of the publications of a record, on one site or (siteId 0) on every site, by id.
    virtual std::optional<QList<qint64>> publicationIds(const QString &recordType, qint64 recordId,
                                                        qint64 siteId, TrashFilter trash,
                                                        QString *error) const = 0;
    virtual QList<qint64> remoteIds(qint64 siteId, QString *error) const = 0;
    virtual QHash<QString, RemoteMedia> remoteMedia(qint64 siteId, const QStringList &sha256s,
                                                    QString *error) const = 0;
    virtual bool rememberMedia(qint64 siteId, const QString &sha256, const RemoteMedia &media,
                               QString *error) = 0;
    virtual bool forgetMedia(qint64 siteId, const QString &sha256, QString *error) = 0;

    // Assets' rows
    /// The sizes of the asset files, in the trash or not.
    virtual std::optional<QSet<qint64>> assetSizes(QString *error) const = 0;
    /// The content hashes of the asset files, in the trash or not.
    virtual std::optional<QSet<QString>> assetHashes(QString *error) const = 0;
    /// The asset with the content @p sha256, one not in the trash first; 0 when there is none.
    virtual std::optional<qint64> assetForHash(const QString &sha256, QString *error) const = 0;
};

} // namespace QuoteDesk
