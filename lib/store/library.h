// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"
#include "model/validation.h"
#include "store/sqlcodec.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

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

/// One library file: the store of every record, opened on one named SQLite connection that
/// belongs to the thread that opened it.
///
/// Errors are returned as values: every call that can fail returns false (or nothing) and
/// puts a message a person can act on in its @p error argument.
class Library final
{
public:
    struct OpenOptions
    {
        bool readOnly = false; ///< never write, even when the file could be written
        bool create = true; ///< create the file when it does not exist
        int schemaVersion = -1; ///< for tests: stop migrating at this version
    };

    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    /// The library used when none is named: `quotedesk.qdlib` in the application data folder.
    static QString defaultPath();

    /// Opens (or creates) the library at @p path, migrating it to the latest schema. A file
    /// that is not a QuoteDesk library, is damaged, or comes from a newer version is refused
    /// before anything is written to it. A file or folder that cannot be written is opened
    /// read-only (see isReadOnly()).
    bool open(const QString &path, QString *error, const OpenOptions &options);
    bool open(const QString &path, QString *error) { return open(path, error, OpenOptions {}); }
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Why the library was opened read-only, translated; empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// The database engine and its version in use, e.g. "SQLite 3.40.1"; empty when closed.
    QString engineVersion() const;
    QSqlDatabase database() const;

    /// Runs @p work inside one write transaction (nested calls join the outer one). Commits
    /// when @p work returns true, rolls back otherwise.
    bool transact(const std::function<bool(QString *)> &work, QString *error);

    template<class T>
    std::optional<T> get(qint64 id, QString *error = nullptr) const;
    template<class T>
    QList<T> list(const ListOptions &options = {}, QString *error = nullptr) const;
    /// Inserts a new record (id 0: gets an id and a uuid) or updates an existing one, after
    /// validate(). Saving a quote, speaker or essay keeps a revision.
    template<class T>
    bool save(T &record, QString *error, const SaveOptions &options = {});

    std::optional<qint64> idForUuid(RecordType type, const QString &uuid) const;
    QString uuidForId(RecordType type, qint64 id) const;
    qint64 count(RecordType type, TrashFilter trash = TrashFilter::Live) const;
    /// The title or name of a record, for messages and lists.
    QString labelOf(RecordType type, qint64 id) const;
    /// The titles or names of several records of one type in one query, by id; ids that are
    /// not in the library are left out.
    QHash<qint64, QString> labelsOf(RecordType type, const QList<qint64> &ids) const;
    /// Every record of @p type not in the trash, with its title or name, sorted by it without
    /// regard to case: what pickers, completers and filters offer. Empty, with @p error set,
    /// when the library could not be read.
    QList<RecordRef> listLabels(RecordType type, QString *error) const;
    /// The quotes, speakers, essays, categories and tags not in the trash whose title or name
    /// contains @p text (in any case; `%` and `_` are plain characters), sorted by it, at most
    /// @p limit of them. Empty, with @p error set, when the library could not be read.
    QList<RecordRef> findByLabel(const QString &text, int limit, QString *error) const;
    /// Which of @p ids are records of @p type, in the trash or not; nothing, with @p error
    /// set, when the library could not be read.
    std::optional<QSet<qint64>> existingIds(RecordType type, const QList<qint64> &ids, QString *error) const;
    /// Drops every reference and link of @p record to a record the library no longer has (a
    /// revision restored after what it named was purged). False, with @p error set, when the
    /// library could not be read; @p record is then unchanged.
    template<class T>
    bool dropMissingReferences(T &record, QString *error) const;

    /// The records that refer to a record (quotes of a speaker, posts using an asset, …).
    QList<RecordRef> usedBy(RecordType type, qint64 id, TrashFilter trash = TrashFilter::Live,
                            QString *error = nullptr) const;
    /// Moves a record to the trash. Refused with the list of its users in @p users when a
    /// record that is not in the trash still refers to it.
    bool trash(RecordType type, qint64 id, QString *error, QList<RecordRef> *users = nullptr);
    /// Points every user of a record at @p replacementId instead, then trashes the record.
    bool replaceAndTrash(RecordType type, qint64 id, qint64 replacementId, QString *error);
    bool restore(RecordType type, qint64 id, QString *error);
    /// Deletes a record for ever, with its revisions and publications. Refused while any
    /// record, even one in the trash, refers to it.
    bool purge(RecordType type, qint64 id, QString *error, QList<RecordRef> *users = nullptr);
    /// Purges everything in the trash, users before what they use.
    bool emptyTrash(QString *error);
    /// Every record in the trash, newest first.
    QList<RecordRef> trashed(QString *error = nullptr) const;

    /// Keeps @p snapshot (see snapshotOf()) as a revision of a record, taken at @p createdAt
    /// (UTC text as stored, e.g. from an import). Does not prune: save() does.
    bool addRevision(RecordType type, qint64 id, const QString &createdAt, const QByteArray &snapshot,
                     QString *error);

    /// How many revisions to keep per record (default 50).
    int revisionLimit() const { return m_revisionLimit; }
    void setRevisionLimit(int limit) { m_revisionLimit = limit; }

private:
    struct TableSpec
    {
        QString table;
        QStringList columns; // "id" first
        QList<SqlCodec::ReferenceSpec> references;
        QList<SqlCodec::LinkSpec> links;
        QString selectColumns; // "id, uuid, …"
    };
    template<class T>
    static const TableSpec &spec();
    static TableSpec describe(RecordType type, SqlCodec::Describer &&describer);
    const TableSpec &specOf(RecordType type) const;

    bool checkWritable(QString *error) const;
    bool insertRow(const TableSpec &spec, const std::function<void(QSqlQuery &)> &bind, qint64 *id,
                   QString *error);
    bool updateRow(const TableSpec &spec, const std::function<void(QSqlQuery &)> &bind, qint64 id,
                   QString *error);
    bool writeLinks(const TableSpec &spec, const QString &field, qint64 ownerId, const QList<qint64> &ids,
                    QString *error);
    QList<qint64> readLinks(const TableSpec &spec, const QString &field, qint64 ownerId) const;
    /// The links of @p owners (ids of rows of the spec's table), each in its order.
    QHash<qint64, QList<qint64>> readAllLinks(const TableSpec &spec, const QString &field,
                                              const QList<qint64> &owners) const;
    bool recordRevision(RecordType type, qint64 id, const QByteArray &snapshot, QString *error);
    QString listSql(const TableSpec &spec, const ListOptions &options, QString *error) const;
    bool setTrashed(RecordType type, qint64 id, bool trashed, QString *error);
    QList<RecordRef> usersOf(RecordType type, qint64 id, TrashFilter trash, QString *error) const;

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    int m_revisionLimit = 50;
};

/// The JSON snapshot of a record as revisions keep it (fields by their keys).
template<class T>
QByteArray snapshotOf(const T &record);

} // namespace QuoteDesk

#include "library_impl.h"
