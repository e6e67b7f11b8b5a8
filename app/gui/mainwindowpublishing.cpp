// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's publishing, done by PublishingActions: set up, and the slots that reach it.
#include "mainwindow.h"

#include "publishingactions.h"
#include "recordbrowser.h"

#include <QTabWidget>

namespace QuoteDesk {

void MainWindow::setupPublishing()
{
    PublishingActions::Host host;
    host.currentEditor = [this] {
        return currentEditor();
    };
    host.saveCurrent = [this] {
        return saveCurrent();
    };
    host.openRecord = [this](RecordType type, qint64 id) {
        return openRecord(type, id);
    };
    host.confirm = [this](QWidget *parent, const QString &title, const QString &text) {
        return m_dialogs.confirm(parent, title, text);
    };
    host.showTabIcon = [this](const QIcon &icon) {
        m_tabs->setTabIcon(m_tabs->currentIndex(), icon);
    };
    m_publishing = new PublishingActions(m_library, m_settings, this, m_browser, host);
    connect(m_publishing, &PublishingActions::errorOccurred, this, &MainWindow::showError);
    m_publishing->install(m_saveAction);
}

void MainWindow::updatePublishing()
{
    if (m_publishing)
        m_publishing->update();
}

PublishController *MainWindow::publishController() const
{
    return m_publishing->controller();
}

CredentialStore *MainWindow::credentialStore() const
{
    return m_publishing->credentials();
}

PublishPanel *MainWindow::publishPanel() const
{
    return m_publishing->panel();
}

void MainWindow::publishCurrent()
{
    m_publishing->publishCurrent();
}

void MainWindow::showSites()
{
    m_publishing->showSites();
}

void MainWindow::openOnSite()
{
    m_publishing->openOnSite();
}

void MainWindow::unpublishCurrent()
{
    m_publishing->unpublishCurrent();
}

} // namespace QuoteDesk
