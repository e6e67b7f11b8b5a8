// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoGroup;
class QComboBox;
class QDockWidget;
class QJsonObject;
class QMenu;

namespace QuoteDesk {

class AssetPanel;
class CredentialStore;
class PublishController;
class PublishPanel;
class PublishingActions;
struct SiteVersion;
struct WpError;
class DraftKeeper;
class EditJournal;
class Library;
class MarkdownEdit;
class PreviewPane;
class RevisionsPanel;
class RecordDocument;
class RecordEditor;
struct RecordCreation;
class RecordBrowser;
class RecordListModel;
class Settings;
class TrashView;

/// The QuoteDesk window over one open Library: the record browser (navigator, lists, search,
/// trash), editor tabs with the preview on their right, a revisions dock and the status bar. Unsaved edits
/// are journaled beside the library (see EditJournal) and offered back after a crash.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// Where modal questions come from; tests replace them.
    struct Dialogs
    {
        std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
        std::function<void(QWidget *parent, const QString &text)> showError;
        /// Save, Discard or Cancel for the unsaved records named.
        std::function<QMessageBox::StandardButton(QWidget *parent, const QStringList &names)> askUnsaved;
        /// Drafts a run that ended without saving them left in the journal: Open restores
        /// them, Discard removes them, anything else keeps them for the next start.
        std::function<QMessageBox::StandardButton(QWidget *parent, const QStringList &drafts)> offerDrafts;
        /// One line of text (a new speaker's name); empty when cancelled.
        std::function<QString(QWidget *parent, const QString &title, const QString &label)> askText;

        /// Message boxes (mainwindowdialogs.cpp).
        static Dialogs standard();
    };

    MainWindow(Library &library, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDialogs(const Dialogs &dialogs) { m_dialogs = dialogs; }
    /// Asks for a folder (title given); an empty answer cancels. Tests replace it.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &title)>;
    void setFolderChooser(const FolderChooser &chooser) { m_chooseFolder = chooser; }
    Library &library() const { return m_library; }
    RecordListModel *listModel() const;
    QTabWidget *editorTabs() const { return m_tabs; }
    /// The editor of the current tab, or null.
    RecordEditor *currentEditor() const;
    /// The widget on the right of the editor tabs that holds the preview pane.
    QWidget *previewSlot() const { return m_previewSlot; }
    TrashView *trashView() const;
    // Publishing (mainwindowpublishing.cpp)
    PublishController *publishController() const;
    CredentialStore *credentialStore() const;
    PublishPanel *publishPanel() const;
    PreviewPane *previewPane() const { return m_preview; }
    RevisionsPanel *revisionsPanel() const { return m_revisions; }
    QDockWidget *revisionsDock() const { return m_revisionsDock; }
    /// Where unsaved edits are kept until they are saved or discarded; null for a read-only library.
    EditJournal *journal() const;

public Q_SLOTS:
    /// Opens the record in a tab (or shows its tab); false with an error shown when it cannot.
    bool openRecord(QuoteDesk::RecordType type, qint64 id);
    /// Opens a new, unsaved record of @p type in a tab.
    void newRecord(QuoteDesk::RecordType type);
    /// Saves the current tab's record; false when it could not be saved.
    bool saveCurrent();
    /// Closes the current tab, asking first when it has unsaved edits.
    bool closeCurrent();
    /// Moves the selected record of the list (or the current tab's) to the trash.
    void trashSelected();
    void showNavigatorView(const QString &viewName);
    void focusSearch();
    void quickOpen();
    void showSettings();
    /// Publishes the current record to the chosen site, saving it first when it has edits.
    void publishCurrent();
    void showSites();
    void openOnSite();
    void unpublishCurrent();
    /// Writes the static site into a folder the person chooses.
    void exportSite();
    /// Offers the drafts left in the journal by a run that ended without saving them (see
    /// Dialogs::offerDrafts). Call once the window is up.
    void offerJournalDrafts();
    /// Window size, docks and splitters as the last window closed on this machine left them.
    /// Call before the window is shown.
    void restoreLayout();
    /// Opens the records that were open in tabs when the window last closed on this library,
    /// those still in it. Call once the window is up.
    void restoreOpenTabs();
    /// Writes the current quote or essay, unsaved edits included, as a page and opens it in
    /// the system's browser; false with an error shown when that fails.
    bool openCurrentInBrowser();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    /// Keeps the layout and the open tabs for restoreLayout() and restoreOpenTabs().
    void saveLayout();
    void updateNewAction();
    void showError(const QString &text);
    /// Brings the list, the open editors' "used by" and the publishing actions up to date
    /// after the library changed (LibraryEvents), once for any number of changes in a row.
    void refreshFromLibrary();
    /// Gives the quotes of renamed speakers whose titles follow the template their new titles,
    /// in open tabs and in the library.
    void followSpeakerNames(const QList<qint64> &speakerIds);
    // Editor tabs (mainwindowtabs.cpp)
    bool closeTab(int index);
    bool saveEditor(RecordEditor *editor);
    void updateTabTitle(RecordEditor *editor);
    void onCurrentTabChanged();
    /// Opens @p document in a new, current tab wired to the window.
    RecordEditor *addEditorTab(RecordDocument *document);
    void attachEditor(RecordEditor *editor);
    /// The editor of the tab the record is open in (a record has at most one), or null.
    RecordEditor *editorOf(QuoteDesk::RecordType type, qint64 id) const;
    /// Closes the record's tab without asking (it went to the trash).
    void closeTabOf(QuoteDesk::RecordType type, qint64 id);
    /// How an editor's "New speaker…" and "New essay…" create, open and take back records.
    RecordCreation recordCreation();
    void detachEditor(RecordEditor *editor);
    // Publishing (mainwindowpublishing.cpp)
    void setupPublishing();
    void updatePublishing();
    // Static site export (mainwindowexport.cpp)
    void setupExport(QMenu *fileMenu);
    // Format menu (mainwindowformat.cpp)
    void setupFormatMenu();
    // Preview and revisions dock (mainwindowpanels.cpp)
    void setupPreview();
    void updatePreview();
    void setupRevisions();
    /// Widens the editor back to its share of the window, narrowing the list (a dock opened).
    void giveRoomToTheEditor();
    // Restoring revisions and journaled drafts (mainwindowrecovery.cpp)
    void restoreRevision(QuoteDesk::RecordType type, qint64 id, const QJsonObject &snapshot);

    Library &m_library;
    Settings &m_settings;
    Dialogs m_dialogs;
    RecordBrowser *m_browser;
    QAction *m_newAction = nullptr;
    QSplitter *m_editorSplitter;
    QTabWidget *m_tabs;
    QWidget *m_previewSlot;
    QUndoGroup *m_undoGroup;
    QLabel *m_readOnlyNotice;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    // Publishing and export
    FolderChooser m_chooseFolder;
    PublishingActions *m_publishing = nullptr;
    QMenu *m_viewMenu = nullptr;

    QMenu *m_formatMenu = nullptr;
    MarkdownEdit *m_formatStandIn = nullptr; ///< shows the disabled actions when no field has the focus
    MarkdownEdit *m_lastMarkdown = nullptr;

    PreviewPane *m_preview = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_browserAction = nullptr;

    RevisionsPanel *m_revisions = nullptr;
    QDockWidget *m_revisionsDock = nullptr;

    DraftKeeper *m_drafts;
    QTimer *m_refresh; ///< coalesces the library's change events into one refresh
};

} // namespace QuoteDesk
