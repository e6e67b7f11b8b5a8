// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"
#include "model/validation.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace QuoteDesk {

/// Says what changed in a Library, once it is committed.
class LibraryEvents final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// Records of @p type were saved, moved to the trash, restored or deleted (@p ids, in no
    /// particular order). Within Library::transact() this comes after the commit, and not at
    /// all when the transaction is rolled back.
    void recordsChanged(QuoteDesk::RecordType type, const QList<qint64> &ids);
};

/// A library: the store of every record. What the rest of QuoteDesk reads and writes goes
/// through this class, which hands it to the Store the library is kept in (an SQLite file,
/// SqliteStore, is the one kind today) and says what changed (events()).
///
/// Errors are returned as values: every call that can fail returns false (or nothing) and
/// puts a message a person can act on in its @p error argument.
class Library final
{
public:
    using OpenOptions = StoreOpenOptions;

    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    /// The library used when none is named: `library.qdlib` in the application data folder.
    static QString defaultPath();

    /// Opens (or creates) the library at @p path, migrating it to the latest schema. A file
    /// that is not a QuoteDesk library, is damaged, or comes from a newer version is refused
    /// before anything is written to it. A file or folder that cannot be written is opened
    /// read-only (see isReadOnly()).
    bool open(const QString &path, QString *error, const OpenOptions &options);
    bool open(const QString &path, QString *error) { return open(path, error, OpenOptions {}); }
    void close();

    bool isOpen() const { return m_store->isOpen(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    /// Why the library was opened read-only, translated; empty when it is writable.
    QString readOnlyReason() const { return m_store->readOnlyReason(); }
    QString path() const { return m_store->location(); }
    int schemaVersion() const { return m_store->schemaVersion(); }
    /// The database engine and its version in use, e.g. "SQLite 3.40.1"; empty when closed.
    QString engineVersion() const { return m_store->engineVersion(); }
    /// The store the library is kept in, for what is not a record: revisions' rows, what sites
    /// already have, assets' files, pages of the record list.
    const Store &store() const { return *m_store; }
    Store &store() { return *m_store; }
    /// Tells what changed; lives as long as the Library.
    LibraryEvents *events() const { return m_events.get(); }

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

    std::optional<qint64> idForUuid(RecordType type, const QString &uuid) const
    {
        return m_store->idForUuid(type, uuid);
    }
    QString uuidForId(RecordType type, qint64 id) const { return m_store->uuidForId(type, id); }
    qint64 count(RecordType type, TrashFilter trash = TrashFilter::Live) const
    {
        return m_store->count(type, trash);
    }
    /// The title or name of a record, for messages and lists.
    QString labelOf(RecordType type, qint64 id) const { return m_store->labelOf(type, id); }
    /// The titles or names of several records of one type in one query, by id; ids that are
    /// not in the library are left out.
    QHash<qint64, QString> labelsOf(RecordType type, const QList<qint64> &ids) const
    {
        return m_store->labelsOf(type, ids);
    }
    /// Every record of @p type not in the trash, with its title or name, sorted by it without
    /// regard to case: what pickers, completers and filters offer. Empty, with @p error set,
    /// when the library could not be read.
    QList<RecordRef> listLabels(RecordType type, QString *error) const
    {
        return m_store->listLabels(type, error);
    }
    /// The quotes, speakers, essays, categories and tags not in the trash whose title or name
    /// contains @p text (in any case; `%` and `_` are plain characters), sorted by it, at most
    /// @p limit of them. Empty, with @p error set, when the library could not be read.
    QList<RecordRef> findByLabel(const QString &text, int limit, QString *error) const
    {
        return m_store->findByLabel(text, limit, error);
    }
    /// Which of @p ids are records of @p type, in the trash or not; nothing, with @p error
    /// set, when the library could not be read.
    std::optional<QSet<qint64>> existingIds(RecordType type, const QList<qint64> &ids, QString *error) const
    {
        return m_store->existingIds(type, ids, error);
    }
    /// Drops every reference and link of @p record to a record the library no longer has (a
    /// revision restored after what it named was purged). False, with @p error set, when the
    /// library could not be read; @p record is then unchanged.
    template<class T>
    bool dropMissingReferences(T &record, QString *error) const;

    /// The records that refer to a record (quotes of a speaker, posts using an asset, …).
    QList<RecordRef> usedBy(RecordType type, qint64 id, TrashFilter trash = TrashFilter::Live,
                            QString *error = nullptr) const
    {
        return m_store->usedBy(type, id, trash, error);
    }
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
    QList<RecordRef> trashed(QString *error = nullptr) const { return m_store->trashed(error); }

    /// Keeps @p snapshot (see snapshotOf()) as a revision of a record, taken at @p createdAt
    /// (UTC text as stored, e.g. from an import). Does not prune: save() does.
    bool addRevision(RecordType type, qint64 id, const QString &createdAt, const QByteArray &snapshot,
                     QString *error)
    {
        return m_store->addRevision(type, id, createdAt, snapshot, error);
    }

    /// How many revisions to keep per record (default 50).
    int revisionLimit() const { return m_store->revisionLimit(); }
    void setRevisionLimit(int limit) { m_store->setRevisionLimit(limit); }

private:
    bool checkWritable(QString *error) const;
    /// Announces @p ids of @p type as changed: now, or when the outer transaction commits.
    void changed(RecordType type, const QList<qint64> &ids);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<LibraryEvents> m_events;
    int m_transactionDepth = 0;
    QHash<RecordType, QList<qint64>> m_pendingChanges;
};

/// The JSON snapshot of a record as revisions keep it (fields by their keys).
template<class T>
QByteArray snapshotOf(const T &record);

} // namespace QuoteDesk

#include "library_impl.h"
