// SPDX-License-Identifier: GPL-3.0-or-later
// Library members for "used by", the trash and purging: what may be deleted and what refers
// to what.
#include "store/sqlitestore.h"

#include "store/sqlitesql.h"
#include "store/sqlutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

using LibrarySql::allTypes;
using LibrarySql::labelExpression;
using LibrarySql::trashCondition;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Library)
};

} // namespace

QList<RecordRef> SqliteStore::usersOf(RecordType type, qint64 id, TrashFilter trash, QString *error) const
{
    QList<RecordRef> users;
    for (const RecordType ownerType : allTypes) {
        const TableSpec &owner = specOf(ownerType);
        QStringList conditions;
        for (const SqlCodec::ReferenceSpec &reference : owner.references) {
            if (reference.target == type)
                conditions.append(reference.column + u" = :id"_s);
        }
        for (const SqlCodec::LinkSpec &link : owner.links) {
            if (link.target == type)
                conditions.append(u"id IN (SELECT owner_id FROM %1_%2 WHERE target_id = :id)"_s.arg(
                    owner.table, link.field));
        }
        if (conditions.isEmpty())
            continue;
        QSqlQuery query(database());
        if (!Sql::prepare(
                query,
                u"SELECT id, %1 FROM %2 WHERE (%3) AND %4 AND NOT (id = :id AND %5) ORDER BY id"_s.arg(
                    labelExpression(ownerType), owner.table, conditions.join(u" OR "_s),
                    trashCondition(trash), ownerType == type ? u"1"_s : u"0"_s),
                error))
            return {};
        query.bindValue(u":id"_s, id);
        if (!Sql::exec(query, error))
            return {};
        while (query.next())
            users.append({ ownerType, query.value(0).toLongLong(), query.value(1).toString() });
    }
    return users;
}

QList<RecordRef> SqliteStore::usedBy(RecordType type, qint64 id, TrashFilter trash, QString *error) const
{
    return usersOf(type, id, trash, error);
}

namespace {

QString describeUsers(const QList<RecordRef> &users)
{
    QStringList names;
    for (const RecordRef &user : users.first(std::min<qsizetype>(users.size(), 5)))
        names.append(u"%1 “%2”"_s.arg(recordTypeDisplayName(user.type), user.label));
    QString text = names.join(u", "_s);
    // A plain variable as the count: lupdate stops making progress on a cast in that argument.
    const int more = int(users.size()) - 5;
    if (more > 0)
        text += Tr::tr(" and %n more", nullptr, more);
    return text;
}

} // namespace

bool SqliteStore::setTrashed(RecordType type, qint64 id, bool trashed, QString *error)
{
    QSqlQuery query(database());
    const QString sql = trashed ? u"UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s
                                : u"UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS NOT NULL"_s;
    if (!Sql::prepare(query, sql.arg(recordTypePluralName(type)), error))
        return false;
    query.addBindValue(trashed ? QVariant(SqlCodec::timestampToText(QDateTime::currentDateTimeUtc()))
                               : QVariant());
    query.addBindValue(id);
    if (!Sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = (trashed ? Tr::tr("There is no %1 with id %2 outside the trash.")
                              : Tr::tr("There is no %1 with id %2 in the trash."))
                         .arg(recordTypeDisplayName(type))
                         .arg(id);
        return false;
    }
    return true;
}

bool SqliteStore::trash(RecordType type, qint64 id, QString *error, QList<RecordRef> *users)
{
    return transact(
        [&](QString *e) {
            const QList<RecordRef> found = usersOf(type, id, TrashFilter::Live, e);
            if (users)
                *users = found;
            if (!found.isEmpty()) {
                if (e)
                    *e =
                        Tr::tr("“%1” is still used by %2. Change those first, or replace it with another %3.")
                            .arg(labelOf(type, id), describeUsers(found), recordTypeDisplayName(type));
                return false;
            }
            return setTrashed(type, id, true, e);
        },
        error);
}

