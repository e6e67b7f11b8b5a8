// SPDX-License-Identifier: GPL-3.0-or-later
// The View menu and its panels: the preview beside the editor tabs, "Open in Browser" and
// the revisions dock.
#include "mainwindow.h"

#include "document/recorddocument.h"
#include "openinbrowser.h"
#include "previewpane.h"
#include "recordeditor.h"
#include "revisionspanel.h"
#include "settings.h"
#include "store/library.h"

#include <QAction>
#include <QDockWidget>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

void MainWindow::setupPreview()
{
    m_preview = new PreviewPane(&m_library, m_previewSlot);
    m_preview->setObjectName(u"previewPane"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_previewSlot->layout()->addWidget(m_preview);
    m_editorSplitter->setStretchFactor(0, 3);
    m_editorSplitter->setStretchFactor(1, 2);
    m_editorSplitter->setSizes({ 440, 310 });
    // With the preview beside it, the editor needs the room more than the record list.
    if (auto *mainSplitter = findChild<QSplitter *>(u"mainSplitter"_s))
        mainSplitter->setSizes({ 160, 430, 690 });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_previewAction = m_viewMenu->addAction(tr("Show &Preview"));
    m_previewAction->setObjectName(u"previewAction"_s);
    m_previewAction->setCheckable(true);
    m_previewAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_previewAction, &QAction::toggled, this, [this](bool visible) {
        m_previewSlot->setVisible(visible);
        if (m_settings.previewVisible() != visible)
            m_settings.setPreviewVisible(visible);
        updatePreview();
    });
    m_previewAction->setChecked(m_settings.previewVisible());
    m_previewSlot->setVisible(m_previewAction->isChecked());

    m_browserAction = m_viewMenu->addAction(tr("Open in &Browser"), this, &MainWindow::openCurrentInBrowser);
    m_browserAction->setObjectName(u"openInBrowserAction"_s);
    m_browserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_browserAction->setEnabled(false);
    m_viewMenu->addSeparator();
}

void MainWindow::updatePreview()
{
    if (!m_preview)
        return;
    RecordEditor *editor = currentEditor();
    if (!editor) {
        m_preview->clear();
        return;
    }
    if (!m_previewSlot->isVisibleTo(this))
        return;
    std::visit(
        [this](const auto &record) {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, Quote>)
                m_preview->showQuote(record);
            else if constexpr (std::is_same_v<T, Essay>)
                m_preview->showEssay(record);
            else if constexpr (std::is_same_v<T, Speaker>)
                m_preview->showSpeaker(record);
            else
                m_preview->clear(); // a category or tag has no page of its own
        },
        editor->document()->record());
}

bool MainWindow::openCurrentInBrowser()
{
    RecordEditor *editor = currentEditor();
    if (!editor)
        return false;
    QString error;
    bool ok = false;
    const EditableRecord &record = editor->document()->record();
    if (const auto *quote = std::get_if<Quote>(&record))
        ok = OpenInBrowser::openQuote(m_library, *quote, &error);
    else if (const auto *essay = std::get_if<Essay>(&record))
        ok = OpenInBrowser::openEssay(m_library, *essay, &error);
    else
        error = tr("A speaker has no page of its own. Open one of the speaker's quotes instead.");
    if (!ok)
        showError(tr("Could not open “%1” in a browser: %2").arg(editor->document()->label(), error));
    return ok;
}

void MainWindow::setupRevisions()
{
    m_revisions = new RevisionsPanel(&m_library, this);
    m_revisions->setObjectName(u"revisionsPanel"_s);
    m_revisionsDock = new QDockWidget(tr("Revisions"), this);
    m_revisionsDock->setObjectName(u"revisionsDock"_s);
    m_revisionsDock->setWidget(m_revisions);
    addDockWidget(Qt::RightDockWidgetArea, m_revisionsDock);
    m_revisionsDock->hide();
    QAction *toggle = m_revisionsDock->toggleViewAction();
    toggle->setText(tr("&Revisions"));
    toggle->setObjectName(u"revisionsAction"_s);
    m_viewMenu->addAction(toggle);
    connect(m_revisions, &RevisionsPanel::restoreRequested, this, &MainWindow::restoreRevision);
    // The dock takes its room from the whole window; give the editor back its share, from the
    // record list first, once the dock is laid out.
    connect(m_revisionsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, this, &MainWindow::giveRoomToTheEditor);
    });
}

void MainWindow::giveRoomToTheEditor()
{
    auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s);
    if (!splitter || splitter->count() != 3)
        return;
    QList<int> sizes = splitter->sizes();
    const int total = sizes.at(0) + sizes.at(1) + sizes.at(2);
    int missing = total * 11 / 20 - sizes.at(2); // the editor and the preview: 55 %
    for (const auto &[pane, floor] : { std::pair { 1, 300 }, std::pair { 0, 150 } }) {
        const int taken = std::clamp(sizes.at(pane) - floor, 0, std::max(missing, 0));
        sizes[pane] -= taken;
        sizes[2] += taken;
        missing -= taken;
    }
    splitter->setSizes(sizes);
}

} // namespace QuoteDesk
