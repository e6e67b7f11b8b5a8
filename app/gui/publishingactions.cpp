// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishingactions.h"

#include "document/recorddocument.h"
#include "document/recordlistmodel.h"
#include "passwordprompt.h"
#include "publish/credentialstore.h"
#include "publish/keychaincredentialstore.h"
#include "publish/publicationstore.h"
#include "publish/publishcontroller.h"
#include "publish/publishinputs.h"
#include "publish/siteversion.h"
#include "publish/wperror.h"
#include "publishpanel.h"
#include "recordbrowser.h"
#include "recordeditor.h"
#include "settings.h"
#include "sitesdialog.h"
#include "store/library.h"
#include "syncstatedelegate.h"
#include "syncstateview.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

bool isPost(RecordType type)
{
    return type == RecordType::Quote || type == RecordType::Essay;
}

/// Posts asked about per request (the REST API's largest page).
constexpr qsizetype SiteCheckBatch = 100;

} // namespace

PublishingActions::PublishingActions(Library &library, Settings &settings, QMainWindow *window,
                                     RecordBrowser *browser, const Host &host)
    : QObject(window)
    , m_library(library)
    , m_settings(settings)
    , m_window(window)
    , m_browser(browser)
    , m_host(host)
{
}

void PublishingActions::install(QAction *saveAction)
{
    // Tests never touch the keychain of the person running them.
    if (QStandardPaths::isTestModeEnabled())
        m_credentials = new SessionCredentialStore(this);
    else
        m_credentials = new KeychainCredentialStore(u"QuoteDesk"_s, this);
    m_publisher = new PublishController(&m_library, m_credentials, this);
    new PasswordPrompt(m_publisher, m_credentials, m_window);

    m_panel = new PublishPanel(m_publisher, &m_library, m_window);
    m_panel->setObjectName(u"publishPanel"_s);
    m_dock = new QDockWidget(tr("Publishing"), m_window);
    m_dock->setObjectName(u"publishDock"_s);
    auto *dockContents = new QWidget(m_dock);
    auto *dockLayout = new QVBoxLayout(dockContents);
    dockLayout->addWidget(m_panel);
    m_dock->setWidget(dockContents);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide(); // until the first publish, or shown from the menu

    // Publishing goes through publishCurrent(), which saves pending edits first.
    m_publishAction = m_panel->createPublishAction(this);
    m_publishAction->setObjectName(u"publishAction"_s);
    disconnect(m_publishAction, &QAction::triggered, m_panel, &PublishPanel::publish);
    connect(m_publishAction, &QAction::triggered, this, &PublishingActions::publishCurrent);
    if (auto *button = m_panel->findChild<QPushButton *>(u"publishButton"_s)) {
        disconnect(button, &QPushButton::clicked, m_panel, &PublishPanel::publish);
        connect(button, &QPushButton::clicked, this, &PublishingActions::publishCurrent);
    }

    auto *menu = new QMenu(tr("&Publish"), m_window);
    menu->setObjectName(u"publishMenu"_s);
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().value(2), menu); // after File and Edit
    menu->addAction(m_publishAction);
    m_openOnSiteAction = menu->addAction(tr("&Open on Site"), this, &PublishingActions::openOnSite);
    m_openOnSiteAction->setObjectName(u"openOnSiteAction"_s);
    m_openOnSiteAction->setToolTip(tr("Open the published post in the web browser."));
    m_unpublishAction = menu->addAction(tr("&Unpublish…"), this, &PublishingActions::unpublishCurrent);
    m_unpublishAction->setObjectName(u"unpublishAction"_s);
    m_unpublishAction->setToolTip(tr("Move the post to the site's trash."));
    QAction *check =
        menu->addAction(tr("&Check the Site for Changes"), this, [this] { checkSiteForChanges(false); });
    check->setObjectName(u"checkSiteAction"_s);
    check->setShortcut(QKeySequence(Qt::Key_F5));
    check->setToolTip(tr("Ask the site which published posts were edited there."));
    menu->addSeparator();
    QAction *panel = m_dock->toggleViewAction();
    panel->setText(tr("Show Publishing &Panel"));
    menu->addAction(panel);
    auto *sites = menu->addAction(tr("&Sites…"), this, &PublishingActions::showSites);
    sites->setObjectName(u"sitesAction"_s);

    if (auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s)) {
        const QList<QAction *> actions = toolBar->actions();
        const qsizetype save = actions.indexOf(saveAction);
        toolBar->insertAction(actions.value(save + 1), m_publishAction);
        // The only toolbar icon: its name beside it says what it does.
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_publishAction)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }

    // The current record's state on the chosen site, as icon and text, left of the count.
    m_syncState = new QToolButton(m_window);
    m_syncState->setObjectName(u"syncStateLabel"_s);
    m_syncState->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncState->setAutoRaise(true);
    m_syncState->setFocusPolicy(Qt::NoFocus);
    connect(m_syncState, &QToolButton::clicked, m_dock, &QWidget::show);
    m_window->statusBar()->insertPermanentWidget(0, m_syncState);

    m_browser->list()->setItemDelegate(new SyncStateDelegate(m_browser->list()));
    connect(m_browser->listModel(), &QAbstractItemModel::modelReset, this, [this] {
        // Wide enough for the longest state the first page shows, icon included.
        if (const int column = m_browser->listModel()->syncColumn(); column >= 0)
            m_browser->list()->resizeColumnToContents(column);
    });

    if (m_settings.lastPublishSiteId() != 0)
        m_panel->setSite(m_settings.lastPublishSiteId());
    m_browser->listModel()->setSyncSite(m_panel->siteId());
    if (auto *siteCombo = m_panel->findChild<QComboBox *>(u"siteCombo"_s)) {
        connect(siteCombo, &QComboBox::currentIndexChanged, this, &PublishingActions::siteChanged);
    }

    connect(m_publisher, &PublishController::siteStateRefreshed, this,
            [this](qint64 siteId, const QHash<qint64, QString> &modifiedGmt) {
                m_browser->listModel()->setSiteModified(siteId, modifiedGmt);
                // "changed on the site" is longer than what the first page showed.
                if (const int column = m_browser->listModel()->syncColumn(); column >= 0)
                    m_browser->list()->resizeColumnToContents(column);
                if (siteId != m_panel->siteId())
                    return;
                if (!m_siteCheckPending.isEmpty()) {
                    const QList<qint64> batch =
                        m_siteCheckPending.first(std::min(SiteCheckBatch, m_siteCheckPending.size()));
                    m_siteCheckPending.remove(0, batch.size());
                    m_publisher->refreshSiteState(siteId, batch);
                    return;
                }
                m_window->statusBar()->showMessage(
                    tr("Checked %1 for changes.").arg(m_library.labelOf(RecordType::Site, siteId)), 5000);
                update();
            });
    connect(m_publisher, &PublishController::siteStateRefreshFailed, this,
            &PublishingActions::siteCheckFailed);
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        // The tool tip belongs to a failed check's message (siteCheckFailed()), not to the next.
        if (!m_window->statusBar()->toolTip().isEmpty()
            && (message.isEmpty()
                || !m_window->statusBar()->toolTip().startsWith(message.section(u". "_s, 0, 0))))
            m_window->statusBar()->setToolTip({});
    });
    checkSiteForChanges(true);

    connect(m_publisher, &PublishController::busyChanged, this, &PublishingActions::update);
    connect(m_panel, &PublishPanel::published, this, [this] {
        // The panel shows the result; the status bar only when the panel was closed.
        if (!m_dock->isVisible())
            m_window->statusBar()->showMessage(m_panel->resultText(), 5000);
    });
    connect(m_panel, &PublishPanel::siteVersionTaken, this, &PublishingActions::takeSiteVersion);
    connect(m_publisher, &PublishController::unpublished, this, [this](qint64, const WpError &error) {
        if (error.isError()) {
            Q_EMIT errorOccurred(tr("Could not unpublish the post: %1").arg(error.message));
            return;
        }
        m_window->statusBar()->showMessage(tr("Moved the post to the site's trash."), 5000);
    });
    update();
}

