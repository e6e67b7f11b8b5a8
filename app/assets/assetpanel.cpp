// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetpanel.h"

#include "assetdetailspane.h"
#include "assets/assetimportjob.h"
#include "assets/assetlistmodel.h"
#include "assets/assetstore.h"
#include "assets/thumbnailcache.h"
#include "store/library.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

constexpr int GridThumbnail = 128;
const QSize GridCell(GridThumbnail + 28, GridThumbnail + 44);

// Every cell as large as the grid: with uniform item sizes the view asks the first item
// only, and before its thumbnail is loaded that would be a line of text, clipping them all.
class GridCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return GridCell - QSize(4, 4);
    }
};

QString fileFilter()
{
    return AssetPanel::tr("Media (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.svg);;All files (*)");
}

AssetPanel::Dialogs defaultDialogs()
{
    AssetPanel::Dialogs d;
    d.chooseFiles = [](QWidget *parent) {
        return QFileDialog::getOpenFileNames(parent, AssetPanel::tr("Import Media"), {}, fileFilter());
    };
    d.chooseFolder = [](QWidget *parent) {
        return QFileDialog::getExistingDirectory(parent, AssetPanel::tr("Import a Folder of Media"));
    };
    d.chooseSaveTarget = [](QWidget *parent, const QString &name) {
        return QFileDialog::getSaveFileName(parent, AssetPanel::tr("Save a Copy"), name);
    };
    d.chooseReplacement = [](QWidget *parent) {
        return QFileDialog::getOpenFileName(parent, AssetPanel::tr("Replace the File"), {}, fileFilter());
    };
    d.showError = [](QWidget *parent, const QString &message) {
        QMessageBox::warning(parent, AssetPanel::tr("Media Library"), message);
    };
    d.reveal = [](const QString &folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    return d;
}

} // namespace

AssetPanel::AssetPanel(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_dialogs(defaultDialogs())
    , m_thumbnails(new ThumbnailCache(library.path(), this))
    , m_model(new AssetListModel(library, m_thumbnails, this))
    , m_job(new AssetImportJob(library.path(), {}, this))
    , m_search(new QLineEdit(this))
    , m_importFiles(new QToolButton(this))
    , m_importFolder(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_grid(new QListView(this))
    , m_details(new AssetDetailsPane(library, *m_thumbnails, this))
{
    setAcceptDrops(true);
    m_search->setObjectName(u"assetSearch"_s);
    m_search->setPlaceholderText(tr("Search titles, names, authors, descriptions, alt text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search assets"));
    m_importFiles->setObjectName(u"assetImportFiles"_s);
    m_importFiles->setText(tr("Import Files…"));
    m_importFolder->setObjectName(u"assetImportFolder"_s);
    m_importFolder->setText(tr("Import Folder…"));
    m_progress->setObjectName(u"assetImportProgress"_s);
    m_cancel->setObjectName(u"assetImportCancel"_s);
    m_status->setObjectName(u"assetStatus"_s);
    m_problems->setObjectName(u"assetImportProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Import problems"));
    m_problems->setMaximumHeight(120);
    m_problems->hide();

    m_model->setThumbnailSize(GridThumbnail);
    m_grid->setObjectName(u"assetGrid"_s);
    m_grid->setModel(m_model);
    m_grid->setAccessibleName(tr("Assets"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(GridThumbnail, GridThumbnail));
    m_grid->setGridSize(GridCell);
    m_grid->setItemDelegate(new GridCellDelegate(m_grid));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setWordWrap(true);
    m_grid->setTextElideMode(Qt::ElideRight);
    // Uniform sizes and batched layout keep 20,000 items smooth: the view lays out in
    // steps and asks for data only of the items it paints.
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    // An asset dragged onto a Markdown field becomes image markup there.
    m_grid->setDragEnabled(true);
    m_grid->setDragDropMode(QAbstractItemView::DragOnly);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_importFiles);
    top->addWidget(m_importFolder);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"assetSplitter"_s);
    splitter->setChildrenCollapsible(false); // a pane dragged to nothing could not be found again
    splitter->addWidget(m_grid);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);
    setImporting(false);

    connect(m_search, &QLineEdit::textChanged, m_model, &AssetListModel::setSearchText);
    connect(m_importFiles, &QToolButton::clicked, this, &AssetPanel::importFiles);
    connect(m_importFolder, &QToolButton::clicked, this, &AssetPanel::importFolder);
    connect(m_cancel, &QPushButton::clicked, this, &AssetPanel::cancelImport);
    connect(m_job, &AssetImportJob::fileFinished, this, &AssetPanel::onFileImported);
    connect(m_job, &AssetImportJob::progressChanged, this, &AssetPanel::onProgress);
    connect(m_job, &AssetImportJob::finished, this, &AssetPanel::onImportFinished);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssetPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssetPanel::onCurrentChanged);
    connect(m_details, &AssetDetailsPane::assetSaved, m_model, &AssetListModel::upsert);
    connect(m_details, &AssetDetailsPane::saveCopyRequested, this, &AssetPanel::saveCopy);
    connect(m_details, &AssetDetailsPane::revealRequested, this, &AssetPanel::revealInFolder);
    connect(m_details, &AssetDetailsPane::replaceRequested, this, &AssetPanel::replaceFile);
    connect(m_details, &AssetDetailsPane::errorOccurred, this,
            [this](const QString &message) { m_dialogs.showError(this, message); });
    reload();
}

