// SPDX-License-Identifier: GPL-3.0-or-later
// The frame of the main window: navigator, record list with its filters, search, the File and
// Edit menus, and the set-up that the topic files (mainwindow*.cpp) fill in.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "assetpanel.h"
#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "quickopendialog.h"
#include "recordeditor.h"
#include "settings.h"
#include "settingsdialog.h"
#include "store/editjournal.h"
#include "store/library.h"
#include "store/search.h"
#include "trashview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

constexpr int ViewRole = Qt::UserRole;
enum { ListPage, AssetsPage, TrashPage, SearchPage };

// Fills @p combo with "any" and the records of @p type; false, with @p error, when the library
// could not be read.
bool fillFilter(QComboBox *combo, const QString &anyText, const Library &library, RecordType type,
                QString *error)
{
    combo->clear();
    combo->addItem(anyText);
    const QList<RecordRef> refs = library.listLabels(type, error);
    for (const RecordRef &ref : refs)
        combo->addItem(ref.label, ref.id);
    return error->isEmpty();
}

} // namespace

MainWindow::MainWindow(Library &library, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_navigator(new QTreeWidget(this))
    , m_listStack(new QStackedWidget(this))
    , m_listModel(new RecordListModel(library, this))
    , m_trash(new TrashView(library, this))
    , m_searchResults(new QListWidget(this))
    , m_searchField(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_editorSplitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_previewSlot(new QWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_readOnlyNotice(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("QuoteDesk — %1").arg(library.path()));
    m_dialogs.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    };
    m_dialogs.showError = [](QWidget *parent, const QString &text) {
        QMessageBox::warning(parent, tr("QuoteDesk"), text);
    };
    m_dialogs.askUnsaved = [](QWidget *parent, const QStringList &names) {
        return QMessageBox::question(
            parent, tr("Unsaved Changes"),
            tr("These records have unsaved changes:\n%1\n\nSave them before closing?").arg(names.join(u'\n')),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_dialogs.offerDrafts = [](QWidget *parent, const QStringList &drafts) {
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                        tr("QuoteDesk ended without saving these records:\n%1\n\nRestore the unsaved "
                           "changes? Restored records open with the changes unsaved; save them to keep them.")
                            .arg(drafts.join(u'\n')),
                        QMessageBox::Discard | QMessageBox::Cancel, parent);
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.setDefaultButton(restore);
        box.button(QMessageBox::Cancel)->setText(tr("&Later"));
        box.exec();
        if (box.clickedButton() == restore)
            return QMessageBox::Open;
        return box.standardButton(box.clickedButton());
    };
    m_trash->setConfirm([this](QWidget *parent, const QString &title, const QString &text) {
        return m_dialogs.confirm(parent, title, text);
    });

    createNavigator();
    m_listPage = createListPage();
    m_listStack->addWidget(m_listPage);
    m_listStack->addWidget(new QWidget(this)); // the asset panel, made when first shown
    m_listStack->addWidget(m_trash);
    m_searchResults->setObjectName(u"searchResults"_s);
    m_searchResults->setAccessibleName(tr("Search results"));
    m_searchResults->setWordWrap(true);
    m_listStack->addWidget(m_searchResults);

    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->setAccessibleName(tr("Open records"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    auto *placeholder = new QLabel(tr("Open a record from the list, or create one with File ▸ New."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setObjectName(u"editorPlaceholder"_s);
    auto *editorArea = new QStackedWidget(this);
    editorArea->addWidget(placeholder);
    editorArea->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, editorArea,
            [this, editorArea] { editorArea->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0); });
    m_editorSplitter->setObjectName(u"editorSplitter"_s);
    m_editorSplitter->addWidget(editorArea);
    // The preview pane goes here; it stays empty and hidden until one is put in.
    m_previewSlot->setObjectName(u"previewSlot"_s);
    m_previewSlot->setLayout(new QVBoxLayout);
    m_previewSlot->layout()->setContentsMargins(0, 0, 0, 0);
    m_previewSlot->hide();
    m_editorSplitter->addWidget(m_previewSlot);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_editorSplitter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 210, 420, 650 });

    m_readOnlyNotice->setObjectName(u"readOnlyNotice"_s);
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setMargin(6);
    m_readOnlyNotice->setAutoFillBackground(true);
    QPalette notice = m_readOnlyNotice->palette();
    notice.setColor(QPalette::Window, QColor(0xff, 0xe9, 0xa8));
    notice.setColor(QPalette::WindowText, Qt::black);
    m_readOnlyNotice->setPalette(notice);
    m_readOnlyNotice->setText(
        tr("This library is open read-only: %1 Changes cannot be saved; open a copy you can write to.")
            .arg(library.readOnlyReason()));
    m_readOnlyNotice->setVisible(library.isReadOnly());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(splitter);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_countLabel);
    if (library.isReadOnly())
        statusBar()->addPermanentWidget(new QLabel(tr("Read-only"), this));

    createActions();
    setupPublishing();
    setupFormatMenu();
    setupPreview();
    setupRevisions();
    setupJournal();
    addHelpMenu(this, library.path(), library.engineVersion());

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runSearch();
        openSearchHit(std::max(0, m_searchResults->currentRow()));
    });
    connect(m_searchResults, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openSearchHit(m_searchResults->row(item)); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_trash, &TrashView::libraryChanged, this, &MainWindow::libraryChanged);
    connect(m_trash, &TrashView::errorOccurred, this, &MainWindow::showError);
    connect(&m_settings, &Settings::changed, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i)))
                editor->document()->setTitleTemplate(m_settings.titleTemplate());
        }
    });

    onNavigatorChanged();
    onCurrentTabChanged();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigator()
{
    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setHeaderHidden(true);
    m_navigator->setRootIsDecorated(true);
    auto add = [](QTreeWidgetItem *parent, const QString &text, const QString &view) {
        auto *item = new QTreeWidgetItem(parent, { text });
        item->setData(0, ViewRole, view);
        return item;
    };
    auto *library = new QTreeWidgetItem(m_navigator, { tr("Library") });
    library->setFlags(Qt::ItemIsEnabled);
    add(library, tr("Quotes"), u"quotes"_s);
    add(library, tr("Speakers"), u"speakers"_s);
    add(library, tr("Essays"), u"essays"_s);
    add(library, tr("Assets"), u"assets"_s);
    auto *terms = add(library, tr("Categories & tags"), u"categories"_s);
    add(terms, tr("Categories"), u"categories"_s);
    add(terms, tr("Tags"), u"tags"_s);
    auto *views = new QTreeWidgetItem(m_navigator, { tr("Saved views") });
    views->setFlags(Qt::ItemIsEnabled);
    add(views, tr("Drafts"), u"drafts"_s);
    add(views, tr("Ready"), u"ready"_s);
    add(views, tr("Published"), u"published"_s);
    add(views, tr("Needs update"), u"needsUpdate"_s);
    add(views, tr("Trash"), u"trash"_s);
    m_navigator->expandAll();
    m_navigator->setCurrentItem(library->child(0));
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, &MainWindow::onNavigatorChanged);
}

