// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

RawSqlite::RawSqlite(const QString &path)
{
    // One name per object: several may be open at once, on one thread or on several.
    static QAtomicInt counter;
    m_name = u"quotedesk-test-raw-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    // Wait for a library that is in the middle of a write transaction rather than fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        m_openError = u"cannot open “%1”: %2"_s.arg(path, db.lastError().text());
}

RawSqlite::~RawSqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::optional<QList<QVariantList>> RawSqlite::query(const QString &sql, const QVariantList &values,
                                                    QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isOpen()) {
        if (error)
            *error = m_openError;
        return std::nullopt;
    }
    QSqlQuery query(db);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok) {
        if (error)
            *error = u"%1: %2"_s.arg(sql, query.lastError().text());
        return std::nullopt;
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

bool RawSqlite::exec(const QString &sql, const QVariantList &values, std::source_location where)
{
    QString error;
    if (query(sql, values, &error))
        return true;
    QTest::qFail(qPrintable(error), where.file_name(), int(where.line()));
    return false;
}

QList<QVariantList> RawSqlite::rows(const QString &sql, const QVariantList &values,
                                    std::source_location where)
{
    QString error;
    if (const auto result = query(sql, values, &error))
        return *result;
    QTest::qFail(qPrintable(error), where.file_name(), int(where.line()));
    return {};
}

QVariantList RawSqlite::column(const QString &sql, const QVariantList &values, std::source_location where)
{
    QVariantList firsts;
    for (const QVariantList &row : rows(sql, values, where))
        firsts.append(row.value(0));
    return firsts;
}

QVariant RawSqlite::scalar(const QString &sql, const QVariantList &values, std::source_location where)
{
    return rows(sql, values, where).value(0).value(0);
}

} // namespace QuoteDesk::Test