void PublishingActions::siteChanged()
{
    const qint64 siteId = m_panel->siteId();
    if (siteId != 0)
        m_settings.setLastPublishSiteId(siteId);
    m_browser->listModel()->setSyncSite(siteId);
    update();
    checkSiteForChanges(true);
}

void PublishingActions::checkSiteForChanges(bool onlyWithStoredPassword)
{
    const qint64 siteId = m_panel->siteId();
    m_siteCheckPending.clear();
    m_siteCheckAsked = !onlyWithStoredPassword;
    if (siteId == 0) {
        if (!onlyWithStoredPassword)
            m_window->statusBar()->showMessage(tr("Choose a site in the publishing panel first."), 5000);
        return;
    }
    const QString name = m_library.labelOf(RecordType::Site, siteId);
    QString error;
    const QList<qint64> remoteIds = PublicationStore::remoteIds(m_library, siteId, &error);
    if (!error.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Could not read which posts are published to %1: %2. Check the library file.")
                .arg(name, error));
        return;
    }
    if (remoteIds.isEmpty()) {
        if (!onlyWithStoredPassword)
            m_window->statusBar()->showMessage(
                tr("Nothing of this library is published to %1 yet.").arg(name), 5000);
        return;
    }
    // The answer arrives with siteStateRefreshed(); the next batch is asked for then.
    const auto ask = [this, siteId, name, remoteIds] {
        if (siteId != m_panel->siteId())
            return; // another site was chosen meanwhile
        m_window->statusBar()->showMessage(tr("Checking %1 for changes…").arg(name), 5000);
        const QList<qint64> batch = remoteIds.first(std::min(SiteCheckBatch, remoteIds.size()));
        m_siteCheckPending = remoteIds.mid(batch.size());
        m_publisher->refreshSiteState(siteId, batch);
    };
    if (!onlyWithStoredPassword) {
        ask();
        return;
    }
    // Unasked (at start, on another site): never a password prompt, only a stored password.
    const auto site = m_library.get<Site>(siteId, &error);
    if (!site)
        return;
    m_credentials->read(site->credentialKey, this,
                        [ask](const std::optional<QString> &secret, const QString &) {
                            if (secret)
                                ask();
                        });
}

