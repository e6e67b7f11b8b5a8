// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QIcon;
class QMainWindow;
class QToolButton;

namespace QuoteDesk {

class CredentialStore;
class Library;
class PublishController;
class PublishPanel;
class RecordBrowser;
class RecordEditor;
class Settings;
struct SiteVersion;
struct WpError;

/// The publishing part of the main window: the publish panel in a dock, the Publish menu and
/// its toolbar button, the sites dialog, "Open on Site", "Unpublish", checking the site for
/// changes, and the sync state of the current record in the status bar and on its tab.
class PublishingActions final : public QObject
{
    Q_OBJECT
public:
    /// What the window does for publishing: the record being edited, saving it first, opening
    /// a record, asking a question, and marking the current tab.
    struct Host
    {
        std::function<RecordEditor *()> currentEditor;
        std::function<bool()> saveCurrent;
        std::function<bool(RecordType type, qint64 id)> openRecord;
        std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
        std::function<void(const QIcon &icon)> showTabIcon;
    };

    PublishingActions(Library &library, Settings &settings, QMainWindow *window, RecordBrowser *browser,
                      const Host &host);

    /// Adds the dock, the Publish menu (after File and Edit), the toolbar button after
    /// @p saveAction and the sync state in the status bar; checks the chosen site for changes
    /// when its password is stored.
    void install(QAction *saveAction);

    PublishController *controller() const { return m_publisher; }
    CredentialStore *credentials() const { return m_credentials; }
    PublishPanel *panel() const { return m_panel; }

    /// Shows the current record in the panel, and its sync state, again.
    void update();
    /// Publishes the current record to the chosen site, saving it first when it has edits.
    void publishCurrent();
    void showSites();
    void openOnSite();
    void unpublishCurrent();
    /// Asks the chosen site for the modified_gmt of its posts, 100 at a time; with
    /// @p onlyWithStoredPassword, only when no password must be asked.
    void checkSiteForChanges(bool onlyWithStoredPassword);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void siteChanged();
    /// The site could not be asked: says so in the status bar, and in a dialog when the
    /// check was asked for.
    void siteCheckFailed(qint64 siteId, const WpError &error);
    void takeSiteVersion(RecordType type, qint64 id, const SiteVersion &version);

    Library &m_library;
    Settings &m_settings;
    QMainWindow *m_window;
    RecordBrowser *m_browser;
    Host m_host;
    CredentialStore *m_credentials = nullptr;
    PublishController *m_publisher = nullptr;
    PublishPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_openOnSiteAction = nullptr;
    QAction *m_unpublishAction = nullptr;
    QList<qint64> m_siteCheckPending; ///< post ids still to ask the site about, 100 at a time
    bool m_siteCheckAsked = false; ///< the running check was asked for (F5), not automatic
    QToolButton *m_syncState = nullptr; ///< icon and text of the current record's sync state
};

} // namespace QuoteDesk
