// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestore.h"
#include "store/sqlitestore_impl.h"

#include "store/libraryfile.h"
#include "store/migrations.h"
#include "store/sqlitesql.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

using namespace LibraryFile;
using LibrarySql::trashCondition;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Library)
};

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"quotedesk-library-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Store::~Store() = default;

SqliteStore::SqliteStore() = default;

SqliteStore::~SqliteStore()
{
    close();
}

bool SqliteStore::open(const QString &path, const StoreOpenOptions &options, QString *error)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir()) {
        if (error)
            *error =
                Tr::tr("“%1” is a folder. Name a library file inside it instead.").arg(nativePath(absolute));
        return false;
    }
    const HeaderCheck header = checkHeader(absolute);
    if (!header.problem.isEmpty()) {
        if (error)
            *error = header.problem;
        return false;
    }

    const QString folder = QFileInfo(absolute).absolutePath();
    bool readOnly = options.readOnly;
    QString readOnlyReason;
    if (options.readOnly)
        readOnlyReason = Tr::tr("The library was opened read-only on request.");
    else if (header.exists && !isWritable(absolute))
        readOnlyReason =
            Tr::tr("The library file cannot be written, so it is open read-only. Changes cannot be "
                   "saved; copy the file somewhere you may write to edit it.");
    else if (header.exists && !isWritable(folder))
        readOnlyReason =
            Tr::tr("The folder of the library cannot be written, so the library is open read-only. "
                   "Move it to a folder you may write to edit it.");
    readOnly = !readOnlyReason.isEmpty();

    if (!header.exists) {
        if (!options.create || readOnly) {
            if (error)
                *error = Tr::tr("The library “%1” does not exist.").arg(nativePath(absolute));
            return false;
        }
        if (!QDir().mkpath(folder)) {
            if (error)
                *error =
                    Tr::tr("Cannot create the folder “%1” for the library. Check that you may write there.")
                        .arg(nativePath(folder));
            return false;
        }
        // Created here with mode 0600 so the library is never readable by others, not even
        // for the moment before SQLite opens it.
        const int fd =
            ::open(QFile::encodeName(absolute).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (error)
                *error = Tr::tr("Cannot create the library “%1”: %2. Check that you may write to its folder.")
                             .arg(nativePath(absolute), QString::fromLocal8Bit(::strerror(errno)));
            return false;
        }
        ::close(fd);
    }

    m_connectionName = newConnectionName();
    m_path = absolute;
    m_readOnly = readOnly;
    m_readOnlyReason = readOnlyReason;

    const auto openConnection = [&](const QString &name, const QString &connectOptions) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(name);
        db.setConnectOptions(connectOptions);
        return db.open();
    };
    const auto probe = [this](QString *e) {
        QSqlQuery query(database());
        return Sql::exec(query, u"SELECT count(*) FROM sqlite_master"_s, e);
    };

    QString problem;
    bool opened = false;
    if (readOnly) {
        // A reading connection creates the -wal and -shm files where it may, with the mode of
        // the library file; read-only ones would later stop anyone from writing the library.
        // Without a -wal file there is nothing else to read, so read the file as it is.
        const bool sideFiles =
            QFileInfo::exists(absolute + u"-wal"_s) || QFileInfo::exists(absolute + u"-shm"_s);
        opened = (sideFiles || isWritable(absolute))
            && openConnection(absolute, u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s)
            && probe(&problem);
        if (!opened) {
            // A WAL library in a folder that cannot be written has no shared-memory file to
            // read through: read the file as it is instead.
            QSqlDatabase::removeDatabase(m_connectionName);
            QUrl url = QUrl::fromLocalFile(absolute);
            url.setQuery(u"immutable=1"_s);
            opened = openConnection(url.toString(QUrl::FullyEncoded),
                                    u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s)
                && probe(&problem);
        }
    } else {
        opened = openConnection(absolute, u"QSQLITE_BUSY_TIMEOUT=5000"_s) && probe(&problem);
    }
    if (!opened) {
        if (problem.isEmpty())
            problem = database().lastError().text();
        close();
        if (error)
            *error = Tr::tr("The library “%1” cannot be opened: %2.").arg(nativePath(absolute), problem);
        return false;
    }

    QSqlQuery query(database());
    const auto pragma = [&](const QString &sql) {
        return Sql::exec(query, sql, &problem);
    };
    const auto number = [&](const QString &sql, int *value) {
        if (!pragma(sql) || !query.next())
            return false;
        *value = query.value(0).toInt();
        return true;
    };
    // Decide whether this is a library before anything is written to the file (switching
    // to WAL rewrites its header), and ask SQLite rather than trust the header read above:
    // the newest commits, the first migration's among them, may still be in the -wal file.
    int applicationId = 0;
    int tables = 0;
    int version = -1;
    bool ok = number(u"PRAGMA application_id"_s, &applicationId)
        && number(u"SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"_s, &tables)
        && number(u"PRAGMA user_version"_s, &version);
    if (ok && (tables > 0 && applicationId != Migrations::ApplicationId)) {
        close();
        if (error)
            *error = foreignDatabaseMessage(absolute);
        return false;
    }
    if (ok && version > Migrations::latestVersion()) {
        close();
        if (error)
            *error = newerVersionMessage(absolute, version);
        return false;
    }
    ok = ok && pragma(u"PRAGMA foreign_keys = ON"_s);
    if (ok && readOnly)
        ok = pragma(u"PRAGMA query_only = ON"_s);
    if (ok && !readOnly) {
        ok = pragma(u"PRAGMA journal_mode = WAL"_s) && pragma(u"PRAGMA synchronous = NORMAL"_s);
    }
    const int target = options.schemaVersion >= 0 ? options.schemaVersion : Migrations::latestVersion();
    if (ok && version < target) {
        if (readOnly) {
            close();
            if (error)
                *error =
                    Tr::tr("The library “%1” comes from an older QuoteDesk and must be upgraded, but it is "
                           "read-only. Open a copy you may write to.")
                        .arg(nativePath(absolute));
            return false;
        }
        QSqlDatabase db = database();
        ok = Migrations::migrate(db, &problem, target);
    }
    if (!ok) {
        close();
        if (error)
            *error = Tr::tr("The library “%1” cannot be opened: %2.").arg(nativePath(absolute), problem);
        return false;
    }
    return true;
}

void SqliteStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
}

bool SqliteStore::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase SqliteStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqliteStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString SqliteStore::engineVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT sqlite_version()"_s) || !query.next())
        return QString();
    return u"SQLite "_s + query.value(0).toString();
}

bool SqliteStore::checkWritable(QString *error) const
{
    if (!isOpen()) {
        if (error)
            *error = Tr::tr("No library is open.");
        return false;
    }
    if (m_readOnly) {
        if (error)
            *error = m_readOnlyReason;
        return false;
    }
    return true;
}

bool SqliteStore::transact(const std::function<bool(QString *)> &work, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work(error);
        --m_transactionDepth;
        return ok;
    }
    Sql::WriteTransaction transaction(database());
    if (!transaction.begin(error))
        return false;
    m_transactionDepth = 1;
    const bool ok = work(error) && transaction.commit(error);
    m_transactionDepth = 0;
    return ok;
}

SqliteStore::TableSpec SqliteStore::describe(RecordType type, SqlCodec::Describer &&describer)
{
    TableSpec s;
    s.table = recordTypePluralName(type);
    s.columns = std::move(describer.columns);
    s.references = std::move(describer.references);
    s.links = std::move(describer.linkSpecs);
    s.selectColumns = s.columns.join(u", "_s);
    return s;
}

const SqliteStore::TableSpec &SqliteStore::specOf(RecordType type) const
{
    switch (type) {
    case RecordType::Speaker:
        return spec<Speaker>();
    case RecordType::Essay:
        return spec<Essay>();
    case RecordType::Quote:
        return spec<Quote>();
    case RecordType::Asset:
        return spec<Asset>();
    case RecordType::Category:
        return spec<Category>();
    case RecordType::Tag:
        return spec<Tag>();
    case RecordType::Site:
        return spec<Site>();
    case RecordType::Publication:
        break;
    }
    return spec<Publication>();
}

std::optional<AnyRecord> SqliteStore::get(RecordType type, qint64 id, QString *error) const
{
    return withEmptyRecord(type, [&](auto prototype) -> std::optional<AnyRecord> {
        using T = decltype(prototype);
        std::optional<T> record = getRecord<T>(id, error);
        if (!record)
            return std::nullopt;
        return AnyRecord(std::move(*record));
    });
}

QList<AnyRecord> SqliteStore::list(RecordType type, const ListOptions &options, QString *error) const
{
    return withEmptyRecord(type, [&](auto prototype) {
        using T = decltype(prototype);
        QList<T> records = listRecords<T>(options, error);
        QList<AnyRecord> all;
        all.reserve(records.size());
        for (T &record : records)
            all.append(AnyRecord(std::move(record)));
        return all;
    });
}

bool SqliteStore::save(AnyRecord &record, const SaveOptions &options, QString *error)
{
    return std::visit([&](auto &typed) { return saveRecord(typed, options, error); }, record);
}

bool SqliteStore::insertRow(const TableSpec &spec, const std::function<void(QSqlQuery &)> &bind, qint64 *id,
                            QString *error)
{
    QStringList placeholders;
    for (const QString &column : spec.columns)
        placeholders.append(u':' + column);
    QSqlQuery query(database());
    if (!Sql::prepare(query,
                      u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(spec.table, spec.selectColumns,
                                                               placeholders.join(u", "_s)),
                      error))
        return false;
    bind(query);
    query.bindValue(u":id"_s, QVariant()); // SQLite picks the row id
    if (!Sql::exec(query, error))
        return false;
    *id = query.lastInsertId().toLongLong();
    return true;
}

