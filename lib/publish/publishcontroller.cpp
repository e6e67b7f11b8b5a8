// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishcontroller.h"

#include "credentialstore.h"
#include "publicationstore.h"
#include "sitesession.h"
#include "store/library.h"
#include "wppayload.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

PublishController::PublishController(Library *library, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_credentials(credentials)
{
}

PublishController::~PublishController()
{
    qDeleteAll(m_sessions);
}

void PublishController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PublishController::forgetSession(qint64 siteId)
{
    if (SiteSession *session = m_sessions.take(siteId))
        session->deleteLater();
}

void PublishController::withSession(qint64 siteId, SessionDone done)
{
    if (SiteSession *session = m_sessions.value(siteId)) {
        done(session, {});
        return;
    }
    QString error;
    const auto site = m_library->get<Site>(siteId, &error);
    if (!site || site->isTrashed()) {
        done(nullptr,
             makeError(WpError::Kind::Invalid, tr("The site is not in the library any more: %1").arg(error)));
        return;
    }
    m_credentials->read(site->credentialKey, this,
                        [this, site = *site, done](const std::optional<QString> &secret, const QString &why) {
                            if (!why.isEmpty() && !secret) {
                                done(nullptr, makeError(WpError::Kind::Invalid, why));
                                return;
                            }
                            if (!secret) {
                                m_waitingForPassword.insert(site.id, done);
                                Q_EMIT passwordNeeded(site.id, site.name, site.userName);
                                return;
                            }
                            auto *session = new SiteSession(site, *secret);
                            m_sessions.insert(site.id, session);
                            done(session, {});
                        });
}

void PublishController::setPassword(qint64 siteId, const QString &password, bool remember)
{
    forgetSession(siteId);
    QString error;
    const auto site = m_library->get<Site>(siteId, &error);
    if (!site)
        return;
    if (remember)
        m_credentials->write(site->credentialKey, password, this, [](bool, const QString &) {});
    m_sessions.insert(siteId, new SiteSession(*site, password));
    if (const SessionDone waiting = m_waitingForPassword.take(siteId))
        waiting(m_sessions.value(siteId), {});
}

void PublishController::publish(const PublishInput &input, qint64 siteId, const PublishOptions &options)
{
    if (m_busy)
        return;
    setBusy(true);
    withSession(siteId, [this, input, options, siteId](SiteSession *session, const WpError &error) {
        if (!session) {
            PublishResult result;
            result.error = error;
            setBusy(false);
            Q_EMIT finished(result);
            return;
        }
        auto *job = new PublishJob(m_library, session, input, options, this);
        m_job = job;
        connect(job, &PublishJob::stepStarted, this, [this](PublishJob::Step step, const QString &label) {
            Q_EMIT stepStarted(int(step), PublishJob::StepCount, label);
        });
        connect(job, &PublishJob::progress, this, &PublishController::progress);
        connect(job, &PublishJob::finished, this, [this, job, siteId](const PublishResult &result) {
            job->deleteLater();
            if (result.error.kind == WpError::Kind::BadCredentials)
                forgetSession(siteId); // ask again next time
            setBusy(false);
            Q_EMIT finished(result);
        });
        // Started from the event loop, so finished() never arrives inside publish().
        QMetaObject::invokeMethod(job, &PublishJob::start, Qt::QueuedConnection);
    });
}

void PublishController::cancel()
{
    if (!m_waitingForPassword.isEmpty()) {
        const auto waiting = std::exchange(m_waitingForPassword, {});
        for (const SessionDone &done : waiting)
            done(nullptr, makeError(WpError::Kind::Cancelled, tr("Cancelled; nothing was sent.")));
    }
    if (m_job)
        m_job->cancel();
    if (m_call)
        m_call->abort();
}

void PublishController::testConnection(qint64 siteId)
{
    withSession(siteId, [this, siteId](SiteSession *session, const WpError &error) {
        if (!session) {
            Q_EMIT connectionTested(siteId, {}, error);
            return;
        }
        session->test(this, [this, siteId](const WpSite::User &user, const WpError &e) {
            if (e.kind == WpError::Kind::BadCredentials)
                forgetSession(siteId);
            Q_EMIT connectionTested(siteId, user, e);
        });
    });
}

void PublishController::unpublish(const QString &recordType, qint64 recordId, qint64 siteId)
{
    const auto publication = PublicationStore::find(*m_library, recordType, recordId, siteId);
    if (!publication || publication->remoteId == 0) {
        Q_EMIT unpublished(siteId,
                           makeError(WpError::Kind::Invalid, tr("This post is not published on that site.")));
        return;
    }
    setBusy(true);
    const Publication p = *publication;
    withSession(siteId, [this, p, siteId](SiteSession *session, const WpError &error) {
        if (!session) {
            setBusy(false);
            Q_EMIT unpublished(siteId, error);
            return;
        }
        session->connectToSite(this, [this, p, siteId, session](const WpError &e) {
            if (e.isError()) {
                setBusy(false);
                Q_EMIT unpublished(siteId, e);
                return;
            }
            m_call = session->client()->send(
                WpRequest::remove(u"wp/v2/posts/%1"_s.arg(p.remoteId)), this,
                [this, p, siteId](const WpResult &r) {
                    // Already in the trash (410) or gone (404): the site no longer shows it either.
                    const bool gone = r.ok() || r.error.kind == WpError::Kind::NotFound;
                    QString why;
                    if (gone && !m_library->purge(RecordType::Publication, p.id, &why)) {
                        setBusy(false);
                        Q_EMIT unpublished(siteId, makeError(WpError::Kind::Invalid, why));
                        return;
                    }
                    setBusy(false);
                    Q_EMIT unpublished(siteId, gone ? WpError {} : r.error);
                });
        });
    });
}

bool PublishController::takeSiteVersion(const PublishConflict &conflict, const QString &recordType,
                                        qint64 recordId, qint64 siteId, QString *error)
{
    auto publication = PublicationStore::find(*m_library, recordType, recordId, siteId, error);
    if (!publication || publication->remoteId != conflict.remoteId) {
        if (error)
            *error = tr("The publication changed meanwhile; publish again to compare anew.");
        return false;
    }
    publication->remoteModifiedGmt = conflict.siteModifiedGmt;
    publication->lastError.clear();
    return m_library->save(*publication, error);
}

void PublishController::refreshSiteState(qint64 siteId, const QList<qint64> &remoteIds)
{
    const auto fail = [this, siteId](const WpError &error) {
        if (error.kind == WpError::Kind::BadCredentials)
            forgetSession(siteId); // ask again next time
        Q_EMIT siteStateRefreshFailed(siteId, error);
    };
    withSession(siteId, [this, siteId, remoteIds, fail](SiteSession *session, const WpError &error) {
        if (!session) { // withSession() gives a session or an error
            fail(error);
            return;
        }
        session->connectToSite(this, [this, siteId, remoteIds, session, fail](const WpError &e) {
            if (e.isError()) {
                fail(e);
                return;
            }
            QStringList ids;
            for (qint64 id : remoteIds)
                ids << QString::number(id);
            QUrlQuery query;
            query.addQueryItem(u"include"_s, ids.join(u','));
            query.addQueryItem(u"status"_s, u"any"_s);
            query.addQueryItem(u"context"_s, u"edit"_s);
            query.addQueryItem(u"per_page"_s, u"100"_s);
            query.addQueryItem(u"_fields"_s, u"id,modified_gmt"_s);
            const QString host = QUrl(session->site().baseUrl).host();
            session->client()->send(
                WpRequest::get(u"wp/v2/posts"_s, query), this,
                [this, siteId, remoteIds, fail, host](const WpResult &result) {
                    if (!result.ok()) {
                        fail(result.error);
                        return;
                    }
                    if (!result.json.isArray()) {
                        fail(makeError(WpError::Kind::BadResponse,
                                       tr("%1 answered the question which posts changed with something "
                                          "other than a list of posts. A plugin may change the REST API's "
                                          "answers; try again, and check the site if it keeps happening.")
                                           .arg(host)));
                        return;
                    }
                    QHash<qint64, QString> modified;
                    for (qint64 id : remoteIds)
                        modified.insert(id, QString());
                    const QJsonArray posts = result.json.toArray();
                    for (const QJsonValue &post : posts)
                        modified.insert(post[u"id"_s].toInteger(), post[u"modified_gmt"_s].toString());
                    Q_EMIT siteStateRefreshed(siteId, modified);
                });
        });
    });
}

QUrl PublishController::linkOnSite(const QString &recordType, qint64 recordId, qint64 siteId) const
{
    const auto publication = PublicationStore::find(*m_library, recordType, recordId, siteId);
    if (!publication || publication->remoteId == 0)
        return {};
    return QUrl(publication->link);
}

SyncState PublishController::syncState(const PublishInput &input, qint64 siteId,
                                       const std::optional<QString> &siteModifiedGmt) const
{
    return deriveSyncState(PublicationStore::find(*m_library, input.recordType, input.recordId, siteId),
                           WpPayload::contentHash(input), siteModifiedGmt);
}

} // namespace QuoteDesk
