// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing back an earlier state of a record: a revision chosen in the revisions panel, and
// the unsaved edits the edit journal keeps beside the library and offers back after a crash.
#include "mainwindow.h"

#include "document/recorddocument.h"
#include "draftkeeper.h"
#include "model/recordjson.h"
#include "recordeditor.h"
#include "store/editjournal.h"
#include "store/library.h"

#include <QDateTime>
#include <QLocale>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

// @p record with the fields of @p json read over it and its dead links dropped.
std::optional<EditableRecord> recordFromJson(const Library &library, EditableRecord record,
                                             const QJsonObject &json, QString *error)
{
    const bool ok = std::visit(
        [&](auto &r) {
            // A restored revision or a recovered draft may name a record deleted since.
            return RecordJson::fromJson(json, r, error) && library.dropMissingReferences(r, error);
        },
        record);
    if (!ok)
        return std::nullopt;
    return record;
}

} // namespace

void MainWindow::restoreRevision(RecordType type, qint64 id, const QJsonObject &snapshot)
{
    if (!openRecord(type, id))
        return;
    RecordDocument *document = currentEditor()->document();
    QString error;
    const std::optional<EditableRecord> restored =
        recordFromJson(m_library, document->record(), snapshot, &error);
    if (!restored) {
        showError(tr("Could not restore the revision of “%1”: %2 The record is unchanged.")
                      .arg(document->label(), error));
        return;
    }
    document->replaceRecord(*restored, tr("Restore Revision"));
    statusBar()->showMessage(tr("Revision restored; save to keep it, or undo to go back."), 5000);
}

EditJournal *MainWindow::journal() const
{
    return m_drafts->journal();
}

void MainWindow::offerJournalDrafts()
{
    QStringList problems;
    const QList<JournalEntry> entries = m_drafts->entries(&problems);
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(u' '), 8000);
    if (entries.isEmpty())
        return;
    QStringList names;
    for (const JournalEntry &entry : entries)
        names << tr("• %1 (changed %2)")
                     .arg(entry.title, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat));
    const QMessageBox::StandardButton choice = m_dialogs.offerDrafts(this, names);
    if (choice == QMessageBox::Discard) {
        for (const JournalEntry &entry : entries) {
            QString error;
            if (!m_drafts->remove(entry.key, &error))
                statusBar()->showMessage(error, 8000);
        }
        return;
    }
    if (choice != QMessageBox::Open)
        return;
    for (const JournalEntry &entry : entries) {
        const qint64 id = entry.record.value(u"id"_s).toInteger();
        bool saved = id > 0 && entry.key == EditJournal::keyFor(entry.type, id);
        if (saved) {
            QString error;
            const std::optional<QSet<qint64>> existing = m_library.existingIds(entry.type, { id }, &error);
            if (!existing) {
                showError(
                    tr("Could not restore the unsaved changes of “%1”: %2 The draft stays in the journal.")
                        .arg(entry.title, error));
                continue;
            }
            saved = existing->contains(id);
        }
        if (saved) {
            if (!openRecord(entry.type, id))
                continue;
        } else {
            newRecord(entry.type);
            m_drafts->adopt(currentEditor(), entry.key);
        }
        RecordDocument *document = currentEditor()->document();
        QString error;
        const std::optional<EditableRecord> draft =
            recordFromJson(m_library, document->record(), entry.record, &error);
        if (!draft) {
            showError(tr("Could not restore the unsaved changes of “%1”: %2 The draft stays in the journal.")
                          .arg(entry.title, error));
            continue;
        }
        document->replaceRecord(*draft, tr("Recover Unsaved Changes"));
    }
}

} // namespace QuoteDesk
