// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishinput.h"
#include "wpclient.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace QuoteDesk {

class Library;
class SiteSession;

/// The post changed on the site since the last sync: both versions, for a diff and a choice
/// (overwrite the site, take the site's version, cancel).
struct PublishConflict
{
    qint64 remoteId = 0;
    QString recordedModifiedGmt; ///< what the library remembered
    QString siteModifiedGmt; ///< what the site has now
    QString siteTitle; ///< raw
    QString siteContent; ///< raw block markup
    QString siteExcerpt;
    QString localTitle;
    QString localContent;
    QString localExcerpt;
    RemoteMediaMap media; ///< the site's copies of the post's files, as this library knows them
};

/// How a publish ended.
struct PublishResult
{
    WpError error; ///< Kind::None on success; Kind::Conflict with conflict set
    qint64 remoteId = 0;
    QString link;
    QString status; ///< as the site reports it ("draft", "publish", "future")
    QString modifiedGmt;
    QString contentHash;
    QStringList warnings; ///< what the site quietly did not keep
    std::optional<PublishConflict> conflict;
    int mediaUploaded = 0;
    int mediaReused = 0; ///< already on the site (known, or found by slug)

    bool ok() const { return !error.isError(); }
};

/// One publish of one post to one site (DESIGN.md §4): check → connect → compare with the
/// site → upload missing files → resolve terms → create or update the post → record the
/// publication. Asynchronous, cancellable, one request at a time.
///
/// Never loses an edit: an update first reads the post's modified_gmt and stops with a
/// conflict (nothing written) when it is not the recorded one. Never duplicates: without a
/// recorded post id it looks the post up by slug (status any) before creating, and each file
/// by its slug before uploading. A failure leaves the record untouched; only the
/// publication's last error is noted, so the sync state shows "failed" and a retry is safe.
class PublishJob final : public QObject
{
    Q_OBJECT
public:
    enum class Step { Check, Connect, Compare, Media, Terms, Post, Record };
    Q_ENUM(Step)

    PublishJob(Library *library, SiteSession *session, const PublishInput &input,
               const PublishOptions &options, QObject *parent = nullptr);

    void start();
    /// Stops after aborting the request in flight; finished() follows with Kind::Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Translated label of a step, for progress displays.
    static QString stepLabel(Step step);
    static constexpr int StepCount = 7;

Q_SIGNALS:
    void stepStarted(QuoteDesk::PublishJob::Step step, const QString &label);
    /// Within the media step: files done of total.
    void progress(int done, int total);
    void finished(const QuoteDesk::PublishResult &result);

private:
    using Handler = std::function<void(const WpResult &)>;
    void enter(Step step);
    void send(const WpRequest &request, Handler onSuccess);
    void sendRaw(const WpRequest &request, Handler onAnyResult);
    void compare();
    void lookUpBySlug();
    void checkKnownMedia();
    void nextMedia(int index);
    void uploadMedia(int index);
    void mediaDone(int index, const RemoteMedia &remote, bool uploaded);
    void resolveTerms(int index);
    void writePost();
    void record(const QJsonObject &post);
    void fail(const WpError &error);
    void finish();

    Library *m_library;
    QPointer<SiteSession> m_session;
    PublishInput m_input;
    PublishOptions m_options;
    QPointer<WpCall> m_call;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_postGone = false; ///< the recorded post was deleted on the site
    qint64 m_remoteId = 0;
    RemoteMediaMap m_media;
    QList<qint64> m_categoryIds;
    QList<qint64> m_tagIds;
    QJsonObject m_sent;
    PublishResult m_result;
};

} // namespace QuoteDesk

Q_DECLARE_METATYPE(QuoteDesk::PublishResult)