QWidget *MainWindow::createListPage()
{
    auto *page = new QWidget(this);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("Any status"));
    for (const QString &name : workflowStatusNames())
        m_statusFilter->addItem(displayName(*workflowStatusFromString(name)), name);
    m_speakerFilter = new QComboBox(page);
    m_speakerFilter->setObjectName(u"speakerFilter"_s);
    m_speakerFilter->setAccessibleName(tr("Filter by speaker"));
    m_categoryFilter = new QComboBox(page);
    m_categoryFilter->setObjectName(u"categoryFilter"_s);
    m_categoryFilter->setAccessibleName(tr("Filter by category"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_speakerFilter);
    filters->addWidget(m_categoryFilter);

    m_list = new QTableView(page);
    m_list->setObjectName(u"recordList"_s);
    m_list->setAccessibleName(tr("Records"));
    m_list->setModel(m_listModel);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false); // rows are chosen, not cells: Tab leaves the list
    m_list->horizontalHeader()->setDefaultSectionSize(110);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto type = m_listModel->recordType();
        if (type != RecordType::Asset)
            openRecord(type, m_listModel->idAt(index.row()));
    });
    auto apply = [this] {
        const QVariant status = m_statusFilter->currentData();
        m_listModel->setStatusFilter(status.isValid() ? workflowStatusFromString(status.toString())
                                                      : std::nullopt);
        const QVariant speaker = m_speakerFilter->currentData();
        m_listModel->setSpeakerFilter(speaker.isValid() ? std::optional<qint64>(speaker.toLongLong())
                                                        : std::nullopt);
        const QVariant category = m_categoryFilter->currentData();
        m_listModel->setCategoryFilter(category.isValid() ? std::optional<qint64>(category.toLongLong())
                                                          : std::nullopt);
    };
    connect(m_statusFilter, &QComboBox::activated, this, apply);
    connect(m_speakerFilter, &QComboBox::activated, this, apply);
    connect(m_categoryFilter, &QComboBox::activated, this, apply);
    connect(m_listModel, &QAbstractItemModel::modelReset, this,
            [this] { m_countLabel->setText(tr("%n record(s)", nullptr, m_listModel->totalCount())); });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list);
    return page;
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);

    // While the categories or tags are listed, File ▸ New makes one of them.
    auto *newQuote = fileMenu->addAction(tr("New &Quote"), this, [this] { newRecord(newRecordType()); });
    newQuote->setShortcut(QKeySequence::New);
    newQuote->setObjectName(u"newQuoteAction"_s);
    m_newAction = newQuote;
    connect(m_listStack, &QStackedWidget::currentChanged, this, &MainWindow::updateNewAction);
    auto *newSpeaker =
        fileMenu->addAction(tr("New &Speaker"), this, [this] { newRecord(RecordType::Speaker); });
    newSpeaker->setObjectName(u"newSpeakerAction"_s);
    auto *newEssay = fileMenu->addAction(tr("New &Essay"), this, [this] { newRecord(RecordType::Essay); });
    newEssay->setObjectName(u"newEssayAction"_s);
    fileMenu->addSeparator();
    m_saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::saveCurrent);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(u"saveAction"_s);
    m_closeAction = fileMenu->addAction(tr("&Close Record"), this, &MainWindow::closeCurrent);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setObjectName(u"closeAction"_s);
    auto *trash = fileMenu->addAction(tr("Move to &Trash"), this, &MainWindow::trashSelected);
    trash->setShortcut(QKeySequence::Delete);
    trash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    trash->setObjectName(u"trashAction"_s);
    m_list->addAction(trash);
    fileMenu->addSeparator();
    setupExport(fileMenu);
    fileMenu->addSeparator();
    auto *settings = fileMenu->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redoAction"_s);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    auto *find = editMenu->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    auto *open = editMenu->addAction(tr("&Open Record…"), this, &MainWindow::quickOpen);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    open->setObjectName(u"quickOpenAction"_s);

    toolBar->addAction(newQuote);
    toolBar->addAction(newSpeaker);
    toolBar->addAction(newEssay);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search the library"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(360);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_searchField);

    const bool writable = !m_library.isReadOnly();
    newQuote->setEnabled(writable);
    newSpeaker->setEnabled(writable);
    newEssay->setEnabled(writable);
    trash->setEnabled(writable);
}

