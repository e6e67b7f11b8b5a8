// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Library)
};

} // namespace

Library::Library()
    : m_store(std::make_unique<SqliteStore>())
    , m_events(std::make_unique<LibraryEvents>())
{
}

Library::~Library()
{
    close();
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.qdlib"_s;
}

bool Library::open(const QString &path, QString *error, const OpenOptions &options)
{
    close();
    return m_store->open(path, options, error);
}

void Library::close()
{
    m_store->close();
    m_transactionDepth = 0;
    m_pendingChanges.clear();
}

bool Library::checkWritable(QString *error) const
{
    if (!isOpen()) {
        if (error)
            *error = Tr::tr("No library is open.");
        return false;
    }
    if (isReadOnly()) {
        if (error)
            *error = readOnlyReason();
        return false;
    }
    return true;
}

bool Library::transact(const std::function<bool(QString *)> &work, QString *error)
{
    ++m_transactionDepth;
    const bool ok = m_store->transact(work, error);
    if (--m_transactionDepth > 0)
        return ok;
    QHash<RecordType, QList<qint64>> changes;
    changes.swap(m_pendingChanges);
    if (ok) {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            Q_EMIT m_events->recordsChanged(it.key(), it.value());
    }
    return ok;
}

void Library::changed(RecordType type, const QList<qint64> &ids)
{
    if (m_transactionDepth > 0)
        m_pendingChanges[type].append(ids);
    else
        Q_EMIT m_events->recordsChanged(type, ids);
}

QList<SearchHit> search(const Library &library, const SearchQuery &query, QString *error)
{
    return library.store().search(query, error);
}

bool Library::trash(RecordType type, qint64 id, QString *error, QList<RecordRef> *users)
{
    if (!m_store->trash(type, id, error, users))
        return false;
    changed(type, { id });
    return true;
}

bool Library::replaceAndTrash(RecordType type, qint64 id, qint64 replacementId, QString *error)
{
    // Every user of the record changes too: announce them, as they were before the change.
    const QList<RecordRef> users = m_store->usedBy(type, id, TrashFilter::All, nullptr);
    if (!m_store->replaceAndTrash(type, id, replacementId, error))
        return false;
    for (const RecordRef &user : users)
        changed(user.type, { user.id });
    changed(type, { id });
    return true;
}

bool Library::restore(RecordType type, qint64 id, QString *error)
{
    if (!m_store->restore(type, id, error))
        return false;
    changed(type, { id });
    return true;
}

bool Library::purge(RecordType type, qint64 id, QString *error, QList<RecordRef> *users)
{
    if (!m_store->purge(type, id, error, users))
        return false;
    changed(type, { id });
    return true;
}

bool Library::emptyTrash(QString *error)
{
    const QList<RecordRef> gone = m_store->trashed(nullptr);
    if (!m_store->emptyTrash(error))
        return false;
    for (const RecordRef &record : gone)
        changed(record.type, { record.id });
    return true;
}

} // namespace QuoteDesk
