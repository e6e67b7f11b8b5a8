// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

QVariant rawSql(const QString &path, const QStringList &statements, QString *error)
{
    static QAtomicInt counter;
    const QString name = u"quotedesk-test-raw-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            bool ok = true;
            for (const QString &statement : statements) {
                ok = query.exec(statement);
                if (!ok) {
                    if (error)
                        *error = query.lastError().text();
                    break;
                }
            }
            if (ok)
                result = query.next() ? query.value(0) : QVariant(QString());
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace QuoteDesk::Test
