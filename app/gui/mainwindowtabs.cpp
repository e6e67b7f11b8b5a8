// SPDX-License-Identifier: GPL-3.0-or-later
// The editor tabs: opening, creating, saving, closing and trashing the records they hold,
// and asking about unsaved edits when the window closes.
#include "mainwindow.h"

#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "draftkeeper.h"
#include "markdownedit.h"
#include "previewpane.h"
#include "recordbrowser.h"
#include "recordeditor.h"
#include "revisionspanel.h"
#include "settings.h"
#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

RecordEditor *MainWindow::currentEditor() const
{
    return qobject_cast<RecordEditor *>(m_tabs->currentWidget());
}

RecordEditor *MainWindow::editorOf(RecordType type, qint64 id) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i));
        if (editor && editor->document()->type() == type && editor->document()->id() == id)
            return editor;
    }
    return nullptr;
}

bool MainWindow::openRecord(RecordType type, qint64 id)
{
    if (RecordEditor *editor = editorOf(type, id)) {
        editor->refreshUsedBy();
        m_tabs->setCurrentWidget(editor);
        return true;
    }
    QString error;
    RecordDocument *document = RecordDocument::open(m_library, type, id, &error);
    if (!document) {
        showError(error);
        return false;
    }
    addEditorTab(document);
    return true;
}

RecordEditor *MainWindow::addEditorTab(RecordDocument *document)
{
    auto *editor = new RecordEditor(document, m_settings, m_tabs);
    m_undoGroup->addStack(document->undoStack());
    connect(document, &RecordDocument::modifiedChanged, this, [this, editor] { updateTabTitle(editor); });
    connect(document, &RecordDocument::labelChanged, this, [this, editor] { updateTabTitle(editor); });
    connect(editor, &RecordEditor::openRecordRequested, this, &MainWindow::openRecord);
    connect(editor, &RecordEditor::errorOccurred, this, &MainWindow::showError);
    connect(editor, &RecordEditor::documentSaved, this, [this, editor] {
        updateTabTitle(editor);
        statusBar()->showMessage(tr("Saved “%1”.").arg(editor->document()->label()), 3000);
    });
    editor->setRecordCreation(recordCreation());
    attachEditor(editor);
    m_tabs->setCurrentIndex(m_tabs->addTab(editor, QString()));
    updateTabTitle(editor);
    return editor;
}

void MainWindow::newRecord(RecordType type)
{
    auto *document = new RecordDocument(m_library, RecordDocument::newRecord(type));
    addEditorTab(document)->focusFirstField();
}

void MainWindow::updateTabTitle(RecordEditor *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    const RecordDocument *document = editor->document();
    QString label = document->label();
    if (label.isEmpty())
        label = tr("New %1").arg(recordTypeDisplayName(document->type()));
    if (label.size() > 40)
        label = label.left(39) + u'…';
    m_tabs->setTabText(index, document->isModified() ? label + u'*' : label);
    m_tabs->setTabToolTip(index, document->label());
    if (QWidget *close = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide))
        close->setAccessibleName(tr("Close %1").arg(label));
}

void MainWindow::onCurrentTabChanged()
{
    RecordEditor *editor = currentEditor();
    m_undoGroup->setActiveStack(editor ? editor->document()->undoStack() : nullptr);
    m_saveAction->setEnabled(editor && !m_library.isReadOnly());
    m_closeAction->setEnabled(editor);
    updatePublishing();
    if (m_browserAction)
        m_browserAction->setEnabled(editor
                                    && (editor->document()->type() == RecordType::Quote
                                        || editor->document()->type() == RecordType::Essay));
    if (m_preview) { // another record shows from its top, or from the section being edited
        m_preview->setFollowedHeading(editor ? editor->headingAtCursor() : QString());
        m_preview->showFromTop();
    }
    updatePreview();
    if (m_revisions) {
        if (editor)
            m_revisions->setRecord(editor->document()->type(), editor->document()->id());
        else
            m_revisions->setRecord(RecordType::Quote, 0);
    }
}

bool MainWindow::saveEditor(RecordEditor *editor)
{
    QString error;
    if (!editor->document()->save(&error)) {
        const QString label = editor->document()->label().trimmed();
        showError(label.isEmpty() ? tr("Could not save the new record (%1): %2")
                                        .arg(recordTypeDisplayName(editor->document()->type()), error)
                                  : tr("Could not save “%1”: %2").arg(label, error));
        return false;
    }
    return true;
}

