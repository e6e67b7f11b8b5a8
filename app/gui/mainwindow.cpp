// SPDX-License-Identifier: GPL-3.0-or-later
// The frame of the main window: the record browser beside the editor tabs and the preview,
// the File and Edit menus, and the set-up that the topic files (mainwindow*.cpp) fill in.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "document/recorddocument.h"
#include "draftkeeper.h"
#include "quickopendialog.h"
#include "recordbrowser.h"
#include "recordeditor.h"
#include "settings.h"
#include "settingsdialog.h"
#include "store/library.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
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

MainWindow::MainWindow(Library &library, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_browser(new RecordBrowser(
          library,
          [this](QWidget *parent, const QString &title, const QString &text) {
              return m_dialogs.confirm(parent, title, text);
          },
          this))
    , m_editorSplitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_previewSlot(new QWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_readOnlyNotice(new QLabel(this))
    , m_drafts(new DraftKeeper(library, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("QuoteDesk — %1").arg(library.path()));
    m_dialogs = Dialogs::standard();
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
    m_editorSplitter->setChildrenCollapsible(false); // F9 hides the preview; dragging only narrows it
    m_editorSplitter->addWidget(editorArea);
    // The preview pane goes here; it stays empty and hidden until one is put in.
    m_previewSlot->setObjectName(u"previewSlot"_s);
    m_previewSlot->setLayout(new QVBoxLayout);
    m_previewSlot->layout()->setContentsMargins(0, 0, 0, 0);
    m_previewSlot->hide();
    m_editorSplitter->addWidget(m_previewSlot);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_browser->navigator());
    splitter->addWidget(m_browser);
    splitter->addWidget(m_editorSplitter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 170, 440, 670 });

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
    statusBar()->addPermanentWidget(m_browser->countLabel());
    if (library.isReadOnly())
        statusBar()->addPermanentWidget(new QLabel(tr("Read-only"), this));

    createActions();
    setupPublishing();
    setupFormatMenu();
    setupPreview();
    setupRevisions();
    addHelpMenu(this, library.path(), library.engineVersion());

    connect(m_browser, &RecordBrowser::openRequested, this, &MainWindow::openRecord);
    connect(m_browser, &RecordBrowser::errorOccurred, this, &MainWindow::showError);
    connect(m_browser, &RecordBrowser::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_browser, &RecordBrowser::viewChanged, this, &MainWindow::updateNewAction);
    connect(m_drafts, &DraftKeeper::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(&m_settings, &Settings::changed, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i)))
                editor->document()->setTitleTemplate(m_settings.titleTemplate());
        }
    });

    // Whoever changed the library (an editor, the trash, a publish, an import), the window
    // follows the store's events; a burst of them (emptying the trash) makes one refresh.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshFromLibrary);
    connect(library.events(), &LibraryEvents::recordsChanged, m_refresh, qOverload<>(&QTimer::start));

    m_browser->showCurrentView();
    onCurrentTabChanged();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);

    // While the categories or tags are listed, File ▸ New makes one of them.
    auto *newQuote =
        fileMenu->addAction(tr("New &Quote"), this, [this] { newRecord(m_browser->newRecordType()); });
    newQuote->setShortcut(QKeySequence::New);
    newQuote->setObjectName(u"newQuoteAction"_s);
    m_newAction = newQuote;
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
    m_browser->list()->addAction(trash);
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
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_browser->searchField());

    const bool writable = !m_library.isReadOnly();
    newQuote->setEnabled(writable);
    newSpeaker->setEnabled(writable);
    newEssay->setEnabled(writable);
    trash->setEnabled(writable);
}

void MainWindow::showNavigatorView(const QString &viewName)
{
    m_browser->showView(viewName);
}

RecordListModel *MainWindow::listModel() const
{
    return m_browser->listModel();
}

TrashView *MainWindow::trashView() const
{
    return m_browser->trashView();
}

void MainWindow::updateNewAction()
{
    if (!m_newAction)
        return;
    const RecordType type = m_browser->newRecordType();
    m_newAction->setText(type == RecordType::Category  ? tr("New &Category")
                             : type == RecordType::Tag ? tr("New &Tag")
                                                       : tr("New &Quote"));
}

void MainWindow::focusSearch()
{
    m_browser->focusSearch();
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

void MainWindow::refreshFromLibrary()
{
    m_browser->reload();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i)))
            editor->refreshUsedBy();
    }
    updatePublishing();
}

void MainWindow::followSpeakerNames(const QList<qint64> &speakerIds)
{
    if (m_library.isReadOnly())
        return;
    // Open quotes take the new title as an undo step of their own (and are saved with their
    // other edits); the others are saved at once.
    QSet<qint64> open;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i));
        if (!editor || editor->document()->type() != RecordType::Quote)
            continue;
        open.insert(editor->document()->id());
        const QVariant speaker = editor->document()->field(u"speaker_id"_s);
        if (!speaker.isNull() && speakerIds.contains(speaker.toLongLong()))
            editor->document()->followTitleTemplate();
    }
    QString error;
    const int saved =
        RecordDocument::followTitleTemplate(m_library, m_settings.titleTemplate(), speakerIds, open, &error);
    if (saved < 0)
        showError(tr("Could not give the speaker’s quotes their new titles: %1 Edit and save the speaker "
                     "again to retry.")
                      .arg(error));
    else if (saved > 0)
        statusBar()->showMessage(tr("%n quote title(s) now follow the speaker’s new name.", nullptr, saved),
                                 5000);
}

void MainWindow::showError(const QString &text)
{
    statusBar()->showMessage(text, 8000);
    m_dialogs.showError(this, text);
}

} // namespace QuoteDesk