bool SqliteStore::updateRow(const TableSpec &spec, const std::function<void(QSqlQuery &)> &bind, qint64 id,
                            QString *error)
{
    QStringList assignments;
    for (const QString &column : spec.columns) {
        if (column != u"id"_s)
            assignments.append(column + u" = :"_s + column);
    }
    QSqlQuery query(database());
    if (!Sql::prepare(query, u"UPDATE %1 SET %2 WHERE id = :id"_s.arg(spec.table, assignments.join(u", "_s)),
                      error))
        return false;
    bind(query);
    query.bindValue(u":id"_s, id);
    if (!Sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = Tr::tr(
                "The record no longer exists in the library (deleted elsewhere?). Save it as a new one.");
        return false;
    }
    return true;
}

bool SqliteStore::writeLinks(const TableSpec &spec, const QString &field, qint64 ownerId,
                             const QList<qint64> &ids, QString *error)
{
    const QString table = spec.table + u'_' + field;
    QSqlQuery query(database());
    if (!Sql::prepare(query, u"DELETE FROM %1 WHERE owner_id = ?"_s.arg(table), error))
        return false;
    query.addBindValue(ownerId);
    if (!Sql::exec(query, error))
        return false;
    if (!Sql::prepare(
            query, u"INSERT OR IGNORE INTO %1 (owner_id, target_id, position) VALUES (?, ?, ?)"_s.arg(table),
            error))
        return false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        query.addBindValue(ownerId);
        query.addBindValue(ids.at(i));
        query.addBindValue(i);
        if (!Sql::exec(query, error))
            return false;
    }
    return true;
}

QList<qint64> SqliteStore::readLinks(const TableSpec &spec, const QString &field, qint64 ownerId) const
{
    QList<qint64> ids;
    QSqlQuery query(database());
    query.prepare(
        u"SELECT target_id FROM %1_%2 WHERE owner_id = ? ORDER BY position"_s.arg(spec.table, field));
    query.addBindValue(ownerId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QHash<qint64, QList<qint64>> SqliteStore::readAllLinks(const TableSpec &spec, const QString &field,
                                                       const QList<qint64> &owners) const
{
    QHash<qint64, QList<qint64>> links;
    if (owners.isEmpty())
        return links;
    // A page of a long list asks for its own rows' links only; a whole table reads them all
    // in one pass rather than through a huge IN list.
    constexpr qsizetype maxListed = 1000;
    QString where;
    if (owners.size() <= maxListed) {
        QStringList numbers;
        numbers.reserve(owners.size());
        for (const qint64 id : owners)
            numbers.append(QString::number(id));
        where = u" WHERE owner_id IN (%1)"_s.arg(numbers.join(u','));
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT owner_id, target_id FROM %1_%2%3 ORDER BY owner_id, position"_s.arg(
            spec.table, field, where))) {
        while (query.next())
            links[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    }
    return links;
}

QString SqliteStore::listSql(const TableSpec &spec, const ListOptions &options, QString *error) const
{
    QString order = options.orderBy.isEmpty() ? u"id"_s : options.orderBy;
    if (!spec.columns.contains(order)) {
        if (error)
            *error = Tr::tr("Cannot sort %1 by “%2”: there is no such field.").arg(spec.table, order);
        return {};
    }
    QString sql = u"SELECT %1 FROM %2 WHERE %3 ORDER BY %4%5, id"_s.arg(
        spec.selectColumns, spec.table, trashCondition(options.trash), order,
        options.descending ? u" DESC"_s : QString());
    if (options.limit >= 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(options.limit).arg(options.offset);
    return sql;
}

bool SqliteStore::addRevision(RecordType type, qint64 id, const QString &createdAt,
                              const QByteArray &snapshot, QString *error)
{
    QSqlQuery query(database());
    if (!Sql::prepare(
            query,
            u"INSERT INTO revisions (record_type, record_id, created_at, snapshot) VALUES (?, ?, ?, ?)"_s,
            error))
        return false;
    query.addBindValue(recordTypeName(type));
    query.addBindValue(id);
    query.addBindValue(createdAt);
    query.addBindValue(QString::fromUtf8(snapshot));
    return Sql::exec(query, error);
}

bool SqliteStore::recordRevision(RecordType type, qint64 id, const QByteArray &snapshot, QString *error)
{
    if (!addRevision(type, id, SqlCodec::timestampToText(QDateTime::currentDateTimeUtc()), snapshot, error))
        return false;
    QSqlQuery query(database());
    if (m_revisionLimit <= 0)
        return true;
    if (!Sql::prepare(
            query,
            u"DELETE FROM revisions WHERE record_type = ? AND record_id = ? AND id NOT IN "
            "(SELECT id FROM revisions WHERE record_type = ? AND record_id = ? ORDER BY id DESC LIMIT ?)"_s,
            error))
        return false;
    query.addBindValue(recordTypeName(type));
    query.addBindValue(id);
    query.addBindValue(recordTypeName(type));
    query.addBindValue(id);
    query.addBindValue(m_revisionLimit);
    return Sql::exec(query, error);
}

} // namespace QuoteDesk
