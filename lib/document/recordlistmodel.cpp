// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistmodel.h"

#include "publish/publicationstore.h"
#include "publish/publishinputs.h"
#include "publish/syncstate.h"
#include "publish/wppayload.h"
#include "store/library.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

RecordListModel::RecordListModel(Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    reload();
}

QList<RecordListModel::Column> RecordListModel::columns() const
{
    using C = RecordPageQuery::Column;
    const Column updated { tr("Updated"), C::Updated, Column::Timestamp };
    // The sync state itself is derived in code (deriveSyncStates()).
    const Column sync { tr("Sync"), C::Sync, Column::Sync };
    switch (m_type) {
    case RecordType::Quote:
        return { { tr("Title"), C::Title },
                 { tr("Speaker"), C::Speaker },
                 { tr("Status"), C::Status, Column::Status },
                 sync,
                 { tr("Said on"), C::SaidOn, Column::Date },
                 updated };
    case RecordType::Speaker:
        return {
            { tr("Name"), C::Name }, { tr("Role"), C::Role }, { tr("Organisation"), C::Organisation }, updated
        };
    case RecordType::Essay:
        return { { tr("Title"), C::Title },
                 { tr("Kind"), C::Kind, Column::Kind_ },
                 { tr("Status"), C::Status, Column::Status },
                 sync,
                 updated };
    default:
        return { { tr("Name"), C::Name }, { tr("Slug"), C::Slug }, updated };
    }
}

RecordPageQuery RecordListModel::pageQuery() const
{
    RecordPageQuery query;
    query.type = m_type;
    for (const Column &column : columns())
        query.columns << column.id;
    query.status = m_status;
    query.categoryId = m_categoryId;
    query.speakerId = m_speakerId;
    query.needsUpdate = m_needsUpdate;
    query.syncSiteId = m_syncSiteId;
    query.sortColumn = m_sortColumn;
    query.descending = m_sortOrder == Qt::DescendingOrder;
    return query;
}

void RecordListModel::setRecordType(RecordType type)
{
    // Setting what is shown already reads nothing again: each reload counts and sorts the
    // whole table, which the window would otherwise do several times while it starts.
    if (type == m_type && !m_status && !m_categoryId && !m_speakerId && !m_needsUpdate && m_sortColumn == 0
        && m_sortOrder == Qt::AscendingOrder)
        return;
    m_type = type;
    m_status.reset();
    m_categoryId.reset();
    m_speakerId.reset();
    m_needsUpdate = false;
    m_sortColumn = 0;
    m_sortOrder = Qt::AscendingOrder;
    reload();
}

