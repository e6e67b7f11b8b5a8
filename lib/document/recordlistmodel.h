// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

class QSqlQuery;

#include <optional>

namespace QuoteDesk {

class Library;

/// A lazy table of the quotes, speakers, essays, categories or tags of a library. Rows are
/// read in pages (canFetchMore()/fetchMore(), LIMIT/OFFSET), never all at once; sorting by a
/// column is an SQL ORDER BY, and the filters are SQL conditions, so a library of 100,000
/// quotes costs one page of memory.
class RecordListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 id of the row's record
        TypeRole, ///< int value of its RecordType
        SyncStateRole, ///< int value of the SyncState of a quote or essay with the sync site
    };

    /// Rows read per fetchMore().
    static constexpr int PageSize = 200;

    explicit RecordListModel(Library &library, QObject *parent = nullptr);

    RecordType recordType() const { return m_type; }
    /// Quote, Speaker, Essay, Category or Tag; resets the filters and the sort order.
    void setRecordType(RecordType type);
    /// Workflow status to keep (quotes and essays); nothing: any.
    void setStatusFilter(std::optional<WorkflowStatus> status);
    std::optional<WorkflowStatus> statusFilter() const { return m_status; }
    /// Category to keep (quotes and essays); nothing: any.
    void setCategoryFilter(std::optional<qint64> categoryId);
    std::optional<qint64> categoryFilter() const { return m_categoryId; }
    /// Speaker to keep (quotes); nothing: any.
    void setSpeakerFilter(std::optional<qint64> speakerId);
    std::optional<qint64> speakerFilter() const { return m_speakerId; }
    /// Keeps only quotes published to a site and changed here since (or failed to publish).
    void setNeedsUpdateFilter(bool needsUpdate);
    bool needsUpdateFilter() const { return m_needsUpdate; }
    /// The site (a Site id) whose sync state the last column of quotes and essays shows; 0:
    /// none, every post is "not published". The state is derived per page as it is read.
    void setSyncSite(qint64 siteId);
    qint64 syncSite() const { return m_syncSiteId; }
    /// The column of the sync state; -1 for speakers, categories and tags.
    int syncColumn() const;
    /// What the site @p siteId said of its posts: post id → modified_gmt (empty: the post is
    /// gone), as PublishController::siteStateRefreshed() gives it. Adds to what is known of that
    /// site (another site's answer replaces it); when @p siteId is the sync site, the states
    /// of the loaded rows are derived again (without reading the library) and rows read later
    /// use it too, so "changed on the site" and "both" show.
    void setSiteModified(qint64 siteId, const QHash<qint64, QString> &modifiedGmtByRemoteId);
    /// The site's modified_gmt of the post @p remoteId on the sync site, if it was told.
    std::optional<QString> siteModified(qint64 remoteId) const;

    /// Reads the first page again (after the library changed).
    void reload();
    /// Records that match the filters, loaded or not.
    int totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    /// The row of @p id if it is loaded; -1 otherwise.
    int rowOfId(qint64 id) const;
    /// The last error reading the library; empty when the last read succeeded.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Column
    {
        QString title;
        QString sql; ///< expression over the table aliased `t`
        enum Kind { Text, Status, Kind_, Date, Timestamp, Sync } kind = Text;
    };
    QList<Column> columns() const;
    QString table() const;
    /// Whether a status, category, speaker or "needs update" filter applies.
    bool hasFilter() const;
    QString whereSql() const;
    void bindFilters(QSqlQuery &query) const;
    bool readPage(QList<QVariantList> *rows);
    void deriveSyncStates(QList<QVariantList> *rows, int valueIndex);
    struct SyncInput
    {
        std::optional<Publication> publication;
        QString localHash;
    };
    int syncStateOf(const SyncInput &input) const;

    Library &m_library;
    RecordType m_type = RecordType::Quote;
    std::optional<WorkflowStatus> m_status;
    std::optional<qint64> m_categoryId;
    std::optional<qint64> m_speakerId;
    bool m_needsUpdate = false;
    qint64 m_syncSiteId = 0;
    QHash<qint64, SyncInput> m_syncInputs; ///< record id → what its state derives from (loaded rows)
    qint64 m_siteModifiedSiteId = 0;
    QHash<qint64, QString> m_siteModified; ///< remote id → modified_gmt on m_siteModifiedSiteId
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QVariantList> m_rows; ///< id first, then one value per column
    int m_total = 0;
    QString m_error;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace QuoteDesk
