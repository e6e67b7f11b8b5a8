// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordpicker.h"

#include "store/library.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

RecordPicker::RecordPicker(Library &library, RecordType type, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_type(type)
    , m_edit(new QLineEdit(this))
    , m_new(new QToolButton(this))
    , m_names(new QStringListModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_new);
    const bool speaker = type == RecordType::Speaker;
    m_edit->setPlaceholderText(speaker                            ? tr("Type a speaker’s name")
                                   : type == RecordType::Essay    ? tr("Type an essay’s title")
                                   : type == RecordType::Category ? tr("Type a category’s name")
                                                                  : tr("Type an asset’s title"));
    m_edit->setClearButtonEnabled(true);
    m_new->setText(speaker ? tr("New speaker…") : tr("New essay…"));
    m_new->setToolTip(speaker ? tr("Create a speaker with the name typed")
                              : tr("Create an essay with the title typed"));
    m_new->setAccessibleName(m_new->text());
    m_new->setObjectName(speaker ? u"newSpeakerButton"_s : u"newEssayButton"_s);
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_edit->setText(text);
        commitText();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &RecordPicker::commitText);
    connect(m_new, &QToolButton::clicked, this, &RecordPicker::createRecord);
    reloadNames();
}

void RecordPicker::reloadNames()
{
    m_new->setVisible(m_type == RecordType::Speaker || m_type == RecordType::Essay);
    QString error;
    const QList<RecordRef> records = m_library.listLabels(m_type, &error);
    if (!error.isEmpty()) {
        // Queued, so that a failure while the form is being built reaches whoever listens.
        const QString message = tr("Could not read the names to choose from: %1 Reopen the library to "
                                   "try again.")
                                    .arg(error);
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT errorOccurred(message); }, Qt::QueuedConnection);
    }
    QStringList names;
    m_idOfName.clear();
    for (const RecordRef &record : records) {
        names << record.label;
        m_idOfName.insert(record.label.toCaseFolded(), record.id);
    }
    m_names->setStringList(names);
}

void RecordPicker::setRecordId(std::optional<qint64> id)
{
    const bool typing = id == m_id && m_edit->hasFocus();
    m_id = id;
    if (!typing) // what the user is typing stays until they commit it
        showChosenRecord();
}

void RecordPicker::showChosenRecord()
{
    const QString label = m_id ? m_library.labelOf(m_type, *m_id) : QString();
    if (m_edit->text() != label) {
        m_edit->setText(label);
        // A long title shows from its start, as it reads, unless the user is typing in it.
        if (!m_edit->hasFocus())
            m_edit->setCursorPosition(0);
    }
    m_edit->setToolTip(label);
}

void RecordPicker::commitText()
{
    const QString text = m_edit->text().trimmed();
    std::optional<qint64> id;
    if (!text.isEmpty()) {
        const auto it = m_idOfName.constFind(text.toCaseFolded());
        if (it == m_idOfName.constEnd())
            return; // not a known name yet: "New…" creates it
        id = *it;
    }
    if (id == m_id)
        return;
    m_id = id;
    Q_EMIT recordChosen(id);
}

void RecordPicker::createRecord()
{
    const QString name = m_edit->text().trimmed();
    if (!name.isEmpty() && m_idOfName.contains(name.toCaseFolded())) {
        commitText(); // the name is taken: choose that record rather than make a second one
        return;
    }
    Q_EMIT newRecordRequested(name);
}

} // namespace QuoteDesk