bool SqliteStore::replaceAndTrash(RecordType type, qint64 id, qint64 replacementId, QString *error)
{
    if (id == replacementId) {
        if (error)
            *error = Tr::tr("A record cannot be replaced by itself. Choose another one.");
        return false;
    }
    return transact(
        [&](QString *e) {
            if (count(type, TrashFilter::Live) < 0 || labelOf(type, replacementId).isNull()) {
                if (e)
                    *e = Tr::tr("The replacement %1 does not exist.").arg(recordTypeDisplayName(type));
                return false;
            }
            const QString stamp = SqlCodec::timestampToText(QDateTime::currentDateTimeUtc());
            for (const RecordType ownerType : allTypes) {
                const TableSpec &owner = specOf(ownerType);
                QSqlQuery query(database());
                for (const SqlCodec::ReferenceSpec &reference : owner.references) {
                    if (reference.target != type)
                        continue;
                    if (!Sql::prepare(query,
                                      u"UPDATE %1 SET %2 = ?, updated_at = ? WHERE %2 = ?"_s.arg(
                                          owner.table, reference.column),
                                      e))
                        return false;
                    query.addBindValue(replacementId);
                    query.addBindValue(stamp);
                    query.addBindValue(id);
                    if (!Sql::exec(query, e))
                        return false;
                }
                for (const SqlCodec::LinkSpec &link : owner.links) {
                    if (link.target != type)
                        continue;
                    const QString table = owner.table + u'_' + link.field;
                    if (!Sql::prepare(
                            query,
                            u"INSERT OR IGNORE INTO %1 (owner_id, target_id, position) SELECT owner_id, ?, position FROM %1 WHERE target_id = ?"_s
                                .arg(table),
                            e))
                        return false;
                    query.addBindValue(replacementId);
                    query.addBindValue(id);
                    if (!Sql::exec(query, e))
                        return false;
                    if (!Sql::prepare(query, u"DELETE FROM %1 WHERE target_id = ?"_s.arg(table), e))
                        return false;
                    query.addBindValue(id);
                    if (!Sql::exec(query, e))
                        return false;
                }
            }
            return trash(type, id, e, nullptr);
        },
        error);
}

bool SqliteStore::restore(RecordType type, qint64 id, QString *error)
{
    return transact([&](QString *e) { return setTrashed(type, id, false, e); }, error);
}

bool SqliteStore::purge(RecordType type, qint64 id, QString *error, QList<RecordRef> *users)
{
    return transact(
        [&](QString *e) {
            const QList<RecordRef> found = usersOf(type, id, TrashFilter::All, e);
            if (users)
                *users = found;
            if (!found.isEmpty()) {
                if (e)
                    *e = Tr::tr("“%1” cannot be deleted for ever while %2 still use it, even from the trash.")
                             .arg(labelOf(type, id), describeUsers(found));
                return false;
            }
            QSqlQuery query(database());
            const QString name = recordTypeName(type);
            if (!Sql::prepare(query, u"DELETE FROM revisions WHERE record_type = ? AND record_id = ?"_s, e))
                return false;
            query.addBindValue(name);
            query.addBindValue(id);
            if (!Sql::exec(query, e))
                return false;
            if (!Sql::prepare(query, u"DELETE FROM publications WHERE record_type = ? AND record_id = ?"_s,
                              e))
                return false;
            query.addBindValue(name);
            query.addBindValue(id);
            if (!Sql::exec(query, e))
                return false;
            if (!Sql::prepare(query, u"DELETE FROM %1 WHERE id = ?"_s.arg(recordTypePluralName(type)), e))
                return false;
            query.addBindValue(id);
            if (!Sql::exec(query, e))
                return false;
            if (query.numRowsAffected() != 1) {
                if (e)
                    *e = Tr::tr("There is no %1 with id %2.").arg(recordTypeDisplayName(type)).arg(id);
                return false;
            }
            return true;
        },
        error);
}

QList<RecordRef> SqliteStore::trashed(QString *error) const
{
    QList<RecordRef> records;
    QStringList parts;
    for (const RecordType type : allTypes) {
        parts.append(u"SELECT %1, id, %2, deleted_at FROM %3 WHERE deleted_at IS NOT NULL"_s.arg(
            QString::number(int(type)), labelExpression(type), recordTypePluralName(type)));
    }
    QSqlQuery query(database());
    if (!Sql::exec(query, parts.join(u" UNION ALL "_s) + u" ORDER BY 4 DESC"_s, error))
        return records;
    while (query.next())
        records.append(
            { RecordType(query.value(0).toInt()), query.value(1).toLongLong(), query.value(2).toString() });
    return records;
}

bool SqliteStore::emptyTrash(QString *error)
{
    return transact(
        [&](QString *e) {
            // Users go before what they use: quotes, then essays and speakers, then the rest.
            static constexpr RecordType order[] = { RecordType::Publication, RecordType::Quote,
                                                    RecordType::Essay,       RecordType::Speaker,
                                                    RecordType::Asset,       RecordType::Tag,
                                                    RecordType::Category,    RecordType::Site };
            const QList<RecordRef> all = trashed(e);
            for (const RecordType type : order) {
                for (const RecordRef &ref : all) {
                    if (ref.type == type && !purge(ref.type, ref.id, e, nullptr))
                        return false;
                }
            }
            return true;
        },
        error);
}

} // namespace QuoteDesk
