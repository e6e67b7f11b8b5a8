// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftkeeper.h"

#include "document/recorddocument.h"
#include "model/recordjson.h"
#include "recordeditor.h"
#include "store/editjournal.h"
#include "store/library.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

DraftKeeper::DraftKeeper(Library &library, QObject *parent)
    : QObject(parent)
{
    if (library.isReadOnly())
        return; // nothing typed there can be saved
    m_journal = std::make_unique<EditJournal>(library.path());
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DraftKeeper::writePending);
}

DraftKeeper::~DraftKeeper() = default;

QString DraftKeeper::keyOf(RecordEditor *editor) const
{
    const RecordDocument *document = editor->document();
    if (document->id() > 0)
        return EditJournal::keyFor(document->type(), document->id());
    return m_newRecordKeys.value(editor);
}

void DraftKeeper::schedule(RecordEditor *editor)
{
    if (!m_journal || !editor->document()->isModified())
        return;
    if (!m_pending.contains(editor))
        m_pending << editor;
    if (!m_timer->isActive())
        m_timer->start();
}

void DraftKeeper::writePending()
{
    const QList<RecordEditor *> pending = std::exchange(m_pending, {});
    for (RecordEditor *editor : pending) {
        const RecordDocument *document = editor->document();
        if (!document->isModified())
            continue;
        if (document->id() == 0 && !m_newRecordKeys.contains(editor))
            m_newRecordKeys.insert(editor, u"new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        JournalEntry entry;
        entry.key = keyOf(editor);
        entry.type = document->type();
        entry.title = document->label().isEmpty() ? tr("New %1").arg(recordTypeDisplayName(document->type()))
                                                  : document->label();
        entry.record = std::visit([](auto record) { return RecordJson::toJson(record); }, document->record());
        entry.baseUpdatedAt =
            std::visit([](const auto &record) { return record.updatedAt; }, document->record());
        entry.written = QDateTime::currentDateTimeUtc();
        QString error;
        if (!m_journal->write(entry, &error))
            Q_EMIT statusMessage(
                tr("Could not keep a copy of the unsaved changes of “%1”: %2 Save the record to keep them.")
                    .arg(entry.title, error),
                8000);
    }
}

void DraftKeeper::forget(RecordEditor *editor)
{
    if (!m_journal)
        return;
    m_pending.removeAll(editor);
    QStringList keys;
    if (editor->document()->id() > 0)
        keys << EditJournal::keyFor(editor->document()->type(), editor->document()->id());
    if (m_newRecordKeys.contains(editor))
        keys << m_newRecordKeys.take(editor);
    for (const QString &key : std::as_const(keys)) {
        QString error;
        if (!m_journal->remove(key, &error))
            Q_EMIT statusMessage(tr("Could not remove the copy of unsaved changes: %1").arg(error), 8000);
    }
}

void DraftKeeper::release(RecordEditor *editor)
{
    m_pending.removeAll(editor);
    m_newRecordKeys.remove(editor);
}

void DraftKeeper::adopt(RecordEditor *editor, const QString &key)
{
    m_newRecordKeys.insert(editor, key);
}

QList<JournalEntry> DraftKeeper::entries(QStringList *problems) const
{
    return m_journal ? m_journal->entries(problems) : QList<JournalEntry>();
}

bool DraftKeeper::remove(const QString &key, QString *error)
{
    return !m_journal || m_journal->remove(key, error);
}

} // namespace QuoteDesk
