// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Sql {
namespace {

bool fail(const QSqlQuery &query, QString *error)
{
    if (error) {
        const QSqlError e = query.lastError();
        *error = isBusy(query)
            ? QCoreApplication::translate("QuoteDesk::Sql",
                                          "The library is busy: another program is writing "
                                          "to it. Try again in a moment.")
            : e.text();
    }
    return false;
}

} // namespace

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    return query.exec(sql) || fail(query, error);
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    return query.prepare(sql) || fail(query, error);
}

bool exec(QSqlQuery &query, QString *error)
{
    return query.exec() || fail(query, error);
}

bool isBusy(const QSqlQuery &query)
{
    const QString code = query.lastError().nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), possibly with extended bits.
    bool ok = false;
    const int value = code.toInt(&ok);
    return ok && ((value & 0xff) == 5 || (value & 0xff) == 6);
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    QSqlQuery query(m_db);
    m_active = exec(query, u"BEGIN IMMEDIATE"_s, error);
    return m_active;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!exec(query, u"COMMIT"_s, error))
        return false;
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s);
    m_active = false;
}

} // namespace QuoteDesk::Sql
