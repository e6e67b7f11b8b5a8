// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

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

namespace QuoteDesk {

class AssetPanel;
class CredentialStore;
class PublishController;
class PublishPanel;
class Library;
class RecordEditor;
class RecordListModel;
class Settings;
class TrashView;

/// The QuoteDesk window: navigator, record list, editor tabs (with an empty slot on their
/// right for the preview), search, trash and status bar, over one open Library.
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
    };

    MainWindow(Library &library, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDialogs(const Dialogs &dialogs) { m_dialogs = dialogs; }
    /// Asks for a folder (title given); an empty answer cancels. Tests replace it.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &title)>;
    void setFolderChooser(const FolderChooser &chooser) { m_chooseFolder = chooser; }
    Library &library() const { return m_library; }
    RecordListModel *listModel() const { return m_listModel; }
    QTabWidget *editorTabs() const { return m_tabs; }
    /// The editor of the current tab, or null.
    RecordEditor *currentEditor() const;
    /// The empty widget on the right of the editor tabs where the preview goes.
    QWidget *previewSlot() const { return m_previewSlot; }
    TrashView *trashView() const { return m_trash; }
    // Publishing (mainwindowpublishing.cpp)
    PublishController *publishController() const { return m_publisher; }
    CredentialStore *credentialStore() const { return m_credentials; }
    PublishPanel *publishPanel() const { return m_publishPanel; }

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createListPage();
    void createNavigator();
    void onNavigatorChanged();
    void updateFilters();
    void runSearch();
    void openSearchHit(int row);
    bool closeTab(int index);
    bool saveEditor(RecordEditor *editor);
    void updateTabTitle(RecordEditor *editor);
    void onCurrentTabChanged();
    void showError(const QString &text);
    void libraryChanged();
    // Publishing (mainwindowpublishing.cpp)
    void setupPublishing();
    void updatePublishing();
    void publishSiteChanged();
    void takeSiteVersion(RecordType type, qint64 id, const QString &title, const QString &excerpt,
                         const QString &content);
    // Static site export (mainwindowexport.cpp)
    void setupExport(QMenu *fileMenu);

    Library &m_library;
    Settings &m_settings;
    Dialogs m_dialogs;
    QTreeWidget *m_navigator;
    QStackedWidget *m_listStack;
    QWidget *m_listPage;
    QTableView *m_list;
    RecordListModel *m_listModel;
    QComboBox *m_statusFilter;
    QComboBox *m_speakerFilter;
    QComboBox *m_categoryFilter;
    AssetPanel *m_assets = nullptr;
    TrashView *m_trash;
    QListWidget *m_searchResults;
    QLineEdit *m_searchField;
    QTimer *m_searchTimer;
    QSplitter *m_editorSplitter;
    QTabWidget *m_tabs;
    QWidget *m_previewSlot;
    QUndoGroup *m_undoGroup;
    QLabel *m_readOnlyNotice;
    QLabel *m_countLabel;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    // Publishing and export
    FolderChooser m_chooseFolder;
    CredentialStore *m_credentials = nullptr;
    PublishController *m_publisher = nullptr;
    PublishPanel *m_publishPanel = nullptr;
    QDockWidget *m_publishDock = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_openOnSiteAction = nullptr;
    QAction *m_unpublishAction = nullptr;
    QToolButton *m_syncState = nullptr; ///< icon and text of the current record's sync state
};

} // namespace QuoteDesk
