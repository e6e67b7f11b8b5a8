// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"

#include <QStringList>

#include <memory>

class QAction;

namespace QuoteDesk::Test {

/// The real main window over a fresh demo library, shown offscreen: every confirmation is
/// answered yes, unsaved edits and journaled drafts are discarded, and error dialogs are
/// collected in errors() instead of shown. Call open() in init() and close() in cleanup().
class MainWindowFixture final
{
public:
    /// False with @p error when the library cannot be made or the window is not shown.
    bool open(QString *error);
    void close();
    /// Closes the window as a person does (it keeps its layout and tabs) and opens a new one
    /// on the same library and settings, restoring them as a start of the app does.
    bool restart(QString *error);

    MainWindow *window() const { return m_window.get(); }
    Library &library() const { return m_lib->library(); }
    Settings &settings() const { return *m_settings; }
    /// The texts of the error dialogs shown since open().
    const QStringList &errors() const { return m_errors; }
    /// The window's action of that object name, or null.
    QAction *action(const QString &name) const;

private:
    bool showWindow(QString *error);

    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
};

} // namespace QuoteDesk::Test