void PublishingActions::siteCheckFailed(qint64 siteId, const WpError &error)
{
    if (siteId != m_panel->siteId())
        return; // another site was chosen meanwhile; its own check reports
    // What the batches before this one told stays in the list; the rest is not asked for.
    const qsizetype unchecked = m_siteCheckPending.size();
    m_siteCheckPending.clear();
    const QString name = m_library.labelOf(RecordType::Site, siteId);
    if (error.kind == WpError::Kind::Cancelled) {
        m_window->statusBar()->showMessage(tr("Did not check %1 for changes: cancelled.").arg(name), 5000);
        return;
    }
    QString text = tr("Could not check %1 for changes: %2").arg(name, error.message);
    if (unchecked > 0)
        text += u' ' + tr("%n post(s) were not checked.", nullptr, int(unchecked));
    // Only a check the user asked for (F5, the menu) interrupts; the one at start does not.
    if (m_siteCheckAsked) {
        Q_EMIT errorOccurred(text);
        return;
    }
    // The whole message is too long for the status bar: what happened there, until something
    // else is shown, and what to do in its tool tip.
    const qsizetype sentenceEnd = text.indexOf(u". "_s);
    const QString shown = sentenceEnd < 0
        ? text
        : text.left(sentenceEnd + 1) + u' ' + tr("F5 checks again and says what to do.");
    m_window->statusBar()->showMessage(shown);
    m_window->statusBar()->setToolTip(text);
}

