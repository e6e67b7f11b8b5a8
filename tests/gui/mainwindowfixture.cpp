// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"

#include "store/demolibrary.h"

#include <QAction>
#include <QTest>

namespace QuoteDesk::Test {

bool MainWindowFixture::open(QString *error)
{
    m_lib = std::make_unique<TempLibrary>();
    if (!m_lib->open()) {
        *error = m_lib->error();
        return false;
    }
    if (!DemoLibrary::populate(m_lib->library(), error))
        return false;
    m_settings = std::make_unique<Settings>();
    m_settings->setAutosaveSeconds(600);
    m_window = std::make_unique<MainWindow>(m_lib->library(), *m_settings);
    return showWindow(error);
}

bool MainWindowFixture::showWindow(QString *error)
{
    m_errors.clear();
    m_window->setDialogs({
        [](QWidget *, const QString &, const QString &) { return true; },
        [this](QWidget *, const QString &text) { m_errors << text; },
        [](QWidget *, const QStringList &) { return QMessageBox::Discard; },
        [](QWidget *, const QStringList &) { return QMessageBox::Discard; },
        [](QWidget *, const QString &, const QString &) { return QString(); },
    });
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the main window was not shown");
        return false;
    }
    return true;
}

bool MainWindowFixture::restart(QString *error)
{
    if (!m_window->close()) {
        *error = QStringLiteral("the main window did not close");
        return false;
    }
    m_window = std::make_unique<MainWindow>(m_lib->library(), *m_settings);
    m_window->restoreLayout();
    if (!showWindow(error))
        return false;
    m_window->restoreOpenTabs();
    return true;
}

void MainWindowFixture::close()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

QAction *MainWindowFixture::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

} // namespace QuoteDesk::Test