bool MainWindow::saveCurrent()
{
    RecordEditor *editor = currentEditor();
    if (!editor)
        return false;
    // An edit in a field that commits when it loses focus must be part of what is saved.
    if (QWidget *focus = QApplication::focusWidget(); focus && editor->isAncestorOf(focus))
        focus->clearFocus();
    return saveEditor(editor);
}

bool MainWindow::closeTab(int index)
{
    auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(index));
    if (!editor)
        return false;
    if (editor->document()->isModified()) {
        switch (m_dialogs.askUnsaved(this, { editor->document()->label() })) {
        case QMessageBox::Save:
            if (!saveEditor(editor))
                return false;
            break;
        case QMessageBox::Discard:
            m_drafts->forget(editor);
            break;
        default:
            return false;
        }
    }
    detachEditor(editor);
    m_undoGroup->removeStack(editor->document()->undoStack());
    m_tabs->removeTab(index);
    editor->deleteLater();
    return true;
}

bool MainWindow::closeCurrent()
{
    return m_tabs->currentIndex() >= 0 && closeTab(m_tabs->currentIndex());
}

void MainWindow::trashSelected()
{
    RecordType type;
    qint64 id = 0;
    if (const std::optional<RecordRef> listed = m_browser->focusedRecord()) {
        type = listed->type;
        id = listed->id;
    } else if (RecordEditor *editor = currentEditor()) {
        type = editor->document()->type();
        id = editor->document()->id();
    }
    if (id == 0)
        return;
    QString error;
    QList<RecordRef> users;
    if (!m_library.trash(type, id, &error, &users)) {
        QStringList names;
        for (const RecordRef &user : std::as_const(users))
            names << u"• "_s + user.label;
        showError(users.isEmpty() ? error
                                  : tr("“%1” is still used by:\n%2\n\nChange or delete these first.")
                                        .arg(m_library.labelOf(type, id), names.join(u'\n')));
        return;
    }
    closeTabOf(type, id);
    statusBar()->showMessage(tr("Moved to the trash."), 3000);
}

void MainWindow::closeTabOf(RecordType type, qint64 id)
{
    RecordEditor *editor = editorOf(type, id);
    if (!editor)
        return;
    m_drafts->forget(editor);
    detachEditor(editor);
    m_undoGroup->removeStack(editor->document()->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(editor));
    editor->deleteLater();
}

RecordCreation MainWindow::recordCreation()
{
    RecordCreation creation;
    creation.create = [this](RecordType type, const QString &typed) -> std::optional<qint64> {
        const bool speaker = type == RecordType::Speaker;
        QString name = typed;
        if (name.isEmpty() && m_dialogs.askText) {
            name = m_dialogs
                       .askText(this, speaker ? tr("New Speaker") : tr("New Essay"),
                                speaker ? tr("Name of the new speaker:") : tr("Title of the new essay:"))
                       .trimmed();
        }
        if (name.isEmpty())
            return std::nullopt; // nothing is saved without a name
        QString error;
        qint64 id = 0;
        if (speaker) {
            Speaker profile;
            profile.name = name;
            if (m_library.save(profile, &error))
                id = profile.id;
        } else {
            Essay essay;
            essay.title = name;
            if (m_library.save(essay, &error))
                id = essay.id;
        }
        if (id == 0) {
            showError(speaker ? tr("Could not create the speaker “%1”: %2").arg(name, error)
                              : tr("Could not create the essay “%1”: %2").arg(name, error));
            return std::nullopt;
        }
        openRecord(type, id);
        statusBar()->showMessage(
            speaker ? tr("Created the speaker “%1”; Undo in the quote takes it back.").arg(name)
                    : tr("Created the essay “%1”; Undo in the quote takes it back.").arg(name),
            5000);
        return id;
    };
    creation.withdraw = [this](RecordType type, qint64 id) -> bool {
        const QString label = m_library.labelOf(type, id);
        if (const RecordEditor *editor = editorOf(type, id); editor && editor->document()->isModified()) {
            statusBar()->showMessage(tr("“%1” stays in the library: its tab has unsaved changes.").arg(label),
                                     8000);
            return false;
        }
        QString error;
        QList<RecordRef> users;
        if (!m_library.trash(type, id, &error, &users)) {
            statusBar()->showMessage(
                users.isEmpty()
                    ? tr("“%1” stays in the library: %2").arg(label, error)
                    : tr("“%1” stays in the library: “%2” uses it.").arg(label, users.first().label),
                8000);
            return false;
        }
        closeTabOf(type, id);
        statusBar()->showMessage(tr("Moved “%1” to the trash; Redo brings it back.").arg(label), 5000);
        return true;
    };
    creation.reinstate = [this](RecordType type, qint64 id) {
        QString error;
        if (!m_library.restore(type, id, &error))
            showError(tr("Could not bring “%1” back from the trash: %2 Restore it from the Trash view.")
                          .arg(m_library.labelOf(type, id), error));
    };
    return creation;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<RecordEditor *> unsaved;
    QStringList names;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i));
        if (editor && editor->document()->isModified()) {
            unsaved << editor;
            names << editor->document()->label();
        }
    }
    if (!unsaved.isEmpty()) {
        switch (m_dialogs.askUnsaved(this, names)) {
        case QMessageBox::Save:
            for (RecordEditor *editor : std::as_const(unsaved)) {
                if (!saveEditor(editor)) {
                    event->ignore();
                    return;
                }
            }
            break;
        case QMessageBox::Discard:
            for (RecordEditor *editor : std::as_const(unsaved))
                m_drafts->forget(editor);
            break;
        default:
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout()
{
    m_settings.setWindowLayout(u"geometry"_s, saveGeometry());
    m_settings.setWindowLayout(u"state"_s, saveState());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        m_settings.setWindowLayout(u"mainSplitter"_s, splitter->saveState());
    m_settings.setWindowLayout(u"editorSplitter"_s, m_editorSplitter->saveState());
    QStringList tabs;
    int current = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i));
        if (!editor || editor->document()->id() == 0)
            continue; // a record never saved has nothing to open again (the journal keeps drafts)
        if (i == m_tabs->currentIndex())
            current = int(tabs.size());
        tabs << u"%1:%2"_s.arg(recordTypeName(editor->document()->type())).arg(editor->document()->id());
    }
    m_settings.setOpenTabs(m_library.path(), tabs, current);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.windowLayout(u"geometry"_s));
    restoreState(m_settings.windowLayout(u"state"_s));
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(m_settings.windowLayout(u"mainSplitter"_s));
    m_editorSplitter->restoreState(m_settings.windowLayout(u"editorSplitter"_s));
}

