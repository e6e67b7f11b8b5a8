// SPDX-License-Identifier: GPL-3.0-or-later
// The Format menu: the formatting actions of the Markdown field being edited.
#include "mainwindow.h"

#include "markdownedit.h"
#include "recordeditor.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

void MainWindow::setupFormatMenu()
{
    m_formatMenu = menuBar()->addMenu(tr("F&ormat"));
    m_formatMenu->setObjectName(u"formatMenu"_s);
    // The menu shows the actions of the Markdown field being edited: they carry the shortcuts
    // (Ctrl+B, I, K, 1–3), which work while that field has the focus and nowhere else.
    m_formatStandIn = new MarkdownEdit(this);
    m_formatStandIn->hide();
    for (QAction *action : m_formatStandIn->formattingActions())
        action->setEnabled(false);
    m_formatMenu->addActions(m_formatStandIn->formattingActions());
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (auto *edit = qobject_cast<MarkdownEdit *>(now); edit && isAncestorOf(edit))
            m_lastMarkdown = edit;
    });
    connect(m_formatMenu, &QMenu::aboutToShow, this, [this] {
        RecordEditor *editor = currentEditor();
        MarkdownEdit *target = m_lastMarkdown && editor && editor->isAncestorOf(m_lastMarkdown)
            ? m_lastMarkdown
            : m_formatStandIn;
        m_formatMenu->clear();
        m_formatMenu->addActions(target->formattingActions());
    });
    // Once the menu is closed (and its choice carried out), it holds the stand-ins again: a
    // field's actions left in it would take the field's shortcuts while another field has the
    // focus.
    connect(m_formatMenu, &QMenu::aboutToHide, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_formatMenu->isVisible())
                return;
            m_formatMenu->clear();
            m_formatMenu->addActions(m_formatStandIn->formattingActions());
        });
    });
}

} // namespace QuoteDesk
