// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recorddiff.h"
#include "model/recordtype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace QuoteDesk {

class Library;

/// One kept revision of a record: the record as it was saved at that time.
struct RevisionInfo
{
    qint64 id = 0; ///< unique in the library; newer revisions have larger ids
    RecordType recordType = RecordType::Quote;
    qint64 recordId = 0;
    QDateTime createdAt; ///< when that save happened, UTC
    QString label; ///< the record's title or name as it was then
};

/// The history of quotes, speakers and essays: Library::save() keeps a snapshot at each
/// save (the last Library::revisionLimit() per record); this lists them, compares them and
/// brings one back.
///
/// Works on the library's own connection, so use it on the thread that opened the library.
class RevisionStore final
{
public:
    explicit RevisionStore(Library &library);

    /// True for the record types whose saves are kept: quotes, speakers and essays.
    static bool keepsRevisions(RecordType type);

    /// The revisions of one record, newest first; empty for a record without any.
    QList<RevisionInfo> list(RecordType type, qint64 recordId, QString *error = nullptr) const;
    /// One revision's details; nothing (and a message) for an unknown id.
    std::optional<RevisionInfo> info(qint64 revisionId, QString *error = nullptr) const;
    /// The record as the revision keeps it, one key per field (see RecordJson).
    std::optional<QJsonObject> snapshot(qint64 revisionId, QString *error = nullptr) const;

    /// What has changed since the revision: the revision is the old side, the record as it
    /// is now the new side. Fails when the record no longer exists.
    std::optional<QList<FieldChange>> diffWithCurrent(qint64 revisionId, QString *error = nullptr) const;
    /// What the save that made the revision changed: the revision before it is the old
    /// side. For the oldest kept revision every field that differs from an empty record.
    std::optional<QList<FieldChange>> diffWithPrevious(qint64 revisionId, QString *error = nullptr) const;
    /// Compares two revisions of the same record (old side first).
    std::optional<QList<FieldChange>> diff(qint64 olderRevisionId, qint64 newerRevisionId,
                                           QString *error = nullptr) const;

    /// Brings the record back to the revision's content and saves it, which keeps a new
    /// revision, so a restore can itself be undone by restoring the one before. The id,
    /// uuid, creation time and trash state of the record stay as they are now. A link to
    /// a record that has since been deleted for good is dropped and named in @p notes.
    /// @p restoredRevisionId receives the id of the revision the restore made.
    bool restore(qint64 revisionId, QString *error, QStringList *notes = nullptr,
                 qint64 *restoredRevisionId = nullptr);

private:
    struct Row;
    std::optional<Row> row(qint64 revisionId, QString *error) const;
    std::optional<QJsonObject> currentJson(RecordType type, qint64 recordId, QString *error) const;
    QList<FieldChange> compare(RecordType type, const QJsonObject &older, const QJsonObject &newer) const;

    Library &m_library;
};

} // namespace QuoteDesk
