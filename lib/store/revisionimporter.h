// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordjson.h"
#include "store/libraryexchange.h"

#include <QSet>

#include <functional>

namespace QuoteDesk {

/// The "revisions" section of a library export (see libraryexchange.h), checked and written
/// for LibraryImporter. A revision the library already has (same record, time and
/// snapshot) is skipped, so importing a file twice adds none the second time.
class RevisionImporter final
{
public:
    /// Whether a record of that type and uuid is in the file or in the library.
    using RecordKnown = std::function<bool(RecordType, const QString &uuid)>;
    /// The local id of a record by uuid; 0 while it is not saved yet.
    using RecordId = std::function<qint64(RecordType, const QString &uuid)>;

    explicit RevisionImporter(Library &library);

    /// Reads the section's entries and checks their type, record, time and snapshot shape.
    bool collect(const QJsonValue &section, const RecordKnown &known, QString *error);
    /// True when the file holds revisions of that record.
    bool hasRevisionsOf(RecordType type, const QString &uuid) const;
    /// Reads and validates every snapshot with @p refs and counts new and present revisions in
    /// @p summary; with @p write, also inserts the new ones.
    bool apply(bool write, const RecordId &idOf, const RecordJson::ReferenceIn &refs,
               LibraryImportSummary &summary, QString *error);

    /// Whether the library has a revision of the record with @p snapshot (taken at
    /// @p createdAt, unless that is empty).
    bool contains(RecordType type, qint64 id, const QString &createdAt, const QByteArray &snapshot,
                  bool *found, QString *error) const;

private:
    struct Pending
    {
        RecordType type = RecordType::Quote;
        QString recordUuid;
        QString createdAt; // as the library stores it
        QJsonObject snapshot;
        int position = 0;
    };

    Library &m_library;
    QList<Pending> m_revisions;
    QSet<QString> m_records; // "type/uuid" of the records the file has revisions of
};

} // namespace QuoteDesk
