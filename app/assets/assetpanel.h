// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assets/importresult.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace QuoteDesk {

class AssetDetailsPane;
class AssetImportJob;
class AssetListModel;
class Library;
class ThumbnailCache;

/// The media library view: a grid of asset thumbnails (loaded lazily), a search field, the
/// details pane of the selected asset, and importing by file dialog or by dropping files
/// and folders, with progress, cancel and a per-file report of what was refused.
///
/// Embed it with `new AssetPanel(library, parent)`; the Library must outlive the panel and
/// stay open. Imports run on a worker thread with their own connection to the library file.
class AssetPanel final : public QWidget
{
    Q_OBJECT
public:
    /// Where modal dialogs come from; tests replace them. Each returns the chosen path(s),
    /// or nothing when the user cancels.
    struct Dialogs
    {
        std::function<QStringList(QWidget *parent)> chooseFiles;
        std::function<QString(QWidget *parent)> chooseFolder;
        std::function<QString(QWidget *parent, const QString &suggestedName)> chooseSaveTarget;
        std::function<QString(QWidget *parent)> chooseReplacement;
        std::function<void(QWidget *parent, const QString &message)> showError;
        std::function<void(const QString &folder)> reveal;
    };

    explicit AssetPanel(Library &library, QWidget *parent = nullptr);
    ~AssetPanel() override;

    void setDialogs(const Dialogs &dialogs) { m_dialogs = dialogs; }
    AssetListModel *model() const { return m_model; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    bool isImporting() const;
    /// Reads the assets from the library again (after it changed elsewhere).
    void reload();
    /// Selects the asset with id @p id, if it is shown.
    void selectAsset(qint64 id);

public Q_SLOTS:
    /// Imports files and folders (recursively); refused when an import is running.
    bool importPaths(const QStringList &paths);
    void importFiles();
    void importFolder();
    void cancelImport();
    void saveCopy();
    void revealInFolder();
    void replaceFile();

Q_SIGNALS:
    void importFinished(const QuoteDesk::ImportSummary &summary);
    /// A short message for the status bar.
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onFileImported(const ImportResult &result);
    void onProgress(const ImportProgress &progress);
    void onImportFinished(const ImportSummary &summary);
    void onCurrentChanged();
    void setImporting(bool importing);

    Library &m_library;
    Dialogs m_dialogs;
    ThumbnailCache *m_thumbnails;
    AssetListModel *m_model;
    AssetImportJob *m_job;
    QLineEdit *m_search;
    QToolButton *m_importFiles;
    QToolButton *m_importFolder;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QListWidget *m_problems;
    QListView *m_grid;
    AssetDetailsPane *m_details;
    qint64 m_replacing = 0;
};

} // namespace QuoteDesk
