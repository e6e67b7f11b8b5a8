// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace QuoteDesk::Sql {

/// Runs @p sql on @p query; on failure puts the driver's message in @p error.
bool exec(QSqlQuery &query, const QString &sql, QString *error);
/// Prepares @p sql; on failure puts the driver's message in @p error.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
/// Executes a prepared query; on failure puts the driver's message in @p error.
bool exec(QSqlQuery &query, QString *error);

/// True when the last error of @p query says the database was locked by another writer.
bool isBusy(const QSqlQuery &query);

/// A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so two
/// processes never both read and then fail to upgrade their lock. Rolled back on
/// destruction unless commit() succeeded.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// False when the lock could not be taken; @p error says why.
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace QuoteDesk::Sql
