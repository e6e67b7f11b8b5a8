// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace QuoteDesk {

/// The unsaved draft of one open record, as the journal keeps it.
struct JournalEntry
{
    QString key; ///< names the open record: "quote-42", or a key of the caller's for a new one
    RecordType type = RecordType::Quote;
    QString title; ///< what to call the draft when offering it back
    QJsonObject record; ///< the draft, as model/recordjson writes it
    QDateTime baseUpdatedAt; ///< the saved record's updated_at the draft was made from
    QDateTime written; ///< when the draft was journaled (UTC)
};

/// Unsaved edits kept beside a library file, so that a crash or a kill loses at most what
/// was typed since the last write, and the next start can offer the drafts back.
///
/// One small file per open record in `<library>.journal/` (folder 0700, files 0600), written
/// to a temporary name and renamed over the old one: a process killed mid-write leaves the
/// previous draft or the new one, never half of one. The files are not synced to disk: they
/// outlive the process, which is what they are for; saving a record to the library is what
/// makes it durable, and then its draft is removed.
class EditJournal final
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::EditJournal)
public:
    /// The journal of the library file at @p libraryPath.
    explicit EditJournal(const QString &libraryPath);

    /// The folder the journal of @p libraryPath lives in.
    static QString folderFor(const QString &libraryPath);
    QString folder() const { return m_folder; }

    /// The key of a saved record's draft.
    static QString keyFor(RecordType type, qint64 id);

    /// Keeps @p entry, replacing the draft of the same key.
    bool write(const JournalEntry &entry, QString *error);
    /// Forgets the draft of @p key (saved or discarded); a key with no draft is fine.
    bool remove(const QString &key, QString *error);
    /// Every draft kept, oldest first. A draft that cannot be read (damaged by something
    /// else) is left where it is and named in @p problems, so nothing is lost.
    QList<JournalEntry> entries(QStringList *problems = nullptr) const;
    bool isEmpty() const;

private:
    QString pathFor(const QString &key) const;
    QString m_folder;
};

} // namespace QuoteDesk
