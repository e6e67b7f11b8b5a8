// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The library file: a Store kept in one SQLite database. Internal to lib/store; everything
// else reaches it through Library.

#include "store/sqlcodec.h"
#include "store/store.h"

#include <QSqlDatabase>

namespace QuoteDesk {

/// A Store in one SQLite file (WAL journal, FTS5 search index, schema version in
/// `user_version`), opened on one named connection that belongs to the thread that opened it.
class SqliteStore final : public Store
{
public:
    SqliteStore();
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    /// The connection, for the parts of this store kept in other files.
    QSqlDatabase database() const;

    bool open(const QString &location, const StoreOpenOptions &options, QString *error) override;
    void close() override;
    bool isOpen() const override;
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyReason() const override { return m_readOnlyReason; }
    QString location() const override { return m_path; }
    int schemaVersion() const override;
    QString engineVersion() const override;

    bool transact(const std::function<bool(QString *)> &work, QString *error) override;

    std::optional<AnyRecord> get(RecordType type, qint64 id, QString *error) const override;
    QList<AnyRecord> list(RecordType type, const ListOptions &options, QString *error) const override;
    bool save(AnyRecord &record, const SaveOptions &options, QString *error) override;
    std::optional<qint64> idForUuid(RecordType type, const QString &uuid) const override;
    QString uuidForId(RecordType type, qint64 id) const override;
    std::optional<QHash<QString, qint64>> idsByUuid(RecordType type, QString *error) const override;
    qint64 count(RecordType type, TrashFilter trash) const override;
    QString labelOf(RecordType type, qint64 id) const override;
    QHash<qint64, QString> labelsOf(RecordType type, const QList<qint64> &ids) const override;
    QList<RecordRef> listLabels(RecordType type, QString *error) const override;
    QList<RecordRef> findByLabel(const QString &text, int limit, QString *error) const override;
    std::optional<QSet<qint64>> existingIds(RecordType type, const QList<qint64> &ids,
                                            QString *error) const override;
    QList<RecordRef> usedBy(RecordType type, qint64 id, TrashFilter trash, QString *error) const override;

    bool readPage(const RecordPageQuery &query, int offset, int limit, QList<QVariantList> *rows,
                  QString *error) const override;
    std::optional<int> countPage(const RecordPageQuery &query, QString *error) const override;

    bool trash(RecordType type, qint64 id, QString *error, QList<RecordRef> *users) override;
    bool replaceAndTrash(RecordType type, qint64 id, qint64 replacementId, QString *error) override;
    bool restore(RecordType type, qint64 id, QString *error) override;
    bool purge(RecordType type, qint64 id, QString *error, QList<RecordRef> *users) override;
    bool emptyTrash(QString *error) override;
    QList<RecordRef> trashed(QString *error) const override;

    bool addRevision(RecordType type, qint64 id, const QString &createdAt, const QByteArray &snapshot,
                     QString *error) override;
    int revisionLimit() const override { return m_revisionLimit; }
    void setRevisionLimit(int limit) override { m_revisionLimit = limit; }
    std::optional<QList<RevisionRow>> revisions(RecordType type, qint64 recordId,
                                                QString *error) const override;
    std::optional<QList<RevisionRow>> allRevisions(QString *error) const override;
    bool revision(qint64 id, std::optional<RevisionRow> *row, QString *error) const override;
    std::optional<qint64> previousRevision(qint64 id, QString *error) const override;
    std::optional<bool> hasRevision(RecordType type, qint64 recordId, const QString &createdAt,
                                    const QByteArray &snapshot, QString *error) const override;

    QList<SearchHit> search(const SearchQuery &query, QString *error) const override;

    std::optional<QList<qint64>> publicationIds(const QString &recordType, qint64 recordId, qint64 siteId,
                                                TrashFilter trash, QString *error) const override;
    QList<qint64> remoteIds(qint64 siteId, QString *error) const override;
    QHash<QString, RemoteMedia> remoteMedia(qint64 siteId, const QStringList &sha256s,
                                            QString *error) const override;
    bool rememberMedia(qint64 siteId, const QString &sha256, const RemoteMedia &media,
                       QString *error) override;
    bool forgetMedia(qint64 siteId, const QString &sha256, QString *error) override;

    std::optional<QSet<qint64>> assetSizes(QString *error) const override;
    std::optional<QSet<QString>> assetHashes(QString *error) const override;
    std::optional<qint64> assetForHash(const QString &sha256, QString *error) const override;

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

    template<class T>
    std::optional<T> getRecord(qint64 id, QString *error) const;
    template<class T>
    QList<T> listRecords(const ListOptions &options, QString *error) const;
    template<class T>
    bool saveRecord(T &record, const SaveOptions &options, QString *error);

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
    std::optional<QList<RevisionRow>> revisionRows(const QString &where, const QVariantList &values,
                                                   QString *error) const;

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    int m_revisionLimit = 50;
};

} // namespace QuoteDesk
