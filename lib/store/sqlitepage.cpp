// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore members for the record list: its rows a page at a time, and how many there are.
#include "store/sqlitestore.h"

#include "store/sqlcodec.h"
#include "store/sqlutil.h"

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

using Column = RecordPageQuery::Column;

bool isPost(RecordType type)
{
    return type == RecordType::Quote || type == RecordType::Essay;
}

// The SQL expression of a column over the record's table, aliased `t`.
QString columnSql(const RecordPageQuery &query, Column column)
{
    switch (column) {
    case Column::Title:
        return u"t.title"_s;
    case Column::Speaker:
        return u"(SELECT s.name FROM speakers s WHERE s.id = t.speaker_id)"_s;
    case Column::Status:
        return u"t.status"_s;
    case Column::Kind:
        return u"t.kind"_s;
    case Column::Name:
        return u"t.name"_s;
    case Column::Role:
        return u"t.role"_s;
    case Column::Organisation:
        return u"t.organisation"_s;
    case Column::Slug:
        return u"t.slug"_s;
    case Column::SaidOn:
        return u"t.said_on"_s;
    case Column::Updated:
        break;
    case Column::Sync:
        // The publication's id: sorting by it puts the posts published to the site together.
        return u"(SELECT p.id FROM publications p WHERE p.record_type = '%1' AND p.record_id = t.id "
               "AND p.site_id = %2 AND p.deleted_at IS NULL)"_s.arg(recordTypeName(query.type))
                   .arg(query.syncSiteId);
    }
    return u"t.updated_at"_s;
}

bool isText(Column column)
{
    switch (column) {
    case Column::Title:
    case Column::Speaker:
    case Column::Name:
    case Column::Role:
    case Column::Organisation:
    case Column::Slug:
        return true;
    default:
        return false;
    }
}

// The conditions of the filters that apply, beyond "not in the trash".
QStringList filterConditions(const RecordPageQuery &query)
{
    QStringList conditions;
    const bool post = isPost(query.type);
    if (post && query.status)
        conditions << u"t.status = :status"_s;
    if (post && query.categoryId)
        conditions
            << u"EXISTS (SELECT 1 FROM %1_categories c WHERE c.owner_id = t.id AND c.target_id = :category)"_s
                   .arg(recordTypePluralName(query.type));
    if (query.type == RecordType::Quote && query.speakerId)
        conditions << u"t.speaker_id = :speaker"_s;
    if (post && query.needsUpdate)
        conditions
            << u"EXISTS (SELECT 1 FROM publications p WHERE p.record_type = :rtype AND p.record_id = t.id "
               "AND p.deleted_at IS NULL AND (p.last_error <> '' OR p.synced_at < t.updated_at))"_s;
    return conditions;
}

QString whereSql(const RecordPageQuery &query)
{
    return (QStringList { u"t.deleted_at IS NULL"_s } + filterConditions(query)).join(u" AND "_s);
}

void bindFilters(const RecordPageQuery &page, QSqlQuery &query)
{
    const bool post = isPost(page.type);
    if (post && page.status)
        query.bindValue(u":status"_s, nameOf(*page.status));
    if (post && page.categoryId)
        query.bindValue(u":category"_s, *page.categoryId);
    if (page.type == RecordType::Quote && page.speakerId)
        query.bindValue(u":speaker"_s, *page.speakerId);
    if (post && page.needsUpdate)
        query.bindValue(u":rtype"_s, recordTypeName(page.type));
}

} // namespace

bool SqliteStore::readPage(const RecordPageQuery &page, int offset, int limit, QList<QVariantList> *rows,
                           QString *error) const
{
    if (page.columns.isEmpty())
        return true;
    QStringList select { u"t.id"_s };
    for (const Column column : page.columns)
        select << columnSql(page, column);
    const Column sortBy = page.columns.value(page.sortColumn, page.columns.constFirst());
    const QString direction = page.descending ? u" DESC"_s : QString();
    const QString order =
        isText(sortBy) ? columnSql(page, sortBy) + u" COLLATE NOCASE"_s : columnSql(page, sortBy);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString sql = u"SELECT %1 FROM %2 t WHERE %3 ORDER BY %4%5, t.id%5 LIMIT %6 OFFSET %7"_s.arg(
        select.join(u", "_s), recordTypePluralName(page.type), whereSql(page), order, direction,
        QString::number(limit), QString::number(offset));
    if (!Sql::prepare(query, sql, error))
        return false;
    bindFilters(page, query);
    if (!Sql::exec(query, error))
        return false;
    while (query.next()) {
        QVariantList row;
        row.reserve(page.columns.size() + 1);
        row << query.value(0);
        for (int i = 0; i < page.columns.size(); ++i) {
            const QVariant value = query.value(i + 1);
            row << (page.columns.at(i) == Column::Updated
                        ? QVariant(SqlCodec::timestampFromText(value.toString()))
                        : value);
        }
        rows->append(row);
    }
    return true;
}

std::optional<int> SqliteStore::countPage(const RecordPageQuery &page, QString *error) const
{
    // Unfiltered, the kept count serves: counting 100,000 quotes row by row takes tens of
    // milliseconds, on every change of the library.
    if (filterConditions(page).isEmpty() && isOpen()) {
        if (const qint64 kept = count(page.type, TrashFilter::Live); kept >= 0)
            return int(kept);
    }
    QSqlQuery query(database());
    if (!Sql::prepare(
            query,
            u"SELECT COUNT(*) FROM %1 t WHERE %2"_s.arg(recordTypePluralName(page.type), whereSql(page)),
            error))
        return std::nullopt;
    bindFilters(page, query);
    if (!Sql::exec(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

} // namespace QuoteDesk