void RecordListModel::setStatusFilter(std::optional<WorkflowStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

void RecordListModel::setCategoryFilter(std::optional<qint64> categoryId)
{
    if (categoryId == m_categoryId)
        return;
    m_categoryId = categoryId;
    reload();
}

void RecordListModel::setSpeakerFilter(std::optional<qint64> speakerId)
{
    if (speakerId == m_speakerId)
        return;
    m_speakerId = speakerId;
    reload();
}

void RecordListModel::setSyncSite(qint64 siteId)
{
    if (siteId == m_syncSiteId)
        return;
    m_syncSiteId = siteId;
    reload();
}

int RecordListModel::syncColumn() const
{
    const QList<Column> cols = columns();
    for (int i = 0; i < cols.size(); ++i) {
        if (cols.at(i).kind == Column::Sync)
            return i;
    }
    return -1;
}

void RecordListModel::setNeedsUpdateFilter(bool needsUpdate)
{
    if (needsUpdate == m_needsUpdate)
        return;
    m_needsUpdate = needsUpdate;
    reload();
}

bool RecordListModel::readPage(QList<QVariantList> *rows)
{
    const QList<Column> cols = columns();
    if (!m_library.store().readPage(pageQuery(), int(m_rows.size()), PageSize, rows, &m_error))
        return false;
    for (int i = 0; i < cols.size(); ++i) {
        if (cols.at(i).kind == Column::Sync)
            deriveSyncStates(rows, i + 1);
    }
    return true;
}

void RecordListModel::deriveSyncStates(QList<QVariantList> *rows, int valueIndex)
{
    for (QVariantList &row : *rows) {
        SyncState state = SyncState::NotPublished;
        if (!row.value(valueIndex).isNull()) {
            const qint64 id = row.value(0).toLongLong();
            SyncInput sync;
            sync.publication = PublicationStore::find(m_library, recordTypeName(m_type), id, m_syncSiteId);
            QString error;
            // A post that cannot be composed now cannot match what was sent: "changed here".
            if (const auto input = PublishInputs::load(m_library, m_type, id, &error))
                sync.localHash = WpPayload::contentHash(*input);
            row[valueIndex] = syncStateOf(sync);
            m_syncInputs.insert(id, sync);
            continue;
        }
        row[valueIndex] = int(state);
    }
}

int RecordListModel::syncStateOf(const SyncInput &input) const
{
    std::optional<QString> site;
    if (input.publication && m_siteModifiedSiteId == m_syncSiteId)
        site = siteModified(input.publication->remoteId);
    return int(deriveSyncState(input.publication, input.localHash, site));
}

std::optional<QString> RecordListModel::siteModified(qint64 remoteId) const
{
    if (m_siteModifiedSiteId != m_syncSiteId || remoteId == 0)
        return std::nullopt;
    const auto it = m_siteModified.constFind(remoteId);
    return it == m_siteModified.constEnd() ? std::nullopt : std::optional(*it);
}

void RecordListModel::setSiteModified(qint64 siteId, const QHash<qint64, QString> &modifiedGmtByRemoteId)
{
    if (siteId != m_siteModifiedSiteId) {
        m_siteModified.clear();
        m_siteModifiedSiteId = siteId;
    }
    m_siteModified.insert(modifiedGmtByRemoteId);
    const int column = syncColumn();
    if (siteId != m_syncSiteId || column < 0)
        return;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto it = m_syncInputs.constFind(m_rows.at(row).value(0).toLongLong());
        if (it == m_syncInputs.constEnd())
            continue; // not published: nothing the site says changes that
        const int state = syncStateOf(*it);
        if (m_rows.at(row).value(column + 1).toInt() == state)
            continue;
        m_rows[row][column + 1] = state;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, column), index(last, column),
                           { Qt::DisplayRole, Qt::ToolTipRole, SyncStateRole });
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_syncInputs.clear();
    m_total = 0;
    m_error.clear();
    if (const std::optional<int> total = m_library.store().countPage(pageQuery(), &m_error))
        m_total = *total;
    QList<QVariantList> page;
    if (m_total > 0 && readPage(&page))
        m_rows = page;
    // A view that asks for more while it handles the reset gets it after the reset is done.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

int RecordListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(0).toLongLong() == id)
            return row;
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.value(0);
    if (role == TypeRole)
        return int(m_type);
    const QList<Column> cols = columns();
    if (role == SyncStateRole) {
        const int column = syncColumn();
        return column >= 0 ? row.value(column + 1) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QVariant value = row.value(index.column() + 1);
    switch (cols.at(index.column()).kind) {
    case Column::Sync:
        return displayName(SyncState(value.toInt()));
    case Column::Status:
        if (const auto status = workflowStatusFromString(value.toString()))
            return displayName(*status);
        break;
    case Column::Kind_:
        if (const auto kind = essayKindFromString(value.toString()))
            return displayName(*kind);
        break;
    case Column::Date:
        if (const QDate date = QDate::fromString(value.toString(), Qt::ISODate); date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
        return QString();
    case Column::Timestamp:
        return QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case Column::Text:
        break;
    }
    return value.toString();
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columns().at(section).title;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_fetching)
        return; // asked again by a view while this page is being inserted
    if (m_resetting) {
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    QList<QVariantList> page;
    if (!readPage(&page) || page.isEmpty()) {
        // The library shrank under the model: stop asking for more.
        m_total = int(m_rows.size());
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
    m_fetching = false;
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace QuoteDesk
