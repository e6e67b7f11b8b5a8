// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistmodel.h"

#include "publish/publicationstore.h"
#include "publish/publishinputs.h"
#include "publish/syncstate.h"
#include "publish/wppayload.h"
#include "store/library.h"
#include "store/sqlcodec.h"
#include "store/sqlutil.h"

#include <QLocale>
#include <QSqlQuery>

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
    const Column updated { tr("Updated"), u"t.updated_at"_s, Column::Timestamp };
    // Sorting by the sync column puts the posts published to the site together; the state
    // itself is derived in code (deriveSyncStates()).
    const Column sync { tr("Sync"),
                        u"(SELECT p.id FROM publications p WHERE p.record_type = '%1' AND p.record_id = t.id "
                        "AND p.site_id = %2 AND p.deleted_at IS NULL)"_s.arg(recordTypeName(m_type))
                            .arg(m_syncSiteId),
                        Column::Sync };
    switch (m_type) {
    case RecordType::Quote:
        return { { tr("Title"), u"t.title"_s },
                 { tr("Speaker"), u"(SELECT s.name FROM speakers s WHERE s.id = t.speaker_id)"_s },
                 { tr("Status"), u"t.status"_s, Column::Status },
                 sync,
                 { tr("Said on"), u"t.said_on"_s, Column::Date },
                 updated };
    case RecordType::Speaker:
        return { { tr("Name"), u"t.name"_s },
                 { tr("Role"), u"t.role"_s },
                 { tr("Organisation"), u"t.organisation"_s },
                 updated };
    case RecordType::Essay:
        return { { tr("Title"), u"t.title"_s },
                 { tr("Kind"), u"t.kind"_s, Column::Kind_ },
                 { tr("Status"), u"t.status"_s, Column::Status },
                 sync,
                 updated };
    default:
        return { { tr("Name"), u"t.name"_s }, { tr("Slug"), u"t.slug"_s }, updated };
    }
}

QString RecordListModel::table() const
{
    return recordTypePluralName(m_type);
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

bool RecordListModel::hasFilter() const
{
    const bool post = m_type == RecordType::Quote || m_type == RecordType::Essay;
    return (post && (m_status || m_categoryId || m_needsUpdate))
        || (m_type == RecordType::Quote && m_speakerId);
}

QString RecordListModel::whereSql() const
{
    QStringList conditions { u"t.deleted_at IS NULL"_s };
    const bool post = m_type == RecordType::Quote || m_type == RecordType::Essay;
    if (post && m_status)
        conditions << u"t.status = :status"_s;
    if (post && m_categoryId)
        conditions
            << u"EXISTS (SELECT 1 FROM %1_categories c WHERE c.owner_id = t.id AND c.target_id = :category)"_s
                   .arg(table());
    if (m_type == RecordType::Quote && m_speakerId)
        conditions << u"t.speaker_id = :speaker"_s;
    if (post && m_needsUpdate)
        conditions
            << u"EXISTS (SELECT 1 FROM publications p WHERE p.record_type = :rtype AND p.record_id = t.id "
               "AND p.deleted_at IS NULL AND (p.last_error <> '' OR p.synced_at < t.updated_at))"_s;
    return conditions.join(u" AND "_s);
}

void RecordListModel::bindFilters(QSqlQuery &query) const
{
    const bool post = m_type == RecordType::Quote || m_type == RecordType::Essay;
    if (post && m_status)
        query.bindValue(u":status"_s, nameOf(*m_status));
    if (post && m_categoryId)
        query.bindValue(u":category"_s, *m_categoryId);
    if (m_type == RecordType::Quote && m_speakerId)
        query.bindValue(u":speaker"_s, *m_speakerId);
    if (post && m_needsUpdate)
        query.bindValue(u":rtype"_s, recordTypeName(m_type));
}

bool RecordListModel::readPage(QList<QVariantList> *rows)
{
    const QList<Column> cols = columns();
    QStringList select { u"t.id"_s };
    for (const Column &c : cols)
        select << c.sql;
    const Column &sortBy = cols.value(m_sortColumn, cols.first());
    const QString direction = m_sortOrder == Qt::DescendingOrder ? u" DESC"_s : QString();
    const QString order = sortBy.kind == Column::Text ? sortBy.sql + u" COLLATE NOCASE"_s : sortBy.sql;
    QSqlQuery query(m_library.database());
    const QString sql = u"SELECT %1 FROM %2 t WHERE %3 ORDER BY %4%5, t.id%5 LIMIT %6 OFFSET %7"_s.arg(
        select.join(u", "_s), table(), whereSql(), order, direction, QString::number(PageSize),
        QString::number(m_rows.size()));
    if (!Sql::prepare(query, sql, &m_error))
        return false;
    bindFilters(query);
    if (!Sql::exec(query, &m_error))
        return false;
    while (query.next()) {
        QVariantList row;
        row.reserve(cols.size() + 1);
        for (int i = 0; i <= cols.size(); ++i)
            row << query.value(i);
        rows->append(row);
    }
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
    // Unfiltered, the library's kept count serves: counting 100,000 quotes row by row takes
    // tens of milliseconds, on every change of the library.
    const qint64 kept = hasFilter() ? -1 : m_library.count(m_type);
    QSqlQuery count(m_library.database());
    if (kept >= 0) {
        m_total = int(kept);
    } else if (Sql::prepare(count, u"SELECT COUNT(*) FROM %1 t WHERE %2"_s.arg(table(), whereSql()),
                            &m_error)) {
        bindFilters(count);
        if (Sql::exec(count, &m_error) && count.next())
            m_total = count.value(0).toInt();
    }
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
        return QLocale().toString(SqlCodec::timestampFromText(value.toString()).toLocalTime(),
                                  QLocale::ShortFormat);
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
