// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing back an earlier state of a record: a revision chosen in the revisions panel, and
// the unsaved edits the edit journal keeps beside the library and offers back after a crash.
#include "mainwindow.h"

#include "document/recorddocument.h"
#include "model/recordjson.h"
#include "recordeditor.h"
#include "store/editjournal.h"
#include "store/library.h"

#include <QDateTime>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

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

void MainWindow::setupJournal()
{
    if (m_library.isReadOnly())
        return; // nothing typed there can be saved
    m_journal = std::make_unique<EditJournal>(m_library.path());
    // A throttle, not a debounce: continuous typing is journaled every interval.
    m_journalTimer = new QTimer(this);
    m_journalTimer->setSingleShot(true);
    m_journalTimer->setInterval(JournalIntervalMs);
    connect(m_journalTimer, &QTimer::timeout, this, &MainWindow::writeJournal);
}

QString MainWindow::journalKey(RecordEditor *editor) const
{
    const RecordDocument *document = editor->document();
    if (document->id() > 0)
        return EditJournal::keyFor(document->type(), document->id());
    return m_newRecordKeys.value(editor);
}

void MainWindow::scheduleJournal(RecordEditor *editor)
{
    if (!m_journal || !editor->document()->isModified())
        return;
    if (!m_journalPending.contains(editor))
        m_journalPending << editor;
    if (!m_journalTimer->isActive())
        m_journalTimer->start();
}

void MainWindow::writeJournal()
{
    const QList<RecordEditor *> pending = std::exchange(m_journalPending, {});
    for (RecordEditor *editor : pending) {
        const RecordDocument *document = editor->document();
        if (!document->isModified())
            continue;
        if (document->id() == 0 && !m_newRecordKeys.contains(editor))
            m_newRecordKeys.insert(editor, u"new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        JournalEntry entry;
        entry.key = journalKey(editor);
        entry.type = document->type();
        entry.title = document->label().isEmpty() ? tr("New %1").arg(recordTypeDisplayName(document->type()))
                                                  : document->label();
        entry.record = std::visit([](auto record) { return RecordJson::toJson(record); }, document->record());
        entry.baseUpdatedAt =
            std::visit([](const auto &record) { return record.updatedAt; }, document->record());
        entry.written = QDateTime::currentDateTimeUtc();
        QString error;
        if (!m_journal->write(entry, &error))
            statusBar()->showMessage(
                tr("Could not keep a copy of the unsaved changes of “%1”: %2 Save the record to keep them.")
                    .arg(entry.title, error),
                8000);
    }
}

void MainWindow::forgetDraft(RecordEditor *editor)
{
    if (!m_journal)
        return;
    m_journalPending.removeAll(editor);
    QStringList keys;
    if (editor->document()->id() > 0)
        keys << EditJournal::keyFor(editor->document()->type(), editor->document()->id());
    if (m_newRecordKeys.contains(editor))
        keys << m_newRecordKeys.take(editor);
    for (const QString &key : std::as_const(keys)) {
        QString error;
        if (!m_journal->remove(key, &error))
            statusBar()->showMessage(tr("Could not remove the copy of unsaved changes: %1").arg(error), 8000);
    }
}

void MainWindow::offerJournalDrafts()
{
    if (!m_journal)
        return;
    QStringList problems;
    const QList<JournalEntry> entries = m_journal->entries(&problems);
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
            if (!m_journal->remove(entry.key, &error))
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
            m_newRecordKeys.insert(currentEditor(), entry.key);
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
