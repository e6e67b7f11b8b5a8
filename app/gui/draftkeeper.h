// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace QuoteDesk {

class EditJournal;
class Library;
class RecordEditor;
struct JournalEntry;

/// Keeps the unsaved edits of the open editors in the edit journal beside the library, so that
/// a crash loses at most one interval of typing: an edited record is written at most every
/// IntervalMs while it changes (a throttle, not a debounce), and its draft is removed once it
/// is saved, discarded or undone back to what is saved. Nothing is kept for a read-only library.
class DraftKeeper final : public QObject
{
    Q_OBJECT
public:
    /// How long an edited record goes at most without its draft being journaled.
    static constexpr int IntervalMs = 2000;

    explicit DraftKeeper(Library &library, QObject *parent = nullptr);
    ~DraftKeeper() override;

    /// The journal; null for a read-only library.
    EditJournal *journal() const { return m_journal.get(); }
    /// Journals the edits of @p editor within the interval, when it has unsaved edits.
    void schedule(RecordEditor *editor);
    /// Writes every scheduled draft now.
    void writePending();
    /// Removes the drafts of @p editor: it was saved, or its edits were discarded.
    void forget(RecordEditor *editor);
    /// Forgets @p editor without touching its drafts (its tab closed).
    void release(RecordEditor *editor);
    /// The drafts of an earlier run, restored into @p editor, a record not saved yet, keep
    /// their key (@p key) until it is saved.
    void adopt(RecordEditor *editor, const QString &key);
    /// The drafts in the journal; what could not be read is described in @p problems.
    QList<JournalEntry> entries(QStringList *problems) const;
    bool remove(const QString &key, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    QString keyOf(RecordEditor *editor) const;

    std::unique_ptr<EditJournal> m_journal;
    QTimer *m_timer = nullptr;
    QList<RecordEditor *> m_pending;
    QHash<RecordEditor *, QString> m_newRecordKeys; ///< journal keys of records not saved yet
};

} // namespace QuoteDesk