void MainWindow::restoreOpenTabs()
{
    int current = 0;
    const QStringList tabs = m_settings.openTabs(m_library.path(), &current);
    QWidget *currentEditor = nullptr;
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        const qsizetype colon = tabs.at(i).indexOf(u':');
        const std::optional<RecordType> type = recordTypeFromName(QStringView(tabs.at(i)).left(colon));
        const qint64 id = tabs.at(i).mid(colon + 1).toLongLong();
        // A record deleted since is left out without a message: there is nothing to do about it.
        if (colon < 0 || !type || id <= 0 || m_library.labelsOf(*type, { id }).isEmpty())
            continue;
        if (openRecord(*type, id) && i == current)
            currentEditor = m_tabs->currentWidget();
    }
    if (currentEditor)
        m_tabs->setCurrentWidget(currentEditor);
}

void MainWindow::attachEditor(RecordEditor *editor)
{
    RecordDocument *document = editor->document();
    if (document->type() == RecordType::Speaker) {
        // A speaker saved under another name retitles the quotes whose titles name it.
        auto savedName = std::make_shared<QString>(document->label());
        connect(document, &RecordDocument::saved, this, [this, document, savedName] {
            if (document->label() == *savedName)
                return;
            *savedName = document->label();
            followSpeakerNames({ document->id() });
        });
    }
    connect(document, &RecordDocument::fieldsChanged, this, [this, editor] {
        if (editor == currentEditor())
            updatePreview();
        m_drafts->schedule(editor);
    });
    connect(document, &RecordDocument::modifiedChanged, this, [this, editor](bool modified) {
        if (!modified)
            m_drafts->forget(editor); // saved, or undone back to what is saved
    });
    connect(editor, &RecordEditor::headingAtCursorChanged, this, [this, editor](const QString &heading) {
        if (m_preview && editor == currentEditor())
            m_preview->setFollowedHeading(heading);
    });
    connect(editor, &RecordEditor::documentSaved, this, [this, editor] {
        if (m_revisions && editor == currentEditor()) {
            m_revisions->setRecord(editor->document()->type(), editor->document()->id());
            m_revisions->refresh();
        }
    });
}

void MainWindow::detachEditor(RecordEditor *editor)
{
    m_drafts->release(editor);
    if (m_lastMarkdown && editor->isAncestorOf(m_lastMarkdown))
        m_lastMarkdown = nullptr;
}

} // namespace QuoteDesk