void MainWindow::showNavigatorView(const QString &viewName)
{
    QTreeWidgetItemIterator it(m_navigator);
    for (; *it; ++it) {
        if ((*it)->data(0, ViewRole).toString() == viewName && (*it)->childCount() == 0) {
            m_navigator->setCurrentItem(*it);
            return;
        }
    }
}

void MainWindow::onNavigatorChanged()
{
    QTreeWidgetItem *item = m_navigator->currentItem();
    const QString view = item ? item->data(0, ViewRole).toString() : QString();
    if (view.isEmpty())
        return;
    m_searchField->blockSignals(true);
    m_searchField->clear();
    m_searchField->blockSignals(false);
    if (view == u"assets") {
        if (!m_assets) {
            m_assets = new AssetPanel(m_library, m_listStack);
            m_assets->setObjectName(u"assetPanel"_s);
            QWidget *old = m_listStack->widget(AssetsPage);
            m_listStack->insertWidget(AssetsPage, m_assets);
            m_listStack->removeWidget(old);
            old->deleteLater();
            connect(m_assets, &AssetPanel::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        }
        m_listStack->setCurrentIndex(AssetsPage);
        return;
    }
    if (view == u"trash") {
        m_trash->reload();
        m_listStack->setCurrentIndex(TrashPage);
        return;
    }
    m_listStack->setCurrentIndex(ListPage);
    static const QHash<QString, RecordType> types {
        { u"quotes"_s, RecordType::Quote }, { u"speakers"_s, RecordType::Speaker },
        { u"essays"_s, RecordType::Essay }, { u"categories"_s, RecordType::Category },
        { u"tags"_s, RecordType::Tag },
    };
    m_listModel->setRecordType(types.value(view, RecordType::Quote));
    if (view == u"drafts")
        m_listModel->setStatusFilter(WorkflowStatus::Draft);
    else if (view == u"ready")
        m_listModel->setStatusFilter(WorkflowStatus::Ready);
    else if (view == u"published")
        m_listModel->setStatusFilter(WorkflowStatus::Published);
    else if (view == u"needsUpdate")
        m_listModel->setNeedsUpdateFilter(true);
    m_list->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_list->setColumnWidth(0, 220);
    updateNewAction();
    updateFilters();
}

RecordType MainWindow::newRecordType() const
{
    const RecordType listed = m_listModel->recordType();
    const bool terms = m_listStack->currentIndex() == ListPage
        && (listed == RecordType::Category || listed == RecordType::Tag);
    return terms ? listed : RecordType::Quote;
}

void MainWindow::updateNewAction()
{
    if (!m_newAction)
        return;
    const RecordType type = newRecordType();
    m_newAction->setText(type == RecordType::Category  ? tr("New &Category")
                             : type == RecordType::Tag ? tr("New &Tag")
                                                       : tr("New &Quote"));
}

void MainWindow::updateFilters()
{
    const RecordType type = m_listModel->recordType();
    const bool post = type == RecordType::Quote || type == RecordType::Essay;
    const auto status = m_listModel->statusFilter();
    m_statusFilter->setCurrentIndex(status ? m_statusFilter->findData(nameOf(*status)) : 0);
    m_statusFilter->setVisible(post);
    m_speakerFilter->setVisible(type == RecordType::Quote);
    m_categoryFilter->setVisible(post);
    QString error;
    if (type == RecordType::Quote
        && !fillFilter(m_speakerFilter, tr("Any speaker"), m_library, RecordType::Speaker, &error)) {
        showError(tr("Could not list the speakers to filter by: %1").arg(error));
    }
    if (post && !fillFilter(m_categoryFilter, tr("Any category"), m_library, RecordType::Category, &error))
        showError(tr("Could not list the categories to filter by: %1").arg(error));
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::runSearch()
{
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        onNavigatorChanged();
        return;
    }
    m_searchResults->clear();
    QString error;
    SearchQuery query;
    query.text = text;
    query.types = { RecordType::Quote, RecordType::Speaker, RecordType::Essay };
    const QList<SearchHit> hits = search(m_library, query, &error);
    if (!error.isEmpty())
        statusBar()->showMessage(error, 5000);
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_searchResults);
        item->setData(Qt::UserRole, hit.id);
        item->setData(Qt::UserRole + 1, int(hit.type));
        item->setData(Qt::AccessibleTextRole, hit.title);
        auto *label =
            new QLabel(u"<b>%1</b> <small>(%2)</small><br/>%3"_s.arg(
                           hit.title.toHtmlEscaped(), recordTypeDisplayName(hit.type), hit.snippetHtml),
                       m_searchResults);
        label->setWordWrap(true);
        label->setMargin(4);
        label->setTextFormat(Qt::RichText);
        // A wrapped label's own size hint assumes some width; ask for the height at the list's.
        // (The list may not be laid out yet: take the width of the stack it fills, less a scroll bar.)
        const int width = std::max(200, m_listStack->width() - 24);
        item->setSizeHint(QSize(width, label->heightForWidth(width)));
        m_searchResults->setItemWidget(item, label);
    }
    if (hits.isEmpty())
        statusBar()->showMessage(tr("Nothing found for “%1”.").arg(text), 3000);
    m_searchResults->setCurrentRow(0);
    m_listStack->setCurrentIndex(SearchPage);
}

void MainWindow::openSearchHit(int row)
{
    QListWidgetItem *item = m_searchResults->item(row);
    if (item)
        openRecord(RecordType(item->data(Qt::UserRole + 1).toInt()), item->data(Qt::UserRole).toLongLong());
}

void MainWindow::quickOpen()
{
    auto *dialog = new QuickOpenDialog(m_library, this);
    dialog->setObjectName(u"quickOpenDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickOpenDialog::recordChosen, this, &MainWindow::openRecord);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::libraryChanged()
{
    m_listModel->reload();
    m_trash->reload();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i)))
            editor->refreshUsedBy();
    }
    updatePublishing();
}

void MainWindow::showError(const QString &text)
{
    statusBar()->showMessage(text, 8000);
    m_dialogs.showError(this, text);
}

} // namespace QuoteDesk