void PublishingActions::update()
{
    if (!m_panel)
        return;
    const RecordEditor *editor = m_host.currentEditor();
    const RecordType type = editor ? editor->document()->type() : RecordType::Quote;
    const qint64 id = editor && isPost(type) ? editor->document()->id() : 0;
    m_panel->setRecord(type, id);
    const qint64 siteId = m_panel->siteId();
    const QUrl link = id && siteId ? m_publisher->linkOnSite(recordTypeName(type), id, siteId) : QUrl();
    m_openOnSiteAction->setEnabled(!link.isEmpty());
    m_unpublishAction->setEnabled(!link.isEmpty() && !m_publisher->isBusy() && !m_library.isReadOnly());

    std::optional<SyncState> state;
    if (editor && isPost(type) && siteId) {
        QString error;
        if (id == 0)
            state = SyncState::NotPublished;
        else if (const auto input = PublishInputs::load(m_library, type, id, &error)) {
            // What the site said when it was last asked (Publish ▸ Check the Site for Changes).
            const auto publication = PublicationStore::find(m_library, recordTypeName(type), id, siteId);
            state = m_publisher->syncState(
                *input, siteId,
                publication ? m_browser->listModel()->siteModified(publication->remoteId) : std::nullopt);
        }
    }
    m_syncState->setVisible(state.has_value());
    if (state) {
        m_syncState->setIcon(syncStateIcon(*state));
        m_syncState->setText(
            tr("%1: %2").arg(m_library.labelOf(RecordType::Site, siteId), syncStateText(*state)));
        m_syncState->setToolTip(syncStateToolTip(*state));
        m_host.showTabIcon(syncStateIcon(*state));
    }
}

void PublishingActions::publishCurrent()
{
    RecordEditor *editor = m_host.currentEditor();
    if (editor && editor->document()->isModified()) {
        // What is published is what the library holds: the edits go in first.
        if (!m_host.saveCurrent())
            return;
        update();
    }
    m_dock->show();
    m_panel->publish();
}

void PublishingActions::showSites()
{
    auto *dialog = new SitesDialog(&m_library, m_credentials, m_publisher, m_window);
    dialog->setObjectName(u"sitesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_panel->siteId() != 0)
        dialog->selectSite(m_panel->siteId());
    connect(dialog, &SitesDialog::sitesChanged, this, [this] {
        m_panel->reloadSites(); // quietly: it keeps its choice when it can
        siteChanged();
    });
    dialog->open();
}

void PublishingActions::openOnSite()
{
    const RecordEditor *editor = m_host.currentEditor();
    if (!editor)
        return;
    const QUrl link = m_publisher->linkOnSite(recordTypeName(editor->document()->type()),
                                              editor->document()->id(), m_panel->siteId());
    if (!link.isEmpty() && !QDesktopServices::openUrl(link))
        Q_EMIT errorOccurred(tr("Could not open %1: no web browser answered. Copy the address into one.")
                                 .arg(link.toDisplayString()));
}

void PublishingActions::unpublishCurrent()
{
    const RecordEditor *editor = m_host.currentEditor();
    const qint64 siteId = m_panel->siteId();
    if (!editor || editor->document()->id() == 0 || siteId == 0)
        return;
    const QString site = m_library.labelOf(RecordType::Site, siteId);
    if (!m_host.confirm(m_window, tr("Unpublish"),
                        tr("Move “%1” to the trash of %2? The record stays in the library and can be "
                           "published again.")
                            .arg(editor->document()->label(), site)))
        return;
    m_publisher->unpublish(recordTypeName(editor->document()->type()), editor->document()->id(), siteId);
}

void PublishingActions::takeSiteVersion(RecordType type, qint64 id, const SiteVersion &version)
{
    if (!m_host.openRecord(type, id))
        return;
    RecordDocument *document = m_host.currentEditor()->document();
    // One undoable change: Undo gives back the record as it was before. Only the parts that
    // belong to this record come back (SiteVersion); the dialog said which.
    document->undoStack()->beginMacro(tr("Take the Site's Version"));
    document->setField(u"title"_s, version.title);
    document->setField(u"excerpt"_s, version.excerpt);
    const auto set = [document](const QString &field, const std::optional<QString> &value) {
        if (value)
            document->setField(field, *value);
    };
    if (type == RecordType::Quote) {
        set(u"text"_s, version.quotation);
        set(u"commentary"_s, version.commentary);
    } else if (type == RecordType::Essay) {
        set(u"body"_s, version.body);
        set(u"sources"_s, version.sources);
    }
    document->undoStack()->endMacro();
    m_window->statusBar()->showMessage(
        tr("Took the site's version of “%1”; save to keep it.").arg(document->label()), 5000);
}

} // namespace QuoteDesk