AssetPanel::~AssetPanel()
{
    m_details->savePendingEdits();
}

bool AssetPanel::isImporting() const
{
    return m_job->isRunning();
}

void AssetPanel::reload()
{
    QString error;
    if (!m_model->reload(&error))
        m_status->setText(error);
}

void AssetPanel::selectAsset(qint64 id)
{
    const QModelIndex index = m_model->indexOfId(id);
    if (index.isValid()) {
        m_grid->setCurrentIndex(index);
        m_grid->scrollTo(index);
    }
}

bool AssetPanel::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || m_library.isReadOnly() || !m_job->start(paths))
        return false;
    m_problems->clear();
    m_problems->hide();
    m_status->setText(tr("Looking for files…"));
    setImporting(true);
    return true;
}

void AssetPanel::importFiles()
{
    importPaths(m_dialogs.chooseFiles(this));
}

void AssetPanel::importFolder()
{
    const QString folder = m_dialogs.chooseFolder(this);
    if (!folder.isEmpty())
        importPaths({ folder });
}

void AssetPanel::cancelImport()
{
    m_job->cancel();
    m_status->setText(tr("Cancelling…"));
}

void AssetPanel::saveCopy()
{
    const std::optional<Asset> asset = m_details->asset();
    if (!asset)
        return;
    const QString target = m_dialogs.chooseSaveTarget(this, asset->originalName);
    if (target.isEmpty())
        return;
    const QString source = AssetStore(m_library.path()).filePath(asset->sha256);
    QFile::remove(target); // the dialog asked whether to overwrite
    QFile file(source);
    if (!file.copy(target))
        m_dialogs.showError(this,
                            tr("Cannot save a copy of “%1” as “%2”: %3.")
                                .arg(asset->label(), QDir::toNativeSeparators(target), file.errorString()));
    else
        Q_EMIT statusMessage(tr("Saved a copy as “%1”.").arg(QDir::toNativeSeparators(target)));
}

void AssetPanel::revealInFolder()
{
    if (const std::optional<Asset> asset = m_details->asset())
        m_dialogs.reveal(QFileInfo(AssetStore(m_library.path()).filePath(asset->sha256)).absolutePath());
}

void AssetPanel::replaceFile()
{
    const std::optional<Asset> asset = m_details->asset();
    if (!asset || isImporting())
        return;
    const QString path = m_dialogs.chooseReplacement(this);
    if (path.isEmpty() || !m_job->startReplace(asset->id, path))
        return;
    m_replacing = asset->id;
    m_problems->clear();
    m_problems->hide();
    setImporting(true);
}

void AssetPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isImporting() && !urls.isEmpty()
        && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void AssetPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    if (importPaths(paths))
        event->acceptProposedAction();
}

void AssetPanel::onFileImported(const ImportResult &result)
{
    if (result.isOk())
        m_model->upsert(result.asset);
    if (result.status == ImportResult::Status::Refused) {
        m_problems->addItem(result.message);
        m_problems->show();
    }
    if (m_replacing != 0 && result.isOk() && m_details->asset() && m_details->asset()->id == result.asset.id)
        m_details->setAsset(result.asset);
}

void AssetPanel::onProgress(const ImportProgress &progress)
{
    m_progress->setMaximum(progress.bytesTotal > 0 ? 1000 : 0);
    m_progress->setValue(progress.bytesTotal > 0 ? int(progress.bytesDone * 1000 / progress.bytesTotal) : 0);
    m_status->setText(tr("Importing %1 of %2: %3")
                          .arg(progress.filesDone)
                          .arg(progress.filesTotal)
                          .arg(QFileInfo(progress.currentFile).fileName()));
}

void AssetPanel::onImportFinished(const ImportSummary &summary)
{
    setImporting(false);
    m_replacing = 0;
    m_status->setText(summary.text());
    Q_EMIT statusMessage(summary.text());
    Q_EMIT importFinished(summary);
}

void AssetPanel::onCurrentChanged()
{
    m_details->setAsset(m_model->assetAt(m_grid->currentIndex()));
}

void AssetPanel::setImporting(bool importing)
{
    m_progress->setVisible(importing);
    m_cancel->setVisible(importing);
    m_importFiles->setEnabled(!importing && !m_library.isReadOnly());
    m_importFolder->setEnabled(!importing && !m_library.isReadOnly());
    if (importing)
        m_progress->setRange(0, 0);
}

} // namespace QuoteDesk
