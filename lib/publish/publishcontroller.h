// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishjob.h"
#include "syncstate.h"
#include "wpsite.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace QuoteDesk {

class CredentialStore;
class Library;
class SiteSession;

/// What the app binds its publishing UI to (toolbar button, Ctrl+Shift+P, dialogs): one
/// publish or unpublish at a time, progress per step, cancel, conflicts, connection tests,
/// passwords asked for when the credential store has none, sync states.
///
/// Passwords come from the CredentialStore; when it has none for a site, passwordNeeded()
/// is emitted and the operation waits until setPassword() (or cancel()).
class PublishController final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    PublishController(Library *library, CredentialStore *credentials, QObject *parent = nullptr);
    ~PublishController() override;

    bool isBusy() const { return m_busy; }

    /// Gives the password of a site; with @p remember it also goes to the credential store.
    /// Resumes an operation that waited for it.
    void setPassword(qint64 siteId, const QString &password, bool remember);

    /// Publishes one post (see PublishJob). Ends with finished(); a conflict arrives there too.
    void publish(const PublishInput &input, qint64 siteId, const PublishOptions &options);
    /// Stops the running operation.
    void cancel();
    /// Discovery plus users/me: ends with connectionTested().
    void testConnection(qint64 siteId);
    /// Moves the post to the site's trash and forgets the publication: ends with unpublished().
    void unpublish(const QString &recordType, qint64 recordId, qint64 siteId);
    /// Resolves a conflict by keeping the site's version: records the site's modified_gmt so
    /// the next publish compares against it. The caller puts the site's title, excerpt and
    /// text (from @p conflict) into the record as it sees fit.
    bool takeSiteVersion(const PublishConflict &conflict, const QString &recordType, qint64 recordId,
                         qint64 siteId, QString *error);
    /// Asks the site for the modified_gmt of the given posts (at most 100, one request): ends
    /// with siteStateRefreshed(), or with siteStateRefreshFailed() when the site could not be
    /// asked or its answer not read.
    void refreshSiteState(qint64 siteId, const QList<qint64> &remoteIds);

    /// "Open on site": the post's address as last recorded; empty when not published there.
    QUrl linkOnSite(const QString &recordType, qint64 recordId, qint64 siteId) const;
    /// The sync state of a post on a site (see deriveSyncState()).
    SyncState syncState(const PublishInput &input, qint64 siteId,
                        const std::optional<QString> &siteModifiedGmt = std::nullopt) const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void passwordNeeded(qint64 siteId, const QString &siteName, const QString &userName);
    void stepStarted(int step, int stepCount, const QString &label);
    void progress(int done, int total);
    void finished(const QuoteDesk::PublishResult &result);
    void connectionTested(qint64 siteId, const QuoteDesk::WpSite::User &user,
                          const QuoteDesk::WpError &error);
    void unpublished(qint64 siteId, const QuoteDesk::WpError &error);
    /// Post id → modified_gmt on the site; an empty value: the post is gone.
    void siteStateRefreshed(qint64 siteId, const QHash<qint64, QString> &modifiedGmt);
    /// refreshSiteState() learned nothing about the posts it was given: @p error says why (wrong
    /// password, site unreachable, TLS, timeout, server error, an answer that is not JSON) and
    /// what to do. What earlier siteStateRefreshed() signals told stays true.
    void siteStateRefreshFailed(qint64 siteId, const QuoteDesk::WpError &error);

private:
    using SessionDone = std::function<void(SiteSession *session, const WpError &error)>;
    void withSession(qint64 siteId, SessionDone done);
    void setBusy(bool busy);
    void forgetSession(qint64 siteId);

    Library *m_library;
    CredentialStore *m_credentials;
    QHash<qint64, SiteSession *> m_sessions;
    QHash<qint64, SessionDone> m_waitingForPassword;
    QPointer<PublishJob> m_job;
    QPointer<WpCall> m_call;
    bool m_busy = false;
};

} // namespace QuoteDesk
